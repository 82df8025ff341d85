"""Sync against a real loket-server process and a real PostgreSQL: faults never lose or duplicate a record."""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, date, datetime, timedelta

import httpx
import pytest
from sqlalchemy import create_engine, text

from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError, EnvironmentFault
from db.models.accounts import Role
from db.services import open_services
from db.sync import client
from db.sync.tables import UP_TABLES
from server import store
from tests.e2e.sync_helpers import (
    CuttingProxy,
    ServerProcess,
    admin,
    admin_until_pause,
    create_database,
    drop_database,
    free_port,
    token,
)

pytestmark = pytest.mark.pg


@pytest.fixture(scope="module")
def server(pg_server, tmp_path_factory):
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


def new_pc(template, folder):
    """A PC's own database: the migrated template with the template's own records removed (a real PC never shares
    record ids with another)."""
    folder.mkdir(exist_ok=True)
    shutil.copy(template, folder / "loket.db")
    engine = create_engine(f"sqlite:///{folder / 'loket.db'}")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log"))
        connection.execute(text("DELETE FROM sync_outbox WHERE table_name = 'audit_log'"))
    engine.dispose()
    return folder


@pytest.fixture
def home(loket_home, template_sqlite):
    return new_pc(template_sqlite, loket_home)


def fill(home, tickets: int = 12) -> None:
    """Tickets issued, called and finished through the real services: tickets, events, audit rows."""
    services = open_services(f"sqlite:///{home / 'loket.db'}", device_id="pc")
    try:
        officer = Actor("budi", "pc", role=Role.PETUGAS_LOKET, counter_number=1)
        for _ in range(tickets):
            services.queue.issue(officer, "A")
        for _ in range(tickets // 2):
            services.queue.call_next(officer, 1)
            services.queue.finish(officer, 1)
    finally:
        services.close()


def enrol(server, home, office: str = "6308", master: bool = False) -> str:
    name = f"pc-{uuid.uuid4().hex[:8]}"
    enrol_token = store.add_device(server.engine, name, office, master)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOKET_HOME", str(home))
        database = Database(f"sqlite:///{home / 'loket.db'}")
        try:
            client.enrol(database, "pc", server.url, enrol_token)
        finally:
            database.dispose()
    return name


def cursors(home) -> tuple[int, int, int]:
    """(acked through, pull cursor, rows waiting) read straight from the PC's database."""
    engine = create_engine(f"sqlite:///{home / 'loket.db'}")
    with engine.connect() as connection:
        state = dict(connection.execute(text("SELECT key, value FROM sync_state")).all())
        acked = int(state.get("push.acked_through", 0))
        waiting = connection.execute(text("SELECT count(*) FROM sync_outbox WHERE seq > :a"), {"a": acked}).scalar()
    engine.dispose()
    return acked, int(state.get("pull.cursor", 0)), waiting


def local_ids(home) -> dict[str, set[str]]:
    engine = create_engine(f"sqlite:///{home / 'loket.db'}")
    with engine.connect() as connection:
        found = {
            name: {str(uuid.UUID(str(i))) for i in connection.execute(text(f"SELECT id FROM {name}")).scalars()}
            for name in UP_TABLES
        }
    engine.dispose()
    return found


def central_ids(server, device: str) -> dict[str, set[str]]:
    with server.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT r.table_name, r.id::text FROM synced_rows r JOIN devices d ON d.id = r.device_id "
                "WHERE d.name = :name AND NOT r.deleted"
            ),
            {"name": device},
        ).all()
    found: dict[str, set[str]] = {name: set() for name in UP_TABLES}
    for name, row_id in rows:
        found[name].add(row_id)
    return found


def assert_exact(server, home, device: str) -> None:
    local, central = local_ids(home), central_ids(server, device)
    assert {k: len(v) for k, v in central.items()} == {k: len(v) for k, v in local.items()}
    assert central == local
    assert sum(len(v) for v in local.values()) > 0


def post(server, home, body, **kwargs) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token(home)['token']}", **kwargs.pop("headers", {})}
    return httpx.post(
        f"{server.url}/api/push",
        headers=headers,
        timeout=30,
        **({"content": body} if isinstance(body, bytes | str) else {"json": body}),
        **kwargs,
    )


