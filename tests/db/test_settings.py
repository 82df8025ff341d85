import base64

import pytest
from sqlalchemy import event, select

from db.core import changes
from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.models import AuditEntry, Role, Setting
from db.settings.service import SettingsService, office_zone
from tests.unit.printing_fixtures import png_logo


@pytest.fixture
def admin(services):
    return Actor(username="admin", device_id=services.device_id, role=Role.ADMINISTRATOR)


def test_new_database_holds_the_office_from_the_seeds(services):
    with services.database.read() as session:
        stored = dict(session.execute(select(Setting.key, Setting.value).where(Setting.scope == "office")).all())
    assert stored["office.motto"] == "BERSAHA"
    assert stored["office.short_name"] == "DPMPTSP Kabupaten Balangan"
    assert "Maklumat" not in stored["office.maklumat"] and stored["office.maklumat"].startswith("Dengan ini")


def test_set_get_and_audit(services, admin):
    heard = []
    services.database.changes.subscribe(heard.append)
    services.settings.set(admin, "office.short_name", "DPMPTSP Balangan")
    assert services.settings.get("office.short_name") == "DPMPTSP Balangan"
    assert changes.keys_of(heard[-1], changes.SETTINGS) == {"office.short_name"}
    with services.database.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "setting.set")).one()
        assert entry.entity_id == "office.short_name" and entry.details["value"] == "DPMPTSP Balangan"


def test_device_settings_belong_to_one_pc(services, admin):
    other_pc = SettingsService(services.database, "pc-lain")
    services.settings.set(admin, "counter.number", "3")
    other_admin = Actor(username="admin", device_id="pc-lain", role=Role.ADMINISTRATOR)
    other_pc.set(other_admin, "counter.number", "7")
    assert services.settings.counter_number() == 3
    assert other_pc.counter_number() == 7
    services.settings.set(admin, "office.city", "Paringin Kota")
    assert other_pc.get("office.city") == "Paringin Kota"


def test_set_many_is_all_or_nothing(services, admin):
    with pytest.raises(DomainError, match="Nomor loket"):
        services.settings.set_many(admin, {"counter.name": "Loket Prioritas", "counter.number": "abc"})
    assert services.settings.get("counter.name") == "Loket 1"


def test_printer_kind_and_target_are_checked_together(services, admin):
    with pytest.raises(DomainError, match="VID:PID"):
        services.settings.set_many(admin, {"printer.thermal.kind": "usb", "printer.thermal.target": "salah"})
    services.settings.set_many(admin, {"printer.thermal.kind": "usb", "printer.thermal.target": "0416:5011"})
    assert services.settings.thermal_config().describe() == "USB 0416:5011"


def test_office_settings_need_an_administrator(services):
    clerk = Actor(username="budi", device_id=services.device_id, role=Role.PETUGAS_LOKET)
    with pytest.raises(PermissionDenied):
        services.settings.set(clerk, "office.name", "Kantor Lain")
    services.settings.set(clerk, "ui.language", "en")  # a PC's own language is anyone's choice
    assert services.settings.get("ui.language") == "en"


def test_every_setting_is_listed_with_its_meaning(services):
    items = services.settings.all()
    assert {item.key for item in items} >= {"office.logo", "signing.nip", "printer.thermal.kind", "archive.dir"}
    assert all(item.meaning for item in items)


def test_get_many_reads_only_the_keys_asked_and_the_logo_only_when_asked(services, admin):
    logo = base64.b64encode(png_logo()).decode("ascii")
    services.settings.set(admin, "office.logo", logo)
    services.settings.set(admin, "counter.number", "4")
    statements = []

    def remember(_conn, _cursor, statement, parameters, _context, _executemany):
        statements.append(f"{statement} {parameters}")

    engine = services.database.engine
    event.listen(engine, "after_cursor_execute", remember)
    try:
        values = services.settings.get_many(["office.short_name", "counter.number", "display.running_text"])
    finally:
        event.remove(engine, "after_cursor_execute", remember)
    assert values == {
        "office.short_name": "DPMPTSP Kabupaten Balangan",
        "counter.number": "4",
        "display.running_text": "",
    }
    settings_reads = [text for text in statements if "settings" in text]
    assert len(settings_reads) == 1 and "office.logo" not in settings_reads[0]
    assert services.settings.get_many(["office.logo"]) == {"office.logo": logo}


def test_the_office_zone_comes_from_the_setting_or_the_registry_default(services, admin):
    assert str(services.settings.office_zone()) == "Asia/Makassar"
    services.settings.set(admin, "office.timezone", "Asia/Jakarta")
    assert str(services.settings.office_zone()) == "Asia/Jakarta"
    assert str(office_zone({})) == "Asia/Makassar" and str(office_zone({"office.timezone": ""})) == "Asia/Makassar"


def test_a_real_sized_logo_is_stored_for_the_office_and_its_agency(services, admin):
    """A 600 KB PNG: the office setting writes through to the hall's only agency, whose logo column holds it too
    (the text guard's 20,000-character limit is for typing, not for images)."""
    import base64

    logo = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(600_000)).decode("ascii")
    services.settings.set(admin, "office.logo", logo)
    assert services.settings.get_many(["office.logo"]) == {"office.logo": logo}
    assert len(logo) > 20_000
