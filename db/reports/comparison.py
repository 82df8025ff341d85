"""The hall's report: every agency side by side and the hall as a whole, for the hall's management (issue 19).

Each figure is grouped by the record's agency in SQL, one query per kind of record, so the comparison costs about
what one hall report costs, however many agencies serve:
- tickets (by the agency of the ticket's group): issued, served (status done), no-show, still waiting at closing;
  waiting time = last call - issued, service time = finished - last call (db/reports/queue_figures.py), their mean,
  median and p90; the share of called tickets that waited longer than the target.
- files checked in the period (file_checks: received, returned incomplete, registered complete); applications
  finished in the period (completed or handed over) on time or late against their due date, with the share on time
  (SLA); applications still open at the end of the period and those past their due date.
- complaints received in the period.
- the IKM (PermenPANRB 14/2017) of the responses of the period: each agency's over its own responses, the hall's over
  all responses of the hall (never an average of the agencies' indexes), as the annex computes a unit's index.
Records of the hall's own (an information desk's group, a hall-wide service with no agency) appear on a row of their
own, "Layanan bersama aula", when there are any; the hall's row counts everything.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from db.calendar.store import calendar_in
from db.models.agencies import Agency
from db.models.intake import Application, FileCheck
from db.models.public_services import Complaint, SkmResponse
from db.models.queue import Ticket
from db.reports.common import Period, concat_numbers, epoch, minutes_stats, numbers, share
from db.reports.file_figures import sla_terms
from db.reports.model import DurationStats
from db.reports.queue_figures import STILL_WAITING, last_call_of_ticket
from db.skm.service import index_of_totals

HALL_OWN = "Layanan bersama aula"
HALL_TOTAL = "Seluruh aula"


@dataclass(frozen=True)
class AgencyFigures:
    """One row of the comparison: an agency, the hall's own records (code None), or the whole hall (code "")."""

    code: str | None
    name: str
    issued: int = 0
    served: int = 0
    no_show: int = 0
    still_waiting: int = 0
    waiting: DurationStats = DurationStats(0, None, None, None)
    service: DurationStats = DurationStats(0, None, None, None)
    over_target: int = 0
    over_target_share: float | None = None
    files_checked: int = 0
    files_returned: int = 0
    files_registered: int = 0
    finished_on_time: int = 0
    finished_late: int = 0
    finished_no_limit: int = 0
    sla_share: float | None = None  # on time / (on time + late)
    open: int = 0
    overdue: int = 0
    complaints: int = 0
    respondents: int = 0
    ikm: float | None = None  # the converted index (25-100), two decimals
    ikm_grade: str | None = None

    @property
    def finished(self) -> int:
        return self.finished_on_time + self.finished_late + self.finished_no_limit


@dataclass(frozen=True)
class HallComparison:
    date_from: date
    date_to: date
    timezone: str
    wait_target_minutes: int
    generated_at: datetime
    hall_name: str
    agencies: tuple[AgencyFigures, ...]  # in the hall's order, then the hall's own records when there are any
    hall: AgencyFigures


class _Row:
    """The figures of one agency (or of the hall) while they are gathered."""

    def __init__(self):
        self.counts: dict[str, int] = {}
        self.waits: list[float] = []
        self.services: list[float] = []
        self.ikm_count = 0
        self.ikm_totals = [0] * 9

    def add(self, **values: int) -> None:
        for key, value in values.items():
            self.counts[key] = self.counts.get(key, 0) + int(value or 0)


def compare(session: Session, period: Period, target_minutes: int) -> tuple[tuple[AgencyFigures, ...], AgencyFigures]:
    """(each agency's figures in the hall's order, then the hall's own records' when there are any; the hall's)."""
    rows: dict[uuid.UUID | None, _Row] = {}

    def row(agency_id) -> _Row:
        return rows.setdefault(agency_id, _Row())

    _tickets(session, period, row)
    _files(session, period, row)
    _applications(session, period, row)
    for agency_id, n in session.execute(
        select(Complaint.agency_id, func.count(Complaint.id))
        .where(Complaint.received_at >= period.start, Complaint.received_at < period.end)
        .group_by(Complaint.agency_id)
    ):
        row(agency_id).add(complaints=n)
    _responses(session, period, row)
    hall = _Row()
    for part in rows.values():
        hall.add(**part.counts)
        hall.waits += part.waits
        hall.services += part.services
        hall.ikm_count += part.ikm_count
        hall.ikm_totals = [a + b for a, b in zip(hall.ikm_totals, part.ikm_totals, strict=True)]
    agencies = session.execute(
        select(Agency.id, Agency.code, Agency.short_name)
        .where(or_(Agency.active.is_(True), Agency.id.in_([key for key in rows if key is not None])))
        .order_by(Agency.sort_order, Agency.code)
    ).all()
    listed = [figures(code, name, rows.get(agency_id), target_minutes) for agency_id, code, name in agencies]
    if None in rows:
        listed.append(figures(None, HALL_OWN, rows[None], target_minutes))
    return tuple(listed), figures("", HALL_TOTAL, hall, target_minutes)


