import threading
from collections import Counter as Tally
from datetime import UTC, datetime, timedelta

import pytest

from db.core.actor import Actor
from db.core.errors import DomainError
from db.models import Role
from db.services import open_services


@pytest.fixture
def clock_start():
    return datetime(2026, 11, 25, 1, 0, tzinfo=UTC)  # 09:00 WITA


@pytest.fixture
def clock_tick():
    return timedelta(seconds=1)


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


def officer(counter, name="budi"):
    return Actor(name, "pc-1", role=Role.PETUGAS_LOKET, counter_number=counter)


def test_numbers_run_per_group_and_restart_each_day(office, clock):
    labels = [office.queue.issue(officer(1), group).label for group in "AABAC"]
    assert labels == ["A-001", "A-002", "B-001", "A-003", "C-001"]
    clock.now += timedelta(days=1)
    assert office.queue.issue(officer(1), "A").label == "A-001"


def test_bad_issue_changes_nothing(office):
    with pytest.raises(DomainError, match="tidak ada"):
        office.queue.issue(officer(1), "Z")
    with pytest.raises(DomainError, match="prioritas"):
        office.queue.issue(officer(1), "A", priority="vip")
    with pytest.raises(DomainError, match="tidak termasuk grup"):
        office.queue.issue(officer(1), "A", service_code="LYN-INFO")
    assert office.queue.issue(officer(1), "A").label == "A-001"


def test_the_counter_workflow_records_every_event(office):
    queue = office.queue
    issued = queue.issue(officer(None), "A", service_code="DPM-007")
    assert issued.service_name == "Izin Apotek"
    assert queue.call_next(officer(1), 1).label == "A-001"
    assert queue.recall(officer(1), 1).call_count == 2
    assert queue.start_serving(officer(1), 1).status == "serving"
    assert queue.finish(officer(1), 1).status == "done"
    listing = office.queue_views.day_tickets(issued.day)
    kinds = [event["kind"] for event in listing[0]["events"]]
    assert kinds == ["issued", "called", "recalled", "started", "finished"]
    assert listing[0]["called_at"] and listing[0]["finished_at"]


def test_one_ticket_in_service_per_counter_and_a_double_press_calls_nothing_more(office):
    for _ in range(3):
        office.queue.issue(officer(None), "A")
    assert office.queue.call_next(officer(1), 1).label == "A-001"
    with pytest.raises(DomainError, match="masih menangani A-001"):
        office.queue.call_next(officer(1), 1)
    assert office.queue_views.current_ticket(1).label == "A-001"
    assert [c for _, _, c in office.queue_views.waiting_counts() if c] == [2]


def test_calling_an_empty_queue_says_so(office):
    assert office.queue.call_next(officer(1), 1) is None
    with pytest.raises(DomainError, match="tidak sedang"):
        office.queue.finish(officer(1), 1)


def test_no_show_can_be_called_again_by_number(office):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    assert office.queue.no_show(officer(1), 1).status == "no_show"
    assert office.queue.call_next(officer(1), 1) is None
    again = office.queue.call_ticket(officer(2), 2, "a-001")
    assert again.counter_number == 2 and again.call_count == 2


def test_transfer_keeps_number_and_issue_time(office):
    first = office.queue.issue(officer(None), "A")
    office.queue.issue(officer(None), "C")
    office.queue.call_next(officer(1), 1)
    moved = office.queue.transfer(officer(1), 1, to_group="C")
    assert (moved.label, moved.group_code, moved.issued_at) == ("A-001", "C", first.issued_at)
    # It keeps its place: issued before C-001, it is called first at the C counter.
    assert office.queue.call_next(officer(3), 3).label == "A-001"
    office.queue.finish(officer(3), 3)
    office.queue.call_next(officer(3), 3)
    to_counter = office.queue.transfer(officer(3), 3, to_counter=2)
    assert office.queue.call_next(officer(1), 1) is None
    assert office.queue.call_next(officer(2), 2).label == to_counter.label


