"""The office calendar: cuti bersama follow the setting, and a caller may count them as working days (db level)."""

from datetime import date

from db.core.actor import Actor
from db.models import Role

CHRISTMAS_EVE = date(2026, 12, 24)  # cuti bersama Natal 2026, a Thursday


def test_cuti_bersama_follow_the_setting_unless_the_caller_counts_them(services):
    admin = Actor(username="admin", device_id=services.device_id, role=Role.ADMINISTRATOR)
    calendar = services.calendar
    assert not calendar.calendar().is_working_day(CHRISTMAS_EVE)
    assert calendar.calendar(ignore_cuti_bersama=True).is_working_day(CHRISTMAS_EVE)
    services.settings.set(admin, "calendar.cuti_bersama", "tidak")
    assert calendar.calendar().is_working_day(CHRISTMAS_EVE)
    calendar.add_closure(admin, CHRISTMAS_EVE, "rapat kerja")
    assert not calendar.calendar(ignore_cuti_bersama=True).is_working_day(CHRISTMAS_EVE)
