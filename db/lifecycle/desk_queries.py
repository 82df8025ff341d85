"""The SQL behind the desk report (db/lifecycle/report.py), on SQLite and PostgreSQL alike.

Every file carries a snapshot of its SOP (a JSON list of {actor, text, minutes}, taken at registration). Parsing one
snapshot per open file was most of a day's report, so the rows are grouped first, by the snapshot and what else
decides a figure, and each group's snapshot is read once. Files of one catalog revision share their snapshot, so the
groups are keyed by (revision, snapshot length) and checked: a group whose snapshots still differ (min != max) makes
the query run again keyed by the snapshot text itself, slower and exact.
"""

from __future__ import annotations

from sqlalchemy import JSON, Date, Float, String, Text, case, cast, func, literal, literal_column, select
from sqlalchemy.sql import ColumnElement

from db.lifecycle.steps import OPEN_STATUSES
from db.models.intake import Applicant, Application, ApplicationStep
from db.reports.common import concat_numbers, epoch


class DeskSql:
    """The dialect's spelling: a field of a snapshot step, the office's local day of a UTC instant, minutes."""

    def __init__(self, dialect: str, period, *, exact: bool = False):
        self.dialect = dialect
        self.period = period
        self.exact = exact  # group by the snapshot text itself

    def step_field(self, steps, index, field: str, *, kind: bool = False) -> ColumnElement:
        """steps[index][field] as text; with `kind`, its JSON type (NULL where the step or the field is missing: a
        file registered before the snapshot carried the SOP's time)."""
        if self.dialect == "sqlite":
            path = literal("$[").concat(cast(index, String)).concat(f"].{field}")
            return func.json_type(steps, path) if kind else func.json_extract(steps, path)
        item = cast(steps, JSON).op("->")(index)
        return func.json_typeof(item.op("->")(literal(field))) if kind else item.op("->>")(literal(field))

    def local_day(self, column) -> ColumnElement:
        if self.dialect == "sqlite":
            offset = int(self.period.start.astimezone(self.period.zone).utcoffset().total_seconds())
            return func.date(column, literal_column(f"'{offset:+d} seconds'"))
        zone = self.period.zone.key.replace("'", "")
        return cast(func.timezone(literal_column(f"'{zone}'"), column), Date)

    def snapshot_keys(self) -> tuple:
        """What files are grouped by to share one snapshot (text, so PostgreSQL's json can be compared)."""
        text = Application.steps if self.dialect == "sqlite" else cast(Application.steps, Text)
        if self.exact:
            return (text.label("k1"), literal(0).label("k2")), text
        return (Application.revision_id.label("k1"), func.length(text).label("k2")), text


def _snapshot_columns(sql: DeskSql, groups, index) -> list:
    """Per group: the SOP's minutes of the step and their JSON type, the revision where the snapshot lacks them
    (the legacy fallback reads the catalog then), and whether the group's snapshots all agree."""
    steps = groups.c.snapshot
    missing = sql.step_field(steps, index, "minutes", kind=True)
    return [
        cast(sql.step_field(steps, index, "minutes"), Float).label("sop"),
        missing.label("kind"),
        case((missing.is_(None), groups.c.revision_id)).label("revision_id"),
        (groups.c.snapshot != groups.c.other).label("mixed"),
    ]


