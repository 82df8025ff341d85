"""Issue 19 on the PC: every outbox row names its agency when it is captured (db/sync/agency.py), the agency records
sync as master data, and an upgraded office's outbox rows get the agency their records have."""

from __future__ import annotations

import shutil
import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select

from db.agencies import ids
from db.core.actor import Actor
from db.models import SyncOutbox
from db.models.accounts import Role, User
from db.models.queue import Ticket, TicketEvent
from db.services import open_services
from db.sync import agency
from db.sync.tables import CAPTURED, MASTER_TABLES
from tests.db.test_upgrade_fixtures import FIXTURES

SETDA = ids.agency_id("SETDA-BLG")


def captured(services, after: int) -> list[tuple[str, str | None]]:
    with services.database.read() as session:
        return session.execute(
            select(SyncOutbox.table_name, SyncOutbox.agency_id).where(SyncOutbox.seq > after).order_by(SyncOutbox.seq)
        ).all()


def last(services) -> int:
    with services.database.read() as session:
        return session.scalar(select(SyncOutbox.seq).order_by(SyncOutbox.seq.desc()).limit(1)) or 0


def test_every_synced_table_says_how_it_finds_its_agency():
    kinds = [agency.OWN_COLUMN_TABLES, agency.SELF_TABLES, set(agency.THROUGH_PARENT), agency.HALL_TABLES]
    assert set().union(*kinds) == CAPTURED
    assert sum(len(kind) for kind in kinds) == len(CAPTURED)  # each in one way only
    assert {"halls", "agencies", "agency_units"} <= MASTER_TABLES


def test_rows_are_captured_with_their_agency_their_childrens_from_the_parent(services):
    admin = Actor.system(services.device_id)
    before = last(services)
    services.agencies.add_shipped(admin, "SETDA-BLG")
    rows = captured(services, before)
    assert ("agencies", str(SETDA)) in rows
    units = [agency_of for table, agency_of in rows if table == "agency_units"]
    assert len(units) == 8 and set(units) == {str(SETDA)}
    assert ("audit_log", None) in rows  # the CLI's line: the hall's

    before = last(services)
    ticket_id = uuid.uuid4()
    now = datetime.now(UTC)
    with services.database.transaction() as session:
        officer = User(username="petugas.setda", full_name="Petugas", role=Role.PETUGAS_LOKET, password_hash="x")
        officer.agency_id = SETDA
        session.add(officer)
        session.add(
            Ticket(
                id=ticket_id,
                day=date(2026, 11, 20),
                group_code="A",
                number=901,
                label="A-901",
                status="waiting",
                issued_at=now,
                issued_by="kios",
                issued_device="kios",
                agency_id=SETDA,
            )
        )
        session.flush()
        session.add(TicketEvent(ticket_id=ticket_id, kind="issued", at=now, username="kios", device_id="kios"))
    with services.database.transaction() as session:  # the parent is read from the database this time
        session.add(TicketEvent(ticket_id=ticket_id, kind="called", at=now, username="petugas", device_id="pc"))
    services.settings.set(admin, "office.motto", "CEPAT")
    assert sorted(captured(services, before), key=str) == [
        ("audit_log", None),
        ("settings", None),
        ("ticket_events", str(SETDA)),
        ("ticket_events", str(SETDA)),
        ("tickets", str(SETDA)),
        ("users", str(SETDA)),
    ]
    with services.database.read() as session:  # a parent this PC does not have: no agency to tell
        orphan = [("insert", "ticket_events", {"id": uuid.uuid4(), "ticket_id": uuid.uuid4()})]
        assert agency.agencies_of(session.connection(), orphan) == [None]


def test_an_upgraded_offices_outbox_rows_name_its_one_agency(loket_home):
    target = loket_home / "loket.db"
    shutil.copy(FIXTURES / "schema_0007.db", target)
    services = open_services(f"sqlite:///{target}", device_id="pc-lama")
    try:
        (only,) = services.agencies.list(include_inactive=True)
        with services.database.read() as session:
            named = {
                table_name: set(
                    session.execute(select(SyncOutbox.agency_id).where(SyncOutbox.table_name == table_name)).scalars()
                )
                for table_name in ("tickets", "ticket_events", "applications", "application_steps", "decrees")
            }
            halls = (
                session.execute(
                    select(SyncOutbox.agency_id).where(SyncOutbox.table_name.in_(["settings", "catalog_versions"]))
                )
                .scalars()
                .all()
            )
    finally:
        services.close()
    assert named == dict.fromkeys(named, {str(only.id)})
    assert halls and set(halls) == {None}
