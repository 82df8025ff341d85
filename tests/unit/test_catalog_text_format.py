import pytest

from db.catalog import text_format
from db.catalog.store import shipped_catalog
from db.core.errors import DomainError


def test_every_shipped_entry_survives_the_round_trip():
    for service in shipped_catalog().services:
        text = text_format.to_text(service.requirements, service.variants)
        requirements, variants = text_format.from_text(text, service.requirements, service.variants)
        assert requirements == service.requirements, service.code
        assert variants == service.variants, service.code


def test_conditions_children_and_variants_are_read():
    text = "- KTP\n- Surat kuasa [jika: jika dikuasakan]\n  - bermeterai\n== Badan hukum ==\n- Akta pendirian"
    requirements, variants = text_format.from_text(text, [], [])
    assert [r.text for r in requirements] == ["KTP", "Surat kuasa"]
    assert requirements[1].mandatory is False and requirements[1].condition == "jika dikuasakan"
    assert requirements[1].children[0].text == "bermeterai"
    assert variants[0].name == "Badan hukum" and variants[0].requirements[0].text == "Akta pendirian"


@pytest.mark.parametrize("text", ["KTP tanpa tanda", " - indentasi ganjil", "- a\n    - melompat"])
def test_unreadable_lines_are_named(text):
    with pytest.raises(DomainError, match="Baris"):
        text_format.from_text(text, [], [])


def test_requirement_kinds_are_written_as_tags_and_read_back():
    text = (
        "- Surat kuasa [jika: jika dikuasakan] [untuk: dikuasakan]\n"
        "- Membayar biaya izin [diperiksa: sebelum penyerahan] [bukti setor]\n"
        "- Permintaan konsultasi [salah satu]\n  - Surat resmi\n  - Datang langsung"
    )
    requirements, _ = text_format.from_text(text, [], [])
    kuasa, fee, ask = requirements
    assert kuasa.applies_to == "dikuasakan" and kuasa.condition == "jika dikuasakan" and not kuasa.mandatory
    assert fee.kind == "sebelum_penyerahan" and fee.evidence == "bukti_setor" and fee.mandatory
    assert ask.kind == "salah_satu" and [c.text for c in ask.children] == ["Surat resmi", "Datang langsung"]
    assert text_format.to_text(requirements, []) == text


@pytest.mark.parametrize(
    ("text", "reason"),
    [("- Bayar [diperiksa: besok]", "tidak dikenal"), ("- Salah satu [salah satu]\n  - hanya satu", "dua alternatif")],
)
def test_a_wrong_tag_is_named_with_its_line(text, reason):
    with pytest.raises(DomainError, match=f"Baris 1.*{reason}|{reason}"):
        text_format.from_text(text, [], [])
