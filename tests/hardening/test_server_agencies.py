"""Issue 19 on the central server (the real loket-server process on PostgreSQL): a device is registered to an agency
or to the hall; it may push only its agency's rows (the hall's kiosk and displays: queue rows of every agency); each
refusal is per row and in Indonesian, the rest of the push applies in the same transaction; an agency's device is
sent only its agency's and the hall's master data; the report groups by hall and by agency."""

from __future__ import annotations

import json
import uuid

import httpx
import pytest
from sqlalchemy import create_engine, text

from db.agencies.ids import agency_id, hall_id
from server import migrate, store
from tests.e2e.sync_helpers import ServerProcess, create_database, drop_database

pytestmark = pytest.mark.pg

BLG, SETDA, KALTARA = "DPMPTSP-BLG", "SETDA-BLG", "DPMPTSP-KALTARA"
DAY = "2026-11-20"


@pytest.fixture(scope="module")
def central(pg_server, tmp_path_factory):
    name, url = create_database(pg_server)
    process = None
    try:
        process = ServerProcess(url, tmp_path_factory.mktemp("server") / "server.log")
        process.engine = create_engine(url)
        process.clients = []
        yield process
    finally:
        if process is not None:
            for client in process.clients:
                client.close()
            process.engine.dispose()
            process.stop()
        drop_database(pg_server, name)


def device(server, office: str, agency: str | None = None, kind: str = "counter", master: bool = False):
    client = httpx.Client(base_url=server.url, timeout=10)
    server.clients.append(client)
    name = f"pc-{uuid.uuid4().hex[:8]}"
    enrol_token = store.add_device(server.engine, name, office, master, agency, kind)
    token = client.post("/api/enrol", json={"token": enrol_token, "loket_device_id": name}).json()["token"]
    client.headers["Authorization"] = f"Bearer {token}"
    return client


def row(seq: int, table: str, agency: str | None = None, envelope: object = "same", **data) -> dict:
    """A pushed row as the client sends it: `agency` the code of the row's agency (None: the hall's)."""
    row_id = str(uuid.uuid4())
    told = None if agency is None else str(agency_id(agency))
    values = {"id": row_id, **data}
    if table == "agencies":
        row_id = values["id"] = told
    elif "agency_id" not in data and table not in ("ticket_events", "audit_log", "settings", "queue_days"):
        values["agency_id"] = told
    sent = told if envelope == "same" else envelope
    return {"seq": seq, "table": table, "id": row_id, "op": "insert", "agency": sent, "data": values}


def push(client, rows: list[dict], after: int = 0) -> dict:
    response = client.post("/api/push", json={"after_seq": after, "rows": rows})
    assert response.status_code == 200, response.text
    return response.json()


def stored(server, office: str) -> list[tuple]:
    with server.engine.connect() as connection:
        return connection.execute(
            text("SELECT table_name, agency_id, data->>'label' FROM synced_rows WHERE office = :o ORDER BY seq"),
            {"o": office},
        ).all()


