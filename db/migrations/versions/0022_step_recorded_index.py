"""the desk report reads indexes, not every open file (issue 17)

The daily report reads the SOP steps recorded in its period (which desk did what, and how long it took) and counts
the open files by the desk holding them and for how long. It scanned every step of every year for the first, and for
the second read each open file's wide row, its last step and its SOP snapshot (a JSON list parsed per file).

- ix_application_steps_desk (recorded_at first, with what the report reads of a step) and (application_id,
  recorded_at, step_index): the period's steps from the index alone, a file's last step and the step before each.
- applications.held_since: when the file came to the desk holding it now (its last step's record, else its
  registration); applications.snapshot_key: a digest of its SOP snapshot, equal for equal snapshots, so the report
  parses one snapshot per group of files. Both filled here for every file; nullable, since a row may come from a
  version before them (the report then reads that file's own steps and snapshot).
- application_steps.came_at: when the file came to the step's desk (the step recorded before it, in the order of
  recording, else the registration), filled here for every step.
- ix_applications_open_desks and ix_applications_desk_lookup: the counts and a step's file from the index alone.

Revision ID: step_recorded_index
Revises: queue_prefix
"""

import hashlib
import json

import sqlalchemy as sa
from alembic import op

revision = "step_recorded_index"
down_revision = "queue_prefix"
branch_labels = None
depends_on = None

BATCH = 2_000


def _key(steps) -> str:
    """As db.lifecycle.steps.snapshot_key (kept here as it was when this revision was written)."""
    if isinstance(steps, str):
        steps = json.loads(steps)
    canonical = json.dumps(steps, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha1(canonical.encode("utf-8"), usedforsecurity=False).hexdigest()


def upgrade() -> None:
    op.create_index(
        "ix_application_steps_application_recorded",
        "application_steps",
        ["application_id", "recorded_at", "step_index"],
    )
    # Added in place (ALTER TABLE ADD COLUMN on both engines): a batch rebuild of `applications`, which other tables
    # reference, would fail with foreign keys on.
    op.add_column("applications", sa.Column("held_since", sa.DateTime(timezone=True), nullable=True))
    op.add_column("applications", sa.Column("snapshot_key", sa.String(length=40), nullable=True))
    op.add_column("application_steps", sa.Column("came_at", sa.DateTime(timezone=True), nullable=True))
    connection = op.get_bind()
    connection.execute(
        sa.text(
            "UPDATE application_steps SET came_at = ordered.came FROM (SELECT s.id, coalesce(lag(s.recorded_at) "
            "OVER (PARTITION BY s.application_id ORDER BY s.recorded_at, s.step_index), a.registered_at) AS came "
            "FROM application_steps s JOIN applications a ON a.id = s.application_id) AS ordered "
            "WHERE ordered.id = application_steps.id"
        )
    )
    connection.execute(
        sa.text(
            "UPDATE applications SET held_since = coalesce((SELECT max(s.recorded_at) FROM application_steps s "
            "WHERE s.application_id = applications.id), registered_at)"
        )
    )
    keys: dict[str, str] = {}
    last = None
    for _batch in range(10_000_000):  # bounded: the files in pages of BATCH, by id
        query = "SELECT id, steps FROM applications"
        query += " WHERE id > :last ORDER BY id LIMIT :n" if last is not None else " ORDER BY id LIMIT :n"
        rows = connection.execute(sa.text(query), {"last": last, "n": BATCH}).all()
        if not rows:
            break
        updates = []
        for row_id, steps in rows:
            text = steps if isinstance(steps, str) else json.dumps(steps)
            if text not in keys:
                keys[text] = _key(steps)
            updates.append({"row_id": row_id, "key": keys[text]})
        connection.execute(sa.text("UPDATE applications SET snapshot_key = :key WHERE id = :row_id"), updates)
        last = rows[-1][0]
    op.create_index(
        "ix_application_steps_desk",
        "application_steps",
        ["recorded_at", "outcome", "application_id", "step_index", "actor", "started_on", "done_on", "came_at"],
    )
    op.create_index(
        "ix_applications_open_desks",
        "applications",
        ["status", "snapshot_key", "revision_id", "current_step", "held_since", "registered_at", "agency_id", "id"],
    )
    op.create_index(
        "ix_applications_desk_lookup",
        "applications",
        ["id", "registered_at", "snapshot_key", "revision_id", "agency_id"],
    )


def downgrade() -> None:
    for index, table in (
        ("ix_applications_desk_lookup", "applications"),
        ("ix_applications_open_desks", "applications"),
        ("ix_application_steps_desk", "application_steps"),
        ("ix_application_steps_application_recorded", "application_steps"),
    ):
        op.drop_index(index, table_name=table)
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35+ as PostgreSQL), once no index names the column
    op.execute("ALTER TABLE application_steps DROP COLUMN came_at")
    op.execute("ALTER TABLE applications DROP COLUMN snapshot_key")
    op.execute("ALTER TABLE applications DROP COLUMN held_since")