def test_closing_a_counter_returns_its_ticket_to_the_front(office):
    office.queue.issue(officer(None), "A")
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    returned = office.queue.close_counter(officer(1), 1)
    assert returned.label == "A-001" and returned.status == "waiting"
    assert office.queue.call_next(officer(2), 2).label == "A-001"


def test_priority_rule_in_force(office):
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    office.settings.set(admin, "queue.priority_max_in_row", "2")
    office.queue.issue(officer(None), "A")
    for _ in range(3):
        office.queue.issue(officer(None), "A", priority="lansia")
    order = []
    for _ in range(4):
        order.append(office.queue.call_next(officer(1), 1).label)
        office.queue.finish(officer(1), 1)
    assert order == ["A-002", "A-003", "A-001", "A-004"]


def test_day_rollover_closes_leftovers_and_never_calls_them(office, clock):
    office.queue.issue(officer(None), "A")
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    clock.now += timedelta(days=1)
    assert office.queue.call_next(officer(1), 1) is None  # yesterday's A-002 is not today's queue
    result = office.queue_days.open_day(Actor("admin", "pc-1", role=Role.ADMINISTRATOR))
    assert result.closed_leftovers == 2
    assert office.queue.issue(officer(None), "A").label == "A-001"


def test_estimated_wait_comes_from_todays_service_times(office, clock):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    clock.now += timedelta(minutes=6)
    office.queue.finish(officer(1), 1)
    office.queue.issue(officer(None), "A")
    third = office.queue.issue(officer(None), "A")
    assert third.people_ahead == 1 and third.estimated_wait_minutes == 6


def _race(url, clock, work, workers=2):
    """Run `work(services, index)` on separate connections (as separate PCs would) at the same instant."""
    sides = [open_services(url, device_id=f"pc-{n}", clock=clock) for n in range(workers)]
    barrier = threading.Barrier(workers)
    results, errors = [[] for _ in range(workers)], []

    def run(index):
        try:
            barrier.wait()
            results[index].extend(work(sides[index], index))
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=run, args=(n,)) for n in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for side in sides:
        side.close()
    assert not errors, errors
    return results


def test_two_issuers_racing_never_duplicate_a_number(database_url, office, clock):
    results = _race(database_url, clock, lambda s, i: [s.queue.issue(officer(None), "A").label for _ in range(40)])
    labels = results[0] + results[1]
    assert sorted(labels) == [f"A-{n:03d}" for n in range(1, 81)]


def test_two_counters_racing_never_serve_a_ticket_twice(database_url, office, clock):
    for _ in range(30):
        office.queue.issue(officer(None), "A")

    def serve(services, index):
        served = []
        counter = index + 1
        while (ticket := services.queue.call_next(officer(counter), counter)) is not None:
            services.queue.finish(officer(counter), counter)
            served.append(ticket.label)
        return served

    results = _race(database_url, clock, serve)
    everything = results[0] + results[1]
    assert Tally(everything).most_common(1)[0][1] == 1
    assert sorted(everything) == [f"A-{n:03d}" for n in range(1, 31)]


def test_a_ticket_locked_by_another_counter_does_not_make_the_queue_look_empty(pg_migrated_url, clock):
    """PostgreSQL: while one counter holds its pick uncommitted, another counter calls the next ticket."""
    first = open_services(pg_migrated_url, device_id="pc-1", clock=clock)
    second = open_services(pg_migrated_url, device_id="pc-2", clock=clock)
    try:
        for _ in range(2):
            first.queue.issue(officer(None), "A")
        from sqlalchemy import select

        from db.models import Ticket

        with first.database.transaction() as session:
            held = session.scalar(select(Ticket).where(Ticket.label == "A-001").with_for_update())
            assert held is not None
            assert second.queue.call_next(officer(2), 2).label == "A-002"
    finally:
        first.close()
        second.close()
