"""Bring the central database to the server's schema (Alembic, run programmatically like db/migrate.py)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine

from db.core.engine import normalise_url

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def make_engine(url: str) -> Engine:
    return create_engine(normalise_url(url), pool_pre_ping=True, pool_size=8, connect_args={"connect_timeout": 5})


def upgrade(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise SystemExit("loket-server butuh PostgreSQL (postgresql://...).")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
