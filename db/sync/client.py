"""The sync client: enrolment, then push the outbox (acknowledged batches) and pull master data (cursor).

Guarantees: a row counts as sent only after the server acknowledged it (the cursor `push.acked_through` is written
after the answer, in its own transaction); pulled rows and the pull cursor commit together; the last success is
written in the final transaction. Killed at any point, the next run resumes without loss or duplicates.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import TypeVar

import httpx
from sqlalchemy import delete, func, select, text
from sqlalchemy.orm import Session

from db.core import changes
from db.core.engine import Database
from db.core.errors import DomainError, EnvironmentFault
from db.core.paths import data_dir
from db.models.sync import SyncOutbox, SyncState
from db.settings.service import read_in, write_in
from db.sync.apply import apply_row

BATCH = 2000  # rows per push: the server's MAX_ROWS (fewer round trips and transactions on a first sync)
BATCH_BYTES = 4 * 1024 * 1024  # and at most this much JSON per push (the server refuses bodies over 10 MiB)
LAST_SUCCESS = "sync.last_success"
PRUNE_AFTER = timedelta(days=30)
Progress = Callable[[str], None]
T = TypeVar("T")
OnWriter = Callable[[Callable[[], T]], T]  # runs one write step where writes belong, returns its result
UNREACHABLE = (
    "Server sinkronisasi tidak dapat dihubungi. Periksa jaringan dan alamat server; data tetap aman di PC ini."
)
CUT = (
    "Sambungan ke server sinkronisasi terputus di tengah jalan. Jalankan sinkronisasi lagi; tidak ada data yang hilang."
)


def token_path() -> Path:
    return data_dir() / "keys" / "sync-token"


@dataclass(frozen=True)
class Enrolment:
    server: str
    token: str
    name: str
    office: str
    master: bool


def load_enrolment() -> Enrolment | None:
    path = token_path()
    if not path.exists():
        return None
    try:
        return Enrolment(**json.loads(path.read_text(encoding="utf-8")))
    except (ValueError, TypeError) as error:
        raise DomainError(f"Berkas token sinkronisasi rusak ({path}). Daftarkan ulang perangkat ini.") from error


def _save_enrolment(enrolment: Enrolment) -> None:
    path = token_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(enrolment.__dict__), encoding="utf-8")
    os.chmod(temporary, 0o600)
    temporary.replace(path)


def _verify(ca_file: str) -> str | bool:
    if ca_file:
        if not Path(ca_file).is_file():
            raise DomainError(f"Berkas CA kantor (sync.ca_file) tidak ada: {ca_file}.")
        return ca_file
    return True


def _http(server: str, ca_file: str, token: str | None = None) -> httpx.Client:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=server.rstrip("/"), verify=_verify(ca_file), headers=headers, timeout=30.0)


def _call(client: httpx.Client, method: str, path: str, **kwargs) -> httpx.Response:
    """One request; network failures and refusals become EnvironmentFault/DomainError with an Indonesian reason."""
    try:
        response = client.request(method, path, **kwargs)
    except (httpx.ConnectError, httpx.ConnectTimeout) as error:
        raise EnvironmentFault(UNREACHABLE) from error
    except httpx.TimeoutException as error:
        raise EnvironmentFault("Server sinkronisasi tidak menjawab tepat waktu. Coba lagi nanti.") from error
    except (httpx.TransportError, httpx.DecodingError) as error:
        raise EnvironmentFault(CUT) from error
    if response.status_code == 401:
        raise DomainError(
            "Server menolak perangkat ini (token tidak dikenal atau dicabut). Daftarkan ulang: loket-admin sync enrol."
        )
    if response.status_code == 409:
        return response
    if response.status_code >= 400:
        try:
            detail = response.json().get("detail")
        except ValueError:
            detail = response.text[:200]
        raise EnvironmentFault(f"Server sinkronisasi menolak permintaan ({response.status_code}): {detail}")
    return response


def server_address(text: str) -> str:
    """The server's address as typed, if it is one (http(s)://host[:port][/path]); else DomainError saying so, not
    a connection error later."""
    text = (text or "").strip()
    try:
        url = httpx.URL(text)
    except (httpx.InvalidURL, TypeError):
        url = None
    if url is None or url.scheme not in ("http", "https") or not url.host:
        raise DomainError(f"Alamat server '{text[:80]}' tidak valid: tulis lengkap, mis. https://sync.kabupaten.go.id.")
    return text


def enrol(database: Database, device_id: str, server: str, token: str, ca_file: str = "") -> Enrolment:
    """Exchange the one-time enrolment token for this PC's device token, kept in keys/sync-token (not the database)."""
    server = server_address(server)
    with _http(server, ca_file) as client:
        response = _call(client, "POST", "/api/enrol", json={"token": token, "loket_device_id": device_id})
    body = response.json()
    enrolment = Enrolment(server, body["token"], body["name"], body["office"], bool(body["master"]))
    _save_enrolment(enrolment)
    with database.transaction() as session:  # a new server: start both cursors again
        for key in ("push.acked_through", "pull.cursor"):
            _set_state(session, key, "0")
    return enrolment