def _tickets(session: Session, period: Period, row) -> None:
    dialect = session.bind.dialect.name
    last_call = last_call_of_ticket()
    wait = epoch(last_call, dialect) - epoch(Ticket.issued_at, dialect)
    served = and_(Ticket.status == "done", Ticket.finished_at.is_not(None), last_call.is_not(None))
    service = epoch(Ticket.finished_at, dialect) - epoch(last_call, dialect)
    statement = (
        select(
            Ticket.agency_id,
            func.count(Ticket.id),
            func.sum(case((served, 1), else_=0)),
            func.sum(case((Ticket.status == "no_show", 1), else_=0)),
            func.sum(case((Ticket.status.in_(STILL_WAITING), 1), else_=0)),
            concat_numbers(case((last_call.is_not(None), wait)), dialect),
            concat_numbers(case((served, service)), dialect),
        )
        .where(Ticket.day >= period.date_from, Ticket.day <= period.date_to)
        .group_by(Ticket.agency_id)
    )
    for agency_id, issued, n_served, no_show, still, waits, services in session.execute(statement):
        target = row(agency_id)
        target.add(issued=issued, served=n_served, no_show=no_show, still_waiting=still)
        # julianday() arithmetic carries float noise (300 s can come back as 299.99999): keep milliseconds.
        target.waits += [round(value, 3) for value in numbers(waits)]
        target.services += [max(0.0, round(value, 3)) for value in numbers(services)]


def _files(session: Session, period: Period, row) -> None:
    statement = (
        select(FileCheck.agency_id, FileCheck.outcome, func.count(FileCheck.id))
        .where(FileCheck.checked_at >= period.start, FileCheck.checked_at < period.end)
        .group_by(FileCheck.agency_id, FileCheck.outcome)
    )
    for agency_id, outcome, n in session.execute(statement):
        row(agency_id).add(
            files_checked=n,
            files_returned=n if outcome == "incomplete" else 0,
            files_registered=n if outcome == "complete" else 0,
        )


def _applications(session: Session, period: Period, row) -> None:
    """Finished in the period on time or late (as the report's SLA table counts them), and open at its end."""
    finished_in_period, on_time, no_limit = sla_terms(period)
    finished = (
        select(
            Application.agency_id,
            func.count(Application.id),
            func.sum(case((on_time, 1), else_=0)),
            func.sum(case((no_limit, 1), else_=0)),
        )
        .where(finished_in_period)
        .group_by(Application.agency_id)
    )
    for agency_id, n, in_time, unlimited in session.execute(finished):
        in_time, unlimited = int(in_time or 0), int(unlimited or 0)
        row(agency_id).add(finished_on_time=in_time, finished_no_limit=unlimited, finished_late=n - in_time - unlimited)
    still_open = (
        select(Application.agency_id, Application.due_on, func.count(Application.id))
        .where(
            Application.registered_at < period.end,
            or_(Application.finished_at.is_(None), Application.finished_at >= period.end),
        )
        .group_by(Application.agency_id, Application.due_on)
    )
    calendar = calendar_in(session)
    for agency_id, due_on, n in session.execute(still_open):
        late = due_on is not None and calendar.working_days_between(period.date_to, due_on) < 0
        row(agency_id).add(open=n, overdue=n if late else 0)


def _responses(session: Session, period: Period, row) -> None:
    elements = [getattr(SkmResponse, f"u{i}") for i in range(1, 10)]
    statement = (
        select(SkmResponse.agency_id, func.count(SkmResponse.id), *(func.sum(column) for column in elements))
        .where(SkmResponse.responded_on >= period.date_from, SkmResponse.responded_on <= period.date_to)
        .group_by(SkmResponse.agency_id)
    )
    for agency_id, n, *totals in session.execute(statement):
        target = row(agency_id)
        target.ikm_count += n
        target.ikm_totals = [a + int(b or 0) for a, b in zip(target.ikm_totals, totals, strict=True)]


def figures(code: str | None, name: str, gathered: _Row | None, target_minutes: int) -> AgencyFigures:
    """The row as the comparison shows it, from what was gathered (nothing: every figure 0 or none)."""
    if gathered is None:
        return AgencyFigures(code, name)
    counts = gathered.counts
    over = sum(1 for wait in gathered.waits if wait > target_minutes * 60)
    on_time, late = counts.get("finished_on_time", 0), counts.get("finished_late", 0)
    index = index_of_totals(gathered.ikm_count, gathered.ikm_totals)
    return AgencyFigures(
        code,
        name,
        **{key: counts.get(key, 0) for key in _COUNTED},
        waiting=minutes_stats(gathered.waits),
        service=minutes_stats(gathered.services),
        over_target=over,
        over_target_share=share(over, len(gathered.waits)),
        sla_share=share(on_time, on_time + late),
        respondents=gathered.ikm_count,
        ikm=float(index.converted) if index else None,
        ikm_grade=index.grade if index else None,
    )


_COUNTED = (
    "issued", "served", "no_show", "still_waiting", "files_checked", "files_returned", "files_registered",
    "finished_on_time", "finished_late", "finished_no_limit", "open", "overdue", "complaints",
)  # fmt: skip
