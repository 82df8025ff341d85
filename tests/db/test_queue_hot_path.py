"""The queue's hot path (Core statements, cached settings, indexes): what it writes must equal what the ORM wrote,
a settings change must be seen at once, and the front of the queue must be an index seek."""

import json
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from db.core.actor import Actor
from db.models import Role, SyncOutbox
from db.models.queue import Ticket, TicketEvent
from db.queue import statements
from db.services import open_services


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)

    def __call__(self):
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def office(database_url):
    opened = open_services(database_url, device_id="pc-1", clock=Clock())
    yield opened
    opened.close()


def officer(counter):
    return Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=counter)


def outbox_after(services, seq):
    with services.database.read() as session:
        rows = session.execute(
            select(SyncOutbox.table_name, SyncOutbox.operation, SyncOutbox.data)
            .where(SyncOutbox.seq > seq)
            .order_by(SyncOutbox.seq)  # written in this order; PostgreSQL returns no order unless asked
        ).all()
    return [(name, op, json.loads(data)) for name, op, data in rows]


def last_seq(services):
    with services.database.read() as session:
        return session.scalar(select(SyncOutbox.seq).order_by(SyncOutbox.seq.desc()).limit(1)) or 0


def test_issue_and_call_capture_whole_rows_as_the_orm_did(office):
    before = last_seq(office)
    ticket = office.queue.issue(officer(None), "A", priority="lansia")
    issued = outbox_after(office, before)
    assert [(name, op) for name, op, _ in issued] == [("tickets", "insert"), ("ticket_events", "insert")]
    ticket_row, event_row = issued[0][2], issued[1][2]
    assert set(ticket_row) == set(Ticket.__table__.c.keys()) and set(event_row) == set(TicketEvent.__table__.c.keys())
    assert ticket_row["label"] == ticket.label and ticket_row["status"] == "waiting" and ticket_row["call_count"] == 0
    assert event_row["ticket_id"] == str(ticket.id) and event_row["details"] == {"priority": "lansia"}

    middle = last_seq(office)
    called = office.queue.call_next(officer(1), 1)
    changes = {(name, op): data for name, op, data in outbox_after(office, middle)}
    assert called.id == ticket.id and called.status == "called" and called.call_count == 1
    assert changes[("tickets", "update")]["status"] == "called"
    assert changes[("tickets", "update")]["counter_number"] == 1
    assert changes[("tickets", "update")]["called_at"].endswith("+00:00")
    assert changes[("ticket_events", "insert")]["details"] == {"call": 1}
    # The counter opened and its priority streak began: this PC's state, captured as the ORM captured it.
    assert changes[("counters", "update")]["open"] is True and changes[("counters", "update")]["priority_streak"] == 1
    with office.database.read() as session:
        stored = session.get(Ticket, ticket.id)
        assert (stored.status, stored.counter_number, stored.served_by) == ("called", 1, "budi")


def test_a_change_of_the_priority_rule_is_seen_by_the_next_call(office):
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    office.queue.issue(officer(None), "A")
    for _ in range(2):
        office.queue.issue(officer(None), "A", priority="lansia")
    assert office.queue.call_next(officer(1), 1).label == "A-002"  # interleave, 3 in a row allowed: cache filled
    office.queue.finish(officer(1), 1)
    office.settings.set(admin, "queue.priority_max_in_row", "1")
    assert office.queue.call_next(officer(1), 1).label == "A-001"  # one priority call was the limit now


def test_the_front_of_the_queue_is_an_index_seek(sqlite_services):
    """SQLite's plan: the tickets sent to this counter (any group: "grup tetap") seek ix_tickets_sent on day, status
    and target; each of the four other parts (two groups, priority and regular) seeks ix_tickets_front on day,
    status, group and target. Without the hints it filtered the day's waiting tickets row by row."""
    statement = statements.front_of_queue("sqlite", 2, 1)
    compiled = statement.compile(dialect=sqlite_services.database.engine.dialect)
    params = compiled.construct_params(
        {"day": "2026-11-25", "counter": 1, "g0": "A", "g1": "B", "x0": uuid.uuid4().hex}
    )
    with sqlite_services.database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}", tuple(params[name] for name in compiled.positiontup)
        ).all()
    searches = [row[-1] for row in plan if row[-1].startswith("SEARCH tickets")]
    sent = "USING INDEX ix_tickets_sent (day=? AND status=? AND target_counter=?)"
    seek = "USING INDEX ix_tickets_front (day=? AND status=? AND group_code=? AND target_counter"
    assert len(searches) == 5 and sent in searches[0] and all(seek in line for line in searches[1:]), searches
    sent_part = next(row[0] for row in plan if row[-1] == "CO-ROUTINE front_sent")
    assert not any(row[1] == sent_part and "TEMP B-TREE" in row[-1] for row in plan), plan  # read in issue order


def test_a_ticket_sent_to_a_counter_keeps_its_group(office):
    """A ticket transferred to counter 2 is called there first, even when counter 2 does not serve its group."""
    from db.models.queue import Counter

    with office.database.transaction() as session:
        session.scalar(select(Counter).where(Counter.number == 2)).group_codes = ["B"]
    first = office.queue.issue(officer(None), "A")
    office.queue.issue(officer(None), "B")
    assert office.queue.call_next(officer(1), 1).id == first.id
    office.queue.transfer(officer(1), 1, to_counter=2)
    called = office.queue.call_next(officer(2), 2)
    assert (called.id, called.group_code, called.counter_number) == (first.id, "A", 2)


def test_the_estimate_reads_the_group_index(sqlite_services):
    compiled = statements.RECENT_DONE.compile(dialect=sqlite_services.database.engine.dialect)
    params = compiled.construct_params({"day": "2026-11-25", "group": "A"})
    with sqlite_services.database.engine.connect() as connection:
        plan = connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {compiled}", tuple(params[name] for name in compiled.positiontup)
        ).all()
    details = " ".join(row[-1] for row in plan)
    assert "ix_tickets_day_group_status" in details and "TEMP B-TREE" not in details, details
