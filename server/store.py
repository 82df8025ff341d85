"""The central server's use cases: devices and their tokens, applying a pushed batch, serving master data."""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property

from sqlalchemy import Engine, func, or_, select, text, true, update
from sqlalchemy.dialects.postgresql import insert

from db.agencies.ids import agency_id as agency_id_of
from db.sync.tables import EVENT_TABLES, MASTER_TABLES, UP_TABLES
from server import validation
from server.models import devices, master_rows, sync_counter, sync_rejects, synced_rows

AGENCY_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")
STALE_AFTER_S = 24 * 3600
DRIFT_WARN_S = 300


class StoreError(Exception):
    def __init__(self, status: int, message: str, **extra: object):
        super().__init__(message)
        self.status, self.message, self.extra = status, message, extra


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def now() -> datetime:
    return datetime.now(UTC)


# -- devices ---------------------------------------------------------------------------------------------------------
def add_device(
    engine: Engine, name: str, office: str, master: bool = False, agency: str | None = None, kind: str = "counter"
) -> str:
    """Create a device and return its one-time enrolment token (only its sha256 is stored).

    `agency`: the code of the agency it serves (DPMPTSP-BLG), None for the hall's own device; `kind`: counter (a
    counter or back-office PC), kiosk or display (which push only queue rows, server.validation)."""
    if kind not in validation.KINDS:
        raise StoreError(2, f"Jenis perangkat '{kind}' tidak dikenal: pilih {', '.join(validation.KINDS)}.")
    agency = agency.strip().upper() if agency else None
    if agency is not None and not AGENCY_CODE.fullmatch(agency):
        raise StoreError(2, f"Kode instansi '{agency[:40]}' tidak valid: huruf besar, angka dan '-', mis. DPMPTSP-BLG.")
    token = "enrol-" + secrets.token_urlsafe(24)
    with engine.begin() as conn:
        if conn.scalar(select(func.count()).where(devices.c.name == name)):
            raise StoreError(409, f"Perangkat '{name}' sudah ada.")
        conn.execute(
            devices.insert().values(
                id=uuid.uuid4(),
                name=name,
                office=office,
                agency=agency,
                kind=kind,
                master=master,
                enrol_token_hash=token_hash(token),
                acked_seq=0,
                created_at=now(),
            )
        )
    return token


def revoke_device(engine: Engine, name: str) -> None:
    with engine.begin() as conn:
        done = conn.execute(
            update(devices).where(devices.c.name == name, devices.c.revoked_at.is_(None)).values(revoked_at=now())
        )
        if done.rowcount != 1:
            raise StoreError(404, f"Perangkat '{name}' tidak ada atau sudah dicabut.")


@dataclass(frozen=True)
class DeviceRow:
    name: str
    office: str
    agency: str | None
    kind: str
    master: bool
    enrolled: bool
    revoked: bool
    acked_seq: int
    last_sync_at: datetime | None
    clock_drift_s: float | None
    rows: int

    @property
    def stale(self) -> bool:
        return not self.revoked and (
            self.last_sync_at is None or (now() - self.last_sync_at).total_seconds() > STALE_AFTER_S
        )

    def line(self) -> str:
        state = "dicabut" if self.revoked else ("terdaftar" if self.enrolled else "menunggu pendaftaran")
        last = self.last_sync_at.isoformat(timespec="seconds") if self.last_sync_at else "belum pernah"
        serves = f"instansi {self.agency}" if self.agency else "aula"
        parts = [
            f"{self.name}",
            f"kantor {self.office}",
            serves,
            validation.KINDS[self.kind],
            state,
            f"sinkron terakhir {last}",
            f"{self.rows} baris",
        ]
        if self.master:
            parts.insert(4, "master")
        if self.clock_drift_s is not None:
            parts.append(f"selisih jam {self.clock_drift_s:+.0f} dtk")
            if abs(self.clock_drift_s) > DRIFT_WARN_S:
                parts.append("PERINGATAN: jam perangkat tidak tepat")
        if self.stale:
            parts.append("PERINGATAN: tidak sinkron lebih dari sehari")
        return " | ".join(parts)


