"""The report periods a supervisor picks: day, Monday-Sunday week, calendar month, range (db.reports.periods)."""

from datetime import date

from db.reports.periods import DAY, MONTH, RANGE, WEEK, period_of


def test_a_week_runs_monday_to_sunday_and_a_month_to_its_last_day():
    wednesday = date(2026, 11, 25)
    assert period_of(DAY, wednesday, date(2026, 12, 31)) == (wednesday, wednesday)
    assert period_of(WEEK, wednesday, wednesday) == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_of(WEEK, date(2026, 12, 31), wednesday) == (date(2026, 12, 28), date(2027, 1, 3))
    assert period_of(MONTH, wednesday, wednesday) == (date(2026, 11, 1), date(2026, 11, 30))
    assert period_of(MONTH, date(2028, 2, 10), wednesday) == (date(2028, 2, 1), date(2028, 2, 29))
    assert period_of(RANGE, wednesday, date(2026, 12, 2)) == (wednesday, date(2026, 12, 2))
