"""Catalog sources 003 (Setda Balangan, 8 bureaus) and 004 (DPMPTSP Kaltara): shape, counts, cleanliness and spot
checks against the seeds. No Qt."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from db.catalog.schema import Catalog
from tests.seeds import seed

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "resources" / "catalog" / "src"
SEED_003 = seed("003_13d4438e569f3e1c.txt")
SEED_004 = seed("004_b9f0899b63695d17.txt")

EXPECTED_003 = {"PEM": 6, "KESRA": 10, "HKM": 3, "EKO": 4, "PBJ": 9, "UMUM": 8, "ORG": 20, "PROKOPIM": 3}
OCR_MARKS = ["<ul", "<p>", "<p ", "<i>", "</i>", "**", "&nbsp;", "\t", "<ol", "<li", "<br"]


def _load(name: str) -> dict:
    return json.loads((SRC / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def cat003() -> dict:
    return _load("003.json")


@pytest.fixture(scope="module")
def cat004() -> dict:
    return _load("004.json")


def _by_code(cat: dict) -> dict[str, dict]:
    return {s["code"]: s for s in cat["services"]}


def _all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _all_strings(v)


def _walk_reqs(reqs):
    for r in reqs:
        yield r
        yield from _walk_reqs(r["children"])


# ---------------------------------------------------------------- shape and counts
def test_both_validate_and_versions(cat003, cat004):
    assert Catalog.model_validate(cat003).version == "003-2024"
    assert Catalog.model_validate(cat004).version == "004"


def test_003_counts_per_bureau_and_total(cat003):
    counts = Counter(s["code"].split("-")[1] for s in cat003["services"])
    assert dict(counts) == EXPECTED_003
    assert len(cat003["services"]) == 63


def test_003_numbering_has_no_gaps(cat003):
    numbers: dict[str, list[int]] = {}
    for s in cat003["services"]:
        m = re.fullmatch(r"SETDA-([A-Z]+)-(\d\d)", s["code"])
        assert m, s["code"]
        numbers.setdefault(m.group(1), []).append(int(m.group(2)))
    for bureau, nums in numbers.items():
        assert nums == list(range(1, EXPECTED_003[bureau] + 1)), bureau


def test_003_agency_unit_kind(cat003):
    units = {
        "PEM": "Bagian Pemerintahan",
        "KESRA": "Bagian Kesejahteraan Rakyat",
        "HKM": "Bagian Hukum",
        "EKO": "Bagian Perekonomian dan Sumber Daya Alam",
        "PBJ": "Bagian Pengadaan Barang dan Jasa",
        "UMUM": "Bagian Umum",
        "ORG": "Bagian Organisasi",
        "PROKOPIM": "Bagian Protokol dan Komunikasi Pimpinan",
    }
    for s in cat003["services"]:
        assert s["agency"] == "Sekretariat Daerah Kabupaten Balangan"
        assert s["unit"] == units[s["code"].split("-")[1]]
        assert s["kind"] == "layanan_sekretariat"


def test_004_codes_and_agency(cat004):
    assert [s["code"] for s in cat004["services"]] == ["KALTARA-01", "KALTARA-02", "KALTARA-03", "KALTARA-04"]
    assert {s["agency"] for s in cat004["services"]} == {"DPMPTSP Provinsi Kalimantan Utara"}
    kinds = {s["kind"] for s in cat004["services"]}
    assert kinds <= {"perizinan_berusaha", "perizinan_non_berusaha", "non_perizinan"}


# ---------------------------------------------------------------- cleanliness and provenance
@pytest.mark.parametrize("name", ["003.json", "004.json"])
def test_no_ocr_markup_anywhere(name):
    cat = _load(name)
    for text in _all_strings(cat):
        for mark in OCR_MARKS:
            assert mark not in text, f"{mark!r} in {text[:80]!r}"
        assert text == text.strip()
        assert "  " not in text, text[:80]


@pytest.mark.seeds
@pytest.mark.parametrize(("name", "seed_path"), [("003.json", SEED_003), ("004.json", SEED_004)])
def test_every_requirement_and_step_points_into_the_seed(name, seed_path):
    n_lines = len(seed_path.read_text(encoding="utf-8").splitlines())
    for s in _load(name)["services"]:
        assert s["sources"] and all(src["file"] == seed_path.name for src in s["sources"])
        reqs = list(_walk_reqs(s["requirements"]))
        for v in s["variants"]:
            reqs += list(_walk_reqs(v["requirements"]))
        assert reqs or s["code"] == "SETDA-PBJ-01", s["code"]  # PBJ-01: the seed's Persyaratan row is lost
        assert s["steps"], s["code"]
        for item in reqs + s["steps"]:
            src = item["source"]
            assert src["file"] == seed_path.name
            assert 1 <= src["line_start"] <= src["line_end"] <= n_lines
        for r in reqs:
            assert r["mandatory"] or r["condition"], r["text"]
        assert s["review_notes"], s["code"]


@pytest.mark.seeds
def test_requirement_sources_really_hold_the_text():
    """A located requirement line must contain the item's first words (checks the locator, not just ranges)."""
    lines = SEED_003.read_text(encoding="utf-8").splitlines()
    norm = lambda t: re.sub(r"[^a-z0-9]+", " ", t.lower()).strip()  # noqa: E731
    svc = _by_code(_load("003.json"))["SETDA-KESRA-03"]
    for r in svc["requirements"]:
        src = r["source"]
        assert src["line_start"] == src["line_end"]
        first = " ".join(norm(r["text"]).split()[:2])
        assert first in norm(lines[src["line_start"] - 1])


