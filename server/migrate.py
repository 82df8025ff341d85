"""Bring the central database to the server's schema (Alembic, run programmatically like db/migrate.py)."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

from db.core.engine import normalise_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


# A lock held by a stuck session must not freeze every device's sync: each wait is bounded, and a request that
# times out is answered (and retried by the device) instead of hanging its worker thread.
LOCK_TIMEOUT_MS = int(os.environ.get("LOKET_SERVER_LOCK_TIMEOUT_MS", "10000"))
STATEMENT_TIMEOUT_MS = int(os.environ.get("LOKET_SERVER_STATEMENT_TIMEOUT_MS", "120000"))


def make_engine(url: str) -> Engine:
    engine = create_engine(normalise_url(url), pool_pre_ping=True, pool_size=8, connect_args={"connect_timeout": 5})

    @event.listens_for(engine, "connect")
    def _bounded_waits(dbapi_connection, _record: object) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"SET lock_timeout = {int(LOCK_TIMEOUT_MS)}")
        cursor.execute(f"SET statement_timeout = {int(STATEMENT_TIMEOUT_MS)}")
        cursor.close()
        dbapi_connection.commit()

    return engine


def upgrade(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise SystemExit("loket-server butuh PostgreSQL (postgresql://...).")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
