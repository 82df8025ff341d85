"""The live dashboard: queue length, counters busy or idle, and alerts, refreshed in the background."""

from datetime import UTC, datetime, timedelta

import pytest

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role, Setting
from db.services import open_services
from desktop.context import ScreenContext, SettingsBridge
from desktop.screens.dashboard_screen import DashboardScreen


@pytest.fixture
def clock_start():
    return datetime(2026, 11, 9, 1, 0, tzinfo=UTC)


@pytest.fixture
def office(sqlite_url, clock, admin_user):
    opened = open_services(sqlite_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


def test_a_ticket_waiting_past_the_target_raises_an_alert(qtbot, office, clock, runner, admin_user):
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1, full_name="Budi Santoso")
    # An application received Monday 9 Nov 2026 is due 12 working days later: Wednesday 25 Nov.
    person = office.applicants.save_person(officer, PersonInput("6311015508900001", "Siti Aminah"))
    entry, items = office.intake.checklist("DPM-007")
    marks = {i.position: Mark("ada_sesuai") for i in items if not i.heading}
    registered = office.intake.submit(officer, person.id, entry.revision_id, None, marks)
    clock.now = datetime(2026, 11, 25, 1, 30, tzinfo=UTC)  # 09:30 WITA
    office.queue.issue(officer, "A")
    office.queue.issue(officer, "A")
    office.queue.call_next(officer, 1)
    with office.database.transaction() as session:
        session.add(Setting(scope="pc-9", key="sync.last_success", value="2026-11-25T00:00:00+00:00"))
    clock.now = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)  # 10:00: A-002 has waited 30 minutes
    context = ScreenContext(office, runner, admin_user, SettingsBridge(office), counter_number=None)
    screen = DashboardScreen(context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.state is not None)
    texts = [screen.alerts.item(row).text() for row in range(screen.alerts.count())]
    assert "A-002 menunggu 30 menit (target 15 menit)" in texts
    assert any(registered.registration_number in text and "hari ini" in text for text in texts)
    assert any("pc-9" in text for text in texts)
    assert screen.state.longest_wait_ticket == "A-002" and "30 menit" in screen.longest.text()
    assert screen.counters.item(0, 2).text() == "A-001"
    assert screen.groups.item(0, 2).text() == "1"
    assert screen.timer.isActive()
    screen.hide()
    assert not screen.timer.isActive()


def test_a_calm_hall_has_no_alerts(qtbot, office, clock, runner, admin_user):
    clock.now = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
    office.queue.issue(Actor("kios", "pc-1"), "B")
    clock.now += timedelta(minutes=3)
    context = ScreenContext(office, runner, admin_user, SettingsBridge(office))
    screen = DashboardScreen(context)
    qtbot.addWidget(screen)
    screen.refresh()
    screen.refresh()  # a second press while the first read runs is dropped, not queued
    qtbot.waitUntil(lambda: screen.state is not None)
    assert screen.alerts.count() == 1 and screen.alerts.item(0).text() == "Tidak ada peringatan."
    assert screen.state.longest_wait_minutes == 3
