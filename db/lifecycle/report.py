"""Which desk holds files: each SOP step's actual time against the SOP's time for it (001 Lampiran II), the files
each desk holds now, and the overdue files with the Perbup 16/2021 Pasal 10(1) note. Read inside the report's
snapshot (one session); no state is changed."""

from __future__ import annotations

import statistics
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select, true
from sqlalchemy.orm import Session

from db.calendar.store import calendar_in
from db.calendar.working_days import WorkCalendar
from db.lifecycle import roles
from db.lifecycle.steps import OPEN_STATUSES
from db.models.accounts import Role
from db.models.catalog import ServiceRevision
from db.models.intake import Applicant, Application, ApplicationStep

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


def desk_of(actor: str) -> str:
    allowed = roles.step_roles(actor)
    if "skpd" in actor.lower():
        return OUTSIDE
    if allowed == roles.GENERAL_STAFF:
        return "Petugas pelayanan"
    return next(iter(allowed)).label


def working_minutes(calendar: WorkCalendar, start: datetime, end: datetime, zone) -> float:
    """Minutes of office time from start to end: the clock within one day, whole working days across days."""
    a, b = start.astimezone(zone), end.astimezone(zone)
    if a.date() == b.date():
        return max(0.0, (b - a).total_seconds() / 60)
    return max(0, calendar.working_days_between(a.date(), b.date())) * MINUTES_PER_WORKING_DAY


def lifecycle_figures(session: Session, period, agency_id: uuid.UUID | None = None) -> LifecycleFigures:
    """Read only the files that matter to the period: those with a step recorded in it, and those still open; with
    `agency_id`, only that agency's files."""
    of_agency = true() if agency_id is None else Application.agency_id == agency_id
    calendar = calendar_in(session)
    sop_cache: dict[uuid.UUID, list] = {}

    def sop_minutes(app, index: int) -> float | None:
        step = app.steps[index] if index < len(app.steps) else {}
        if "minutes" in step:  # the snapshot taken at registration carries the SOP's time
            return step["minutes"]
        if app.revision_id not in sop_cache:  # files registered before the snapshot carried it
            revision = session.get(ServiceRevision, app.revision_id)
            sop_cache[app.revision_id] = list(revision.data.get("steps", [])) if revision else []
        steps = sop_cache[app.revision_id]
        return steps[index].get("duration_minutes") if index < len(steps) else None

    in_period = select(ApplicationStep.application_id).where(
        ApplicationStep.recorded_at >= period.start, ApplicationStep.recorded_at < period.end
    )
    relevant = (
        select(Application.id, Application.registered_at, Application.revision_id, Application.steps)
        .where(
            Application.registered_at < period.end,
            or_(Application.id.in_(in_period), Application.status.in_(OPEN_STATUSES)),
            of_agency,
        )
        .subquery()
    )
    apps = {row.id: row for row in session.execute(select(relevant))}
    step_rows = session.execute(
        select(
            ApplicationStep.application_id,
            ApplicationStep.step_index,
            ApplicationStep.actor,
            ApplicationStep.outcome,
            ApplicationStep.started_on,
            ApplicationStep.done_on,
            ApplicationStep.recorded_at,
        )
        .where(ApplicationStep.application_id.in_(select(relevant.c.id)), ApplicationStep.recorded_at < period.end)
        .order_by(ApplicationStep.application_id, ApplicationStep.recorded_at, ApplicationStep.step_index)
    ).all()
    done: dict[str, list[tuple[float, float | None]]] = {}
    previous: dict[uuid.UUID, datetime] = {}
    for step in step_rows:
        app = apps[step.application_id]
        started = previous.get(app.id, app.registered_at)
        previous[app.id] = step.recorded_at
        if step.outcome != "done" or step.recorded_at < period.start:
            continue
        if step.started_on is not None:  # typed from the rekomendasi: the technical agency's own days
            actual = max(0, calendar.working_days_between(step.started_on, step.done_on)) * MINUTES_PER_WORKING_DAY
        elif step.recorded_at == app.registered_at:
            continue  # recorded by the registration itself: no time of its own to measure
        else:
            actual = working_minutes(calendar, started, step.recorded_at, period.zone)
        done.setdefault(desk_of(step.actor), []).append((actual, sop_minutes(app, step.step_index)))
    holding: dict[str, list[bool]] = {}
    overdue = []
    open_rows = session.execute(
        select(
            Application.id,
            Application.registration_number,
            Application.service_name,
            Application.due_on,
            Application.current_step,
            Applicant.name,
        )
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(Application.status.in_(OPEN_STATUSES), Application.registered_at < period.end, of_agency)
        .order_by(Application.due_on, Application.registration_number)
    ).all()
    for row in open_rows:
        app = apps[row.id]
        if row.current_step >= len(app.steps):
            continue
        desk = desk_of(app.steps[row.current_step]["actor"])
        waited = working_minutes(calendar, previous.get(row.id, app.registered_at), period.end, period.zone)
        limit = sop_minutes(app, row.current_step)
        holding.setdefault(desk, []).append(limit is not None and waited > limit)
        if row.due_on is not None:
            late = -calendar.working_days_between(period.date_to, row.due_on)
            if late > 0:
                overdue.append(
                    OverdueRow(row.registration_number, row.name, row.service_name, row.due_on.isoformat(), late, desk)
                )
    return LifecycleFigures(_desk_rows(done, holding), tuple(sorted(overdue, key=_lateness)))


def _lateness(row: OverdueRow) -> tuple:
    return (-row.working_days_late, row.registration_number)


def _desk_rows(done: dict, holding: dict) -> tuple[DeskRow, ...]:
    order = [role.label for role in Role] + ["Petugas pelayanan", OUTSIDE]
    rows = []
    for desk in sorted(set(done) | set(holding), key=lambda d: order.index(d) if d in order else len(order)):
        times = done.get(desk, [])
        limits = [limit for _actual, limit in times if limit is not None]
        rows.append(
            DeskRow(
                desk,
                len(times),
                round(float(statistics.median(actual for actual, _ in times)), 1) if times else None,
                round(float(statistics.median(limits)), 1) if limits else None,
                sum(1 for actual, limit in times if limit is not None and actual > limit),
                len(holding.get(desk, [])),
                sum(holding.get(desk, [])),
            )
        )
    return tuple(rows)
