"""Issue 16 #3: a lock held by another session makes a counter wait a bounded time, then say "database busy"."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import create_engine, text

from db.core import engine as engine_module
from db.core.actor import Actor
from db.core.errors import EnvironmentFault
from db.models import Role
from db.services import open_services

pytestmark = pytest.mark.pg
BUSY = "Basis data sedang dipakai proses lain terlalu lama"


@pytest.fixture
def office(pg_migrated_url, monkeypatch):
    monkeypatch.setattr(engine_module, "PG_LOCK_TIMEOUT_MS", 400)
    services = open_services(pg_migrated_url, device_id="pc-1")
    yield services
    services.close()


def test_issue_and_list_give_up_on_a_held_lock_with_the_busy_message(office, pg_migrated_url):
    cs = Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, counter_number=1)
    office.queue.issue(cs, "A")
    other = create_engine(pg_migrated_url)
    with other.connect() as holder:
        holder.execute(text("LOCK TABLE ticket_sequences, tickets IN ACCESS EXCLUSIVE MODE"))
        started = time.monotonic()
        with pytest.raises(EnvironmentFault, match=BUSY):
            office.queue.issue(cs, "A")
        with pytest.raises(EnvironmentFault, match=BUSY):
            office.queue_views.day_tickets(office.queue.today())
        assert time.monotonic() - started < 5
        holder.rollback()
    other.dispose()
    assert office.queue.issue(cs, "A").label.endswith("002")  # the counter works again once the lock is gone


def test_every_connection_carries_the_timeouts(office):
    with office.database.read() as session:
        lock = session.execute(text("SHOW lock_timeout")).scalar_one()
        statement = session.execute(text("SHOW statement_timeout")).scalar_one()
        idle = session.execute(text("SHOW idle_in_transaction_session_timeout")).scalar_one()
    assert (lock, statement, idle) == ("400ms", "1min", "2min")
