"""Issue 16 #1, #4, #5, #8: every malformed request is a 4xx in Indonesian, a bad row is a recorded reject that
never stops the rest of its batch, and a refused request leaves the central database as it was."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from server import store
from tests.e2e.sync_helpers import ServerProcess, create_database, drop_database

pytestmark = pytest.mark.pg


@pytest.fixture(scope="module")
def central(pg_server, tmp_path_factory):
    """The real loket-server process; the test reads its database through `engine`."""
    name, url = create_database(pg_server)
    process = None
    try:
        process = ServerProcess(url, tmp_path_factory.mktemp("server") / "server.log")
        process.engine = create_engine(url)
        yield process
    finally:
        if process is not None:
            process.engine.dispose()
            process.stop()
        drop_database(pg_server, name)


OPEN_CLIENTS: list[httpx.Client] = []


@pytest.fixture(autouse=True, scope="module")
def _close_clients():
    yield
    while OPEN_CLIENTS:
        OPEN_CLIENTS.pop().close()


def client_for(server) -> httpx.Client:
    client = httpx.Client(base_url=server.url, timeout=10)
    OPEN_CLIENTS.append(client)
    return client


def device(server, office="6308", master=False, loket_id="pc", name=None) -> httpx.Client:
    client = client_for(server)
    enrol_token = store.add_device(server.engine, name or f"pc-{uuid.uuid4().hex[:8]}", office, master)
    token = client.post("/api/enrol", json={"token": enrol_token, "loket_device_id": loket_id}).json()["token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def snapshot(server) -> tuple:
    with server.engine.connect() as connection:
        return tuple(
            connection.execute(text(query)).scalar()
            for query in (
                "SELECT count(*) FROM synced_rows",
                "SELECT count(*) FROM master_rows",
                "SELECT count(*) FROM sync_rejects",
                "SELECT coalesce(sum(acked_seq), 0) FROM devices",
            )
        )


def ticket_row(seq: int, **data) -> dict:
    row_id = str(uuid.uuid4())
    return {"seq": seq, "table": "tickets", "id": row_id, "op": "insert", "data": {"id": row_id, **data}}


def test_a_nul_in_one_row_is_a_reject_and_the_rest_of_the_batch_applies(central):
    client = device(central)
    rows = [ticket_row(1, label="A-001"), ticket_row(2, label="A-\x00002"), ticket_row(3, label="A-003")]
    rows.append({**ticket_row(4), "table": ["tickets"]})
    rows.append({**ticket_row(5), "data": {"id": rows[0]["id"], "nested": json.loads("[" * 40 + "]" * 40)}})
    response = client.post("/api/push", json={"after_seq": 0, "rows": rows})
    assert (
        response.status_code == 200 and response.json()["acked_through"] == 5 and response.json()["refused_count"] == 3
    )
    with central.engine.connect() as connection:
        reasons = connection.execute(text("SELECT reason FROM sync_rejects ORDER BY seq")).scalars().all()
        stored = connection.execute(text("SELECT data->>'label' FROM synced_rows ORDER BY 1")).scalars().all()
    assert stored == ["A-001", "A-003"]
    assert "NUL" in reasons[0] and "tabel tidak dikenal" in reasons[1] and "bersarang" in reasons[2]
    # The next sync goes on from there: nothing is stuck.
    assert client.post("/api/push", json={"after_seq": 5, "rows": [ticket_row(6)]}).json()["acked_through"] == 6


@pytest.mark.parametrize(
    "body",
    [
        b'{"after_seq": 0, "rows": [{"seq": 1000000000000000000000000000000, "table": "tickets"}]}',
        b'{"after_seq": 1000000000000000000000000000000, "rows": []}',
        b'{"after_seq": 0, "clock": "2026-11-20T10:00:00", "rows": []}',
        b'{"after_seq": 0, "rows": [{"seq": true}]}',
        b"[" * 1000 + b"]" * 1000,
        b'{"after_seq": 0, "rows": []' + b"}" * 0,
        b'{"after_seq": 0, "rows": [], "extra": 1}',
    ],
)
def test_malformed_pushes_are_4xx_in_indonesian_and_change_nothing(central, body):
    client = device(central)
    before = snapshot(central)
    response = client.post("/api/push", content=body, headers={"Content-Type": "application/json"})
    assert 400 <= response.status_code < 500
    assert any(word in response.json()["detail"] for word in ("tidak", "bukan"))
    assert snapshot(central) == before


@pytest.mark.parametrize(
    "params", [{"after": str(10**30)}, {"after": "-1"}, {"after": "abc"}, {"limit": "0"}, {"office": "x" * 500}]
)
def test_malformed_pulls_are_4xx_in_indonesian(central, params):
    response = device(central).get("/api/pull", params=params)
    assert response.status_code == 422 and "Permintaan tidak valid" in response.json()["detail"]


def test_enrol_refuses_control_characters(central):
    client = client_for(central)
    token = store.add_device(central.engine, f"pc-{uuid.uuid4().hex[:8]}", "6308")
    response = client.post("/api/enrol", json={"token": token, "loket_device_id": "pc\x00"})
    assert response.status_code == 422 and "tidak valid" in response.json()["detail"]


def test_a_master_cannot_push_another_pcs_own_settings(central):
    master = device(central, office="6399", master=True)
    rows = []
    for seq, (scope, key) in enumerate([("device:pc-2", "counter.number"), ("office", "office.name")], start=1):
        row_id = str(uuid.uuid4())
        data = {"id": row_id, "scope": scope, "key": key, "value": "2"}
        rows.append({"seq": seq, "table": "settings", "id": row_id, "op": "insert", "data": data})
    assert master.post("/api/push", json={"after_seq": 0, "rows": rows}).status_code == 200
    pulled = device(central, office="6399").get("/api/pull").json()["rows"]
    assert [row["data"]["key"] for row in pulled] == ["office.name"]


def test_a_device_pushing_anothers_id_first_never_blocks_the_owner(central):
    owner, intruder = device(central), device(central, office="7101")
    row = ticket_row(1, label="A-001")
    assert intruder.post("/api/push", json={"after_seq": 0, "rows": [row]}).status_code == 200
    assert owner.post("/api/push", json={"after_seq": 0, "rows": [row]}).json()["acked_through"] == 1


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)
ROW = st.fixed_dictionaries(
    {},
    optional={
        "seq": st.integers(min_value=-5, max_value=2**70) | JSON,
        "table": st.sampled_from(["tickets", "settings", "users", "nope"]) | JSON,
        "id": st.uuids().map(str) | JSON,
        "op": st.sampled_from(["insert", "update", "delete"]) | JSON,
        "data": st.dictionaries(st.sampled_from(["id", "label", "scope", "key", "value"]), JSON) | JSON,
    },
)
BODY = (
    st.fixed_dictionaries(
        {"after_seq": st.integers(min_value=-1, max_value=2**64) | JSON, "rows": st.lists(ROW, max_size=4) | JSON},
        optional={"clock": st.datetimes().map(datetime.isoformat) | JSON},
    )
    | JSON
)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=BODY)
def test_any_push_body_is_answered_without_a_500(central, body):
    client = getattr(test_any_push_body_is_answered_without_a_500, "client", None) or device(central)
    test_any_push_body_is_answered_without_a_500.client = client
    before = snapshot(central)
    try:
        raw = json.dumps(body, allow_nan=True).encode()
    except ValueError:
        return
    response = client.post("/api/push", content=raw, headers={"Content-Type": "application/json"})
    assert response.status_code < 500, response.text
    if response.status_code >= 400:
        assert snapshot(central) == before


QUERY_VALUE = st.integers(min_value=-(2**70), max_value=2**70).map(str) | st.text(max_size=30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=st.dictionaries(st.sampled_from(["after", "limit", "office", "x"]), QUERY_VALUE, max_size=4))
def test_any_pull_query_is_answered_without_a_500(central, params):
    client = getattr(test_any_pull_query_is_answered_without_a_500, "client", None) or device(central)
    test_any_pull_query_is_answered_without_a_500.client = client
    before = snapshot(central)
    response = client.get("/api/pull", params=params)
    assert response.status_code < 500, response.text
    assert snapshot(central) == before


def test_a_pc_never_applies_another_pcs_own_settings_from_a_pull(sqlite_services):
    """The client's side of #5: even if a server sent one, a device-scope setting is not applied here."""
    from sqlalchemy import select as select_

    from db.models.settings import Setting
    from db.sync.apply import apply_row

    mine = sqlite_services.settings.get("counter.number")
    for scope in (sqlite_services.device_id, "device:lain"):
        row_id = str(uuid.uuid4())
        data = {"id": row_id, "scope": scope, "key": "counter.number", "value": "42"}
        with sqlite_services.database.transaction() as session:
            session.info["sync_pull"] = True
            apply_row(session.connection(), "settings", row_id, "upsert", data)
    assert sqlite_services.settings.get("counter.number") == mine
    with sqlite_services.database.read() as session:
        assert session.scalar(select_(Setting.id).where(Setting.value == "42")) is None


