"""The reviewed catalog of seed 000 (Standar Pelayanan DPMPTSP Kabupaten Balangan 2021): shape, cleanliness, and
spot checks against the seed text itself."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from db.catalog.schema import OCR_NOISE, Catalog
from tests.seeds import seed

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "resources" / "catalog" / "src" / "000.json"
SEED = seed("000_81ace2c4cef73151.txt")
MARKUP = re.compile(r"<\s*/?\s*(ul|li|p|i|ol|b|br)\b|\*\*|&nbsp;|&amp;|\t|•")


@pytest.fixture(scope="module")
def raw() -> dict:
    return json.loads(SHIPPED.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(raw) -> dict[str, dict]:
    return {s["code"]: s for s in raw["services"]}


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    return SEED.read_text(encoding="utf-8").split("\n")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _requirements(reqs):
    for r in reqs:
        yield r
        yield from _requirements(r["children"])


def _all_requirements(svc):
    yield from _requirements(svc["requirements"])
    for v in svc["variants"]:
        yield from _requirements(v["requirements"])


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _note(svc: dict, needle: str) -> bool:
    return any(needle.lower() in n.lower() for n in svc["review_notes"])


# ---------------------------------------------------------------- shape


def test_validates_with_schema(raw):
    catalog = Catalog.model_validate(raw)
    assert catalog.version == "000-2021"
    assert len(catalog.services) == 83


def test_codes_are_dpm_001_to_083_in_order(raw):
    assert [s["code"] for s in raw["services"]] == [f"DPM-{n:03d}" for n in range(1, 84)]


def test_no_ocr_markup_anywhere(raw):
    dirty = [s for s in _strings(raw) if MARKUP.search(s) or OCR_NOISE.search(s) or s != s.strip() or "  " in s]
    assert dirty == []


def test_no_list_letters_left_in_texts(raw):
    leftovers = []
    for svc in raw["services"]:
        texts = [r["text"] for r in _all_requirements(svc)] + [s["text"] for s in svc["steps"]]
        leftovers += [(svc["code"], t) for t in texts if re.search(r"(^|\s)[a-z][.)](\s|$)", t)]
    assert leftovers == []


def test_every_entry_points_back_to_the_seed(raw):
    for svc in raw["services"]:
        parts = {s["part"] for s in svc["sources"]}
        expected = {"judul", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "dasar_hukum"}
        assert expected <= parts, svc["code"]
        span = {s["part"]: (s["line_start"], s["line_end"]) for s in svc["sources"]}
        for r in _all_requirements(svc):
            lo, hi = span["persyaratan"]
            assert r["source"]["file"] == "000_81ace2c4cef73151.txt"
            assert lo <= r["source"]["line_start"] <= hi, (svc["code"], r["text"])
        for st in svc["steps"]:
            lo, hi = span["prosedur"]
            assert lo <= st["source"]["line_start"] <= hi, (svc["code"], st["text"])


def test_common_fields(raw):
    for svc in raw["services"]:
        assert svc["agency"] == "DPMPTSP Kabupaten Balangan"
        assert svc["fee_rupiah"] == 0 and svc["fee_text"] == "Rp.0,00 (Nol rupiah)"
        assert svc["sla_text"].startswith("Maksimal") and "hari kerja" in svc["sla_text"]
        assert svc["complaint_channels"][0] == "Langsung dengan mengisi Form"
        assert "WhatsApp: 08125671335" in svc["complaint_channels"]
        assert svc["product"] and svc["name"] and not svc["name"].startswith("Jenis Pelayanan")
        assert svc["staff_count_text"].endswith("orang)")


def test_steps_follow_the_oss_or_sicantik_flow(raw):
    for svc in raw["services"][1:]:
        actors = [s["actor"] for s in svc["steps"]]
        assert actors[:4] == ["Pemohon", "Customer Service", "SKPD Teknis", "Front Office"], svc["code"]
        assert actors[-1] == "Customer Service", svc["code"]
        if svc["kind"] == "perizinan_berusaha":
            assert len(actors) == 10 and "webform OSS" in svc["steps"][8]["text"], svc["code"]
        else:
            assert len(actors) == 9 and "SI CANTIK" in svc["steps"][3]["text"], svc["code"]
    kinds = [s["kind"] for s in raw["services"]]
    assert kinds.count("perizinan_berusaha") == 49 and kinds.count("perizinan_non_berusaha") == 32


@pytest.mark.seeds
def test_conditional_requirements_carry_the_seed_words(raw, seed_lines):
    conditional = [(svc, r) for svc in raw["services"] for r in _all_requirements(svc) if not r["mandatory"]]
    assert len(conditional) >= 40
    for svc, r in conditional:
        line = seed_lines[r["source"]["line_start"] - 1]
        assert r["condition"] and _norm(r["condition"]) in _norm(line), (svc["code"], r["condition"])


# ---------------------------------------------------------------- against the seed


@pytest.mark.seeds
def test_titles_and_requirements_match_seed_lines(raw, seed_lines):
    for svc in raw["services"]:
        title = seed_lines[svc["sources"][0]["line_start"] - 1]
        assert title.startswith("Jenis Pelayanan"), svc["code"]
        assert _norm(svc["name"])[:12] in _norm(title), (svc["code"], title)
        for r in _all_requirements(svc):
            line = seed_lines[r["source"]["line_start"] - 1]
            assert _norm(r["text"])[:12] in _norm(line), (svc["code"], r["text"])


@pytest.mark.seeds
def test_working_days_match_seed_or_are_reviewed(raw, seed_lines):
    for svc in raw["services"]:
        part = next(s for s in svc["sources"] if s["part"] == "jangka_waktu")
        line = seed_lines[part["line_start"] - 1]
        days = svc["sla_working_days"]
        if days is not None and f"Maksimal {days} (" in line.replace("(", " (").replace("  (", " ("):
            continue
        assert _note(svc, "time limit") or _note(svc, "jangka_waktu"), (svc["code"], line)


@pytest.mark.seeds
def test_pendampingan_dpm_001(services, seed_lines):
    svc = services["DPM-001"]
    assert "PELAYANAN PENDAMPINGAN PERIZINAN BERUSAHA ONLINE" in seed_lines[93 - 1]
    assert svc["name"] == "Pelayanan Pendampingan Perizinan Berusaha Online"
    assert len(svc["requirements"]) == 6
    cond = {r["text"]: r["condition"] for r in svc["requirements"] if not r["mandatory"]}
    assert cond == {
        "Akta Pendirian": "untuk perusahaan nonperseorangan",
        "Nomor Pokok Wajib Pajak (NPWP)": "kecuali untuk Izin Usaha Mikro",
        "Surat Kuasa": "bagi yang pengurusannya diwakilkan",
    }
    assert [s["actor"] for s in svc["steps"]] == ["Pemohon", "Customer Service", "Front Office"]
    assert "Costumer" not in svc["steps"][0]["text"]
    assert svc["sla_working_days"] == 1 and svc["product"] == "Nomor Induk Berusaha (NIB)"
    assert svc["kind"] == "non_perizinan"


@pytest.mark.seeds
def test_toko_alat_kesehatan_dpm_002(services, seed_lines):
    svc = services["DPM-002"]
    assert "IZIN TOKO ALAT KESEHATAN" in seed_lines[svc["sources"][0]["line_start"] - 1]
    assert svc["name"] == "Izin Toko Alat Kesehatan"
    assert [r["text"] for r in svc["requirements"]] == [
        "Nomor Induk Berusaha (NIB)",
        "Izin Toko Alat Kesehatan Yang Belum Memenuhi Komitmen",
        "Denah dan bukti kepemilikan tempat atau surat sewa",
        "Daftar Alat Kesehatan yang disalurkan",
        "Berita Acara Pemeriksaan",
    ]
    assert svc["sla_working_days"] == 12 and svc["sector"] == "Kesehatan"
    assert svc["kind"] == "perizinan_berusaha"


@pytest.mark.seeds
def test_imb_dpm_038(services, seed_lines):
    svc = services["DPM-038"]
    assert "Izin Mendirikan Bangunan (IMB)" in seed_lines[1132 - 1]
    assert len(svc["requirements"]) == 12
    assert svc["sla_working_days"] == 20 and "dua puluh" in svc["sla_text"]
    assert svc["product"] == "Izin Mendirikan Bangunan (IMB)"
    conditions = [r["condition"] for r in svc["requirements"] if not r["mandatory"]]
    assert conditions == ["bagi bangunan 2 (dua) lantai atau lebih", "bagi bangunan gedung bukan hunian rumah tinggal"]


@pytest.mark.seeds
def test_pembuangan_air_limbah_dpm_042_fixed_structure(services, seed_lines):
    svc = services["DPM-042"]
    assert "j. Nomor Induk Berusaha" in seed_lines[1248 - 1]  # the seed restarts the lettering at j.
    assert svc["name"] == "Izin Pembuangan Air Limbah"
    reqs = svc["requirements"]
    assert len(reqs) == 9
    assert reqs[0]["text"] == "Nomor Induk Berusaha (NIB)"
    assert reqs[2]["text"] == "Dokumen" and len(reqs[2]["children"]) == 4
    assert reqs[2]["children"][-1]["text"] == "IMB"
    assert reqs[-1]["text"] == "Dokumen rancang bangun penyimpanan Limbah B3"
    assert svc["product"] == "Izin Pembuangan Air Limbah"
    assert _note(svc, "restarted lettering") and _note(svc, "Produk Layanan repeats")
    assert svc["sector"] == "Lingkungan Hidup"


@pytest.mark.seeds
def test_kantor_kas_dpm_028_has_no_requirements_and_says_so(services, seed_lines):
    svc = services["DPM-028"]
    assert seed_lines[857 - 1].strip() == "1.\tPersyaratan"  # the seed cell is empty
    assert svc["name"] == "Izin Pembukaan Kantor Kas Koperasi Simpan Pinjam"
    assert svc["requirements"] == [] and svc["variants"] == []
    assert _note(svc, "Persyaratan cell is empty")
    assert svc["sla_working_days"] == 2


@pytest.mark.seeds
def test_sla_words_and_conflicts(services, seed_lines):
    assert "Maksimal dua belas (dua belas)" in seed_lines[582 - 1]
    assert services["DPM-018"]["sla_working_days"] == 12
    assert "Maksimal 11 (dua belas)" in seed_lines[2201 - 1]
    assert services["DPM-076"]["sla_working_days"] == 12 and _note(services["DPM-076"], "digits and words disagree")
    assert services["DPM-043"]["sla_working_days"] is None and "14-180" in services["DPM-043"]["sla_text"]
    assert services["DPM-013"]["sla_working_days"] == 61


def test_sarang_walet_dpm_081_variants(services):
    svc = services["DPM-081"]
    assert svc["requirements"] == []
    assert [v["name"] for v in svc["variants"]] == ["Habitat Alami", "Habitat Buatan"]
    alami, buatan = svc["variants"]
    assert len(alami["requirements"]) == 11 and len(buatan["requirements"]) == 10
    assert [c["text"] for c in alami["requirements"][1]["children"]] == [
        "Identitas pemohon",
        "Nomor Pokok Wajib Pajak (NPWP)",
        "Surat Izin Usaha Perdagangan (SIUP)",
    ]
    akta = buatan["requirements"][1]["children"][4]
    assert akta["text"] == "Akta pendirian" and akta["condition"] == "bagi yang berbadan hukum"
    assert len(svc["steps"]) == 9


def test_bidan_and_vektor_counts(services):
    assert len(services["DPM-061"]["requirements"]) == 14
    assert services["DPM-061"]["sla_working_days"] == 6
    vektor = services["DPM-009"]
    assert len(vektor["requirements"]) == 5 and vektor["requirements"][-1]["condition"] == "untuk usaha swasta"
    assert len(vektor["steps"]) == 10


@pytest.mark.seeds
def test_shipped_file_is_the_pipeline_output(raw):
    """The shipped JSON is exactly what extract_000 + fixes_000 produce from the seed (no hand edits)."""
    sys.path.insert(0, str(REPO / "tools" / "catalog"))
    try:
        import extract_000
        import fixes_000
    finally:
        sys.path.pop(0)
    rebuilt = fixes_000.apply_all(extract_000.extract(SEED))
    assert rebuilt == raw
