"""The public file page on the central server, from the synced rows, for applicants outside the hall: the same page
as the hall's (db.public.wording), saying when the office last sent its data.

Looked up like the hall's: the link's id selects the application's synced row (ix_synced_rows_table_id), its token
is compared in constant time; any failure is the same NotFound.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Engine, select, text

from db.core.errors import NotFound
from db.intake import checklist
from db.public import links
from db.public.service import NOT_FOUND
from db.public.wording import FileFacts, FilePage, file_page
from db.settings import registry
from server.models import devices, master_rows, synced_rows
from server.store import now

OPEN_CONDITIONS = text(
    "SELECT data->>'text' FROM synced_rows WHERE table_name = 'check_items' AND data->>'check_id' = :check "
    "AND data->>'kind' = ANY(:kinds) AND coalesce(data->>'status', '') <> :done AND NOT deleted "
    "ORDER BY (data->>'position')::int"
)
HANDED_AT = text(
    "SELECT data->>'handed_at' FROM synced_rows WHERE table_name = 'handovers' "
    "AND data->>'application_id' = :application AND NOT deleted LIMIT 1"
)
OFFICE_SETTINGS = ("office.short_name", "office.timezone")
BY_CODE = text(
    "SELECT id, data->>'public_token' FROM synced_rows WHERE table_name = 'applications' "
    "AND data->>'public_code' = :code AND NOT deleted ORDER BY received_seq DESC LIMIT 1"
)
UNKNOWN_CODE = "Kode tidak dikenal. Periksa kembali kode pada tanda terima berkas Anda."


def _latest(conn, table: str, row_id) -> tuple | None:
    """(data, device id, office) of a synced row by its id, the latest received when two devices sent it."""
    return conn.execute(
        select(synced_rows.c.data, synced_rows.c.device_id, synced_rows.c.office)
        .where(synced_rows.c.table_name == table, synced_rows.c.id == row_id, synced_rows.c.deleted.is_(False))
        .order_by(synced_rows.c.received_seq.desc())
        .limit(1)
    ).first()


def _office_settings(conn, office: str) -> dict[str, str]:
    rows = conn.execute(
        select(master_rows.c.data).where(
            master_rows.c.office == office,
            master_rows.c.table_name == "settings",
            master_rows.c.deleted.is_(False),
            master_rows.c.data["key"].astext.in_(OFFICE_SETTINGS),
        )
    )
    stored = {row.data["key"]: row.data.get("value") or "" for row in rows}
    return {key: stored.get(key) or registry.definition(key).default for key in OFFICE_SETTINGS}


def _master_name(conn, office: str, table: str, row_id: str | None = None) -> str:
    """The short name of the office's hall or of one of its agencies, as its master device sent it ('' if none)."""
    query = select(master_rows.c.data).where(
        master_rows.c.office == office, master_rows.c.table_name == table, master_rows.c.deleted.is_(False)
    )
    if row_id:
        query = query.where(master_rows.c.id == uuid.UUID(row_id))
    row = conn.execute(query.limit(1)).first()
    return (row.data.get("short_name") or "") if row else ""


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(registry.definition("office.timezone").default)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def find_file_code(engine: Engine, typed: str) -> str:
    """The link of the file a short code opens (the central server holds files, not tickets); NotFound otherwise."""
    code = links.normalise_code(typed)
    if code is None:
        raise NotFound(UNKNOWN_CODE)
    with engine.connect() as conn:
        row = conn.execute(BY_CODE, {"code": code}).first()
    if row is None or not row[1]:
        raise NotFound(UNKNOWN_CODE)
    return links.link(row[0], row[1])


def public_file_page(engine: Engine, segment: str) -> FilePage:
    parts = links.split(segment)
    if parts is None:
        raise NotFound(NOT_FOUND)
    row_id, token = parts
    with engine.connect() as conn:
        found = _latest(conn, "applications", row_id)
        if found is None or not links.same_token(found.data.get("public_token"), token):
            raise NotFound(NOT_FOUND)
        app, office = found.data, found.office
        applicant = _latest(conn, "applicants", uuid.UUID(app["applicant_id"]))
        check = _latest(conn, "file_checks", uuid.UUID(app["check_id"]))
        kinds = list(checklist.STAGES)
        conditions = conn.execute(OPEN_CONDITIONS, {"check": app["check_id"], "kinds": kinds, "done": "ada_sesuai"})
        handed = conn.execute(HANDED_AT, {"application": app["id"]}).scalar()
        synced = conn.execute(select(devices.c.last_sync_at).where(devices.c.id == found.device_id)).scalar()
        values = _office_settings(conn, office)
        zone = _zone(values["office.timezone"])
        hall = _master_name(conn, office, "halls") or values["office.short_name"]
        agency = _master_name(conn, office, "agencies", app["agency_id"]) if app.get("agency_id") else ""
        facts = FileFacts(
            office_name=hall,
            agency_name="" if agency == hall else agency,
            service_name=app.get("service_name") or "",
            registration_number=app.get("registration_number") or "",
            applicant_name=applicant.data.get("name", "") if applicant else "",
            business=bool(applicant) and applicant.data.get("kind") == "business",
            by_proxy=bool(check and check.data.get("proxy")),
            received_on=date.fromisoformat(app["received_on"]),
            due_on=_day(app.get("due_on")),
            sla_text=app.get("sla_text") or "",
            status=app.get("status") or "in_progress",
            steps=tuple(app.get("steps") or ()),
            current_step=int(app.get("current_step") or 0),
            open_conditions=tuple(value for (value,) in conditions if value),
            handed_over_on=datetime.fromisoformat(handed).astimezone(zone).date() if handed else None,
        )
    fresh = synced.astimezone(zone) if synced else None
    return file_page(facts, now().astimezone(zone).date(), fresh_as_of=fresh)