def test_an_agencys_device_pushes_only_its_agencys_rows_each_refusal_per_row_in_indonesian(central):
    office = "mpp-1"
    officer = device(central, office, agency=BLG)
    rows = [
        row(1, "tickets", BLG, label="A-001", day=DAY),
        row(2, "ticket_events", BLG, kind="issued"),
        row(3, "tickets", SETDA, label="B-001", day=DAY),  # another agency's ticket
        row(4, "applicants", None, name="Tanpa instansi"),  # a hall row from an agency's PC
        row(5, "audit_log", None, action="user.login"),  # its own log line of the system: nobody's, accepted
        row(6, "tickets", BLG, envelope=str(agency_id(SETDA)), label="A-002", day=DAY),  # envelope lies
        row(7, "tickets", BLG, label="A-003", day=DAY),
    ]
    answer = push(officer, rows)
    assert answer["acked_through"] == 7 and answer["refused_count"] == 3
    reasons = {refusal["seq"]: refusal["reason"] for refusal in answer["refused"]}
    assert [refusal["table"] for refusal in answer["refused"]] == ["tickets", "applicants", "tickets"]
    assert "milik instansi lain" in reasons[3] and "hanya boleh mengirim data instansinya sendiri" in reasons[3]
    assert "milik aula" in reasons[4]
    assert "tidak sama" in reasons[6]
    blg = uuid.UUID(str(agency_id(BLG)))
    assert stored(central, office) == [
        ("tickets", blg, "A-001"),
        ("ticket_events", blg, None),
        ("audit_log", None, None),
        ("tickets", blg, "A-003"),
    ]
    with central.engine.connect() as connection:
        recorded = connection.execute(text("SELECT seq, reason FROM sync_rejects ORDER BY seq")).all()
    assert [seq for seq, _reason in recorded] == [3, 4, 6] and recorded[0].reason == reasons[3]
    # Acknowledged: the refused rows are not asked for again, and the next push goes on from there.
    assert push(officer, [row(8, "tickets", BLG, label="A-004", day=DAY)], after=7)["refused_count"] == 0


def test_the_halls_kiosk_and_display_push_queue_rows_of_every_agency_and_nothing_else(central):
    office = "mpp-2"
    kiosk = device(central, office, kind="kiosk")
    answer = push(
        kiosk,
        [
            row(1, "queue_days", None, day=DAY),
            row(2, "tickets", BLG, label="A-001", day=DAY),
            row(3, "tickets", SETDA, label="B-001", day=DAY),
            row(4, "ticket_events", SETDA, kind="issued"),
            row(5, "applicants", BLG, name="Pemohon"),
            row(6, "complaints", SETDA, tracking_number="ADU-2"),
            row(7, "users", None, username="admin"),  # master data from a PC that is not the master: ignored
        ],
    )
    assert answer["refused_count"] == 2
    assert all("hanya boleh mengirim data antrian" in refusal["reason"] for refusal in answer["refused"])
    assert [table for table, _agency, _label in stored(central, office)] == [
        "queue_days",
        "tickets",
        "tickets",
        "ticket_events",
    ]
    display = device(central, office, kind="display")
    refused = push(display, [row(1, "complaints", BLG, tracking_number="ADU-1")])["refused"]
    assert "Perangkat layar hanya boleh" in refused[0]["reason"]
    # An agency's kiosk: its agency's queue rows only.
    own_kiosk = device(central, "mpp-2b", agency=KALTARA, kind="kiosk")
    answer = push(own_kiosk, [row(1, "tickets", KALTARA, label="K-001"), row(2, "tickets", BLG, label="A-009")])
    assert [refusal["seq"] for refusal in answer["refused"]] == [2]


def test_the_halls_own_device_pushes_every_agencys_rows(central):
    office = "mpp-3"
    hall_pc = device(central, office)
    answer = push(
        hall_pc,
        [row(1, "tickets", BLG, label="A-001"), row(2, "tickets", SETDA, label="B-001"), row(3, "settings", None)],
    )
    assert answer["refused_count"] == 1  # a settings row with no scope is malformed, not another agency's
    assert [agency for _table, agency, _label in stored(central, office)] == [
        uuid.UUID(str(agency_id(BLG))),
        uuid.UUID(str(agency_id(SETDA))),
    ]


