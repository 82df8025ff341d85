"""The periods a supervisor picks a report by: a day, its Monday-Sunday week, its calendar month, or a range."""

from __future__ import annotations

from datetime import date, timedelta

DAY, WEEK, MONTH, RANGE = "day", "week", "month", "range"


def period_of(kind: str, chosen: date, until: date) -> tuple[date, date]:
    """The local days (both ends included) a period choice covers; `until` counts only for a range."""
    if kind == WEEK:
        start = chosen - timedelta(days=chosen.weekday())
        return start, start + timedelta(days=6)
    if kind == MONTH:
        start = chosen.replace(day=1)
        following = (start + timedelta(days=32)).replace(day=1)
        return start, following - timedelta(days=1)
    if kind == RANGE:
        return chosen, until
    return chosen, chosen
