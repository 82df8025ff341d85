"""Supervisors' reports (no Qt): the counter report of a day or a period, the live dashboard's state, exports.

report = services.reports.daily(ReportQuery(date(2026, 11, 25), date(2026, 11, 25)), actor=supervisor)
state = services.reports.live()
"""

from db.reports.model import DailyReport, ReportQuery

__all__ = ["DailyReport", "ReportQuery"]
