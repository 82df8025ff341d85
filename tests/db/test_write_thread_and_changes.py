"""The one-writer rule and the change notices, without Qt: plain threads and a real database."""

import json
import threading
import uuid
from datetime import UTC, datetime

import httpx
import pytest
from sqlalchemy import func, select

from db.core import changes
from db.core.actor import Actor
from db.core.errors import DomainError
from db.core.write_thread import WrongThreadWrite
from db.models import Role, Ticket
from db.services import open_services
from db.sync import client
from tests.db.test_decrees import finished_application


@pytest.fixture
def office(sqlite_url):
    opened = open_services(sqlite_url, device_id="pc-1")
    yield opened
    opened.close()


def officer():
    return Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)


def on_thread(function):
    """Run `function` on a new thread (standing in for the GUI's database worker); return or raise its result."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as error:  # noqa: BLE001 - handed back to the test
            outcome["error"] = error

    thread = threading.Thread(target=run, name="worker")
    thread.start()
    thread.join(10)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def tickets(office) -> int:
    with office.database.read() as session:
        return session.scalar(select(func.count()).select_from(Ticket))


def test_without_a_designated_worker_any_thread_writes(office):
    assert office.database.writer.designated is None
    on_thread(lambda: office.queue.issue(officer(), "A"))
    office.queue.issue(officer(), "A")
    assert tickets(office) == 2


def test_a_write_off_the_designated_worker_is_a_bug_and_writes_nothing(office):
    on_thread(office.database.writer.designate_current)
    with pytest.raises(WrongThreadWrite, match="not on the database worker"):
        office.queue.issue(officer(), "A")
    assert tickets(office) == 0
    assert office.queue.today()  # reads run on any thread
    assert not issubclass(WrongThreadWrite, DomainError)  # a bug for the crash dialog, not a message for the user


def test_the_designated_worker_writes_and_a_named_permit_lets_another_thread_write(office):
    ready, release = threading.Event(), threading.Event()
    results = []

    def worker():
        office.database.writer.designate_current()
        ready.set()
        release.wait(10)
        results.append(office.queue.issue(officer(), "A").label)

    thread = threading.Thread(target=worker)
    thread.start()
    ready.wait(10)
    with pytest.raises(WrongThreadWrite):
        office.queue.issue(officer(), "A")
    with office.database.writer.permit_here("sync between two HTTP calls"):
        office.queue.issue(officer(), "A")
    with pytest.raises(WrongThreadWrite):  # the permit ends with its block
        office.queue.issue(officer(), "A")
    release.set()
    thread.join(10)
    assert results == ["A-002"] and tickets(office) == 2


def test_changes_are_published_after_commit_with_their_keys(office):
    heard = []
    unsubscribe = office.database.changes.subscribe(heard.append)
    ticket = office.queue.issue(officer(), "A")
    assert changes.topics(heard[-1]) == {changes.QUEUE}
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    office.settings.set_many(admin, {"display.running_text": "Selamat datang", "counter.number": "3"})
    assert changes.keys_of(heard[-1], changes.SETTINGS) == {"display.running_text", "counter.number"}
    office.print_jobs.run(officer(), office.documents.ticket(ticket.id))
    assert changes.keys_of(heard[-1], changes.PRINT_JOB) == {"ticket"}
    count = len(heard)
    unsubscribe()
    office.queue.issue(officer(), "A")
    assert len(heard) == count


def test_a_rolled_back_change_is_never_published(office):
    heard = []
    office.database.changes.subscribe(heard.append)
    with pytest.raises(DomainError):
        office.queue.issue(officer(), "Z")  # unknown group: refused inside the transaction
    with pytest.raises(RuntimeError):
        with office.database.transaction() as session:
            session.add(
                Ticket(
                    day=office.queue.today(),
                    group_code="A",
                    number=99,
                    label="A-099",
                    status="waiting",
                    issued_at=office.clock(),
                    issued_by="x",
                    issued_device="pc-1",
                )
            )
            session.flush()
            raise RuntimeError("rolled back after the flush")
    assert heard == [] and tickets(office) == 0


def test_a_broken_listener_does_not_undo_the_commit(office):
    def broken(_batch):
        raise ValueError("listener bug")

    office.database.changes.subscribe(broken)
    office.queue.issue(officer(), "A")
    assert tickets(office) == 1


def test_the_change_stamps_move_with_a_call_and_a_setting(office):
    queue_before, settings_before = office.queue.change_stamp(), office.settings.change_stamp()
    office.queue.issue(officer(), "A")
    after_issue = office.queue.change_stamp()
    assert after_issue != queue_before
    office.queue.call_next(officer(), 1)
    assert office.queue.change_stamp() != after_issue
    assert office.settings.change_stamp() == settings_before
    office.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "display.running_text", "Antre tertib")
    assert office.settings.change_stamp() != settings_before


def test_master_rows_applied_by_a_sync_pull_are_published(office):
    """A pull writes with Core statements, which the ORM hook does not see: the pull notes them itself."""
    row = {
        "table": "settings",
        "id": str(uuid.uuid4()),
        "op": "upsert",
        "data": {
            "scope": "office",
            "key": "display.running_text",
            "value": "Dari kantor pusat",
            "updated_at": datetime(2026, 1, 1, tzinfo=UTC).isoformat(),
            "updated_by": "server",
        },
    }

    def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps({"rows": [row], "last": 1, "more": False}))

    heard = []
    office.database.changes.subscribe(heard.append)
    with httpx.Client(transport=httpx.MockTransport(server), base_url="http://pusat") as http:
        assert client._pull(office.database, http, lambda _line: None) == 1
    assert office.settings.get("display.running_text") == "Dari kantor pusat"
    assert changes.keys_of(heard[-1], changes.SETTINGS) == {"display.running_text"}


def test_a_registration_is_published_with_its_application_id(office):
    heard = []
    office.database.changes.subscribe(heard.append)
    app = finished_application(office, complete=False)
    published = {key for batch in heard for key in changes.keys_of(batch, changes.APPLICATION)}
    assert str(app.id) in published