def test_fee_is_zero_with_text(cat003, cat004):
    for s in cat003["services"] + cat004["services"]:
        assert s["fee_rupiah"] == 0
        assert s["fee_text"]


# ---------------------------------------------------------------- spot checks against the seeds
def test_recovered_missing_headings(cat003):
    by = _by_code(cat003)
    # Pemerintahan 4 (seed line 183-201, no "Jenis Layanan : 4." heading)
    pem4 = by["SETDA-PEM-04"]
    assert pem4["name"] == "Fasilitasi Kerjasama Daerah"
    assert pem4["product"] == "Naskah MoU dan PKS"
    assert [r["text"] for r in pem4["requirements"]][0] == "Surat Permohonan Fasilitasi Kerjasama Daerah"
    # Kesra 9: guru agama keliling
    kesra9 = by["SETDA-KESRA-09"]
    assert kesra9["name"] == "Fasilitasi Pemberian Insentif Guru Agama Keliling"
    assert kesra9["requirements"][0]["text"].startswith("Surat Keterangan Kepala Desa/Lurah")
    # Hukum 2: informasi hukum (JDIH)
    hkm2 = by["SETDA-HKM-02"]
    assert hkm2["name"] == "Pelayanan Informasi Hukum"
    assert "jdih.balangankab.go.id" in hkm2["requirements"][0]["text"]
    # Organisasi 8 and 14
    assert by["SETDA-ORG-08"]["name"] == "Pendampingan Penyusunan Standar Pelayanan"
    org14 = by["SETDA-ORG-14"]
    assert org14["name"] == "Fasilitasi Pembuatan Kartu Tanda Pengenal PNS"
    assert org14["product"] == "Berupa Kartu Tanda Pengenal (KTP) PNS"
    for code in ("SETDA-PEM-04", "SETDA-KESRA-09", "SETDA-HKM-02", "SETDA-ORG-08", "SETDA-ORG-14"):
        assert any("judul" in n and "hilang" in n for n in by[code]["review_notes"]), code
        assert any(src["part"] == "daftar_jenis_pelayanan" for src in by[code]["sources"]), code


def test_sla_text_shapes_without_days(cat003):
    by = _by_code(cat003)
    lppd = by["SETDA-PEM-05"]
    assert lppd["sla_text"] == "3 bulan"
    assert lppd["sla_working_days"] is None
    lpse = by["SETDA-PBJ-03"]
    assert "jam kantor" in lpse["sla_text"]
    assert lpse["sla_working_days"] is None
    assert by["SETDA-EKO-01"]["sla_working_days"] is None
    assert by["SETDA-ORG-17"]["sla_text"] == "Setiap Hari Kerja"
    assert by["SETDA-ORG-17"]["sla_working_days"] is None


