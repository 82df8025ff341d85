"""The counter report over hand-made days where every figure is known (SQLite and PostgreSQL)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from db.core.actor import Actor
from db.core.errors import DomainError
from db.info_log.service import InfoInput
from db.intake.applicants import PersonInput
from db.intake.checklist import ADA_SESUAI, TIDAK_ADA, TIDAK_SESUAI, Mark
from db.models import Role
from db.reports import ReportQuery
from db.services import open_services
from tests.lifecycle_helpers import finish

DAY = date(2026, 11, 25)  # a Wednesday
EIGHT = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # 08:00 WITA


@pytest.fixture
def clock_start():
    return EIGHT


def at(clock, minutes: float) -> None:
    """Set the time to `minutes` after 08:00 WITA on the report day."""
    clock.now = EIGHT + timedelta(minutes=minutes)


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


OFFICERS = {1: "budi", 2: "siti", 3: "rahmat"}
ADMIN = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)


def officer(counter):
    return Actor(OFFICERS.get(counter, "kiosk"), "pc-1", role=Role.PETUGAS_LOKET, counter_number=counter)


def register_on(office, clock, day: date, nik: str, complete_today: bool = False):
    """A complete DPM-007 file registered at 09:00 on `day`."""
    clock.now = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=1)
    person = office.applicants.save_person(officer(1), PersonInput(nik, "Pemohon Contoh"))
    entry, items = office.intake.checklist("DPM-007")
    marks = {i.position: Mark(ADA_SESUAI) for i in items if not i.heading}
    return office.intake.submit(officer(1), person.id, entry.revision_id, None, marks)


def build_day(office, clock):
    """The day of the module docstring's numbers: 7 tickets, 3 counters, 3 file checks, 5 applications."""
    late = register_on(office, clock, date(2026, 11, 2), "6311011203850002")
    overdue = register_on(office, clock, date(2026, 11, 2), "6311011203850003")
    due_soon = register_on(office, clock, date(2026, 11, 10), "6311011203850004")
    on_time = register_on(office, clock, date(2026, 11, 20), "6311011203850005")
    queue = office.queue
    script = [
        (0, lambda: queue.issue(officer(None), "A")),
        (1, lambda: queue.issue(officer(None), "A")),
        (2, lambda: queue.issue(officer(None), "A")),
        (3, lambda: queue.issue(officer(None), "B")),  # B-001
        (4, lambda: queue.issue(officer(None), "A")),
        (5, lambda: queue.issue(officer(None), "C")),  # C-001
        (5, lambda: queue.call_next(officer(1), 1)),  # A-001 waited 5
        (6, lambda: queue.start_serving(officer(1), 1)),
        (10, lambda: queue.call_next(officer(3), 3)),  # C-001 waited 5
        (11, lambda: queue.call_next(officer(2), 2)),  # A-002 waited 10
        (12, lambda: queue.no_show(officer(3), 3)),
        (15, lambda: queue.finish(officer(1), 1)),  # A-001 served 10
        (19, lambda: queue.finish(officer(2), 2)),  # A-002 served 8
        (20, lambda: queue.call_next(officer(1), 1)),
        (21, lambda: queue.call_next(officer(2), 2)),  # B-001
        (22, lambda: queue.no_show(officer(1), 1)),
        (23, lambda: queue.call_next(officer(1), 1)),  # A-004 waited 19
        (24, lambda: queue.recall(officer(1), 1)),  # a recall is not a new call
        (25, lambda: queue.transfer(officer(2), 2, to_group="C")),
        (30, lambda: queue.call_next(officer(3), 3)),  # B-001 waited 27 (last call)
        (33, lambda: queue.finish(officer(1), 1)),  # A-004 served 10
        (36, lambda: queue.finish(officer(3), 3)),  # B-001 served 6
        (40, lambda: queue.call_ticket(officer(1), 1, "A-003")),  # waited 38 (last call)
        (52, lambda: queue.finish(officer(1), 1)),  # A-003 served 12
        (60, lambda: queue.issue(officer(None), "A")),  # A-005, never called
        (120, lambda: office.queue_days.close_day(ADMIN)),  # A-005 unserved
    ]
    labels = []
    for minute, step in script:
        at(clock, minute)
        result = step()
        labels.append(getattr(result, "label", None))
    assert labels[6] == "A-001" and labels[13] == "A-003" and labels[14] == "B-001" and labels[19] == "B-001"
    # Files at counter 1: two returned (item 0 missing twice, item 1 not valid once), one registered.
    at(clock, 130)
    person = office.applicants.save_person(officer(1), PersonInput("6311015508900001", "Siti Aminah"))
    entry, items = office.intake.checklist("DPM-007")
    checkable = [i for i in items if not i.heading]
    good = {i.position: Mark(ADA_SESUAI) for i in checkable}
    office.intake.submit(
        officer(1),
        person.id,
        entry.revision_id,
        None,
        {**good, checkable[0].position: Mark(TIDAK_ADA), checkable[1].position: Mark(TIDAK_SESUAI, "buram")},
    )
    office.intake.submit(
        officer(1), person.id, entry.revision_id, None, {**good, checkable[0].position: Mark(TIDAK_ADA)}
    )
    office.intake.submit(officer(1), person.id, entry.revision_id, None, good)
    for outcome in (late, on_time):
        finish(office, outcome.application_id)
    return checkable, overdue, due_soon