def test_a_push_is_one_transaction_nothing_half_applied(central):
    """A push the database cannot finish (here: the change counter, taken after the refusals are recorded, locked
    past the lock timeout) changes nothing: neither its accepted rows nor its refusals, nor the device's cursor."""
    office = "mpp-4"
    officer = device(central, office, agency=BLG)
    with central.engine.connect() as connection:
        before = connection.execute(text("SELECT count(*) FROM synced_rows WHERE office = :o"), {"o": office}).scalar()
        rejects = connection.execute(text("SELECT count(*) FROM sync_rejects")).scalar()
    locker = create_engine(central.database_url)
    try:
        with locker.begin() as connection:
            connection.execute(text("SELECT * FROM sync_counter FOR UPDATE"))
            response = officer.post(
                "/api/push",
                json={"after_seq": 0, "rows": [row(1, "tickets", BLG), row(2, "tickets", SETDA)]},
                timeout=30,
            )
    finally:
        locker.dispose()
    assert response.status_code == 503 and "sibuk" in response.json()["detail"]
    with central.engine.connect() as connection:
        assert (
            connection.execute(text("SELECT count(*) FROM synced_rows WHERE office = :o"), {"o": office}).scalar()
            == before
        )
        assert connection.execute(text("SELECT count(*) FROM sync_rejects")).scalar() == rejects
        assert (
            connection.execute(text("SELECT max(acked_seq) FROM devices WHERE office = :o"), {"o": office}).scalar()
            == 0
        )
    assert push(officer, [row(1, "tickets", BLG), row(2, "tickets", SETDA)])["refused_count"] == 1


def test_an_agencys_device_is_sent_its_agencys_and_the_halls_master_data_only(central):
    office = "mpp-5"
    master = device(central, office, master=True)
    hall = {"seq": 1, "table": "halls", "id": str(hall_id()), "op": "insert", "agency": None}
    hall["data"] = {"id": str(hall_id()), "name": "Mal Pelayanan Publik Balangan", "short_name": "MPP"}
    rows = [
        hall,
        row(2, "agencies", BLG, code=BLG, short_name="DPMPTSP"),
        row(3, "agencies", SETDA, code=SETDA, short_name="Setda"),
        row(4, "users", BLG, username="petugas.blg"),
        row(5, "users", SETDA, username="petugas.setda"),
        row(6, "users", None, username="cs.aula"),
    ]
    assert push(master, rows)["refused_count"] == 0
    pulled = device(central, office, agency=BLG).get("/api/pull").json()["rows"]
    assert [(entry["table"], entry["data"].get("username") or entry["data"].get("code")) for entry in pulled] == [
        ("halls", None),
        ("agencies", BLG),
        ("users", "petugas.blg"),
        ("users", "cs.aula"),
    ]
    assert len(device(central, office).get("/api/pull").json()["rows"]) == 6  # the hall's device: everything
    # An agency's master device may not send the hall's master data or another agency's.
    agency_master = device(central, office, agency=BLG, master=True)
    answer = push(agency_master, [row(1, "users", BLG, username="baru.blg"), row(2, "users", SETDA, username="x")])
    assert [refusal["seq"] for refusal in answer["refused"]] == [2]


def test_the_report_groups_by_hall_and_agency_and_each_agency_sees_its_own(central, tmp_path):
    office = "mpp-6"
    master = device(central, office, master=True)
    agencies = [row(1, "agencies", BLG, code=BLG, short_name="DPMPTSP"), row(2, "agencies", SETDA, short_name="Setda")]
    hall = {"seq": 3, "table": "halls", "id": str(hall_id()), "op": "insert", "agency": None}
    hall["data"] = {"id": str(hall_id()), "name": "MPP Balangan"}
    push(master, [*agencies, hall])
    kiosk = device(central, office, kind="kiosk")
    tickets = [row(seq, "tickets", code, day=DAY, status="done") for seq, code in enumerate([BLG, BLG, SETDA], 1)]
    tickets.append(row(4, "tickets", None, day=DAY, status="waiting"))  # the hall's information desk
    push(kiosk, tickets)
    officer = device(central, office, agency=SETDA)
    push(officer, [row(1, "applications", SETDA, received_on=DAY)])

    whole = central.cli("report", "daily", "--date", DAY, "--office", office)
    assert whole.returncode == 0, whole.stderr
    report = json.loads(whole.stdout)
    (mpp,) = report["halls"]
    assert mpp["name"] == "MPP Balangan" and mpp["total"]["tickets_issued"] == 4
    lines = {line["agency"]: line for line in mpp["agencies"]}
    assert list(lines) == ["DPMPTSP", "Setda", "Aula (tanpa instansi)"]
    assert (lines["DPMPTSP"]["tickets_issued"], lines["DPMPTSP"]["tickets_served"]) == (2, 2)
    assert (lines["Setda"]["tickets_issued"], lines["Setda"]["files_registered"]) == (1, 1)
    assert lines["Aula (tanpa instansi)"]["tickets_served"] == 0

    # Over HTTP each device sees what it may: the hall's device the hall, an agency's device its agency.
    by_hall = kiosk.get("/api/report/daily", params={"date": DAY}).json()
    assert by_hall["halls"] == report["halls"]
    own = officer.get("/api/report/daily", params={"date": DAY}).json()
    assert [line["agency"] for line in own["halls"][0]["agencies"]] == ["Setda"]
    assert own["total"]["tickets_issued"] == 1 and own["total"]["files_registered"] == 1
    one = json.loads(central.cli("report", "daily", "--date", DAY, "--office", office, "--agency", BLG.lower()).stdout)
    assert one["total"]["tickets_issued"] == 2
    assert officer.get("/api/report/daily", params={"date": "kemarin"}).status_code == 422
    pdf = tmp_path / "rekap.pdf"
    made = central.cli("report", "daily", "--date", DAY, "--office", office, "--format", "pdf", "--out", str(pdf))
    assert made.returncode == 0 and pdf.read_bytes().startswith(b"%PDF")


