"""Sync from the app: scheduled at sync.hour, on demand from the menu, off the GUI thread; failures reported."""

import json
from datetime import UTC, datetime, timedelta, timezone

from db.sync import client
from desktop.main_window import MainWindow
from desktop.sync_ui import SyncScheduler, sync_due
from tests.e2e.sync_helpers import free_port

WITA = timezone(timedelta(hours=8))


def test_sync_due_at_the_hour_once_a_day():
    evening = datetime(2026, 11, 25, 21, 5, tzinfo=WITA)
    assert not sync_due(evening.replace(hour=20), "21:00", "")
    assert sync_due(evening, "21:00", "")
    assert sync_due(evening, "21:00", datetime(2026, 11, 24, 13, 30, tzinfo=UTC).isoformat())
    assert not sync_due(evening, "21:00", datetime(2026, 11, 25, 13, 1, tzinfo=UTC).isoformat())  # 21:01 WITA


def test_sync_now_from_the_menu_reports_an_unreachable_server(qtbot, screen_context, sqlite_services, runner):
    path = client.token_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {"server": f"http://127.0.0.1:{free_port()}", "token": "t", "name": "pc", "office": "1", "master": False}
        )
    )
    reports = []
    scheduler = SyncScheduler(sqlite_services, runner, reports.append)
    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    window.sync_requested.connect(scheduler.run_now)
    action = next(a for m in window.menuBar().actions() for a in m.menu().actions() if "Sinkronkan" in a.text())
    action.trigger()
    qtbot.waitUntil(lambda: not scheduler.running)
    assert reports[0] == "Sinkronisasi dimulai..."
    assert "Server sinkronisasi tidak dapat dihubungi" in reports[-1]
    assert window.statusBar().findChild(type(window.statusBar().sync), "status_sync") is not None


def test_the_timer_does_nothing_on_a_pc_not_enrolled(qtbot, sqlite_services, runner):
    reports = []
    scheduler = SyncScheduler(
        sqlite_services, runner, reports.append, clock=lambda: datetime(2026, 11, 25, 15, tzinfo=UTC)
    )
    scheduler.check()
    runner.wait_idle()
    qtbot.waitUntil(runner.is_idle)
    assert reports == [] and not scheduler.running


def test_quitting_stops_a_sync_at_its_next_safe_point(qtbot, sqlite_services, runner, monkeypatch):
    import threading

    first_batch_done, carry_on = threading.Event(), threading.Event()
    batches = []

    def long_sync(database, device_id, ca_file="", progress=None, on_writer=None):
        for number in range(1, 4):  # each batch acknowledged, then progress is reported
            batches.append(number)
            progress(f"Terkirim {number}/3")
            first_batch_done.set()
            carry_on.wait(10)
        raise AssertionError("the sync should have stopped after its first batch")

    monkeypatch.setattr(client, "run", long_sync)
    reports = []
    scheduler = SyncScheduler(sqlite_services, runner, reports.append)
    scheduler.run_now()
    qtbot.waitUntil(first_batch_done.is_set)
    scheduler.stop()
    carry_on.set()
    qtbot.waitUntil(lambda: not scheduler.running)
    assert batches == [1, 2] and "dihentikan karena Loket ditutup" in reports[-1]
    scheduler.run_now()  # nothing new starts once quitting
    assert not scheduler.running
