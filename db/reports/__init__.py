"""Supervisors' reports (no Qt): the counter report of a day or a period, the live dashboard's state, exports.

from db.reports import ReportQuery, daily_report
report = daily_report(services.database, ReportQuery(date(2026, 11, 25), date(2026, 11, 25)))
"""

from db.reports.daily import daily_report
from db.reports.model import DailyReport, ReportQuery

__all__ = ["DailyReport", "ReportQuery", "daily_report"]
