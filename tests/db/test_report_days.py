"""The report keeps the days that are over (db/reports/day_cache.py) and reads them back to the same figures; a day
whose queue is not yet closed, a filtered report and a day that gained rows since are computed from the records
(SQLite and PostgreSQL)."""

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import delete, select, update

from db.models import ReportDay, Role
from db.reports import ReportQuery
from db.services import open_services
from tests.db.test_reports import ADMIN, DAY, EIGHT, at, build_day, officer, register_on
from tests.lifecycle_helpers import as_role, finish, holder


@pytest.fixture
def clock_start():
    return EIGHT


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


def figures(office, first, last=None, **filters):
    report = office.reports.daily(ReportQuery(first, last or first, **filters), actor=ADMIN)
    return dataclasses.replace(report, generated_at=None)


def kept(office) -> list[tuple[str, str]]:
    with office.database.read() as session:
        return sorted((row.part, row.day.isoformat()) for row in session.scalars(select(ReportDay)))


def test_a_day_that_is_over_is_kept_and_read_back_to_the_same_figures(office, clock):
    build_day(office, clock)
    today = figures(office, DAY)
    assert kept(office) == []  # the day is not over: nothing is kept
    clock.now += timedelta(days=2)
    first = figures(office, DAY)
    parts = {"queue.groups", "queue.plain", "queue.events", "desk.steps", "files.outcomes", "files.missing"}
    parts |= {"files.finished"}
    assert {part for part, day in kept(office) if day == DAY.isoformat()} == parts
    assert first == today
    assert figures(office, DAY) == today  # read back from the kept rows
    week = figures(office, DAY - timedelta(days=2), DAY + timedelta(days=1))  # two days kept, one today's
    assert week.tickets == today.tickets and week.counters == today.counters
    assert week.lifecycle == figures(office, DAY - timedelta(days=2), DAY + timedelta(days=1)).lifecycle
    with office.database.transaction() as session:
        session.execute(delete(ReportDay))
    assert figures(office, DAY - timedelta(days=2), DAY + timedelta(days=1)) == week  # computed again, the same


def test_a_filtered_report_keeps_nothing(office, clock):
    build_day(office, clock)
    clock.now += timedelta(days=2)
    by_counter = figures(office, DAY, counter=1)
    assert (by_counter.tickets.issued, by_counter.tickets.served) == (3, 3)
    assert kept(office) == []


def test_a_ticket_still_in_service_keeps_its_day_open_until_the_next_opening_closes_it(office, clock):
    at(clock, 0)
    office.queue.issue(officer(None), "A")
    at(clock, 5)
    office.queue.call_next(officer(1), 1)  # nobody finishes it: the office goes home
    clock.now += timedelta(days=1)
    before = figures(office, DAY)
    assert (before.tickets.called, before.tickets.still_waiting, before.counters) == (1, 0, ())
    assert not [part for part, _ in kept(office) if part.startswith("queue.")]
    office.queue_days.open_day(ADMIN)  # the leftover becomes unserved, ending its call at counter 1
    after = figures(office, DAY)
    assert (after.tickets.still_waiting, [(c.counter, c.calls) for c in after.counters]) == (1, [(1, 1)])
    assert {part for part, _ in kept(office) if part.startswith("queue.")} == {
        "queue.groups",
        "queue.plain",
        "queue.events",
    }
    assert figures(office, DAY) == after


def test_rows_added_to_a_kept_day_by_a_pc_with_a_wrong_clock_are_counted(office, clock):
    *_, due_soon = build_day(office, clock)
    clock.now += timedelta(days=2)
    before = figures(office, DAY)
    assert kept(office)
    later = clock.now
    at(clock, 300)  # a PC whose clock says it is still the report day, 13:00
    office.queue.issue(officer(None), "B")
    info = office.tracking.get(due_soon.application_id)
    office.lifecycle.advance(holder(info), due_soon.application_id)
    clock.now = later
    after = figures(office, DAY)
    assert after.tickets.issued == before.tickets.issued + 1
    assert sum(d.steps_done for d in after.lifecycle.desks) == sum(d.steps_done for d in before.lifecycle.desks) + 1
    assert figures(office, DAY) == after


def test_the_days_no_report_has_kept_are_listed_per_scope_until_kept(office, clock):
    build_day(office, clock)
    on_the_day = figures(office, DAY)
    clock.now += timedelta(days=2)
    agencies = [agency.code for agency in office.agencies.list() if agency.active]
    missing = office.reports.days_to_keep(back=3)
    days = [DAY - timedelta(days=1), DAY, DAY + timedelta(days=1)]
    assert missing == [(day, code) for code in [None, *agencies] for day in days]
    office.reports.keep_day(DAY)
    office.reports.keep_day(DAY, agencies[0])
    assert (DAY, None) not in office.reports.days_to_keep(back=3)
    assert (DAY, agencies[0]) not in office.reports.days_to_keep(back=3)
    assert figures(office, DAY) == on_the_day  # read from what keep_day kept


def test_a_kept_day_damaged_outside_the_app_is_read_from_its_records_again(office, clock):
    build_day(office, clock)
    on_the_day = figures(office, DAY)
    clock.now += timedelta(days=2)
    figures(office, DAY)
    with office.database.transaction() as session:
        session.execute(update(ReportDay).values(rows='[["A", "done"'))
    assert figures(office, DAY) == on_the_day
    assert figures(office, DAY) == on_the_day  # and kept again, whole


def test_a_file_whose_decree_is_corrected_leaves_the_kept_day_it_was_handed_over_on(office, clock):
    """The SLA counts a file on the day it was finished: a corrected decree puts it back in progress (finished_at
    empty), which the kept day's count of finished files sees."""
    registered = register_on(office, clock, DAY - timedelta(days=3), "6311011203850009")
    at(clock, 60)
    finish(office, registered.application_id)  # signed and handed over on the report day
    clock.now += timedelta(days=2)
    before = figures(office, DAY)
    assert [(row.service_code, row.finished) for row in before.applications.sla] == [("DPM-007", 1)]
    assert ("files.finished", DAY.isoformat()) in kept(office)
    decree = office.decrees.for_application(registered.application_id)
    office.decrees.change_status(as_role(Role.KEPALA_DINAS), decree.decree_number, "corrected", "Alamat salah")
    after = figures(office, DAY)
    assert after.applications.sla == ()
    assert figures(office, DAY) == after