def list_devices(engine: Engine) -> list[DeviceRow]:
    counts = select(synced_rows.c.device_id, func.count().label("n")).group_by(synced_rows.c.device_id).subquery()
    with engine.connect() as conn:
        rows = conn.execute(
            select(devices, func.coalesce(counts.c.n, 0).label("n"))
            .outerjoin(counts, counts.c.device_id == devices.c.id)
            .order_by(devices.c.office, devices.c.name)
        ).all()
    return [
        DeviceRow(
            r.name,
            r.office,
            r.agency,
            r.kind,
            r.master,
            r.enrolled_at is not None,
            r.revoked_at is not None,
            r.acked_seq,
            r.last_sync_at,
            r.clock_drift_s,
            r.n,
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Device:
    id: uuid.UUID
    name: str
    office: str
    master: bool
    agency: str | None = None  # the code of the agency it serves; None: the hall's own device
    kind: str = "counter"

    @cached_property
    def agency_id(self) -> str | None:
        """The id (text) the agency's rows carry: derived from its code, the same on every PC (db/agencies/ids)."""
        return None if self.agency is None else str(agency_id_of(self.agency))


def enrol(engine: Engine, enrol_token: str, loket_device_id: str) -> tuple[Device, str]:
    """Exchange a one-time enrolment token for a long-lived device token; the enrolment token is used up."""
    token = "dev-" + secrets.token_urlsafe(32)
    with engine.begin() as conn:
        row = conn.execute(
            update(devices)
            .where(
                devices.c.enrol_token_hash == token_hash(enrol_token),
                devices.c.enrolled_at.is_(None),
                devices.c.revoked_at.is_(None),
            )
            .values(enrolled_at=now(), token_hash=token_hash(token), loket_device_id=loket_device_id[:64])
            .returning(
                devices.c.id, devices.c.name, devices.c.office, devices.c.master, devices.c.agency, devices.c.kind
            )
        ).first()
        if row is not None and loket_device_id:
            _inherit_rows(conn, row.id, row.office, loket_device_id)
    if row is None:
        raise StoreError(401, "Token pendaftaran tidak dikenal, sudah dipakai, atau perangkat dicabut.")
    return Device(row.id, row.name, row.office, row.master, row.agency, row.kind), token


def _inherit_rows(conn, new_id: uuid.UUID, office: str, loket_device_id: str) -> None:
    """A PC enrolled again (its old device revoked) keeps its rows: they move to the new device, so the rows it
    sends again update them instead of standing beside them. Only from revoked devices of the same office."""
    previous = (
        conn.execute(
            select(devices.c.id)
            .where(
                devices.c.loket_device_id == loket_device_id[:64],
                devices.c.office == office,
                devices.c.revoked_at.is_not(None),
                devices.c.id != new_id,
            )
            .order_by(devices.c.revoked_at.desc())
        )
        .scalars()
        .all()
    )
    for old_id in previous:
        newer = synced_rows.alias("newer")
        conn.execute(  # a record already moved from a later device wins over this one's copy
            synced_rows.delete().where(
                synced_rows.c.device_id == old_id,
                select(newer.c.id)
                .where(
                    newer.c.device_id == new_id,
                    newer.c.table_name == synced_rows.c.table_name,
                    newer.c.id == synced_rows.c.id,
                )
                .exists(),
            )
        )
        conn.execute(update(synced_rows).where(synced_rows.c.device_id == old_id).values(device_id=new_id))


def authenticate(engine: Engine, bearer: str | None) -> Device:
    if not bearer:
        raise StoreError(401, "Token perangkat tidak ada.")
    with engine.connect() as conn:
        row = conn.execute(
            select(
                devices.c.id,
                devices.c.name,
                devices.c.office,
                devices.c.master,
                devices.c.agency,
                devices.c.kind,
                devices.c.revoked_at,
            ).where(devices.c.token_hash == token_hash(bearer))
        ).first()
    if row is None or row.revoked_at is not None:
        raise StoreError(401, "Perangkat tidak dikenal atau sudah dicabut.")
    return Device(row.id, row.name, row.office, row.master, row.agency, row.kind)


# -- up --------------------------------------------------------------------------------------------------------------
def push(engine: Engine, device: Device, after_seq: int, rows: list[dict], clock: datetime | None) -> PushResult:
    """Apply one batch in one transaction: the highest seq committed for the device, and the rows refused.

    Each row the device may not push (a malformed row, another agency's row, a kiosk's non-queue row) is refused on
    its own, in Indonesian, and recorded; the rest applies, all in one transaction, so a push is never half done.

    Rows at or below the device's acknowledged seq were applied before and are skipped (a resent batch changes
    nothing). A batch that starts past it is a gap: StoreError 409 carries the seq the server expects.
    """
    received = now()
    with engine.begin() as conn:
        current = conn.execute(
            select(devices.c.acked_seq, devices.c.revoked_at).where(devices.c.id == device.id).with_for_update()
        ).one()
        if current.revoked_at is not None:
            raise StoreError(401, "Perangkat sudah dicabut.")
        acked = current.acked_seq
        if after_seq > acked:
            raise StoreError(409, f"Urutan terputus: server menunggu setelah {acked}.", expected=acked)
        fresh = [row for row in rows if row["seq"] > acked]
        good, rejects = _accepted(device, fresh, received)
        if rejects:
            conn.execute(sync_rejects.insert(), rejects)
        up = [row for row in good if row["table"] in UP_TABLES]
        master = [row for row in good if row["table"] in MASTER_TABLES and device.master]
        # The latest state of a record wins within a batch (ON CONFLICT cannot touch one row twice per statement).
        latest_up = {(row["table"], row["id"]): row for row in up}
        latest_master = {(row["table"], row["id"]): row for row in master}
        # No 403 for an id another device holds: rows are keyed by their origin (table, device, id), so a device that
        # pushes someone else's id first only ever writes its own copy and can never block the true owner's sync.
        count = len(latest_up) + len(latest_master)
        if count:
            top = conn.execute(
                update(sync_counter)
                .where(sync_counter.c.id == 1)
                .values(value=sync_counter.c.value + count)
                .returning(sync_counter.c.value)
            ).scalar_one()
            first = top - count + 1
            if latest_up:
                _apply_up(conn, device, latest_up.values(), first, received)
            _apply_master(conn, device, latest_master.values(), iter(range(first + len(latest_up), top + 1)))
        if fresh:
            acked = max(row["seq"] for row in fresh)
        drift = (clock - received).total_seconds() if clock else None
        conn.execute(
            update(devices)
            .where(devices.c.id == device.id)
            .values(acked_seq=acked, last_sync_at=received, clock_drift_s=drift)
        )
    return PushResult(acked, [Refusal(r["seq"], _table_named(r["table_name"]), r["reason"]) for r in rejects])


def _table_named(shown: str) -> str:
    """The table as the device named it (a reject stores it JSON-quoted, so any value can be written)."""
    try:
        value = json.loads(shown)
    except ValueError:
        return shown
    return value if isinstance(value, str) else shown


@dataclass(frozen=True)
class Refusal:
    """A row the server refused (recorded in sync_rejects; acknowledged, so it is not sent again)."""

    seq: int
    table: str
    reason: str


@dataclass(frozen=True)
class PushResult:
    acked_through: int
    refused: list[Refusal]


def _refusal(device: Device, row: dict) -> str | None:
    """Why this row is not applied: malformed (validation.row_problem) or not the device's to push (issue 19)."""
    problem = validation.row_problem(row)
    if problem:
        return problem
    if row["table"] in MASTER_TABLES and not device.master:
        row["agency"] = None
        return None  # not applied at all (only the master's master data is), so nothing to refuse
    agency, problem = validation.row_agency(row)
    if problem:
        return problem
    row["agency"] = agency
    return validation.agency_refusal(device.kind, device.agency_id, row["table"], agency)


def _accepted(device: Device, rows: list[dict], received: datetime) -> tuple[list[dict], list[dict]]:
    """The rows to apply (each with its agency told), and the sync_rejects rows of the others."""
    good: list[dict] = []
    rejects = []
    for row in rows:
        problem = _refusal(device, row)
        if problem is None:
            good.append(row)
            continue
        rejects.append(
            {
                "device_id": device.id,
                "seq": row["seq"],
                "table_name": validation.shown(row.get("table")),
                "row_id": validation.shown(row.get("id")),
                "reason": problem,
                "payload": validation.stored_payload(row),
                "received_at": received,
            }
        )
    return good, rejects


# Up rows are applied set-based: COPY the batch into a staging table (dropped at commit, so no state outlives the
# transaction, whichever worker process runs it), then one INSERT ... SELECT ... ON CONFLICT per kind, keyed by the
# row's origin (table, device, id). One INSERT ... ON CONFLICT per row through executemany was 80 % of a first sync.
STAGE = (
    "CREATE TEMP TABLE sync_stage (table_name varchar(64) NOT NULL, id uuid NOT NULL, seq bigint NOT NULL, "
    "deleted boolean NOT NULL, data jsonb NOT NULL, event boolean NOT NULL, ordinal bigint NOT NULL, agency_id uuid) "
    "ON COMMIT DROP"
)
# received_seq: the server's receive order, handed out from the counter block reserved for this batch, in the
# batch's order (ordinal), as the row-by-row apply did.
_INSERT_STAGED = (
    "INSERT INTO synced_rows (table_name, id, device_id, office, agency_id, seq, received_seq, received_at, deleted, "
    "data) SELECT table_name, id, :device, :office, agency_id, seq, :first + ordinal, :received, deleted, data "
    "FROM sync_stage "
)
APPLY_EVENTS = text(_INSERT_STAGED + "WHERE event ORDER BY ordinal ON CONFLICT (table_name, device_id, id) DO NOTHING")
APPLY_STATES = text(
    _INSERT_STAGED + "WHERE NOT event ORDER BY ordinal ON CONFLICT (table_name, device_id, id) DO UPDATE SET "
    "seq = excluded.seq, received_seq = excluded.received_seq, received_at = excluded.received_at, "
    "deleted = excluded.deleted, data = excluded.data, agency_id = excluded.agency_id"
)


def _stage_up(conn, rows) -> None:
    conn.exec_driver_sql(STAGE)
    cursor = conn.connection.dbapi_connection.cursor()
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    columns = "table_name, id, seq, deleted, data, event, ordinal, agency_id"
    with cursor.copy(f"COPY sync_stage ({columns}) FROM STDIN") as copy:
        for ordinal, row in enumerate(rows):
            name = row["table"]
            event = name in EVENT_TABLES
            deleted = row["op"] == "delete"
            copy.write_row((name, row["id"], row["seq"], deleted, encode(row["data"]), event, ordinal, row["agency"]))


def _apply_up(conn, device: Device, rows, first_seq: int, received: datetime) -> None:
    """Stage the rows, then apply them: events once (append-only), states as their latest version."""
    _stage_up(conn, rows)
    values = {"device": device.id, "office": device.office, "first": first_seq, "received": received}
    conn.execute(APPLY_EVENTS, values)
    conn.execute(APPLY_STATES, values)


def _apply_master(conn, device: Device, rows, next_seq) -> None:
    values = [
        {
            "office": device.office,
            "table_name": row["table"],
            "id": uuid.UUID(row["id"]),
            "change_seq": next(next_seq),
            "deleted": row["op"] == "delete",
            "data": row["data"],
            "agency_id": None if row["agency"] is None else uuid.UUID(row["agency"]),
            "source_device_id": device.id,
        }
        for row in rows
    ]
    if values:
        statement = insert(master_rows)
        excluded = statement.excluded
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=["office", "table_name", "id"],
                set_={
                    "change_seq": excluded.change_seq,
                    "deleted": excluded.deleted,
                    "data": excluded.data,
                    "agency_id": excluded.agency_id,
                },
            ),
            values,
        )


# -- down ------------------------------------------------------------------------------------------------------------
def pull(engine: Engine, device: Device, after: int, limit: int) -> dict:
    """Master data of the device's office changed after `after`, in commit order. An agency's device is sent its
    agency's rows and the hall's, never another agency's (their officers, catalog and counters)."""
    if device.master:
        return {"rows": [], "last": after, "more": False}
    mine = true()
    if device.agency_id is not None:
        mine = or_(master_rows.c.agency_id == uuid.UUID(device.agency_id), master_rows.c.agency_id.is_(None))
    with engine.connect() as conn:
        rows = conn.execute(
            select(master_rows)
            .where(master_rows.c.office == device.office, master_rows.c.change_seq > after, mine)
            .order_by(master_rows.c.change_seq)
            .limit(limit + 1)
        ).all()
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "rows": [
            {
                "seq": r.change_seq,
                "table": r.table_name,
                "id": str(r.id),
                "op": "delete" if r.deleted else "upsert",
                "data": r.data,
            }
            for r in rows
        ],
        "last": rows[-1].change_seq if rows else after,
        "more": more,
    }