def done_steps(sql: DeskSql, period, of_agency):
    """The steps done in the period, grouped by step, desk and the days the file came to the desk and left it, with
    their clock minutes (used where both days are one); the time came: the step recorded before it (in the order
    they were recorded), or the registration for the first."""
    in_period = select(ApplicationStep.application_id).where(
        ApplicationStep.recorded_at >= period.start, ApplicationStep.recorded_at < period.end
    )
    ordered = (
        select(
            ApplicationStep.application_id,
            ApplicationStep.step_index,
            ApplicationStep.actor,
            ApplicationStep.outcome,
            ApplicationStep.started_on,
            ApplicationStep.done_on,
            ApplicationStep.recorded_at,
            func.lag(ApplicationStep.recorded_at)
            .over(
                partition_by=ApplicationStep.application_id,
                order_by=(ApplicationStep.recorded_at, ApplicationStep.step_index),
            )
            .label("previous"),
        )
        .where(ApplicationStep.application_id.in_(in_period), ApplicationStep.recorded_at < period.end)
        .subquery()
    )
    came = func.coalesce(ordered.c.previous, Application.registered_at)
    (k1, k2), text = sql.snapshot_keys()
    keys = (
        k1,
        k2,
        Application.revision_id.label("revision_id"),
        ordered.c.step_index,
        ordered.c.actor,
        ordered.c.started_on,
        ordered.c.done_on,
        sql.local_day(came).label("day_from"),
        sql.local_day(ordered.c.recorded_at).label("day_to"),
    )
    minutes = (epoch(ordered.c.recorded_at, sql.dialect) - epoch(came, sql.dialect)) / 60.0
    groups = (
        select(
            *keys,
            func.count().label("steps"),
            concat_numbers(minutes, sql.dialect).label("minutes"),
            func.min(text).label("snapshot"),
            func.max(text).label("other"),
        )
        .select_from(ordered)
        .join(Application, Application.id == ordered.c.application_id)
        .where(
            ordered.c.outcome == "done",
            ordered.c.recorded_at >= period.start,
            Application.registered_at < period.end,
            of_agency,
            # a step recorded by the registration itself has no time of its own to measure
            (ordered.c.started_on.is_not(None)) | (ordered.c.recorded_at != Application.registered_at),
        )
        .group_by(*keys)
        .subquery()
    )
    return select(
        groups.c.step_index,
        groups.c.actor,
        groups.c.started_on,
        groups.c.done_on,
        groups.c.day_from,
        groups.c.day_to,
        groups.c.steps,
        groups.c.minutes,
        *_snapshot_columns(sql, groups, groups.c.step_index),
    )


def open_groups(sql: DeskSql, period, of_agency):
    """The open files counted by their snapshot, current step and the day of their last step (the desk holding
    each and how long it has)."""
    last_step = (
        select(func.max(ApplicationStep.recorded_at))
        .where(ApplicationStep.application_id == Application.id, ApplicationStep.recorded_at < period.end)
        .correlate(Application)
        .scalar_subquery()
    )
    (k1, k2), text = sql.snapshot_keys()
    last_day = sql.local_day(func.coalesce(last_step, Application.registered_at)).label("last_day")
    keys = (k1, k2, Application.revision_id.label("revision_id"), Application.current_step, last_day)
    groups = (
        select(
            *keys,
            func.count().label("files"),
            func.min(text).label("snapshot"),
            func.max(text).label("other"),
        )
        .where(Application.status.in_(OPEN_STATUSES), Application.registered_at < period.end, of_agency)
        .group_by(*keys)
        .subquery()
    )
    actor = sql.step_field(groups.c.snapshot, groups.c.current_step, "actor")
    return select(
        groups.c.current_step,
        actor.label("actor"),
        groups.c.last_day,
        groups.c.files,
        *_snapshot_columns(sql, groups, groups.c.current_step),
    ).where(actor.is_not(None))  # a current step past the snapshot: no desk holds it


def overdue_files(sql: DeskSql, period, of_agency):
    """The open files due before the period's last day (the calendar then says which are late)."""
    actor = sql.step_field(Application.steps, Application.current_step, "actor")
    return (
        select(
            Application.registration_number,
            Applicant.name,
            Application.service_name,
            Application.due_on,
            actor.label("actor"),
        )
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(
            Application.status.in_(OPEN_STATUSES),
            Application.registered_at < period.end,
            Application.due_on < period.date_to,
            actor.is_not(None),
            of_agency,
        )
    )