def test_every_figure_of_a_hand_made_day(office, clock):
    checkable, _, _ = build_day(office, clock)
    report = office.reports.daily(ReportQuery(DAY, DAY), actor=ADMIN)
    t = report.tickets
    assert (t.issued, t.called, t.served, t.no_show, t.transferred, t.still_waiting) == (7, 6, 5, 1, 1, 1)
    assert t.no_show_share == pytest.approx(1 / 6, abs=1e-4)
    # waits 5, 5, 10, 19, 27, 38 minutes; services 6, 8, 10, 10, 12
    assert (t.waiting.count, t.waiting.mean, t.waiting.median, t.waiting.p90) == (6, 17.33, 14.5, 32.5)
    assert (t.service.count, t.service.mean, t.service.median, t.service.p90) == (5, 9.2, 10.0, 11.2)
    assert report.wait_target_minutes == 15
    assert (t.over_target, t.over_target_share) == (3, 0.5)
    assert [b.count for b in report.wait_histogram] == [0, 2, 1, 2, 1, 0]
    assert [b.label for b in report.wait_histogram] == ["0-5", "5-10", "10-15", "15-30", "30-60", ">60"]
    assert [(h.hour, h.issued, h.called, h.served, h.waiting_mean) for h in report.hours] == [
        (8, 6, 6, 5, 17.33),
        (9, 1, 0, 0, None),
    ]
    groups = {g.group: g for g in report.groups}
    assert (groups["A"].issued, groups["A"].served, groups["A"].still_waiting, groups["A"].waiting_mean) == (
        5,
        4,
        1,
        18.0,
    )
    assert (groups["C"].issued, groups["C"].no_show, groups["C"].waiting_mean, groups["C"].service_mean) == (
        2,
        1,
        16.0,
        6.0,
    )
    counters = {c.counter: c for c in report.counters}
    one, two, three = counters[1], counters[2], counters[3]
    assert (one.calls, one.served, one.no_show, one.transferred) == (4, 3, 1, 0)
    assert (one.service.mean, one.service.median, one.service.p90) == (10.67, 10.0, 11.6)
    # counter 1: active 08:05-08:52 = 47, busy 10 + 2 + 10 + 12 = 34, idle 13
    assert (one.active_minutes, one.busy_minutes, one.idle_minutes) == (47.0, 34.0, 13.0)
    # counter 2: active 08:11-08:19 = 8; its transfer at 08:21-08:25 lies after its last finish
    assert (two.calls, two.served, two.transferred, two.active_minutes, two.idle_minutes) == (2, 1, 1, 8.0, 0.0)
    # counter 3: active 08:10-08:36 = 26, busy 2 + 6 = 8, idle 18
    assert (three.calls, three.no_show, three.active_minutes, three.busy_minutes, three.idle_minutes) == (
        2,
        1,
        26.0,
        8.0,
        18.0,
    )
    officers = {o.username: o for o in report.officers}
    assert (officers["budi"].served, officers["siti"].transferred, officers["rahmat"].no_show) == (3, 1, 1)
    files = report.files
    assert (files.checked, files.returned, files.registered) == (3, 2, 1)
    assert [(m.service_code, m.text, m.count) for m in files.missing] == [
        ("DPM-007", checkable[0].text, 2),
        ("DPM-007", checkable[1].text, 1),
    ]
    assert files.missing[0].service_name == "Izin Apotek"
    apps = report.applications
    # open at the end of the day: overdue (due 18-11), due soon (due 26-11) and today's registration (due 11-12)
    assert (apps.open, apps.due_soon, apps.overdue) == (3, 1, 1)
    assert (apps.finished_on_time, apps.finished_late) == (1, 1)
    assert [(s.service_code, s.finished, s.on_time, s.late, s.share_on_time) for s in apps.sla] == [
        ("DPM-007", 2, 1, 1, 0.5)
    ]
    signed = [(e.key, e.value, e.available) for e in report.extras][:1]
    assert signed == [("decrees_signed", 2, True)]  # both finished files were signed and handed over
    data = report.to_dict()
    assert data["tickets"]["waiting"]["p90"] == 32.5 and data["query"]["date_from"] == "2026-11-25"


