"""indexes for the queue's hot path and the report's application figures

Revision ID: 0010
Revises: 0008

- ix_tickets_day_group_status: the people ahead in a group and its recent services (the wait estimate of a new
  ticket) as one range of the index.
- ix_tickets_front: the oldest waiting ticket of a group, of each kind (sent to a counter, priority, regular), as an
  index seek: calling the next costs the same with 1,000 or 50,000 tickets in the day.
- ix_tickets_sent (only the rows sent to a counter): the oldest waiting ticket transferred to a counter, whatever
  its group, as an index seek of its own (a transferred ticket keeps its group, so ix_tickets_front cannot find it
  by the counter's groups).
- ix_applications_finished_at (finished_at, registered_at): the report's open files (not finished by the end of the
  period: finished_at IS NULL or later, registered before) and its SLA figures (finished in the period) read only
  those applications instead of every application ever registered. No index on registered_at alone: the planner
  would take it for "registered before the end", which is all of history.
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_tickets_day_group_status", "tickets", ["day", "group_code", "status", "issued_at"]),
    ("ix_tickets_front", "tickets", ["day", "status", "group_code", "target_counter", "priority", "issued_at"]),
    ("ix_tickets_sent", "tickets", ["day", "status", "target_counter", "issued_at"]),
    ("ix_applications_finished_at", "applications", ["finished_at", "registered_at"]),
]


SENT_ONLY = "target_counter IS NOT NULL"
PARTIAL = {"ix_tickets_sent": SENT_ONLY}


def upgrade() -> None:
    for name, table, columns in INDEXES:
        where = PARTIAL.get(name)
        partial = {} if where is None else {"sqlite_where": sa.text(where), "postgresql_where": sa.text(where)}
        op.create_index(name, table, columns, **partial)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