def test_sla_working_days_from_words(cat003):
    by = _by_code(cat003)
    assert (by["SETDA-PBJ-04"]["sla_text"], by["SETDA-PBJ-04"]["sla_working_days"]) == ("7 (tujuh) hari kerja", 7)
    assert by["SETDA-KESRA-08"]["sla_working_days"] == 1
    assert by["SETDA-HKM-01"]["sla_working_days"] == 1
    assert by["SETDA-UMUM-08"]["sla_working_days"] == 2
    # "hari" without "kerja" is not counted as working days
    assert by["SETDA-PBJ-08"]["sla_text"] == "3 (tiga) hari"
    assert by["SETDA-PBJ-08"]["sla_working_days"] is None


def test_003_lists_split_and_conditions(cat003):
    by = _by_code(cat003)
    assert [r["text"] for r in by["SETDA-PEM-01"]["requirements"]] == ["Data awal batas daerah", "Peta batas daerah"]
    pbj2 = by["SETDA-PBJ-02"]["requirements"]
    kuasa = [r for r in pbj2 if r["condition"] == "jika dikuasakan"]
    assert len(kuasa) == 1 and kuasa[0]["mandatory"] is False
    eko4 = by["SETDA-EKO-04"]["requirements"]
    assert eko4[-1]["condition"] == "Kalau ada"
    beasiswa = by["SETDA-KESRA-07"]
    assert [v["name"] for v in beasiswa["variants"]][:2] == ["Beasiswa Prestasi Lanjutan", "Beasiswa Prestasi Akademik"]
    assert len(beasiswa["variants"]) == 6
    tidak_mampu = beasiswa["variants"][2]["requirements"]
    assert len(tidak_mampu[1]["children"]) == 2
    steps = by["SETDA-UMUM-04"]["steps"]
    assert steps[0]["actor"] == "Dinas/Badan"
    assert steps[-2]["actor"] == "Pengemudi"
    assert all(s["actor"] for s in steps)


def test_004_variants_and_conditions(cat004):
    ugb = cat004["services"][1]
    assert ugb["name"] == "Penerbitan Surat Izin Penyelenggaraan Undian Gratis Berhadiah (UGB)"
    assert ugb["requirements"] == []
    names = [v["name"] for v in ugb["variants"]]
    assert names == ["Lembaga yang Berbadan Hukum", "Lembaga yang tidak berbadan Hukum atau Kepanitiaan"]
    assert [len(v["requirements"]) for v in ugb["variants"]] == [11, 7]
    assert ugb["variants"][1]["requirements"][5]["text"].startswith("Membayar dana usaha kesejahteraan sosial")
    lks = cat004["services"][0]
    terdaftar = [r for r in lks["requirements"] if r["text"].startswith("Surat Keterangan Terdaftar")]
    assert terdaftar[0]["mandatory"] is False and terdaftar[0]["condition"] == "Bagi yang Berbadan Hukum"
    assert [c["text"] for c in lks["requirements"][0]["children"]] == [
        "Latar Belakang",
        "Tujuan",
        "Program Kerja/Kegiatan",
        "Jenis Pelayanan",
    ]
    adopsi = cat004["services"][2]
    assert len(adopsi["requirements"]) == 26
    assert any("Perempuan" in r["text"] for r in adopsi["requirements"])


def test_004_composite_sla(cat004):
    for idx in (0, 1, 3):
        s = cat004["services"][idx]
        assert s["sla_parts"] == [
            {"label": "OPD Teknis", "working_days": 14},
            {"label": "DPMPTSP", "working_days": 5},
        ]
        assert s["sla_working_days"] == 19
        assert s["sla_text"] == "14 Hari Kerja (OPD Teknis) + 5 Hari Kerja (DPMPTSP)"
    adopsi = cat004["services"][2]
    assert adopsi["sla_text"] == "Minimal 1 Tahun (OPD Teknis) + 5 Hari Kerja (DPMPTSP)"
    assert adopsi["sla_working_days"] is None


def test_004_channels_skip_empty_whatsapp(cat004):
    for s in cat004["services"]:
        assert not any(c.startswith("WhatsApp") for c in s["complaint_channels"])
        assert "Web: dpmptsp.kaltaraprov.go.id" in s["complaint_channels"]
        assert "E-mail: kajianpengaduan2018@gmail.com" in s["complaint_channels"]


def test_catalog_rejects_a_broken_entry(cat004):
    """The schema check used above can fail: a conditional item without its condition is refused."""
    broken = json.loads(json.dumps(cat004))
    broken["services"][0]["requirements"][3]["condition"] = None
    with pytest.raises(ValueError):
        Catalog.model_validate(broken)
