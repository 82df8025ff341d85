"""The counter's day as the hall sees it: calls that stay true, transfers that keep their group, typed numbers,
and the short undo of F6 and F9."""

from datetime import UTC, datetime, timedelta

import pytest

from db.core.actor import Actor
from db.core.errors import DomainError
from db.models import Role
from db.queue import undo
from db.queue.labels import normalise_label
from db.services import open_services


class Clock:
    def __init__(self):
        self.now = datetime(2026, 11, 25, 1, 0, tzinfo=UTC)

    def __call__(self):
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


def officer(counter):
    return Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=counter)


@pytest.mark.parametrize("typed", ["a003", "A3", "A-3", "a-003", " A 03 ", "A.3"])
def test_a_typed_number_means_the_ticket(typed):
    assert normalise_label(typed) == "A-003"


@pytest.mark.parametrize("typed", ["", "3", "ABCD3", "A-0", "A-12345", "loket"])
def test_text_that_is_no_number_is_refused_in_indonesian(typed):
    with pytest.raises(DomainError, match="bukan nomor antrian"):
        normalise_label(typed)


def test_the_counter_calls_a_number_typed_loosely(office):
    for _ in range(3):
        office.queue.issue(officer(None), "A")
    assert office.queue.call_ticket(officer(1), 1, "a3").label == "A-003"


def test_after_closing_the_display_no_longer_sends_people_to_that_counter(office):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    assert office.queue_views.hall_state().current_call.label == "A-001"
    office.queue.close_counter(officer(1), 1)
    hall = office.queue_views.hall_state()
    assert hall.current_call is None
    assert [c.label for c in hall.recent_calls] == []
    assert next(t for t in hall.counters if t.number == 1).label is None


def test_a_transfer_shows_the_new_counter_and_keeps_the_group(office):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    moved = office.queue.transfer(officer(1), 1, to_counter=3)  # the transfer dialog's "(grup tetap)"
    assert moved.group_code == "A"
    hall = office.queue_views.hall_state()
    assert hall.current_call is None
    assert [(c.label, c.counter_number, c.transferred) for c in hall.recent_calls] == [("A-001", 3, True)]
    # Counter 3 serves groups C and D only, yet the ticket sent to it is its next call, still in group A.
    called = office.queue.call_next(officer(3), 3)
    assert (called.label, called.group_code) == ("A-001", "A")
    assert office.queue_views.hall_state().current_call.counter_number == 3


def test_a_transferred_ticket_is_not_taken_by_another_counter(office):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    office.queue.transfer(officer(1), 1, to_counter=3)
    assert office.queue.call_next(officer(2), 2) is None


def test_a_display_can_show_only_its_groups(office):
    office.queue.issue(officer(None), "A")
    office.queue.issue(officer(None), "C")
    office.queue.call_next(officer(1), 1)
    office.queue.call_next(officer(3), 3)
    hall = office.queue_views.hall_state(groups={"C"})
    assert [c.label for c in hall.recent_calls] == ["C-001"]
    assert [t.number for t in hall.counters] == [3]
    assert [code for code, _name, _count in hall.waiting_by_group] == ["C"]


def test_a_no_show_pressed_by_mistake_is_undone_within_the_grace_period(office, clock):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    office.queue.no_show(officer(1), 1)
    back = office.queue_undo.undo_no_show(officer(1), 1, "A-001")
    assert (back.status, back.counter_number) == ("called", 1)
    assert office.queue_views.hall_state().current_call.label == "A-001"
    office.queue.no_show(officer(1), 1)
    clock.now += timedelta(seconds=undo.UNDO_SECONDS + 1)
    with pytest.raises(DomainError, match="tidak dapat dibatalkan"):
        office.queue_undo.undo_no_show(officer(1), 1, "A-001")
    assert office.queue_views.current_ticket(1) is None


def test_closing_by_mistake_is_undone_and_the_ticket_comes_back(office):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    office.queue.start_serving(officer(1), 1)
    returned = office.queue.close_counter(officer(1), 1)
    back = office.queue_undo.undo_close(officer(1), 1, returned.label)
    assert (back.label, back.status, back.counter_number) == ("A-001", "serving", 1)
    assert next(c for c in office.queue_setup.counters() if c.number == 1).open


def test_closing_cannot_be_undone_once_another_counter_took_the_ticket(office):
    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    returned = office.queue.close_counter(officer(1), 1)
    office.queue.call_next(officer(2), 2)
    with pytest.raises(DomainError, match="loket lain"):
        office.queue_undo.undo_close(officer(1), 1, returned.label)
    assert office.queue_views.current_ticket(2).label == "A-001"
    assert not next(c for c in office.queue_setup.counters() if c.number == 1).open


def test_a_paused_counter_calls_nobody_and_the_hall_says_so(office):
    from db.queue import pause

    office.queue.issue(officer(None), "A")
    office.queue.call_next(officer(1), 1)
    with pytest.raises(DomainError, match="masih menangani A-001"):
        office.counter_pause.pause(officer(1), 1)
    office.queue.finish(officer(1), 1)
    office.counter_pause.pause(officer(1), 1)
    assert office.counter_pause.counter_states()[1] == pause.PAUSED
    assert next(t for t in office.queue_views.hall_state().counters if t.number == 1).paused
    office.queue.issue(officer(None), "A")
    assert office.queue.call_next(officer(1), 1).label == "A-002"  # F2 ends the pause
    assert office.counter_pause.counter_states()[1] == pause.OPEN
    office.queue.close_counter(officer(1), 1)
    with pytest.raises(DomainError, match="tutup"):
        office.counter_pause.pause(officer(1), 1)
