"""One office clock: every time a person reads (screens, slips, reports, diagnostics) is shown in the office's
time zone (office.timezone, WITA by default; db.settings.service.office_zone reads it), never the PC's own zone and
never raw UTC."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo


def in_office_time(moment: datetime, zone: ZoneInfo) -> datetime:
    """The moment on the office's wall clock. Naive times are UTC (SQLite hands stored times back without zone)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(zone)
