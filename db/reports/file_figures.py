"""The files part of the report: checks, returns and the requirements most often missing, registrations, and the
applications' time limits.

- checked / returned / registered: file checks made in the period; returned = outcome incomplete, registered =
  outcome complete (a complete check and its registration are one transaction: one application each).
  Filters: counter = the check's counter, officer = the checking officer, group = the group's services.
- missing: check items marked tidak_ada or tidak_sesuai on the returned files of the period, grouped by service and
  requirement text, most frequent first.
- open / due soon / overdue: applications registered before the end of the period and not finished (completed,
  rejected or handed over) by then; days left in working days from the period's last day, as the tracking screen
  counts them (overdue: fewer than 0 left; due soon: 0 to 2 left). Only the group filter applies.
- SLA compliance: applications completed (or handed over) in the period; on time when the date of their last SOP step
  done is on or before their due date. Applications without a due date are counted apart (no_limit).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from db.calendar.store import calendar_in
from db.intake.tracking import NEARLY_DUE_DAYS
from db.models.catalog import CatalogService
from db.models.intake import Application, ApplicationStep, CheckItem, FileCheck
from db.reports.common import Period, local_day, share
from db.reports.day_cache import CHECKS, FINISHED_FILES, DayCache, DayPart
from db.reports.model import ApplicationFigures, FileFigures, MissingItem, ReportQuery, SlaRow

MISSING_LIMIT = 15
PROBLEMS = ("tidak_ada", "tidak_sesuai")


@dataclass(frozen=True)
class FilePart:
    files: FileFigures
    applications: ApplicationFigures


def _check_filters(statement, query: ReportQuery, services: list[str] | None, agency_id: uuid.UUID | None):
    if agency_id is not None:
        statement = statement.where(FileCheck.agency_id == agency_id)
    if query.counter is not None:
        statement = statement.where(FileCheck.counter_number == query.counter)
    if query.officer:
        statement = statement.where(FileCheck.checked_by == query.officer)
    if services is not None:
        statement = statement.where(FileCheck.service_code.in_(services))
    return statement


def file_part(
    session: Session,
    query: ReportQuery,
    period: Period,
    services: list[str] | None,
    agency_id: uuid.UUID | None = None,
    kept: DayCache | None = None,
) -> FilePart:
    """The files checked and the applications of the period; with `agency_id`, only that agency's. `kept` keeps
    the settled days' checks and finished files grouped by day (db/reports/day_cache.py)."""
    kept = kept or DayCache(session, period)
    parts = _FileParts(session, query, services, agency_id)
    outcomes: dict[str, int] = {}
    for outcome, n, _day in kept.rows(parts.outcomes):
        outcomes[outcome] = outcomes.get(outcome, 0) + n
    missing: dict[tuple[str, str], int] = {}
    for code, text, n, _day in kept.rows(parts.missing):
        missing[(code, text)] = missing.get((code, text), 0) + n
    most = sorted(missing.items(), key=lambda item: (-item[1], item[0]))[:MISSING_LIMIT]
    codes = {code for (code, _text), _n in most}
    names = (
        dict(
            session.execute(
                select(CatalogService.code, CatalogService.name).where(CatalogService.code.in_(codes))
            ).all()
        )
        if codes
        else {}
    )
    files = FileFigures(
        checked=sum(outcomes.values()),
        returned=outcomes.get("incomplete", 0),
        registered=outcomes.get("complete", 0),
        missing=tuple(MissingItem(code, names.get(code, code), text, n) for (code, text), n in most),
    )
    return FilePart(files, _applications(session, period, services, agency_id, kept.rows(parts.finished)))


