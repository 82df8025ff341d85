"""The outbox: every change of a synced table is captured in the same transaction, and only those."""

import json
import uuid

import pytest
from sqlalchemy import func, select

from db.core.actor import Actor
from db.models import QueueGroup, Role, SyncIdMap, SyncOutbox
from db.sync.apply import apply_row


def outbox(services, after=0):
    with services.database.read() as session:
        return session.execute(
            select(SyncOutbox.table_name, SyncOutbox.operation, SyncOutbox.data).where(SyncOutbox.seq > after)
        ).all()


def top(services):
    with services.database.read() as session:
        return session.scalar(select(func.max(SyncOutbox.seq))) or 0


def test_a_ticket_is_captured_with_its_event_and_audit_not_its_sequence(services):
    before = top(services)
    officer = Actor("budi", services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    ticket = services.queue.issue(officer, "A")
    rows = outbox(services, before)
    tables = sorted(name for name, _op, _data in rows)
    assert "tickets" in tables and "ticket_events" in tables and "ticket_sequences" not in tables
    data = next(json.loads(d) for name, _op, d in rows if name == "tickets")
    assert data["label"] == ticket.label and uuid.UUID(data["id"])
    assert data["issued_at"].endswith("+00:00") and len(data["day"]) == 10
    seqs_before = top(services)
    services.queue.call_next(officer, 1)
    assert {(name, op) for name, op, _d in outbox(services, seqs_before)} >= {
        ("tickets", "update"),
        ("ticket_events", "insert"),
    }


def test_a_rolled_back_change_leaves_no_outbox_row(services):
    before = top(services)
    with pytest.raises(RuntimeError):
        with services.database.transaction() as session:
            session.add(QueueGroup(code="Z", name="Uji"))
            session.flush()
            raise RuntimeError("batal")
    assert top(services) == before


def test_office_settings_are_captured_device_settings_are_not(services):
    before = top(services)
    admin = Actor.system(services.device_id)
    services.settings.set(admin, "counter.number", "7")
    assert [d for name, _o, d in outbox(services, before) if name == "settings"] == []
    services.settings.set(admin, "office.motto", "CEPAT")
    captured = [json.loads(d) for name, _o, d in outbox(services, before) if name == "settings"]
    assert [(row["key"], row["value"]) for row in captured] == [("office.motto", "CEPAT")]


def test_pulled_master_rows_match_by_natural_key_and_are_not_captured(services):
    with services.database.read() as session:
        local_id = session.scalar(select(QueueGroup.id).where(QueueGroup.code == "A"))
    before = top(services)
    remote = str(uuid.uuid4())
    data = {
        "id": remote,
        "code": "A",
        "name": "Pendaftaran Pusat",
        "service_codes": [],
        "sort_order": 1,
        "active": True,
    }
    with services.database.transaction() as session:
        apply_row(session.connection(), "queue_groups", remote, "upsert", data)
    with services.database.transaction() as session:  # the same row again, now through the id map
        apply_row(session.connection(), "queue_groups", remote, "upsert", {**data, "name": "Pendaftaran"})
    with services.database.read() as session:
        groups = session.execute(select(QueueGroup.id, QueueGroup.name).where(QueueGroup.code == "A")).all()
        mapped = session.scalar(select(SyncIdMap.local_id).where(SyncIdMap.remote_id == uuid.UUID(remote)))
    assert [tuple(g) for g in groups] == [(local_id, "Pendaftaran")] and mapped == local_id
    assert top(services) == before
