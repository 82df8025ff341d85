"""The hall display and the dashboard follow calls made on any PC through the cheap change stamps, and stop
re-reading the hall (and every setting, the logo included) when nothing changed."""

import pytest

from db.core.actor import Actor
from db.models import Role
from db.queue.views import HALL_SETTINGS
from db.services import open_services
from desktop.announcer import Announcer, SilentSink
from desktop.hall_display import AnnouncedCalls, HallDisplay
from desktop.screens.dashboard_screen import DashboardScreen
from desktop.screens.queue_screen import QueueScreen


@pytest.fixture
def other_pc(sqlite_url):
    """A second PC of the hall on the same database: its commits are not heard by this process's hub."""
    opened = open_services(sqlite_url, device_id="pc-2")
    yield opened
    opened.close()


def counting(monkeypatch, owner, name):
    calls = []
    original = getattr(owner, name)

    def wrapper(*args, **kwargs):
        calls.append(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def officer(counter=2):
    return Actor("budi", "pc-2", role=Role.PETUGAS_LOKET, counter_number=counter)


def test_the_hall_display_reads_the_hall_only_when_a_pc_called(
    qtbot, monkeypatch, sqlite_services, other_pc, runner, loket_home
):
    other_pc.queue.issue(officer(), "A")
    other_pc.queue.issue(officer(), "A")
    stamps = counting(monkeypatch, sqlite_services.queue, "change_stamp")
    halls = counting(monkeypatch, sqlite_services.queue_views, "hall_state")
    every_setting = counting(monkeypatch, sqlite_services.settings, "values")
    one_setting = counting(monkeypatch, sqlite_services.settings, "get_many")
    display = HallDisplay(sqlite_services, runner, Announcer(SilentSink(0.01)), AnnouncedCalls(loket_home / "a.json"))
    qtbot.addWidget(display)
    qtbot.waitUntil(lambda: display.stamps is not None, timeout=5000)
    settings_read = len(one_setting)
    qtbot.waitUntil(lambda: len(stamps) >= 3, timeout=6000)  # two more ticks with nothing new
    assert len(halls) == 1 and len(one_setting) == settings_read and every_setting == []
    called = other_pc.queue.call_next(officer(), 2)
    qtbot.waitUntil(lambda: display.calling_number.text() == called.label, timeout=5000)
    assert len(halls) == 2 and len(one_setting) == settings_read
    admin = Actor("admin", "pc-2", role=Role.ADMINISTRATOR)
    other_pc.settings.set(admin, "display.running_text", "Loket 3 istirahat pukul 12.00")
    qtbot.waitUntil(lambda: "istirahat" in display.running_text, timeout=5000)
    assert every_setting == [] and "office.logo" not in HALL_SETTINGS


def test_a_call_on_this_pc_is_shown_at_once_from_the_change_notice(qtbot, sqlite_services, runner, loket_home):
    display = HallDisplay(sqlite_services, runner, Announcer(SilentSink(0.01)), AnnouncedCalls(loket_home / "a.json"))
    qtbot.addWidget(display)
    qtbot.waitUntil(lambda: display.stamps is not None, timeout=5000)
    display.poll_timer.stop()  # only the notice can bring the call now
    local = Actor("sari", sqlite_services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    runner.run(lambda: (sqlite_services.queue.issue(local, "A"), sqlite_services.queue.call_next(local, 1)))
    qtbot.waitUntil(lambda: display.calling_number.text() == "A-001", timeout=5000)


def test_the_dashboard_tick_rereads_only_after_a_change(qtbot, monkeypatch, screen_context, sqlite_services, other_pc):
    reads = counting(monkeypatch, sqlite_services.reports, "live")
    screen = DashboardScreen(screen_context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.state is not None, timeout=5000)
    first = screen.state
    screen.refresh(force=False)
    qtbot.waitUntil(lambda: not screen._pending, timeout=5000)
    assert screen.state is first and len(reads) == 1
    other_pc.queue.issue(officer(), "A")
    screen.refresh(force=False)
    qtbot.waitUntil(lambda: screen.state is not first, timeout=5000)
    assert screen.state.waiting == 1 and len(reads) == 2
    local = Actor("sari", sqlite_services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    screen_context.runner.run(lambda: sqlite_services.queue.call_next(local, 1))  # heard through the notice
    qtbot.waitUntil(lambda: screen.state.waiting == 0, timeout=5000)


def test_the_counter_screen_tick_reads_settings_only_after_a_change(
    qtbot, monkeypatch, screen_context, sqlite_services, other_pc
):
    every_setting = counting(monkeypatch, sqlite_services.settings, "values")
    current = counting(monkeypatch, sqlite_services.queue_views, "current_ticket")
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.stamps is not None, timeout=5000)
    screen.refresh(force=False)
    screen.refresh(force=False)
    qtbot.waitUntil(screen.context.runner.is_idle, timeout=5000)  # both answers ("nothing changed") are back
    assert len(current) == 1 and every_setting == []
    other_pc.queue.issue(officer(), "A")
    other_pc.queue.call_next(officer(counter=1), 1)  # a supervisor on another PC calls for counter 1
    screen.refresh(force=False)
    qtbot.waitUntil(lambda: screen.ticket.text() == "A-001", timeout=5000)
    assert every_setting == []
