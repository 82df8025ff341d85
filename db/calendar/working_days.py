"""The working-day calendar the SLA clock runs on ("Maksimal 12 hari kerja").

A working day is Monday to Friday that is not a national holiday, not a cuti bersama day (when the office observes
them, the default) and not one of the office's own closing days. National holidays and cuti bersama come from the
`holidays` package (country "ID", categories public and government, Indonesian names); the office's closing days are
passed in by the caller, which reads them from the database.

Counting rule (the regulation counts "sejak permohonan ... diterima dengan benar dan lengkap", and a day of service
already begun is not a whole day): the day the complete file is received is day 0, the first working day after it is
day 1. So `add_working_days(received, 12)` is the 12th working day strictly after `received`, whatever kind of day
`received` itself is, and `working_days_between(received, due) == 12`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from functools import lru_cache
from types import MappingProxyType

from db.calendar import holiday_cache
from db.core.errors import DomainError

MIN_YEAR = 1946  # the holidays package starts here
MAX_YEAR = 2100
MAX_DAYS = 3660  # about 14 years of working days: far beyond any service's time limit
WEEKEND = {5: "Sabtu", 6: "Minggu"}


@lru_cache(maxsize=64)
def national_holidays(year: int, include_cuti_bersama: bool = True) -> Mapping[date, str]:
    """Every national holiday (and cuti bersama) of `year` with its Indonesian name, weekends included.

    Cached per year: the SLA clock asks about the same few years over and over. Names of dates the package only
    estimates (Islamic holidays of years not yet decreed) end in "(perkiraan)". Two holidays on one day are joined by
    "; ".
    """
    _check_year(year)
    categories = ("public", "government") if include_cuti_bersama else ("public",)
    found = holiday_cache.read(year, categories)
    if found is None:
        import holidays  # here, and only without a cached answer: it loads every country (17 MiB, ~80 ms)

        found = dict(holidays.country_holidays("ID", years=year, categories=categories, language="id").items())
        holiday_cache.write(year, categories, found)
    return MappingProxyType(dict(sorted(found.items())))  # shared by every caller: read-only


def _check_year(year: int) -> None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise DomainError(f"Tahun {year} di luar rentang kalender ({MIN_YEAR}-{MAX_YEAR}).")


def _weekdays_through(day: date) -> int:
    """Monday-to-Friday days from an epoch Monday up to and including `day`."""
    days = (day - _EPOCH_MONDAY).days + 1
    weeks, rest = divmod(days, 7)
    return weeks * 5 + min(rest, 5)


_EPOCH_MONDAY = date(1945, 1, 1)


class WorkCalendar:
    """Answers "is this a working day", "why not" and "which day is the Nth working day after this one"."""

    def __init__(self, office_closures: Mapping[date, str] | None = None, include_cuti_bersama: bool = True):
        self.office_closures: dict[date, str] = dict(office_closures or {})
        self.include_cuti_bersama = include_cuti_bersama

    def reason_closed(self, day: date) -> str | None:
        """Why the office is closed on `day` (Indonesian), or None on a working day.

        A holiday's name wins over an office closure, and both win over "Sabtu"/"Minggu": "Hari Raya Idul Fitri" says
        more than "Sabtu".
        """
        holiday = national_holidays(day.year, self.include_cuti_bersama).get(day)
        if holiday:
            return holiday
        if day in self.office_closures:
            return self.office_closures[day] or "Kantor tutup"
        return WEEKEND.get(day.weekday())

    def is_working_day(self, day: date) -> bool:
        return self.reason_closed(day) is None

    def add_working_days(self, start: date, days: int) -> date:
        """The due date: the `days`-th working day strictly after `start` (the receipt day is day 0).

        `days == 0` returns `start` itself. Negative counts are refused.
        """
        if days < 0:
            raise DomainError(f"Jumlah hari kerja tidak boleh negatif (tertulis {days}).")
        if days > MAX_DAYS:
            raise DomainError(f"Jumlah hari kerja terlalu besar (maksimal {MAX_DAYS}, tertulis {days}).")
        current = start
        remaining = days
        while remaining:
            current += timedelta(days=1)
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, a: date, b: date) -> int:
        """Working days in (a, b] when b >= a; minus the working days in (b, a] when b < a.

        The inverse of `add_working_days`: `working_days_between(s, add_working_days(s, n)) == n`. With a = today and
        b = the due date it is the days left: 0 on the due day itself, negative once overdue.
        """
        if b < a:
            return -self.working_days_between(b, a)
        _check_year(a.year)
        _check_year(b.year)
        # Weekdays counted arithmetically, then the closed weekdays in the range subtracted: constant time per year
        # instead of a walk over every day (a search lists hundreds of files, some years overdue).
        weekdays = _weekdays_through(b) - _weekdays_through(a)
        closed = sum(1 for year in range(a.year, b.year + 1) for day in self._closed_weekdays(year) if a < day <= b)
        return weekdays - closed

    def _closed_weekdays(self, year: int) -> list[date]:
        key = (year, self.include_cuti_bersama)
        cache = self.__dict__.setdefault("_closed_cache", {})
        if key not in cache:
            days = set(national_holidays(year, self.include_cuti_bersama)) | {
                day for day in self.office_closures if day.year == year
            }
            cache[key] = sorted(day for day in days if day.weekday() not in WEEKEND)
        return cache[key]

    def non_working_days(self, year: int, include_weekends: bool = False) -> list[tuple[date, str]]:
        """The days of `year` the office is closed, sorted, with the reason.

        By default only the weekdays (national holidays, cuti bersama and office closures falling on Monday to Friday):
        the list an officer checks. `include_weekends=True` adds every Saturday and Sunday too.
        """
        _check_year(year)
        closed = []
        current = date(year, 1, 1)
        while current.year == year:
            reason = self.reason_closed(current)
            if reason and (include_weekends or current.weekday() not in WEEKEND):
                closed.append((current, reason))
            current += timedelta(days=1)
        return closed
