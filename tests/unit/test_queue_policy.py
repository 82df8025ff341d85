from datetime import UTC, datetime, timedelta

from db.queue.policy import Candidate, CounterView, choose, describe_rule

T0 = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def ticket(name, minute, priority=False, target=None):
    return Candidate(name, T0 + timedelta(minutes=minute), priority, target)


def counter(streak=0, desk=False, number=1):
    return CounterView(number, desk, streak)


def test_oldest_ticket_first_without_priority():
    assert choose([ticket("b", 2), ticket("a", 1)], counter(), "interleave", 3, False).ticket_id == "a"


def test_priority_goes_first_until_the_limit_in_a_row():
    waiting = [ticket("n1", 1), ticket("p1", 5, True)]
    assert choose(waiting, counter(streak=0), "interleave", 3, False).ticket_id == "p1"
    assert choose(waiting, counter(streak=3), "interleave", 3, False).ticket_id == "n1"


def test_priority_is_called_when_nobody_else_waits_even_past_the_limit():
    assert choose([ticket("p1", 5, True)], counter(streak=9), "interleave", 3, False).ticket_id == "p1"


def test_dedicated_desk_takes_priority_and_others_do_not():
    waiting = [ticket("n1", 1), ticket("p1", 5, True)]
    assert choose(waiting, counter(desk=True), "dedicated", 3, True).ticket_id == "p1"
    assert choose(waiting, counter(desk=False), "dedicated", 3, True).ticket_id == "n1"
    assert choose([ticket("p1", 5, True)], counter(desk=False), "dedicated", 3, True) is None


def test_dedicated_falls_back_to_interleave_when_the_desk_is_closed():
    waiting = [ticket("n1", 1), ticket("p1", 5, True)]
    assert choose(waiting, counter(desk=False), "dedicated", 3, False).ticket_id == "p1"


def test_a_ticket_transferred_to_a_counter_is_only_called_there_and_first():
    waiting = [ticket("n1", 1), ticket("t1", 9, target=2)]
    assert choose(waiting, counter(number=2), "interleave", 3, False).ticket_id == "t1"
    assert choose(waiting, counter(number=1), "interleave", 3, False).ticket_id == "n1"
    assert choose([ticket("t1", 9, target=2)], counter(number=1), "interleave", 3, False) is None


def test_the_rule_is_described_for_the_screen():
    assert "3 kali" in describe_rule("interleave", 3)
    assert "meja pelayanan khusus" in describe_rule("dedicated", 3)
