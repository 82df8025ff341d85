"""Catalog extracted from seed 001 (Perbup Balangan 16/2021) and the merge of catalog src files (no Qt)."""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

import pytest

from db.catalog.schema import Catalog
from tests.seeds import seed

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tools" / "catalog"))

# The tools are scripts, not a package: loaded by name from their folder (a `build` folder at the repository root
# must not make import sorting depend on the checkout).
extract_001 = importlib.import_module("extract_001")
build = importlib.import_module("build")

SRC_001 = REPO / "resources" / "catalog" / "src" / "001.json"
SEED = seed("001_e49251e3d62d5902.txt")
MAP = REPO / "tools" / "catalog" / "map_001_to_000.json"
NOISE = re.compile(r"<ul|<p>|<i>|\*\*|&nbsp;|\t")


@pytest.fixture(scope="module")
def catalog() -> dict:
    return json.loads(SRC_001.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def by_code(catalog) -> dict:
    return {s["code"]: s for s in catalog["services"]}


@pytest.fixture(scope="module")
def extracted() -> dict:
    return extract_001.extract(SEED)


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from _strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _strings(v)


# ------------------------------------------------------------------ counts and validation


def test_validates_with_schema(catalog):
    Catalog.model_validate(catalog)
    assert catalog["version"] == "001-2021"


def test_counts(catalog, by_code):
    codes = list(by_code)
    assert len(codes) == 89
    assert sum(c.startswith("DPM-0") for c in codes) == 83  # every 000 standard has its 001 counterpart
    assert sorted(c for c in codes if c.startswith("DPM-1")) == ["DPM-101", "DPM-102", "DPM-103"]
    assert sorted(c for c in codes if c.startswith("LYN-")) == ["LYN-ADUAN", "LYN-INFO", "LYN-KONSUL"]


@pytest.mark.seeds
def test_sop_table_count(extracted):
    tables = extracted["sop_tables"]
    assert len(tables) == 89  # "Nama SOP" headings in Lampiran II, incl. pengaduan/informasi/konsultasi
    empty = sorted(t["name"] for t in tables if not t["rows"])
    assert empty == [
        "Izin Penyelenggaraan Pengendalian Vektor dan Binatang Pembawa Penyakit",
        "Surat Izin Praktik Perawat",
        "Tanda Pencatatan Usaha Pembudidayaan Ikan",
    ]


def test_no_ocr_markup(catalog):
    bad = [s for s in _strings(catalog) if NOISE.search(s)]
    assert bad == []


def test_every_requirement_and_step_has_source(catalog):
    def walk(reqs):
        for r in reqs:
            assert r["source"]["file"] == "001_e49251e3d62d5902.txt"
            walk(r.get("children", []))

    for s in catalog["services"]:
        walk(s.get("requirements", []))
        for v in s.get("variants", []):
            walk(v["requirements"])
        for st in s.get("steps", []):
            if "source" in st:
                assert st["source"]["part"] == "sop"
            else:  # reconstructed step: must be explained
                assert any("diisi dari alur baku" in n for n in s["review_notes"]), s["code"]
        assert {src["part"] for src in s["sources"]} <= {"persyaratan", "sop", "pasal7", "sop_alternatif"}


def test_map_lists_every_service(by_code):
    mapping = json.loads(MAP.read_text(encoding="utf-8"))["services"]
    assert {m["code"] for m in mapping} == set(by_code)
    assert all(m["code_000"] is None for m in mapping if m["code"].startswith(("DPM-1", "LYN-")))


# ------------------------------------------------------------------ spot checks against the seed


def test_toko_alat_kesehatan(by_code):
    s = by_code["DPM-002"]
    assert s["name"] == "Izin Toko Alat Kesehatan" and s["kind"] == "perizinan_berusaha"
    assert s["sector"] == "Kesehatan"
    assert [r["text"] for r in s["requirements"]] == [
        "Nomor Induk Berusaha(NIB)",
        "Izin Toko Alat Kesehatan Yang Belum Memenuhi Komitmen.",
        "Rekomendasi Izin Toko Alat kesehatan dari Kepala Dinas Kesehatan.",
    ]
    assert [st["actor"] for st in s["steps"]] == [
        "Pemohon",
        "Customer Service",
        "SKPD Teknis",
        "Front Office",
        "Back Office",
        "Kasi",
        "Kabid",
        "Kepala Dinas",
        "Back Office",
        "Customer Service",
    ]
    assert s["steps"][2]["duration_text"] == "11 hari" and s["steps"][2]["duration_minutes"] == 11 * 480
    assert s["steps"][4]["duration_minutes"] == 960 and s["steps"][0]["duration_minutes"] == 5


def test_klinik_services(by_code):
    mendirikan, operasional = by_code["DPM-101"], by_code["DPM-005"]
    assert mendirikan["name"] == "Izin Mendirikan Klinik"
    assert operasional["name"] == "Izin Operasional Klinik"
    assert len(mendirikan["requirements"]) == 3 and len(operasional["requirements"]) == 4
    assert mendirikan["steps"][2]["duration_text"] == "11 hari"  # seed line 2656
    rawat_inap = operasional["requirements"][2]
    assert rawat_inap["mandatory"] is False and "rawat inap" in rawat_inap["condition"]


def test_reklame_sicantik(by_code):
    s = by_code["DPM-051"]
    assert s["kind"] == "perizinan_non_berusaha" and s["sector"] == "Pekerjaan Umum"
    assert len(s["steps"]) == 9
    assert s["steps"][7]["text"] == "Menandatangani Izin secara Elektronik" and s["steps"][7]["actor"] == "Kepala Dinas"
    assert len(s["requirements"]) == 5
    badan = s["requirements"][1]
    assert badan["mandatory"] is False and badan["condition"] == "untuk yang berbentuk badan"


def test_complaint_sop(by_code):
    s = by_code["LYN-ADUAN"]
    assert s["kind"] == "non_perizinan" and s["requirements"] == []
    texts = [st["text"] for st in s["steps"]]
    assert len(texts) == 8
    assert texts[0] == "Menyampaikan pengaduan melalui Customer Service"
    assert texts[-1] == "Menandatangani laporan pengaduan"
    assert s["steps"][0]["actor"] == "Pemohon" and s["steps"][-1]["actor"] == "Kepala Dinas"
    assert [len(by_code[c]["steps"]) for c in ("LYN-INFO", "LYN-KONSUL")] == [4, 5]
    assert "LYN-PENYULUHAN" not in by_code  # Pasal 7 names it, but 001 has no SOP for it


def test_pendampingan(by_code):
    s = by_code["DPM-001"]
    assert len(s["requirements"]) == 6 and len(s["steps"]) == 3
    kuasa = s["requirements"][-1]
    assert kuasa["mandatory"] is False and kuasa["condition"] == "bagi yang pengurusannya diwakilkan"
    assert s["steps"][2]["duration_minutes"] == 150


def test_variants(by_code):
    assert [v["name"] for v in by_code["DPM-081"]["variants"]] == ["Habitat Alami", "Habitat Buatan"]
    assert len(by_code["DPM-081"]["variants"][0]["requirements"]) == 11
    assert len(by_code["DPM-013"]["variants"]) == 3
    assert len(by_code["DPM-042"]["variants"]) == 7
    assert len(by_code["DPM-039"]["variants"]) == 8
    tdup, iujk = by_code["DPM-036"], by_code["DPM-037"]
    assert tdup["steps"] == iujk["steps"] and len(tdup["requirements"]) == 3


def test_truncated_tables_are_completed_and_noted(by_code):
    s = by_code["DPM-059"]  # terapis gigi: OCR stops after step 7
    assert len(s["steps"]) == 9 and "source" not in s["steps"][8]
    assert any("terpotong" in n for n in s["review_notes"])
    vektor = by_code["DPM-009"]
    assert len(vektor["steps"]) == 10 and vektor["steps"][2].get("duration_minutes") is None


def test_row_split_fixed(by_code):
    steps = by_code["DPM-022"]["steps"]
    assert not steps[4]["text"].endswith("Memaraf")
    assert steps[5]["text"] == "Memverifikasi dan Memaraf Persetujuan Izin"


def test_durations():
    assert extract_001.duration_minutes("5 menit") == 5
    assert extract_001.duration_minutes("1 jam") == 60
    assert extract_001.duration_minutes("3 Hari") == 3 * 480
    assert extract_001.duration_minutes("14-180 hari") is None


# ------------------------------------------------------------------ build.py merge rules


def _svc(code, reqs, steps=(), **kw):
    base = {
        "code": code,
        "name": kw.pop("name", code),
        "agency": "DPMPTSP Kabupaten Balangan",
        "kind": "perizinan_berusaha",
        "requirements": [{"text": t} for t in reqs],
        "steps": list(steps),
        "sources": [{"file": kw.pop("file"), "line_start": 1, "line_end": 2, "part": "persyaratan"}],
    }
    base.update(kw)
    return base


def _step(text, minutes=None):
    return {"actor": "Front Office", "text": text, "duration_minutes": minutes}


@pytest.fixture()
def fixture_src(tmp_path):
    std = {
        "version": "000",
        "services": [
            _svc(
                "DPM-002",
                ["Nomor Induk Berusaha (NIB)", "Denah lokasi"],
                [_step("Pemohon mengajukan")],
                file="000.txt",
                fee_text="Rp 0",
                product="SK",
            ),
            _svc("DPM-028", [], [], file="000.txt"),
        ],
    }
    sop = {
        "version": "001",
        "services": [
            _svc(
                "DPM-002",
                ["Nomor Induk Berusaha(NIB);", "Rekomendasi dari Kepala Dinas Kesehatan"],
                [_step("Mengajukan", 5), _step("Memverifikasi", 5280)],
                file="001.txt",
                sector="Kesehatan",
                product="lain",
            ),
            _svc("DPM-028", ["Nomor Induk Berusaha (NIB)"], [_step("Mengajukan", 5)], file="001.txt"),
            _svc("DPM-101", ["Rekomendasi"], [_step("Mengajukan", 5)], file="001.txt"),
        ],
    }
    other = {"version": "003", "services": [_svc("SETDA-001", ["Surat"], file="003.txt", kind="layanan_sekretariat")]}
    for name, data in (("000.json", std), ("001.json", sop), ("003.json", other)):
        (tmp_path / name).write_text(json.dumps(data), encoding="utf-8")
    return tmp_path


def test_merge_000_wins_and_differences_recorded(fixture_src):
    cat = build.build(fixture_src)
    s = {x["code"]: x for x in cat["services"]}["DPM-002"]
    assert [r["text"] for r in s["requirements"]] == ["Nomor Induk Berusaha (NIB)", "Denah lokasi"]
    notes = " | ".join(s["review_notes"])
    assert "001 Lampiran I juga menyebut: Rekomendasi dari Kepala Dinas Kesehatan" in notes
    assert "000 menyebut Denah lokasi yang tidak ada di 001" in notes
    assert "Nomor Induk" not in notes  # same item despite OCR spacing/punctuation
    assert [st["text"] for st in s["steps"]] == ["Mengajukan", "Memverifikasi"]  # 001 SOP is finer
    assert s["product"] == "SK" and s["sector"] == "Kesehatan"  # 000 first, 001 fills gaps
    assert {src["file"] for src in s["sources"]} == {"000.txt", "001.txt"}


def test_merge_empty_000_list_filled_from_001(fixture_src):
    s = {x["code"]: x for x in build.build(fixture_src)["services"]}["DPM-028"]
    assert [r["text"] for r in s["requirements"]] == ["Nomor Induk Berusaha (NIB)"]
    assert any("000 kosong" in n for n in s["review_notes"])


def test_merge_pass_through_and_order(fixture_src):
    cat = build.build(fixture_src)
    codes = [x["code"] for x in cat["services"]]
    assert codes == sorted(codes) == ["DPM-002", "DPM-028", "DPM-101", "SETDA-001"]
    setda = cat["services"][-1]
    assert setda == json.loads((fixture_src / "003.json").read_text())["services"][0]


def test_merge_deterministic(fixture_src, tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    a, b = out / "a.json", out / "b.json"
    build.write(build.build(fixture_src), a)
    build.write(build.build(fixture_src), b)
    assert a.read_bytes() == b.read_bytes()
    assert json.loads(a.read_text())["version"].startswith("catalog-")


def test_merge_with_missing_files(tmp_path):
    (tmp_path / "001.json").write_text(SRC_001.read_text(encoding="utf-8"), encoding="utf-8")
    cat = build.build(tmp_path)
    assert len(cat["services"]) == 89
    assert build.build(tmp_path / "nothing")["services"] == []
