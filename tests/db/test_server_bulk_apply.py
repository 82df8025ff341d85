"""The server applies a pushed batch set-based (COPY into a staging table, one upsert per kind): the same result as
row by row, the latest state of a record wins, events are written once, and nothing is left behind."""

import uuid

import pytest
from sqlalchemy import select, text

from server import migrate as server_migrate
from server import store
from server.models import synced_rows
from tests.e2e.sync_helpers import create_database, drop_database


@pytest.fixture
def server_engine(pg_server):
    name, url = create_database(pg_server)
    engine = server_migrate.make_engine(url)
    server_migrate.upgrade(engine)
    yield engine
    engine.dispose()
    drop_database(pg_server, name)


def enrolled(engine, name="pc-1"):
    token = store.add_device(engine, name, "6308")
    device, _token = store.enrol(engine, token, name)
    return device


def ticket(seq, row_id, status, op="update"):
    return {"seq": seq, "table": "tickets", "id": str(row_id), "op": op, "data": {"id": str(row_id), "status": status}}


def event(seq, row_id, kind):
    data = {"id": str(row_id), "kind": kind, "details": {"catatan": 'ñ "kutip" \n baris'}}
    return {"seq": seq, "table": "ticket_events", "id": str(row_id), "op": "insert", "data": data}


def test_a_batch_lands_with_the_latest_state_and_each_event_once(server_engine):
    device = enrolled(server_engine)
    first, second, happened = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    rows = [
        ticket(1, first, "waiting", "insert"),
        event(2, happened, "issued"),
        ticket(3, second, "waiting", "insert"),
        ticket(4, first, "called"),
    ]
    assert store.push(server_engine, device, 0, rows, None).acked_through == 4
    again = [event(5, happened, "issued-again"), ticket(6, second, "done")]
    assert store.push(server_engine, device, 4, again, None).acked_through == 6
    with server_engine.connect() as conn:
        stored = {
            row.id: row
            for row in conn.execute(
                select(synced_rows.c.id, synced_rows.c.data, synced_rows.c.seq, synced_rows.c.received_seq)
            )
        }
        leftover = conn.execute(text("SELECT count(*) FROM pg_tables WHERE tablename = 'sync_stage'")).scalar()
    assert stored[first].data["status"] == "called" and stored[first].seq == 4
    assert stored[second].data["status"] == "done" and stored[second].seq == 6
    assert stored[happened].data["kind"] == "issued" and stored[happened].data["details"]["catatan"].startswith("ñ")
    assert len({row.received_seq for row in stored.values()}) == 3
    assert leftover == 0


def test_another_devices_copy_of_an_id_never_touches_the_owners_row(server_engine):
    owner, intruder = enrolled(server_engine, "pc-1"), enrolled(server_engine, "pc-2")
    shared = uuid.uuid4()
    store.push(server_engine, owner, 0, [ticket(1, shared, "waiting", "insert")], None)
    assert store.push(server_engine, intruder, 0, [ticket(1, shared, "x", "insert")], None).acked_through == 1
    with server_engine.connect() as conn:
        found = conn.execute(select(synced_rows.c.device_id, synced_rows.c.data).where(synced_rows.c.id == shared))
        rows = {row.device_id: row.data["status"] for row in found}
    assert rows == {owner.id: "waiting", intruder.id: "x"}  # rows are keyed by origin (table, device, id)
