import pytest

from db.catalog.search import CatalogIndex, normalise
from db.catalog.store import shipped_catalog


@pytest.fixture(scope="module")
def index():
    return CatalogIndex.build([s.model_dump(mode="json") for s in shipped_catalog().services])


def codes(index, query):
    return [hit.code for hit in index.search(query)]


def test_normalise_folds_case_accents_and_spellings():
    assert normalise("Izin APOTIK Praktek") == ["izin", "apotek", "praktik"]
    assert normalise("Sértifikat") == ["sertifikat"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("apotik", "DPM-007"),
        ("APOTEK", "DPM-007"),
        ("praktek dokter", "DPM-072"),
        ("reklame", "DPM-051"),
        ("klinik", "DPM-101"),
        ("walet", "DPM-081"),
        ("pengaduan", "LYN-ADUAN"),
        ("penyuluhan", "LYN-PENYULUHAN"),
    ],
)
def test_search_finds_the_service_first(index, query, expected):
    assert codes(index, query)[0] == expected


def test_search_reaches_into_requirements_and_sector(index):
    assert "DPM-042" in codes(index, "IPAL")
    assert codes(index, "kesehatan")


def test_every_word_must_match(index):
    assert codes(index, "reklame zzzzz") == []


def test_prefixes_work_as_you_type(index):
    assert codes(index, "rekl")[0] == "DPM-051"
