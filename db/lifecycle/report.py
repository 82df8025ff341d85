"""Which desk holds files: each SOP step's actual time against the SOP's time for it (001 Lampiran II), the files
each desk holds now, and the overdue files with the Perbup 16/2021 Pasal 10(1) note. Read inside the report's
snapshot (one session); no state is changed."""

from __future__ import annotations

import collections
import functools
import json
import statistics
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import true
from sqlalchemy.orm import Session

from db.calendar.store import calendar_in
from db.calendar.working_days import WorkCalendar
from db.lifecycle import desk_queries as queries
from db.lifecycle import roles
from db.models.accounts import Role
from db.models.catalog import ServiceRevision
from db.models.intake import Application
from db.reports.common import numbers
from db.reports.day_cache import STEPS, DayCache, DayPart

MINUTES_PER_WORKING_DAY = 480  # the SOP tables count "2 hari" as 960 minutes
PASAL_10_NOTE = (
    "Perbup Balangan 16/2021 Pasal 10 ayat (1): dalam hal terjadi keterlambatan penyelesaian izin dari waktu yang "
    "ditetapkan dalam SOP, dokumen izin dianggap berlaku efektif."
)
OUTSIDE = "SKPD Teknis (di luar kantor)"


@dataclass(frozen=True)
class DeskRow:
    desk: str
    steps_done: int
    median_minutes: float | None
    sop_minutes: float | None  # the median of the SOP's times for the steps done
    over_sop: int  # steps that took longer than the SOP allows
    holding_now: int  # open files whose current step is this desk's
    holding_over_sop: int  # of those, waiting longer than the SOP's time for that step


@dataclass(frozen=True)
class OverdueRow:
    registration_number: str
    applicant_name: str
    service_name: str
    due_on: str
    working_days_late: int
    held_by: str


@dataclass(frozen=True)
class LifecycleFigures:
    desks: tuple[DeskRow, ...]
    overdue: tuple[OverdueRow, ...]
    note: str = PASAL_10_NOTE


@functools.lru_cache(maxsize=512)  # a few dozen SOP actors, asked once per step and file
def desk_of(actor: str) -> str:
    allowed = roles.step_roles(actor)
    if "skpd" in actor.lower():
        return OUTSIDE
    if allowed == roles.GENERAL_STAFF:
        return "Petugas pelayanan"
    return next(iter(allowed)).label


StepGroup = collections.namedtuple(
    "StepGroup",
    "key revision_id step_index actor started_on done_on day_from day_to snapshot steps minutes",
)


def lifecycle_figures(
    session: Session, period, agency_id: uuid.UUID | None = None, kept: DayCache | None = None
) -> LifecycleFigures:
    """Read only the files that matter to the period: the steps recorded in it, and the files still open; with
    `agency_id`, only that agency's files. Steps and open files come grouped by what decides their figures
    (db/lifecycle/desk_queries.py); only the overdue files are listed one by one. `kept` keeps the settled days'
    step groups (db/reports/day_cache.py)."""
    sql = queries.DeskSql(session.get_bind().dialect.name, period)
    of_agency = true() if agency_id is None else Application.agency_id == agency_id
    days = _DaysBetween(calendar_in(session))
    snapshots = _Snapshots(session)
    legacy = session.scalar(queries.any_without_digest()) is not None  # files from before revision 0022
    if kept is None or legacy:  # kept rows count the files by digest: none are kept while any lacks one
        kept = DayCache(session, period)

    def steps_of(part_period):
        return session.execute(queries.done_steps(queries.DeskSql(sql.dialect, part_period), part_period, of_agency))

    step_groups = kept.rows(DayPart("desk.steps", STEPS, steps_of, lambda row: row[7], StepGroup._make, (10,)))
    if legacy:
        step_groups += session.execute(queries.done_steps(sql, period, of_agency, legacy=True)).all()
    done: dict[str, _Done] = {}
    for row in step_groups:
        if row.started_on is not None:  # typed from the rekomendasi: the technical agency's own days
            actuals = [max(0, days(row.started_on, row.done_on)) * MINUTES_PER_WORKING_DAY] * row.steps
        elif row.day_from == row.day_to:  # within one day: the clock
            actuals = [max(0.0, minutes) for minutes in numbers(row.minutes)]
        else:
            actuals = [max(0, days(row.day_from, row.day_to)) * MINUTES_PER_WORKING_DAY] * row.steps
        limit = snapshots.sop_minutes(row, row.step_index)
        desk = done.setdefault(desk_of(row.actor), _Done())
        desk.actuals += actuals
        if limit is not None:
            desk.limits += [limit] * len(actuals)
            desk.over += sum(1 for actual in actuals if actual > limit)
    end_day = period.date_to + timedelta(days=1)  # the period ends at midnight: a waiting file's time is whole days
    holding: dict[str, list[bool]] = {}
    for row in _both(session, queries.open_groups, sql, period, of_agency, legacy):
        actor = snapshots.actor(row, row.current_step)
        if actor is None:
            continue  # a current step past the snapshot: no desk holds it
        waited = max(0, days(row.last_day, end_day)) * MINUTES_PER_WORKING_DAY
        limit = snapshots.sop_minutes(row, row.current_step)
        holding.setdefault(desk_of(actor), []).extend([limit is not None and waited > limit] * row.files)
    overdue = []
    for row in session.execute(queries.overdue_files(sql, period, of_agency)):
        actor = snapshots.actor(row, row.current_step)
        late = -days(period.date_to, row.due_on)
        if actor is not None and late > 0:
            due = _as_date(row.due_on).isoformat()
            overdue.append(OverdueRow(row.registration_number, row.name, row.service_name, due, late, desk_of(actor)))
    return LifecycleFigures(_desk_rows(done, holding), tuple(sorted(overdue, key=_lateness)))