def sync_here(home) -> client.SyncResult:
    """One sync in this process (where the exit code and the messages are not what the test is about)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("LOKET_HOME", str(home))
        database = Database(f"sqlite:///{home / 'loket.db'}")
        try:
            return client.run(database, "pc")
        finally:
            database.dispose()


def local_day(home) -> str:
    engine = create_engine(f"sqlite:///{home / 'loket.db'}")
    with engine.connect() as connection:
        day = connection.execute(text("SELECT DISTINCT day FROM tickets")).scalar_one()
    engine.dispose()
    return str(day)


def point_at(home, url: str) -> str:
    saved = token(home)
    before, saved["server"] = saved["server"], url
    (home / "keys" / "sync-token").write_text(json.dumps(saved))
    return before


def test_enrol_sync_status_and_report(server, home, tmp_path):
    fill(home, 6)
    device = f"pc-{uuid.uuid4().hex[:8]}"
    added = server.cli("device", "add", device, "--office", "6308")
    assert added.returncode == 0, added.stderr
    enrolled = admin(home, "sync", "enrol", "--server", server.url, "--token", added.stdout.strip().splitlines()[-1])
    assert enrolled.returncode == 0, enrolled.stderr
    assert token(home)["token"].encode() not in (home / "loket.db").read_bytes()
    result = admin(home, "sync")
    assert result.returncode == 0, result.stderr
    assert "Terkirim" in result.stdout and "Sinkronisasi selesai" in result.stdout
    assert_exact(server, home, device)
    assert cursors(home)[2] == 0
    status = admin(home, "sync", "status").stdout
    assert "Menunggu dikirim: 0" in status and "belum pernah" not in status
    listing = next(line for line in server.cli("device", "list").stdout.splitlines() if line.startswith(device))
    assert "lebih dari sehari" not in listing and "terdaftar" in listing
    day = local_day(home)
    report = json.loads(server.cli("report", "daily", "--date", day, "--format", "json").stdout)
    mine = next(row for row in report["devices"] if row["device"] == device)
    assert mine["tickets_issued"] == 6 and mine["tickets_served"] == 3 and mine["files_registered"] == 0
    assert report["total"]["tickets_issued"] >= 6
    pdf = tmp_path / "rekap.pdf"
    made = server.cli("report", "daily", "--date", day, "--format", "pdf", "--out", str(pdf))
    assert made.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")
    assert sync_here(home).sent == 0  # nothing new: nothing sent, nothing changed
    assert_exact(server, home, device)


def test_tokens_are_one_time_hashed_and_revocable(server, home):
    name = f"pc-{uuid.uuid4().hex[:8]}"
    enrol_token = store.add_device(server.engine, name, "6308")
    with server.engine.connect() as connection:
        stored = connection.execute(text("SELECT enrol_token_hash FROM devices WHERE name = :n"), {"n": name}).scalar()
    assert stored != enrol_token and len(stored) == 64
    database = Database(f"sqlite:///{home / 'loket.db'}")
    try:
        client.enrol(database, "pc", server.url, enrol_token)
        with pytest.raises(DomainError, match="menolak"):
            client.enrol(database, "pc", server.url, enrol_token)  # one time only
    finally:
        database.dispose()
    with server.engine.connect() as connection:
        device_hash = connection.execute(text("SELECT token_hash FROM devices WHERE name = :n"), {"n": name}).scalar()
    assert device_hash != token(home)["token"] and len(device_hash) == 64
    unknown = httpx.post(
        f"{server.url}/api/push", headers={"Authorization": "Bearer nope"}, json={"after_seq": 0, "rows": []}
    )
    assert unknown.status_code == 401
    assert server.cli("device", "revoke", name).returncode == 0
    with pytest.raises(DomainError, match="dicabut"):
        sync_here(home)
    assert post(server, home, {"after_seq": 0, "rows": []}).status_code == 401


def test_server_down_is_a_clear_failure_and_nothing_is_marked_sent(server, home):
    fill(home, 5)
    enrol(server, home)
    point_at(home, f"http://127.0.0.1:{free_port()}")
    waiting = cursors(home)[2]
    result = admin(home, "sync")
    assert result.returncode == 1
    assert "Server sinkronisasi tidak dapat dihubungi" in result.stderr
    assert cursors(home) == (0, 0, waiting)
    assert "belum pernah" in admin(home, "sync", "status").stdout


def test_connection_cut_mid_batch_then_resumes(server, home):
    fill(home, 8)
    device = enrol(server, home)
    proxy = CuttingProxy(server.port, limit=4000)
    direct = point_at(home, f"http://127.0.0.1:{proxy.port}")
    with pytest.raises(EnvironmentFault, match="terputus"):
        sync_here(home)
    proxy.join()
    assert central_ids(server, device) == {name: set() for name in UP_TABLES}
    assert cursors(home)[0] == 0
    point_at(home, direct)
    sync_here(home)
    assert_exact(server, home, device)


@pytest.mark.parametrize("point", ["before_push", "after_push_ack"])
def test_client_killed_around_the_servers_commit(server, home, point):
    fill(home, 8)
    device = enrol(server, home)
    process = admin_until_pause(home, point)
    process.kill()  # SIGKILL: no cleanup runs
    process.wait(timeout=10)
    process.stdout.close()
    process.stderr.close()
    committed = sum(len(v) for v in central_ids(server, device).values())
    assert (committed == 0) if point == "before_push" else (committed > 0)
    assert cursors(home)[0] == 0  # the acknowledgement was never recorded
    sync_here(home)  # resends what the server may already hold; the server skips it
    assert_exact(server, home, device)
    with server.engine.connect() as connection:
        duplicates = connection.execute(text("SELECT count(*) - count(DISTINCT (table_name, id)) FROM synced_rows"))
        assert duplicates.scalar() == 0


def test_batch_twice_out_of_order_rejects_and_limits(server, home, tmp_path, template_sqlite):
    fill(home, 3)
    device = enrol(server, home)
    ticket = str(uuid.uuid4())
    row = {"seq": 1, "table": "tickets", "id": ticket, "op": "insert", "data": {"id": ticket, "label": "A-001"}}
    bad = [
        {"seq": 2, "table": "no_such_table", "id": str(uuid.uuid4()), "op": "insert", "data": {}},
        {"seq": 3, "table": "tickets", "id": "not-a-uuid", "op": "insert", "data": {"id": "not-a-uuid"}},
        {"seq": 4, "table": "tickets", "id": ticket, "op": "explode", "data": {"id": ticket}},
    ]
    audit_id = str(uuid.uuid4())
    good = {"seq": 5, "table": "audit_log", "id": audit_id, "op": "insert", "data": {"id": audit_id, "action": "x"}}
    batch = {"after_seq": 0, "clock": datetime.now(UTC).isoformat(), "rows": [row, *bad, good]}
    first = post(server, home, batch)
    assert first.status_code == 200 and first.json()["acked_through"] == 5
    again = post(server, home, batch)  # delivered twice: acknowledged, nothing changes
    assert again.status_code == 200 and again.json()["acked_through"] == 5
    with server.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM synced_rows WHERE id = :i"), {"i": ticket}).scalar() == 1
        rejects = (
            connection.execute(
                text("SELECT reason FROM sync_rejects r JOIN devices d ON d.id = r.device_id WHERE d.name = :n"),
                {"n": device},
            )
            .scalars()
            .all()
        )
    assert len(rejects) == 3 and any("tabel tidak dikenal" in reason for reason in rejects)
    ahead = post(server, home, {"after_seq": 40, "rows": [{**good, "seq": 41}]})  # out of order: a gap
    assert ahead.status_code == 409 and ahead.json()["expected"] == 5
    assert post(server, home, b"{not json").status_code == 422
    assert post(server, home, {"after_seq": 5, "rows": [{"table": "x"}]}).status_code == 422
    assert post(server, home, {"after_seq": 5, "rows": [{**good, "seq": 9}, {**good, "seq": 8}]}).status_code == 422
    many = [{**good, "seq": 100 + i} for i in range(2001)]
    assert post(server, home, {"after_seq": 5, "rows": many}).status_code == 413
    huge = b'{"after_seq":5,"rows":[],"pad":"' + b"x" * (10 * 1024 * 1024 + 10) + b'"}'
    assert post(server, home, huge).status_code == 413
    other = new_pc(template_sqlite, tmp_path / "other")
    enrolled_other = enrol(server, other)
    # Another device pushing this id writes only its own copy (rows are keyed by origin): the owner is not blocked.
    claim = {**row, "seq": 1, "data": {"id": ticket, "label": "X-999"}}
    assert post(server, other, {"after_seq": 0, "rows": [claim]}).status_code == 200
    with server.engine.connect() as connection:
        owners = connection.execute(
            text(
                "SELECT d.name, r.data->>'label' FROM synced_rows r JOIN devices d ON d.id = r.device_id WHERE r.id=:i"
            ),
            {"i": ticket},
        ).all()
    assert sorted(owners) == sorted([(device, "A-001"), (enrolled_other, "X-999")])
    assert (
        httpx.get(
            f"{server.url}/api/pull",
            params={"office": "9999"},
            headers={"Authorization": f"Bearer {token(home)['token']}"},
        ).status_code
        == 403
    )
    with server.engine.connect() as connection:
        assert connection.execute(text("SELECT acked_seq FROM devices WHERE name = :n"), {"n": device}).scalar() == 5
    # The device's own outbox still goes through: the server skips seq 1-5 it already acknowledged for it.
    sync_here(home)


def test_device_clock_hours_wrong_is_reported(server, home):
    device = enrol(server, home)
    wrong = (datetime.now(UTC) + timedelta(hours=5)).isoformat()
    assert post(server, home, {"after_seq": 0, "clock": wrong, "rows": []}).status_code == 200
    line = next(line for line in server.cli("device", "list").stdout.splitlines() if line.startswith(device))
    assert "jam perangkat tidak tepat" in line and "+1800" in line


def test_master_data_flows_down_and_survives_a_kill_mid_pull(server, home, tmp_path, template_sqlite):
    office = f"M{uuid.uuid4().hex[:5]}"
    enrol(server, home, office, master=True)
    services = open_services(f"sqlite:///{home / 'loket.db'}", device_id="master-pc")
    try:
        actor = Actor.system("master-pc")
        services.accounts.add_user(actor, "siti", "Siti Aminah", Role.PETUGAS_LOKET, "sandi-siti-123")
        services.settings.set(actor, "office.motto", "CEPAT")
        services.calendar.add_closure(actor, date(2026, 12, 24), "Cuti bersama")
    finally:
        services.close()
    sync_here(home)
    counter_home = new_pc(template_sqlite, tmp_path / "counter")  # its own seeded catalog, groups and counters
    enrol(server, counter_home, office)
    process = admin_until_pause(counter_home, "in_pull")
    process.kill()
    process.wait(timeout=10)
    process.stdout.close()
    process.stderr.close()
    assert cursors(counter_home)[1] == 0  # the half-applied pull batch rolled back with its cursor
    result = sync_here(counter_home)
    assert result.received > 0
    engine = create_engine(f"sqlite:///{counter_home / 'loket.db'}")
    with engine.connect() as connection:
        motto = connection.execute(
            text("SELECT value FROM settings WHERE scope = 'office' AND key = 'office.motto'")
        ).scalar()
        users = connection.execute(text("SELECT username FROM users")).scalars().all()
        total, distinct = connection.execute(text("SELECT count(*), count(DISTINCT code) FROM queue_groups")).one()
        services_total, services_distinct = connection.execute(
            text("SELECT count(*), count(DISTINCT code) FROM catalog_services")
        ).one()
        closures = connection.execute(text("SELECT reason FROM office_closures")).scalars().all()
        local_motto = connection.execute(
            text("SELECT id, value FROM settings WHERE scope = 'office' AND key = 'office.motto'")
        ).all()
    engine.dispose()
    with server.engine.connect() as connection:
        central_motto = connection.execute(
            text(
                "SELECT id, change_seq, data->>'value' FROM master_rows WHERE office = :office "
                "AND table_name = 'settings' AND data->>'key' = 'office.motto'"
            ),
            {"office": office},
        ).all()
    why = f"here {local_motto}, central {central_motto}, received {result.received}, cursors {cursors(counter_home)}"
    assert motto == "CEPAT" and "siti" in users and "Cuti bersama" in closures, why
    assert total == distinct and services_total == services_distinct
    assert cursors(counter_home)[1] > 0
    # Pulled rows are not captured again: nothing new waits to be sent after the sync.
    assert cursors(counter_home)[2] == 0


def test_a_pc_registered_to_another_agency_is_told_each_refused_row_and_is_not_stuck(server, home):
    """Issue 19, end to end: this PC's tickets are its own office's (or the hall's), never the Setda's; registered
    to SETDA-BLG it may send none of them. `loket-admin sync` says which rows the server refused and why, finishes,
    and has nothing left to send."""
    fill(home, 4)
    device = f"pc-{uuid.uuid4().hex[:8]}"
    added = server.cli("device", "add", device, "--office", "6308", "--agency", "SETDA-BLG")
    assert added.returncode == 0 and "instansi SETDA-BLG" in added.stdout, added.stderr
    enrolled = admin(home, "sync", "enrol", "--server", server.url, "--token", added.stdout.strip().splitlines()[-1])
    assert enrolled.returncode == 0, enrolled.stderr
    result = admin(home, "sync")
    assert result.returncode == 0, result.stderr
    assert "Server menolak" in result.stdout and "tickets" in result.stdout
    assert "hanya boleh mengirim data instansinya sendiri" in result.stdout and "ditolak server" in result.stdout
    assert cursors(home)[2] == 0
    stored = central_ids(server, device)
    assert not stored.get("tickets") and not stored.get("ticket_events")
    with server.engine.connect() as connection:
        refused = connection.execute(
            text("SELECT count(*) FROM sync_rejects r JOIN devices d ON d.id = r.device_id WHERE d.name = :n"),
            {"n": device},
        ).scalar()
    assert refused >= 8  # 4 tickets and at least their issue events
    assert sync_here(home).sent == 0