def test_device_registration_refuses_unknown_kinds_and_codes_in_indonesian(central):
    result = central.cli("device", "add", "pc-x", "--office", "mpp-7", "--agency", "bukan kode!")
    assert result.returncode == 2 and "Kode instansi" in result.stderr
    listed = central.cli("device", "add", "kios-aula", "--office", "mpp-7", "--kind", "kiosk")
    assert listed.returncode == 0 and "aula, kiosk" in listed.stdout
    added = central.cli("device", "add", "pc-blg", "--office", "mpp-7", "--agency", "dpmptsp-blg")
    assert "instansi DPMPTSP-BLG" in added.stdout
    lines = central.cli("device", "list").stdout
    assert "kios-aula | kantor mpp-7 | aula | kios" in lines and "pc-blg | kantor mpp-7 | instansi DPMPTSP-BLG" in lines


def test_rows_stored_before_agencies_get_theirs_from_their_payload(pg_server):
    """Revision s0003 on a database of s0002: a record's agency from its data, its events' from the record as the
    same device stored it, a row that names none stays the hall's."""
    name, url = create_database(pg_server)
    engine = migrate.make_engine(url)
    try:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "s0002")
        device_id, other = uuid.uuid4(), uuid.uuid4()
        ticket, event, old = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        blg = str(agency_id(BLG))
        stored_rows = [
            ("tickets", ticket, device_id, {"id": str(ticket), "agency_id": blg}),
            ("ticket_events", event, device_id, {"id": str(event), "ticket_id": str(ticket)}),
            ("ticket_events", uuid.uuid4(), other, {"id": "x", "ticket_id": str(ticket)}),  # another origin's
            ("tickets", old, device_id, {"id": str(old)}),  # synced before agencies
        ]
        with engine.begin() as connection:
            for table_name, row_id, origin, data in stored_rows:
                connection.execute(
                    text(
                        "INSERT INTO synced_rows (table_name, id, device_id, office, seq, received_seq, received_at, "
                        "deleted, data) VALUES (:t, :i, :d, '6308', 1, 1, now(), false, CAST(:data AS jsonb))"
                    ),
                    {"t": table_name, "i": row_id, "d": origin, "data": json.dumps(data)},
                )
        migrate.upgrade(engine)
        with engine.connect() as connection:
            agencies = connection.execute(text("SELECT id, agency_id FROM synced_rows")).all()
        found = dict(agencies)
        assert found[ticket] == found[event] == uuid.UUID(blg)
        assert found[old] is None and sum(1 for value in found.values() if value is None) == 2
    finally:
        engine.dispose()
        drop_database(pg_server, name)
