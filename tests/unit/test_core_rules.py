"""Rules that used to live in screens, now in the core: checklist marks, the NIK/NIB box, the hall's running text."""

from db.core.validators import typed_identifier
from db.intake.checklist import ADA_SESUAI, TIDAK_BERLAKU, ChecklistItem, can_take
from db.queue.views import HALL_SETTINGS, running_text


def item(mandatory: bool, heading: bool = False) -> ChecklistItem:
    return ChecklistItem(0, "a.", 0, "KTP pemohon", mandatory, None if mandatory else "bila ada", heading)


def test_not_applicable_only_on_an_optional_item_and_never_on_a_heading():
    assert not can_take(item(mandatory=True), TIDAK_BERLAKU)
    assert can_take(item(mandatory=True), ADA_SESUAI)
    assert can_take(item(mandatory=False), TIDAK_BERLAKU)
    assert not can_take(item(mandatory=False, heading=True), ADA_SESUAI)


def test_thirteen_digits_are_a_nib_anything_else_a_nik():
    assert typed_identifier("9120.1234.56789") == typed_identifier("9120123456789")
    assert typed_identifier("9120123456789").kind == "business"
    assert typed_identifier("6311 0112 0385 0002").kind == "person"
    assert typed_identifier("6311 0112 0385 0002").digits == "6311011203850002"
    assert typed_identifier("12345").kind == "person"


def test_the_running_text_is_the_administrators_or_the_motto_and_pledge():
    office = {"office.motto": "BERSAHA", "office.motto_text": "Bersih, Ramah", "office.maklumat": "Kami siap melayani"}
    assert running_text({**office, "display.running_text": ""}) == "BERSAHA — Bersih, Ramah   ·   Kami siap melayani"
    assert running_text({**office, "display.running_text": "Loket tutup pukul 15.00"}) == "Loket tutup pukul 15.00"
    assert "office.logo" not in HALL_SETTINGS and set(office) <= set(HALL_SETTINGS)
