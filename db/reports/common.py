"""What the report's parts share: the period in UTC, the office settings it needs, SQL epochs and percentiles."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import Date, Float, Integer, String, cast, func, literal_column, select
from sqlalchemy.orm import Session

from db.core.errors import DomainError
from db.models.queue import QueueGroup
from db.reports.model import DurationStats, ReportQuery
from db.settings import registry as settings_registry
from db.settings.service import read_in

WAIT_TARGET_KEY = "report.wait_target_minutes"
MAX_RANGE_DAYS = 370


@dataclass(frozen=True)
class Period:
    """Local office days [date_from, date_to] and the UTC instants [start, end) that bound them."""

    date_from: date
    date_to: date
    zone: ZoneInfo
    start: datetime
    end: datetime

    @classmethod
    def of(cls, query: ReportQuery, zone_name: str) -> Period:
        if query.date_to < query.date_from:
            raise DomainError("Tanggal akhir laporan tidak boleh sebelum tanggal awal.")
        if (query.date_to - query.date_from).days >= MAX_RANGE_DAYS:
            raise DomainError(f"Rentang laporan paling panjang {MAX_RANGE_DAYS} hari.")
        return cls._days(query.date_from, query.date_to, ZoneInfo(zone_name))

    def within(self, first: date, last: date) -> Period:
        """The days [first, last] in the same zone."""
        return self._days(first, last, self.zone)

    @classmethod
    def _days(cls, first: date, last: date, zone: ZoneInfo) -> Period:
        start = datetime.combine(first, time(0), zone).astimezone(UTC)
        end = datetime.combine(last + timedelta(days=1), time(0), zone).astimezone(UTC)
        return cls(first, last, zone, start, end)


def office_values(session: Session) -> tuple[str, int]:
    """(office.timezone, report.wait_target_minutes), with the registry's defaults."""
    rows = read_in(session, ("office.timezone", WAIT_TARGET_KEY))
    zone = rows["office.timezone"] or settings_registry.BY_KEY["office.timezone"].default
    target = rows[WAIT_TARGET_KEY] or settings_registry.BY_KEY[WAIT_TARGET_KEY].default
    return zone, int(target)


def group_services(session: Session, group: str | None) -> list[str] | None:
    """The service codes of a queue group (the filter applied to files and applications), None without a filter."""
    if not group:
        return None
    codes = session.scalar(select(QueueGroup.service_codes).where(QueueGroup.code == group.upper()))
    if codes is None:
        raise DomainError(f"Grup antrian '{group}' tidak ada.")
    return list(codes)


def epoch(column, dialect: str):
    """Seconds since 1970 of a UTC datetime column, as a float, on SQLite (text) and PostgreSQL (timestamptz)."""
    if dialect == "sqlite":
        return (func.julianday(column) - 2440587.5) * 86400.0
    return cast(func.extract("epoch", column), Float)


def local_hour(column, dialect: str, period: Period):
    """The office's local hour (0-23) of a UTC datetime column, in SQL. PostgreSQL converts with the zone itself;
    SQLite adds the zone's offset at the start of the period (Indonesian zones never change their offset)."""
    if dialect == "sqlite":
        offset = int(period.start.astimezone(period.zone).utcoffset().total_seconds())
        return cast(func.strftime("%H", column, literal_column(f"'{offset:+d} seconds'")), Integer)
    zone = period.zone.key.replace("'", "")
    return cast(func.extract("hour", func.timezone(literal_column(f"'{zone}'"), column)), Integer)


def local_day(column, dialect: str, period: Period):
    """The office's local day of a UTC datetime column, in SQL (as local_hour: the zone's offset on SQLite, which
    hands back ISO text; a date on PostgreSQL)."""
    if dialect == "sqlite":
        offset = int(period.start.astimezone(period.zone).utcoffset().total_seconds())
        return func.date(column, literal_column(f"'{offset:+d} seconds'"))
    zone = period.zone.key.replace("'", "")
    return cast(func.timezone(literal_column(f"'{zone}'"), column), Date)


def concat_numbers(column, dialect: str):
    """All values of a numeric column as one comma-separated text (one row instead of thousands to fetch)."""
    if dialect == "sqlite":
        return func.group_concat(column, ",")
    return func.string_agg(cast(column, String), ",")


def numbers(text: str | list | None) -> list[float]:
    """The values of a concat_numbers column (or of its list, as the report's kept days hold it)."""
    if isinstance(text, list):
        return text
    return [float(value) for value in text.split(",")] if text else []


def percentile(sorted_values: list[float], fraction: float) -> float:
    """Linear interpolation between the closest ranks (numpy's default): p90 of [1..10] is 9.1."""
    if len(sorted_values) == 1:
        return sorted_values[0]
    position = (len(sorted_values) - 1) * fraction
    low = math.floor(position)
    high = min(low + 1, len(sorted_values) - 1)
    return sorted_values[low] + (sorted_values[high] - sorted_values[low]) * (position - low)


def minutes_stats(seconds: list[float]) -> DurationStats:
    """Count, mean, median and 90th percentile in minutes (rounded to 0.01) of durations given in seconds."""
    if not seconds:
        return DurationStats(0, None, None, None)
    values = sorted(value / 60 for value in seconds)
    return DurationStats(
        len(values),
        round(sum(values) / len(values), 2),
        round(percentile(values, 0.5), 2),
        round(percentile(values, 0.9), 2),
    )


def share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None
