"""the public pages: a secret token and a short code on every ticket and every registered file

Revision ID: public_tokens
Revises: sync_agency

Existing rows get theirs here, so a receipt reprinted after the upgrade carries a working QR like a new one. The
tokens are made here, not imported from db.public.links, so this revision stays what it was when it shipped.
"""

import secrets

import sqlalchemy as sa
from alembic import op

revision = "public_tokens"
down_revision = "sync_agency"
branch_labels = None
depends_on = None

TABLES = ("tickets", "applications")
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
BATCH = 5000


def _code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(10))


def _fill(name: str) -> None:
    connection = op.get_bind()
    table = sa.table(name, sa.column("id", sa.Uuid()), sa.column("public_token"), sa.column("public_code"))
    ids = [row.id for row in connection.execute(sa.select(table.c.id))]
    statement = (
        table.update()
        .where(table.c.id == sa.bindparam("row_id"))
        .values(public_token=sa.bindparam("token"), public_code=sa.bindparam("code"))
    )
    codes: set[str] = set()
    for start in range(0, len(ids), BATCH):
        rows = []
        for row_id in ids[start : start + BATCH]:
            code = _code()
            while code in codes:  # 50 bits: a repeat is next to impossible, but the unique index would refuse it
                code = _code()
            codes.add(code)
            rows.append({"row_id": row_id, "token": secrets.token_urlsafe(24), "code": code})
        connection.execute(statement, rows)


def upgrade() -> None:
    # Columns added and a unique index created in place: rebuilding tickets or applications (SQLite's batch copy)
    # would drop a table other tables reference. The columns stay nullable in the schema; the models and the
    # queue's hot path always fill them.
    for name in TABLES:
        with op.batch_alter_table(name) as batch:
            batch.add_column(sa.Column("public_token", sa.String(length=43), nullable=True))
            batch.add_column(sa.Column("public_code", sa.String(length=12), nullable=True))
        _fill(name)
        op.create_index(f"ix_{name}_public_code", name, ["public_code"], unique=True)


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN in place (SQLite 3.35 and later, PostgreSQL): like the upgrade, never a rebuild.
    for name in reversed(TABLES):
        op.drop_index(f"ix_{name}_public_code", table_name=name)
        for column in ("public_code", "public_token"):
            op.execute(f"ALTER TABLE {name} DROP COLUMN {column}")
