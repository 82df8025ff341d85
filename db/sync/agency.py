"""Which agency a synced row belongs to (issue 19), told once at capture and sent with the row.

The central server lets a device push only its own agency's rows (server/validation.py, `agency_refusal`), so every
outbox row names its agency: a record with an `agency_id` column names its own, an agency record is its own, and a
row that hangs off a record (a ticket's events, a file's check items and steps, a decree, a complaint's steps, a
catalog revision, a user's audit lines and delegations) names the agency of the record it hangs off, read when the
row is captured (its parent may be gone by the time it is pushed). The hall's own rows (the hall, its settings,
closures, the catalog version, the queue day, the hall staff's audit lines) name none.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from db.sync.tables import CAPTURED, table

AGENCY_COLUMN = "agency_id"
# Every captured table with an agency column names the agency in its own row.
OWN_COLUMN_TABLES = frozenset(name for name in CAPTURED if AGENCY_COLUMN in table(name).columns)
SELF_TABLES = frozenset({"agencies"})  # the agency's own record: its agency is its id
# child table -> (its column, the parent table, the parent's column it matches)
THROUGH_PARENT: dict[str, tuple[str, str, str]] = {
    "ticket_events": ("ticket_id", "tickets", "id"),
    "check_items": ("check_id", "file_checks", "id"),
    "application_steps": ("application_id", "applications", "id"),
    "decrees": ("application_id", "applications", "id"),
    "handovers": ("application_id", "applications", "id"),
    "complaint_steps": ("complaint_id", "complaints", "id"),
    "catalog_service_revisions": ("code", "catalog_services", "code"),
    "audit_log": ("user_id", "users", "id"),
    "role_delegations": ("username", "users", "username"),
}
HALL_TABLES = frozenset({"halls", "settings", "office_closures", "catalog_versions", "queue_days"})


def _text(value: object) -> str | None:
    return None if value is None else str(value)


Known = dict[tuple[str, str, str | None], str | None]  # (parent table, its column, the value) -> agency


def _parents_in_batch(changes: list[tuple[str, str, dict]]) -> Known:
    parent_keys = {(parent, key) for _column, parent, key in THROUGH_PARENT.values()}
    known: Known = {}
    for _operation, name, values in changes:
        for parent, key in parent_keys:
            if parent == name and key in values:
                known[(parent, key, _text(values[key]))] = _text(values.get(AGENCY_COLUMN))
    return known


def _query_parents(connection: Connection, changes: list[tuple[str, str, dict]], known: Known) -> None:
    wanted: dict[tuple[str, str], dict[str | None, object]] = {}
    for _operation, name, values in changes:
        if name in THROUGH_PARENT:
            column, parent, key = THROUGH_PARENT[name]
            value = values.get(column)
            if value is not None and (parent, key, _text(value)) not in known:
                wanted.setdefault((parent, key), {})[_text(value)] = value
    for (parent, key), values_by_text in wanted.items():
        target = table(parent)
        found = connection.execute(
            select(target.c[key], target.c[AGENCY_COLUMN]).where(target.c[key].in_(list(values_by_text.values())))
        )
        for value, agency in found:
            known[(parent, key, _text(value))] = _text(agency)


def _agency(name: str, values: dict, known: Known) -> str | None:
    if name in SELF_TABLES:
        return _text(values.get("id"))
    if name in OWN_COLUMN_TABLES:
        return _text(values.get(AGENCY_COLUMN))
    if name in THROUGH_PARENT:
        column, parent, key = THROUGH_PARENT[name]
        return known.get((parent, key, _text(values.get(column))))
    return None


def agencies_of(connection: Connection, changes: list[tuple[str, str, dict]]) -> list[str | None]:
    """The agency id (text) of each captured change, in order. Parents written in the same batch are read from
    it; the others with one query per parent table."""
    known = _parents_in_batch(changes)
    _query_parents(connection, changes, known)
    return [_agency(name, values, known) for _operation, name, values in changes]
