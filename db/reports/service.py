"""The supervisors' reports as one service on `Services`: the counter report of a period and the live dashboard."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from db.agencies.scope import AgencyScope, scope_of
from db.core.actor import SUPERVISORS, Actor, Clock, utc_now
from db.core.engine import Database
from db.core.office_clock import in_office_time
from db.intake.tracking import TrackingService
from db.lifecycle.report import lifecycle_figures
from db.models.agencies import Agency, Hall
from db.models.queue import Ticket
from db.models.reports import ReportDay
from db.queue.tickets import WAITING
from db.queue.views import QueueViews
from db.reports import day_cache, feature_counts
from db.reports.common import Period, group_services, office_values
from db.reports.comparison import HallComparison, compare
from db.reports.day_cache import DayCache
from db.reports.file_figures import file_part
from db.reports.live import SYNC_KEY, LiveCounter, LiveState, application_alerts, minutes, sync_alerts, waiting_alerts
from db.reports.model import DailyReport, ReportQuery
from db.reports.queue_figures import queue_part
from db.reports.scope import report_agency, require_whole_hall, visible_queue
from db.settings.service import SettingsService

KEEP_BACK_DAYS = 40  # the month a supervisor reports on, from any day of the next


class ReportService:
    def __init__(
        self,
        database: Database,
        settings: SettingsService,
        queue_views: QueueViews,
        tracking: TrackingService,
        clock: Clock = utc_now,
    ):
        self._db = database
        self._settings = settings
        self._queue_views = queue_views
        self._tracking = tracking
        self._now = clock

    def daily(self, query: ReportQuery, *, actor: Actor) -> DailyReport:
        """Every figure of the report for the query's local days and filters, read from one snapshot (supervisors).

        Raises DomainError for a reversed or too long range or an unknown group. Figures depend only on the data and
        the query (never on the time it runs), except `generated_at`. The report covers `query.agency`, or the
        actor's own agency when none is asked; the whole hall only for the hall's management; an agency's supervisor
        asking for another agency is refused (PermissionDenied, db/reports/scope.py). The days that are over are read
        from what an earlier report kept of them, and kept by this one in a transaction of its own after its read
        (db/reports/day_cache.py).
        """
        actor.require(*SUPERVISORS)
        with self._db.read() as session:
            agency_id, agency = report_agency(session, actor, query.agency)
            zone, target = office_values(session)
            period = Period.of(query, zone)
            services = group_services(session, query.group)
            today = in_office_time(self._now(), ZoneInfo(zone)).date()
            kept = DayCache(session, period, day_cache.scope_of(query, agency_id), today)
            queue = queue_part(session, query, period, target, agency_id, kept)
            files = file_part(session, query, period, services, agency_id, kept)
            extras = feature_counts.extras(session, period, agency_id)
            lifecycle = lifecycle_figures(session, period, agency_id, kept)
        day_cache.keep(self._db, kept.pending)
        return DailyReport(
            query=query,
            timezone=zone,
            wait_target_minutes=target,
            generated_at=self._now(),
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
            agency=agency,
        )

    def days_to_keep(self, back: int | None = None) -> list[tuple[date, str | None]]:
        """The days of the last `back` (KEEP_BACK_DAYS) that are over and that no report has kept yet, per scope:
        (day, None) for the hall, (day, agency code) for each active agency. The app keeps them in the background a
        day at a time (keep_day), so that the month's report finds its days kept (db/reports/day_cache.py)."""
        with self._db.read() as session:
            zone, _target = office_values(session)
            today = in_office_time(self._now(), ZoneInfo(zone)).date()
            back = back or KEEP_BACK_DAYS
            first = today - timedelta(days=back)
            scopes: list[tuple[str | None, str]] = [(None, "hall")]
            agencies = select(Agency.id, Agency.code).where(Agency.active.is_(True))
            scopes += [
                (code, str(agency_id))
                for agency_id, code in session.execute(agencies.order_by(Agency.sort_order, Agency.code))
            ]
            kept = set(
                session.execute(
                    select(ReportDay.scope, ReportDay.day).where(
                        ReportDay.part == day_cache.ALWAYS_KEPT, ReportDay.day >= first, ReportDay.day < today
                    )
                ).all()
            )
        days = [first + timedelta(days=n) for n in range(back)]
        return [
            (day, code) for code, scope in scopes for day in days if (day_cache.scope_key(zone, scope), day) not in kept
        ]

    def keep_day(self, day: date, agency: str | None = None) -> None:
        """Compute and keep one day's report parts for the hall (`agency` None) or an agency (its code): the
        background job of days_to_keep, one database job of about a day's report each."""
        self.daily(ReportQuery(day, day, agency=agency), actor=Actor.system("laporan", label="laporan"))

    def by_agency(self, date_from: date, date_to: date, *, actor: Actor) -> HallComparison:
        """The hall's report: every agency side by side and the hall as a whole (db/reports/comparison.py), for the
        hall's management only (an agency's supervisor is refused, in Indonesian). DomainError for a reversed or too
        long range."""
        actor.require(*SUPERVISORS)
        with self._db.read() as session:
            require_whole_hall(session, actor)
            zone, target = office_values(session)
            period = Period.of(ReportQuery(date_from, date_to), zone)
            agencies, hall = compare(session, period, target)
            hall_name = session.scalar(select(Hall.name).limit(1)) or ""
        return HallComparison(date_from, date_to, zone, target, self._now(), hall_name, agencies, hall)

    def live(self, actor: Actor | None = None) -> LiveState:
        """One read of everything the dashboard shows; cheap enough to run every few seconds. An agency's supervisor
        (`actor` with an agency) sees their agency's groups, counters, waiting tickets and files, and the hall's own
        (an information desk); the hall's management and the system see the whole hall."""
        scope = scope_of(actor) if actor is not None else AgencyScope(None)
        now = self._now()
        hall = self._queue_views.hall_state(recent=0)
        serving = {number: (label, status) for number, label, status in hall.now_serving}
        with self._db.read() as session:
            zone, target = office_values(session)
            waiting = session.execute(
                select(Ticket.label, Ticket.issued_at)
                .where(Ticket.day == hall.day, Ticket.status == WAITING, scope.where(Ticket.agency_id))
                .order_by(Ticket.issued_at)
            ).all()
            seen = visible_queue(session, scope)
        counters = tuple(
            LiveCounter(number, name, is_open, *serving.get(number, (None, None)))
            for number, name, is_open in self._queue_views.open_counters()
            if seen is None or number in seen.counters
        )
        groups = tuple(row for row in hall.waiting_by_group if seen is None or row[0] in seen.groups)
        alerts = waiting_alerts(waiting, now, target)
        alerts += application_alerts(self._tracking, hall.day, actor)
        alerts += sync_alerts(self._settings.in_every_scope(SYNC_KEY), now)
        longest = waiting[0] if waiting else None
        return LiveState(
            at=in_office_time(now, ZoneInfo(zone)),  # the dashboard shows office time, not the PC's
            day=hall.day,
            target_minutes=target,
            waiting_by_group=groups,
            counters=counters,
            longest_wait_minutes=minutes(now - longest[1]) if longest else None,
            longest_wait_ticket=longest[0] if longest else None,
            alerts=tuple(alerts),
        )