ROW_CONTENT = st.fixed_dictionaries(
    {
        "table": st.sampled_from(["tickets", "ticket_events", "settings", "users", "applicants"]) | JSON,
        "id": st.uuids().map(str) | JSON,
        "op": st.sampled_from(["insert", "update", "delete"]) | JSON,
        "data": st.dictionaries(st.sampled_from(["label", "scope", "key", "value", "name", "address"]), JSON) | JSON,
    }
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(contents=st.lists(ROW_CONTENT, min_size=1, max_size=5), same_id=st.booleans())
def test_any_row_in_a_well_formed_batch_is_applied_or_rejected_never_fatal(central, contents, same_id):
    """The envelope is right, the rows hold anything: the batch is always acknowledged whole, each row either
    stored or recorded as a reject, and the device's next batch goes through."""
    client = device(central, master=True)
    rows = []
    for seq, content in enumerate(contents, start=1):
        row = {"seq": seq, **content}
        if same_id and isinstance(row["data"], dict):
            row["data"] = {**row["data"], "id": row["id"]}
        rows.append(row)
    with central.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM sync_rejects")).scalar()
    response = client.post("/api/push", content=json.dumps({"after_seq": 0, "rows": rows}).encode())
    assert response.status_code == 200, response.text
    assert response.json()["acked_through"] == len(rows)
    with central.engine.connect() as connection:
        rejected = connection.execute(text("SELECT count(*) FROM sync_rejects")).scalar() - before
    assert 0 <= rejected <= len(rows)
    follow_up = client.post("/api/push", json={"after_seq": len(rows), "rows": [ticket_row(len(rows) + 1)]})
    assert follow_up.json()["acked_through"] == len(rows) + 1


def test_a_locked_server_table_is_a_503_in_indonesian_not_a_hang(pg_server, tmp_path, monkeypatch):
    """#3 on the server: a stuck session holding a lock bounds each device's wait; nothing is applied."""
    monkeypatch.setenv("LOKET_SERVER_LOCK_TIMEOUT_MS", "300")
    name, url = create_database(pg_server)
    process = None
    try:
        process = ServerProcess(url, tmp_path / "server.log")
        process.engine = create_engine(url)
        client = device(process)
        with process.engine.connect() as holder:
            holder.execute(text("LOCK TABLE synced_rows IN ACCESS EXCLUSIVE MODE"))
            response = client.post("/api/push", json={"after_seq": 0, "rows": [ticket_row(1)]}, timeout=20)
            holder.rollback()
        assert response.status_code == 503 and "sedang sibuk" in response.json()["detail"]
        assert client.post("/api/push", json={"after_seq": 0, "rows": [ticket_row(1)]}).status_code == 200
    finally:
        if process is not None:
            process.engine.dispose()
            process.stop()
        drop_database(pg_server, name)


def test_a_pc_enrolled_again_keeps_its_rows_and_is_not_blocked(central):
    """The owner's other path to being blocked: revoked and enrolled again under a new device name, it sends its
    retained outbox again; those rows update its own records (moved to the new device), never stand beside them."""
    loket_id = str(uuid.uuid4())
    first_name = f"pc-{uuid.uuid4().hex[:8]}"
    first = device(central, loket_id=loket_id, name=first_name)
    row = ticket_row(1, label="A-001")
    assert first.post("/api/push", json={"after_seq": 0, "rows": [row]}).status_code == 200
    store.revoke_device(central.engine, first_name)
    again = device(central, loket_id=loket_id)
    resent = {**row, "data": {**row["data"], "label": "A-001-ulang"}}
    assert again.post("/api/push", json={"after_seq": 0, "rows": [resent]}).json()["acked_through"] == 1
    with central.engine.connect() as connection:
        labels = (
            connection.execute(text("SELECT data->>'label' FROM synced_rows WHERE id = :i"), {"i": row["id"]})
            .scalars()
            .all()
        )
    assert labels == ["A-001-ulang"]
