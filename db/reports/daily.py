"""The daily (or any period's) counter report: one read transaction, one dataclass tree."""

from __future__ import annotations

from db.core.actor import Clock, utc_now
from db.core.engine import Database
from db.lifecycle.report import lifecycle_figures
from db.reports import feature_counts, providers  # noqa: F401 - feature_counts registers its providers
from db.reports.common import Period, group_services, office_values
from db.reports.file_figures import file_part
from db.reports.model import DailyReport, ReportQuery
from db.reports.queue_figures import queue_part


def daily_report(database: Database, query: ReportQuery, clock: Clock = utc_now) -> DailyReport:
    """Every figure of the report for the query's local days and filters, read from one snapshot.

    Raises DomainError for a reversed or too long range or an unknown group. Figures depend only on the data and the
    query (never on the time it runs), except `generated_at`.
    """
    with database.read() as session:
        zone, target = office_values(session)
        period = Period.of(query, zone)
        services = group_services(session, query.group)
        queue = queue_part(session, query, period, target)
        files = file_part(session, query, period, services)
        extras = providers.extras(session, period)
        lifecycle = lifecycle_figures(session, period)
    return DailyReport(
        query=query,
        timezone=zone,
        wait_target_minutes=target,
        generated_at=clock(),
        tickets=queue.tickets,
        groups=queue.groups,
        counters=queue.counters,
        officers=queue.officers,
        hours=queue.hours,
        wait_histogram=queue.wait_histogram,
        files=files.files,
        applications=files.applications,
        extras=extras,
        lifecycle=lifecycle,
    )
