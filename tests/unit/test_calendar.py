"""The working-day calendar on the real `holidays` data for Indonesia (2026 as the package has it)."""

from datetime import date, timedelta

import holidays
import pytest

from db.calendar.working_days import WorkCalendar, national_holidays
from db.core.errors import DomainError

# What holidays 0.109 gives for ID 2026 on Monday-Friday (public + government = national holidays + cuti bersama).
WEEKDAY_CLOSURES_2026 = [
    (date(2026, 1, 1), "Tahun Baru Masehi"),
    (date(2026, 1, 16), "Isra Mikraj Nabi Muhammad"),
    (date(2026, 2, 16), "Cuti Bersama Tahun Baru Imlek"),
    (date(2026, 2, 17), "Tahun Baru Imlek"),
    (date(2026, 3, 18), "Cuti Bersama Hari Suci Nyepi"),
    (date(2026, 3, 19), "Hari Suci Nyepi"),
    (date(2026, 3, 20), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2026, 3, 23), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2026, 3, 24), "Cuti Bersama Hari Raya Idul Fitri"),
    (date(2026, 4, 3), "Wafat Yesus Kristus"),
    (date(2026, 5, 1), "Hari Buruh Internasional"),
    (date(2026, 5, 14), "Kenaikan Yesus Kristus"),
    (date(2026, 5, 15), "Cuti Bersama Kenaikan Yesus Kristus"),
    (date(2026, 5, 27), "Hari Raya Idul Adha"),
    (date(2026, 5, 28), "Cuti Bersama Hari Raya Idul Adha"),
    (date(2026, 6, 1), "Hari Lahir Pancasila"),
    (date(2026, 6, 16), "Tahun Baru Islam"),
    (date(2026, 8, 17), "Hari Kemerdekaan Republik Indonesia"),
    (date(2026, 8, 25), "Maulid Nabi Muhammad"),
    (date(2026, 12, 24), "Cuti Bersama Hari Raya Natal"),
    (date(2026, 12, 25), "Hari Raya Natal"),
]


@pytest.fixture
def calendar() -> WorkCalendar:
    return WorkCalendar()


def test_christmas_2026(calendar):
    assert calendar.reason_closed(date(2026, 12, 25)) == "Hari Raya Natal"
    assert calendar.reason_closed(date(2026, 12, 24)) == "Cuti Bersama Hari Raya Natal"
    assert not calendar.is_working_day(date(2026, 12, 24))
    assert WorkCalendar(include_cuti_bersama=False).is_working_day(date(2026, 12, 24))
    assert calendar.is_working_day(date(2026, 12, 28))


def test_idul_fitri_2026_and_its_cuti_bersama(calendar):
    assert calendar.reason_closed(date(2026, 3, 21)) == "Hari Raya Idul Fitri"  # a Saturday: the holiday's name wins
    assert calendar.reason_closed(date(2026, 3, 22)) == "Hari kedua dari Hari Raya Idul Fitri"
    for day in (date(2026, 3, 20), date(2026, 3, 23), date(2026, 3, 24)):
        assert calendar.reason_closed(day) == "Cuti Bersama Hari Raya Idul Fitri"
    assert calendar.is_working_day(date(2026, 3, 25))


def test_weekends_named(calendar):
    assert calendar.reason_closed(date(2026, 11, 7)) == "Sabtu"
    assert calendar.reason_closed(date(2026, 11, 8)) == "Minggu"
    assert calendar.reason_closed(date(2026, 11, 9)) is None


def test_2026_list_matches_the_package(calendar):
    assert calendar.non_working_days(2026) == WEEKDAY_CLOSURES_2026
    without = WorkCalendar(include_cuti_bersama=False).non_working_days(2026)
    assert without == [(day, name) for day, name in WEEKDAY_CLOSURES_2026 if not name.startswith("Cuti Bersama")]
    # 2026 starts on a Thursday: 52 Saturdays and 52 Sundays besides the weekday closures.
    assert len(calendar.non_working_days(2026, include_weekends=True)) == 104 + len(WEEKDAY_CLOSURES_2026)


def test_every_day_of_2026_agrees_with_the_package(calendar):
    package = holidays.country_holidays("ID", years=2026, categories=("public", "government"))
    day = date(2026, 1, 1)
    while day.year == 2026:
        assert calendar.is_working_day(day) == (day.weekday() < 5 and day not in package), day
        day += timedelta(days=1)


