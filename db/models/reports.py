"""What the report keeps of the days that are over (db/reports/day_cache.py): not synced, never edited by hand."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, utc_now


class ReportDay(Base):
    """One part of the report for one office day and scope: its rows as JSON, with the count of source rows they
    were computed from (a row added since, even by a PC with a wrong clock, makes them stale)."""

    __tablename__ = "report_days"

    scope: Mapped[str] = mapped_column(String(120), primary_key=True)  # format, zone and agency (or the hall)
    part: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[date] = mapped_column(primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    rows: Mapped[str] = mapped_column(Text)
    made_at: Mapped[datetime] = mapped_column(default=utc_now)
