"""The app keeps the report's days that are over in the background, a day per database job (desktop/report_days.py)."""

from sqlalchemy import func, select

from db.models import ReportDay
from db.reports import service as report_service
from desktop.report_days import ReportDays


def kept_days(services) -> int:
    with services.database.read() as session:
        return session.scalar(select(func.count(func.distinct(ReportDay.day))).where(ReportDay.part == "desk.steps"))


def test_the_days_of_the_last_weeks_are_kept_one_job_each_and_not_again(qtbot, sqlite_services, runner, monkeypatch):
    monkeypatch.setattr(report_service, "KEEP_BACK_DAYS", 5)
    job = ReportDays(sqlite_services, runner)
    job.start()
    qtbot.waitUntil(lambda: not job.busy, timeout=20_000)
    assert kept_days(sqlite_services) == 5
    assert sqlite_services.reports.days_to_keep() == []
    calls = []
    monkeypatch.setattr(sqlite_services.reports.__class__, "keep_day", lambda *args: calls.append(args))
    job.check()  # an hour later: nothing left to keep
    qtbot.waitUntil(lambda: not job.busy, timeout=10_000)
    assert calls == []
    job.stop()