def test_start_day_is_day_zero(calendar):
    monday = date(2026, 11, 2)
    assert calendar.add_working_days(monday, 0) == monday
    assert calendar.add_working_days(monday, 1) == date(2026, 11, 3)  # received Monday: day 1 is Tuesday
    assert calendar.add_working_days(date(2026, 11, 6), 1) == date(2026, 11, 9)  # Friday -> Monday
    assert calendar.add_working_days(date(2026, 11, 7), 1) == date(2026, 11, 9)  # received on a Saturday
    assert calendar.add_working_days(date(2026, 11, 20), 12) == date(2026, 12, 8)


def test_due_date_across_the_idul_fitri_long_weekend(calendar):
    # Received Tuesday 17 March 2026; 18-24 March are Nyepi, Idul Fitri and their cuti bersama, with a weekend.
    assert calendar.add_working_days(date(2026, 3, 17), 1) == date(2026, 3, 25)
    assert calendar.add_working_days(date(2026, 3, 17), 3) == date(2026, 3, 27)
    assert WorkCalendar(include_cuti_bersama=False).add_working_days(date(2026, 3, 17), 1) == date(2026, 3, 18)
    assert WorkCalendar(include_cuti_bersama=False).add_working_days(date(2026, 3, 17), 3) == date(2026, 3, 23)


def test_due_date_across_the_year_end(calendar):
    # 24-25 Dec closed, 1 Jan 2027 a holiday.
    assert calendar.add_working_days(date(2026, 12, 23), 5) == date(2027, 1, 4)


def test_office_closure():
    closures = {date(2026, 11, 3): "Rapat kerja kantor", date(2026, 11, 7): "Kerja bakti"}
    calendar = WorkCalendar(closures)
    assert calendar.reason_closed(date(2026, 11, 3)) == "Rapat kerja kantor"
    assert calendar.add_working_days(date(2026, 11, 2), 1) == date(2026, 11, 4)
    assert WorkCalendar().add_working_days(date(2026, 11, 2), 1) == date(2026, 11, 3)
    listed = calendar.non_working_days(2026)
    assert (date(2026, 11, 3), "Rapat kerja kantor") in listed
    assert all(day != date(2026, 11, 7) for day, _ in listed)  # a Saturday: not a weekday closure
    closures.clear()  # the calendar keeps its own copy
    assert not calendar.is_working_day(date(2026, 11, 3))


def test_working_days_between_sign(calendar):
    assert calendar.working_days_between(date(2026, 11, 20), date(2026, 12, 8)) == 12
    assert calendar.working_days_between(date(2026, 12, 8), date(2026, 11, 20)) == -12
    assert calendar.working_days_between(date(2026, 12, 8), date(2026, 12, 8)) == 0
    assert calendar.working_days_between(date(2026, 11, 6), date(2026, 11, 8)) == 0  # Friday to Sunday
    # Overdue by one working day: today Wednesday, due Tuesday.
    assert calendar.working_days_between(date(2026, 12, 9), date(2026, 12, 8)) == -1


def test_between_is_the_inverse_of_add(calendar):
    start = date(2026, 3, 1)
    for offset in range(0, 60, 3):
        received = start + timedelta(days=offset)
        for days in (0, 1, 5, 12, 60):
            due = calendar.add_working_days(received, days)
            assert calendar.is_working_day(due) or days == 0
            assert calendar.working_days_between(received, due) == days


def test_holidays_cached_per_year():
    assert national_holidays(2026) is national_holidays(2026)
    with pytest.raises(TypeError):
        national_holidays(2026)[date(2026, 1, 2)] = "diubah"  # shared, so read-only


def test_refused_input(calendar):
    with pytest.raises(DomainError, match=r"^Jumlah hari kerja tidak boleh negatif \(tertulis -1\)\.$"):
        calendar.add_working_days(date(2026, 1, 5), -1)
    with pytest.raises(DomainError, match=r"^Tahun 1900 di luar rentang kalender \(1946-2100\)\.$"):
        calendar.non_working_days(1900)
    with pytest.raises(DomainError, match="di luar rentang kalender"):
        calendar.add_working_days(date(2100, 12, 20), 30)