def _state(session: Session, key: str, default: str = "0") -> str:
    value = session.scalar(select(SyncState.value).where(SyncState.key == key))
    return default if value is None else value


def _set_state(session: Session, key: str, value: str) -> None:
    row = session.get(SyncState, key)
    if row is None:
        session.add(SyncState(key=key, value=value))
    else:
        row.value = value


def _pause(point: str) -> None:
    """Test hook: LOKET_SYNC_TEST_PAUSE=<point> stops here (printing a marker) so a test can kill -9 the process."""
    if os.environ.get("LOKET_SYNC_TEST_PAUSE") == point:
        print(f"LOKET_SYNC_PAUSE {point}", flush=True)
        time.sleep(float(os.environ.get("LOKET_SYNC_TEST_PAUSE_SECONDS", "30")))


@dataclass(frozen=True)
class SyncResult:
    sent: int
    received: int
    acked_through: int
    finished_at: datetime
    refused: int = 0  # of `sent`, the rows the server refused (another agency's, malformed): kept in sync_rejects


@dataclass(frozen=True)
class SyncStatus:
    enrolment: Enrolment | None
    pending: int
    acked_through: int
    pull_cursor: int
    last_success: str


def status(database: Database, device_id: str) -> SyncStatus:
    with database.read() as session:
        acked = int(_state(session, "push.acked_through"))
        pending = session.scalar(select(func.count()).select_from(SyncOutbox).where(SyncOutbox.seq > acked))
        cursor = int(_state(session, "pull.cursor"))
        last = read_in(session, (LAST_SUCCESS,), device_id)[LAST_SUCCESS]
    return SyncStatus(load_enrolment(), pending or 0, acked, cursor, last or "")


def on_this_thread(work: Callable[[], T]) -> T:
    return work()


def run(
    database: Database,
    device_id: str,
    ca_file: str = "",
    progress: Progress | None = None,
    on_writer: OnWriter = on_this_thread,
) -> SyncResult:
    """One complete sync: push everything pending, pull master data, record the success.

    Every write is one short transaction handed to `on_writer` (the desktop passes the runner's database worker, as
    the sync itself runs on the io pool between HTTP calls); the CLI writes on its own thread."""
    say = progress or (lambda _line: None)
    enrolment = load_enrolment()
    if enrolment is None:
        raise DomainError("Perangkat ini belum terdaftar di server: loket-admin sync enrol --server URL --token T.")
    with _http(enrolment.server, ca_file, enrolment.token) as client:
        sent, refused = _push(database, client, say, on_writer)
        received = 0 if enrolment.master else _pull(database, client, say, on_writer)
    finished = datetime.now(UTC)

    def record_success() -> int:
        with database.transaction() as session:
            acked = int(_state(session, "push.acked_through"))
            write_in(session, device_id, LAST_SUCCESS, finished.isoformat(), "sync")
            cutoff = finished - PRUNE_AFTER
            session.execute(delete(SyncOutbox).where(SyncOutbox.seq <= acked, SyncOutbox.created_at < cutoff))
            return acked

    acked = on_writer(record_success)
    refusals = f" ({refused} ditolak server, lihat di atas)" if refused else ""
    say(f"Sinkronisasi selesai: {sent} baris terkirim{refusals}, {received} baris data induk diterima.")
    return SyncResult(sent, received, acked, finished, refused)


def _save_state(database: Database, key: str, value: str) -> None:
    with database.transaction() as session:
        _set_state(session, key, value)


