"""Indonesian dates without Babel: the day and month names are fixed, so a small table is enough."""

from __future__ import annotations

from datetime import date, datetime

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # date.weekday() order
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)


def format_date(value: date) -> str:
    """'25 November 2026': day without leading zero, Indonesian month name, four-digit year."""
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def format_day_date(value: date) -> str:
    """'Senin, 7 Desember 2026': the Indonesian day name before format_date."""
    return f"{DAYS[value.weekday()]}, {format_date(value)}"


def format_day_date_time(value: datetime) -> str:
    """'Rabu, 25 November 2026 09:15': format_day_date and the 24-hour time, as the wall clock shows it."""
    return f"{format_day_date(value)} {value:%H:%M}"
