"""The SQL behind the desk report (db/lifecycle/report.py), on SQLite and PostgreSQL alike.

Steps and open files come back grouped by what decides their figures, with the digest of their SOP snapshot
(applications.snapshot_key, revision 0022) instead of the snapshot: the report parses each distinct snapshot once.
Each query has a second form for the files from before that digest (`legacy`), grouped by the snapshot text itself;
it finds nothing once the upgrade has filled every file's digest.
"""

from __future__ import annotations

from sqlalchemy import Text, and_, case, cast, func, null, select
from sqlalchemy.orm import aliased

from db.lifecycle.steps import OPEN_STATUSES, STATUS_LABELS
from db.models.intake import Applicant, Application, ApplicationStep
from db.reports.common import concat_numbers, epoch, local_day


class DeskSql:
    """The dialect's spelling of the office's local day of a UTC instant."""

    def __init__(self, dialect: str, period):
        self.dialect = dialect
        self.period = period

    def local_day(self, column):
        return local_day(column, self.dialect, self.period)

    def snapshot_text(self, legacy: bool):
        """The file's own snapshot where it has no digest (as text: PostgreSQL's json cannot be grouped), else NULL."""
        if not legacy:
            return null().label("snapshot")
        return cast(Application.steps, Text).label("snapshot")


def _with_digest(legacy: bool):
    return Application.snapshot_key.is_(None) if legacy else Application.snapshot_key.is_not(None)


def done_steps(sql: DeskSql, period, of_agency, *, legacy: bool = False):
    """The steps done in the period, grouped by step, desk and the days the file came to the desk and left it, with
    their clock minutes (used where both days are one). The file came to the desk when the step before was recorded,
    or at its registration for the first: the step's own came_at (revision 0022), else the step recorded before it
    (an earlier time, or the same time and a lower step), read from the (application_id, recorded_at, step_index)
    index."""
    step, earlier = ApplicationStep, aliased(ApplicationStep)
    same_time_before = (
        select(earlier.step_index)
        .where(
            earlier.application_id == step.application_id,
            earlier.recorded_at == step.recorded_at,
            earlier.step_index < step.step_index,
        )
        .exists()
    )
    last_before = (
        select(func.max(earlier.recorded_at))
        .where(earlier.application_id == step.application_id, earlier.recorded_at < step.recorded_at)
        .scalar_subquery()
    )
    previous = case((same_time_before, step.recorded_at), else_=last_before)
    inner = (
        select(
            Application.snapshot_key.label("key"),
            sql.snapshot_text(legacy),
            Application.revision_id,
            step.step_index,
            step.actor,
            step.started_on,
            step.done_on,
            step.recorded_at,
            func.coalesce(step.came_at, previous, Application.registered_at).label("came"),
        )
        .join(Application, Application.id == step.application_id)
        .where(
            step.recorded_at >= period.start,
            step.recorded_at < period.end,
            step.outcome == "done",
            _with_digest(legacy),
            Application.registered_at < period.end,
            of_agency,
            # a step recorded by the registration itself has no time of its own to measure
            (step.started_on.is_not(None)) | (step.recorded_at != Application.registered_at),
        )
        .subquery()
    )
    keys = (
        inner.c.key,
        inner.c.revision_id,
        inner.c.step_index,
        inner.c.actor,
        inner.c.started_on,
        inner.c.done_on,
        sql.local_day(inner.c.came).label("day_from"),
        sql.local_day(inner.c.recorded_at).label("day_to"),
    )
    day_from, day_to = keys[-2], keys[-1]
    # the clock minutes count only within one day (across days the report counts working days)
    minutes = case(
        (day_from == day_to, (epoch(inner.c.recorded_at, sql.dialect) - epoch(inner.c.came, sql.dialect)) / 60.0)
    )
    counted = (func.count().label("steps"), concat_numbers(minutes, sql.dialect).label("minutes"))
    if not legacy:  # PostgreSQL groups by no constant
        return select(*keys, null().label("snapshot"), *counted).group_by(*keys)
    return select(*keys, inner.c.snapshot, *counted).group_by(*keys, inner.c.snapshot)


def open_groups(sql: DeskSql, period, of_agency, *, legacy: bool = False):
    """The open files counted by snapshot, current step and the day they came to the desk holding them (before the
    period's end: a file moved on since is read back to its step before it)."""
    last_step = (
        select(func.max(ApplicationStep.recorded_at))
        .where(ApplicationStep.application_id == Application.id, ApplicationStep.recorded_at < period.end)
        .correlate(Application)
        .scalar_subquery()
    )
    held = case(
        (and_(Application.held_since.is_not(None), Application.held_since < period.end), Application.held_since),
        else_=func.coalesce(last_step, Application.registered_at),
    )
    keys = [
        Application.snapshot_key.label("key"),
        Application.revision_id,
        Application.current_step,
        sql.local_day(held).label("last_day"),
    ]
    snapshot = sql.snapshot_text(legacy)
    return (
        select(*keys, snapshot, func.count().label("files"))
        .where(
            Application.status.in_(OPEN_STATUSES),
            _with_digest(legacy),
            Application.registered_at < period.end,
            of_agency,
        )
        .group_by(*keys, *([snapshot] if legacy else []))  # PostgreSQL groups by no constant
    )


def overdue_files(sql: DeskSql, period, of_agency):
    """The open files due before the period's last day (the calendar then says which are late)."""
    return (
        select(
            Application.registration_number,
            Applicant.name,
            Application.service_name,
            Application.due_on,
            Application.current_step,
            Application.snapshot_key.label("key"),
            case((Application.snapshot_key.is_(None), cast(Application.steps, Text))).label("snapshot"),
        )
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(
            Application.status.in_(OPEN_STATUSES),
            Application.registered_at < period.end,
            Application.due_on < period.date_to,
            of_agency,
        )
    )


def any_without_digest():
    """Whether any file lacks its snapshot digest (a row from before revision 0022): one seek per status."""
    return (
        select(Application.id)
        .where(Application.status.in_(list(STATUS_LABELS)), Application.snapshot_key.is_(None))
        .limit(1)
    )


def snapshot_of(key: str):
    """One file's snapshot with this digest (they are all equal)."""
    return select(Application.steps).where(Application.snapshot_key == key).limit(1)
