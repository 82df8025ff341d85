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