def _push(database: Database, client: httpx.Client, say: Progress, on_writer: OnWriter) -> tuple[int, int]:
    """(rows the server acknowledged, of which it refused) over as many batches as the outbox needs."""
    with database.read() as session:
        cursor = int(_state(session, "push.acked_through"))
        total = session.scalar(select(func.count()).select_from(SyncOutbox).where(SyncOutbox.seq > cursor)) or 0
    say(f"Mengirim {total} perubahan ke server...")
    sent, gaps, refused = 0, 0, 0
    # Bounded: every acknowledged batch moves the cursor forward; a gap answer may move it back at most 3 times.
    for _round in range(total + 10):  # every acknowledged round sends at least one row
        with database.read() as session:
            rows = session.execute(
                select(
                    SyncOutbox.seq,
                    SyncOutbox.table_name,
                    SyncOutbox.row_id,
                    SyncOutbox.operation,
                    SyncOutbox.data,
                    SyncOutbox.agency_id,
                )
                .where(SyncOutbox.seq > cursor)
                .order_by(SyncOutbox.seq)
                .limit(BATCH)
            ).all()
        fetched = len(rows)
        rows = _within_budget(rows)
        payload = ",".join(
            f'{{"seq":{seq},"table":{json.dumps(name)},"id":"{row_id}","op":"{op}","agency":{json.dumps(agency)},'
            f'"data":{data}}}'
            for seq, name, row_id, op, data, agency in rows
        )
        body = f'{{"after_seq":{cursor},"clock":"{datetime.now(UTC).isoformat()}","rows":[{payload}]}}'
        _pause("before_push")
        response = _call(client, "POST", "/api/push", content=body, headers={"Content-Type": "application/json"})
        if response.status_code == 409:
            gaps += 1
            if gaps > 3:
                raise EnvironmentFault("Server sinkronisasi terus meminta urutan lain. Hubungi administrator server.")
            cursor = int(response.json()["expected"])
            say(f"Server meminta pengiriman ulang sejak nomor {cursor + 1}.")
            on_writer(partial(_save_state, database, "push.acked_through", str(cursor)))
            continue
        answer = response.json()
        acked = int(answer["acked_through"])
        refused += _tell_refusals(answer, say)
        _pause("after_push_ack")
        on_writer(partial(_save_state, database, "push.acked_through", str(acked)))
        sent += sum(1 for row in rows if row.seq <= acked and row.seq > cursor)
        cursor = acked
        say(f"Terkirim {min(sent, total)}/{total}")
        if fetched < BATCH and len(rows) == fetched:
            return sent, refused
    raise EnvironmentFault("Sinkronisasi berhenti: terlalu banyak putaran pengiriman. Jalankan lagi.")


def _tell_refusals(answer: dict, say: Progress) -> int:
    """Rows the server refused (another agency's, malformed) are acknowledged, never sent again: say which and why,
    so the administrator can see what did not reach the server (it keeps each in sync_rejects)."""
    count = int(answer.get("refused_count") or 0)
    if not count:
        return 0
    say(f"Server menolak {count} baris (tercatat di server):")
    for refusal in answer.get("refused") or []:
        say(f"  #{refusal.get('seq')} {refusal.get('table')}: {refusal.get('reason')}")
    return count


def _within_budget(rows: list) -> list:
    """The leading rows whose JSON fits BATCH_BYTES (always at least one: a single large row, such as the office
    logo in settings, goes alone)."""
    size = 0
    for index, row in enumerate(rows):
        size += len(row.data) + 100
        if size > BATCH_BYTES and index:
            return rows[:index]
    return rows


def _apply_pulled(database: Database, answer: dict) -> None:
    """One pulled batch and the moved cursor, in one transaction."""
    with database.transaction() as session:
        connection = session.connection()
        if connection.dialect.name == "sqlite":
            connection.execute(text("PRAGMA defer_foreign_keys = ON"))
        for row in answer["rows"]:
            apply_row(connection, row["table"], row["id"], row["op"], row["data"])
            _note_pulled(session, row)
        _set_state(session, "pull.cursor", str(answer["last"]))
        _pause("in_pull")


def _note_pulled(session: Session, row: dict) -> None:
    """Rows applied with Core bypass the ORM's change notices: tell the screens what the pull changed."""
    attribute = changes.key_attribute(row["table"])
    if attribute == "id":
        key = row["id"]
    elif attribute:
        key = (row.get("data") or {}).get(attribute)
    else:
        key = None
    changes.note_row(session, row["table"], key)


def _pull(database: Database, client: httpx.Client, say: Progress, on_writer: OnWriter = on_this_thread) -> int:
    received = 0
    for _round in range(10_000):
        with database.read() as session:
            cursor = int(_state(session, "pull.cursor"))
        answer = _call(client, "GET", "/api/pull", params={"after": cursor, "limit": BATCH}).json()
        if answer["rows"]:
            on_writer(partial(_apply_pulled, database, answer))
            received += len(answer["rows"])
            say(f"Data induk diterima: {received}")
        if not answer["more"]:
            return received
    raise EnvironmentFault("Sinkronisasi berhenti: data induk tidak habis-habis. Jalankan lagi.")


def print_progress(line: str) -> None:
    print(line, flush=True, file=sys.stdout)