def test_filters_ranges_and_the_target_setting(office, clock):
    build_day(office, clock)
    counter_one = office.reports.daily(ReportQuery(DAY, DAY, counter=1), actor=ADMIN)
    assert (counter_one.tickets.issued, counter_one.tickets.served) == (3, 3)
    assert [c.counter for c in counter_one.counters] == [1]
    assert counter_one.files.checked == 3
    by_officer = office.reports.daily(ReportQuery(DAY, DAY, officer="rahmat"), actor=ADMIN)
    assert (by_officer.tickets.issued, by_officer.tickets.no_show) == (2, 1)  # B-001 served, C-001 no-show
    group_c = office.reports.daily(ReportQuery(DAY, DAY, group="c"), actor=ADMIN)
    assert group_c.tickets.issued == 2 and group_c.files.checked == 0  # DPM-007 is not a group C service
    week = office.reports.daily(ReportQuery(DAY - timedelta(days=2), DAY + timedelta(days=4)), actor=ADMIN)
    assert week.tickets == office.reports.daily(ReportQuery(DAY, DAY), actor=ADMIN).tickets
    assert week.applications.open == 3  # at the end of the week nothing has changed
    office.settings.set(ADMIN, "report.wait_target_minutes", "20")
    stricter = office.reports.daily(ReportQuery(DAY, DAY), actor=ADMIN)
    assert (stricter.wait_target_minutes, stricter.tickets.over_target) == (20, 2)
    with pytest.raises(DomainError):
        office.settings.set(ADMIN, "report.wait_target_minutes", "0")
    with pytest.raises(DomainError):
        office.reports.daily(ReportQuery(DAY, DAY - timedelta(days=1)), actor=ADMIN)
    with pytest.raises(DomainError, match="Grup"):
        office.reports.daily(ReportQuery(DAY, DAY, group="Z"), actor=ADMIN)


def test_an_empty_day_has_zeros_and_no_averages(office):
    report = office.reports.daily(ReportQuery(DAY, DAY), actor=ADMIN)
    assert report.tickets.issued == 0 and report.tickets.waiting.mean is None
    assert report.tickets.no_show_share is None and report.counters == () and report.hours == ()
    assert sum(b.count for b in report.wait_histogram) == 0


def test_other_features_sections_count_only_the_records_of_the_period(office, clock):
    officer = Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, counter_number=3)
    at(clock, -1)  # 07:59 WITA on the report day
    office.info_log.record(officer, InfoInput("informasi", "Budi Santoso", "Syarat izin apotek?", "Dijelaskan", 5))
    at(clock, 24 * 60)  # 08:00 WITA the next day
    office.info_log.record(officer, InfoInput("konsultasi", "Budi Santoso", "Syarat izin klinik?", "Dijelaskan", 5))
    extras = {e.key: e for e in office.reports.daily(ReportQuery(DAY, DAY), actor=ADMIN).extras}
    assert list(extras) == ["decrees_signed", "decrees_handed_over", "complaints", "information", "consultations"]
    assert (extras["information"].value, extras["consultations"].value) == (1, 0)
    assert all(extra.available for extra in extras.values())
    following = {
        e.key: e.value
        for e in office.reports.daily(ReportQuery(DAY + timedelta(days=1), DAY + timedelta(days=1)), actor=ADMIN).extras
    }
    assert (following["information"], following["consultations"]) == (0, 1)