class _FileParts:
    """The files' day parts over any run of days: the checks by outcome, the requirements missing on the returned
    files, the files finished by service (each row ends with its local day)."""

    def __init__(self, session: Session, query: ReportQuery, services: list[str] | None, agency_id):
        self._session, self._query, self._services, self._agency_id = session, query, services, agency_id
        self._dialect = session.bind.dialect.name
        self.outcomes = DayPart("files.outcomes", CHECKS, self._outcomes, lambda row: row[2])
        self.missing = DayPart("files.missing", CHECKS, self._missing, lambda row: row[3])
        self.finished = DayPart("files.finished", FINISHED_FILES, self._finished, lambda row: row[5])

    def _checks(self, statement, period: Period):
        in_period = and_(FileCheck.checked_at >= period.start, FileCheck.checked_at < period.end)
        return _check_filters(statement.where(in_period), self._query, self._services, self._agency_id)

    def _outcomes(self, period: Period):
        day = local_day(FileCheck.checked_at, self._dialect, period)
        statement = select(FileCheck.outcome, func.count(FileCheck.id), day).group_by(FileCheck.outcome, day)
        return self._session.execute(self._checks(statement, period)).all()

    def _missing(self, period: Period):
        day = local_day(FileCheck.checked_at, self._dialect, period)
        statement = (
            select(FileCheck.service_code, CheckItem.text, func.count(CheckItem.id), day)
            .join(CheckItem, CheckItem.check_id == FileCheck.id)
            .where(FileCheck.outcome == "incomplete", CheckItem.status.in_(PROBLEMS))
            .group_by(FileCheck.service_code, CheckItem.text, day)
        )
        return self._session.execute(self._checks(statement, period)).all()

    def _finished(self, period: Period):
        """Per service and day finished: the files finished, on time, and without a time limit."""
        finished_in_period, on_time, no_limit = sla_terms(period)
        day = local_day(Application.finished_at, self._dialect, period)
        statement = (
            select(
                Application.service_code,
                func.max(Application.service_name),
                func.count(Application.id),
                func.sum(case((on_time, 1), else_=0)),
                func.sum(case((no_limit, 1), else_=0)),
                day,
            )
            .where(finished_in_period)
            .group_by(Application.service_code, day)
        )
        if self._services is not None:
            statement = statement.where(Application.service_code.in_(self._services))
        if self._agency_id is not None:
            statement = statement.where(Application.agency_id == self._agency_id)
        return self._session.execute(statement).all()


FINISHED = ("completed", "handed_over")


def sla_terms(period: Period):
    """How the SLA figures count a file (the counter report's table and the hall's side by side alike): finished in
    the period, finished on time (its last step done by its due date), and without a time limit."""
    last_done = (
        select(func.max(ApplicationStep.done_on))
        .where(ApplicationStep.application_id == Application.id, ApplicationStep.outcome == "done")
        .scalar_subquery()
    )
    finished_in_period = and_(
        # coalesce() keeps the planner off ix_applications_status_due (every completed application ever) and on
        # ix_applications_open_due (those finished in the period).
        func.coalesce(Application.status, "").in_(FINISHED),
        Application.finished_at >= period.start,
        Application.finished_at < period.end,
    )
    on_time = and_(Application.due_on.is_not(None), last_done <= Application.due_on)
    return finished_in_period, on_time, Application.due_on.is_(None)


def _applications(
    session: Session, period: Period, services: list[str] | None, agency_id: uuid.UUID | None, finished_rows: list
) -> ApplicationFigures:
    open_query = (
        select(Application.due_on, func.count())
        .where(
            Application.registered_at < period.end,
            or_(Application.finished_at.is_(None), Application.finished_at >= period.end),
        )
        .group_by(Application.due_on)
    )
    if services is not None:
        open_query = open_query.where(Application.service_code.in_(services))
    if agency_id is not None:
        open_query = open_query.where(Application.agency_id == agency_id)
    calendar = calendar_in(session)
    total = due_soon = overdue = 0
    for due_on, n in session.execute(open_query):
        total += n
        if due_on is None:
            continue
        left = calendar.working_days_between(period.date_to, due_on)
        if left < 0:
            overdue += n
        elif left <= NEARLY_DUE_DAYS:
            due_soon += n
    by_service: dict[str, list] = {}
    for code, name, finished, in_time, unlimited, _day in finished_rows:
        row = by_service.setdefault(code, [name, 0, 0, 0])
        row[0] = max(row[0] or "", name or "")
        row[1] += finished
        row[2] += int(in_time or 0)
        row[3] += int(unlimited or 0)
    sla = []
    for code, (name, finished, in_time, unlimited) in sorted(by_service.items()):
        late = finished - in_time - unlimited
        sla.append(SlaRow(code, name, finished, in_time, late, unlimited, share(in_time, in_time + late)))
    return ApplicationFigures(
        open=total,
        due_soon=due_soon,
        overdue=overdue,
        finished_on_time=sum(row.on_time for row in sla),
        finished_late=sum(row.late for row in sla),
        sla=tuple(sla),
    )
