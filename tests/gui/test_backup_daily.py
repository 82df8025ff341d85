"""The app's daily backup: made off the GUI thread once per day; a failure is reported, never a crash."""

from db.admin import backup
from desktop.app import DailyBackup


def test_daily_backup_is_made_once_and_reported(qtbot, sqlite_services, runner):
    reports = []
    daily = DailyBackup(sqlite_services, runner, reports.append)
    daily.start()
    qtbot.waitUntil(lambda: bool(reports))
    assert reports[0].startswith("Cadangan harian dibuat: loket-cadangan-")
    assert daily.timer.isActive() and daily.timer.interval() == 3_600_000
    daily.check()
    qtbot.waitUntil(lambda: not daily.running)
    assert len(backup.list_backups()) == 1 and len(reports) == 1
    daily.timer.stop()


def test_a_failed_backup_is_reported_not_raised(qtbot, sqlite_services, runner, collector, monkeypatch):
    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "create_backup", disk_full)
    reports = []
    daily = DailyBackup(sqlite_services, runner, reports.append)
    daily.check()
    qtbot.waitUntil(lambda: bool(reports))
    assert reports == ["Cadangan harian: Cadangan gagal dibuat: No space left on device."]
    assert not collector.bugs and not daily.running