def _both(session: Session, query, sql, period, of_agency, legacy: bool) -> list:
    """The query's groups of the files with a snapshot digest, then, where there are any, of those without."""
    rows = session.execute(query(sql, period, of_agency)).all()
    if not legacy:
        return rows
    return rows + session.execute(query(sql, period, of_agency, legacy=True)).all()


class _Snapshots:
    """Each distinct SOP snapshot parsed once: by its digest (read from one file that has it), or a legacy file's
    own text. The SOP's time of a step is the snapshot's; a file registered before the snapshot carried it is
    measured against its catalog revision's."""

    def __init__(self, session: Session):
        self._session = session
        self._parsed: dict[str, list] = {}
        self._revisions: dict[object, list] = {}

    def steps(self, row) -> list:
        source = row.snapshot if row.key is None else row.key
        if source not in self._parsed:
            if row.key is None:
                self._parsed[source] = json.loads(source)
            else:
                self._parsed[source] = list(self._session.scalar(queries.snapshot_of(row.key)) or [])
        return self._parsed[source]

    def actor(self, row, index: int) -> str | None:
        steps = self.steps(row)
        return steps[index].get("actor") if index < len(steps) else None

    def sop_minutes(self, row, index: int) -> float | None:
        steps = self.steps(row)
        step = steps[index] if index < len(steps) else {}
        if "minutes" in step:  # the snapshot taken at registration carries the SOP's time
            return step["minutes"]
        if row.revision_id not in self._revisions:
            revision_id = row.revision_id  # text where the row was kept (db/reports/day_cache.py)
            if revision_id is not None and not isinstance(revision_id, uuid.UUID):
                revision_id = uuid.UUID(revision_id)
            revision = self._session.get(ServiceRevision, revision_id) if revision_id is not None else None
            self._revisions[row.revision_id] = list(revision.data.get("steps", [])) if revision else []
        catalog = self._revisions[row.revision_id]
        return catalog[index].get("duration_minutes") if index < len(catalog) else None


def _as_date(value) -> date:
    """A day as the driver returns it: a date (PostgreSQL) or ISO text (SQLite's date())."""
    return value if isinstance(value, date) else date.fromisoformat(value)


class _DaysBetween:
    """`WorkCalendar.working_days_between`, remembered per pair of days (the rows share a few dozen days)."""

    def __init__(self, calendar: WorkCalendar):
        self._calendar = calendar
        self._known: dict[tuple, int] = {}

    def __call__(self, a, b) -> int:
        key = (a, b)
        if key not in self._known:
            self._known[key] = self._calendar.working_days_between(_as_date(a), _as_date(b))
        return self._known[key]


def _lateness(row: OverdueRow) -> tuple:
    return (-row.working_days_late, row.registration_number)


class _Done:
    """A desk's steps done: each one's actual minutes, the SOP's minutes of those that have one, how many took
    longer than that."""

    __slots__ = ("actuals", "limits", "over")

    def __init__(self):
        self.actuals: list[float] = []
        self.limits: list[float] = []
        self.over = 0


def _desk_rows(done: dict[str, _Done], holding: dict) -> tuple[DeskRow, ...]:
    order = [role.label for role in Role] + ["Petugas pelayanan", OUTSIDE]
    rows = []
    for desk in sorted(set(done) | set(holding), key=lambda d: order.index(d) if d in order else len(order)):
        times = done.get(desk) or _Done()
        rows.append(
            DeskRow(
                desk,
                len(times.actuals),
                round(float(statistics.median(times.actuals)), 1) if times.actuals else None,
                round(float(statistics.median(times.limits)), 1) if times.limits else None,
                times.over,
                len(holding.get(desk, [])),
                sum(holding.get(desk, [])),
            )
        )
    return tuple(rows)
