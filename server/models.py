"""The central database. Synced rows are kept as JSONB keyed by (table, id), not in copies of the office tables:
rows arrive in any order from many offices, and office-local unique keys (ticket A-001 of a day, a registration
number) repeat across offices, so the office schema's constraints cannot hold centrally."""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "pk": "pk_%(table_name)s",
    }
)

devices = Table(
    "devices",
    metadata,
    Column("id", Uuid, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("office", String(40), nullable=False),  # the hall (an office running Loket alone is a hall of one)
    # issue 19: the agency (its code) the device serves, NULL = the hall's own device (hall staff, kiosk, display)
    Column("agency", String(20)),
    Column("kind", String(12), nullable=False, default="counter"),  # counter | kiosk | display (server.devices)
    Column("master", Boolean, nullable=False, default=False),
    Column("enrol_token_hash", String(64), nullable=True, unique=True),
    Column("enrolled_at", DateTime(timezone=True)),
    Column("token_hash", String(64), nullable=True, unique=True),
    Column("loket_device_id", String(64)),
    Column("revoked_at", DateTime(timezone=True)),
    Column("acked_seq", BigInteger, nullable=False, default=0),
    Column("last_sync_at", DateTime(timezone=True)),
    Column("clock_drift_s", Float),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Every up row of every device: the latest state of each record (events: the first and only state), per origin.
synced_rows = Table(
    "synced_rows",
    metadata,
    Column("table_name", String(64), primary_key=True),
    Column("id", Uuid, primary_key=True),
    Column("device_id", Uuid, primary_key=True),  # keyed by origin: a device cannot take over another's row id
    Column("office", String(40), nullable=False),
    Column("agency_id", Uuid),  # the row's agency (db/sync/agency.py), NULL = the hall's own row
    Column("seq", BigInteger, nullable=False),  # the device's outbox seq of the latest state
    Column("received_seq", BigInteger, nullable=False),  # the server's receive order (never device clocks)
    Column("received_at", DateTime(timezone=True), nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", JSONB, nullable=False),
    Index("ix_synced_rows_table_office", "table_name", "office"),
    Index("ix_synced_rows_device", "device_id"),
)

# Master data per office, sent down to every device of the office in change_seq order.
master_rows = Table(
    "master_rows",
    metadata,
    Column("office", String(40), primary_key=True),
    Column("table_name", String(64), primary_key=True),
    Column("id", Uuid, primary_key=True),
    Column("change_seq", BigInteger, nullable=False),
    Column("deleted", Boolean, nullable=False, default=False),
    Column("data", JSONB, nullable=False),
    Column("agency_id", Uuid),  # as synced_rows.agency_id: an agency's device is sent its agency's and the hall's
    Column("source_device_id", Uuid, nullable=False),
    Index("ix_master_rows_office_change", "office", "change_seq"),
)

sync_rejects = Table(
    "sync_rejects",
    metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=True),
    Column("device_id", Uuid, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("table_name", String(200)),
    Column("row_id", String(200)),
    Column("reason", Text, nullable=False),
    Column("payload", Text, nullable=False),
    Column("received_at", DateTime(timezone=True), nullable=False),
)

# One row: the change counter. Batches take it with UPDATE ... RETURNING, which locks the row until commit, so
# change sequences are handed out in commit order (a PostgreSQL SEQUENCE is not: a transaction holding seq 10 may
# commit after one holding seq 11, and a device that already pulled through 11 would never see 10).
sync_counter = Table(
    "sync_counter",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)
