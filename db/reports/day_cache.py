"""The report's days that are over, kept (report_days, revision 0023) so a month reads 21 rows per part.

A part of the report whose rows each belong to one office day (the tickets of a day grouped, the SOP steps recorded
in a day grouped) is computed per run of days it lacks and kept per day once the day has settled:
- the day is over in the office's zone (an officer's undo, possible for 20 seconds on the day itself, is over too),
  and for the queue parts no ticket of that day is still waiting or in service (opening the next day closes those
  as unserved, which changes the day's figures);
- a fingerprint per day counts the source rows of the whole hall (the day's tickets, the steps recorded, the files
  checked, the files finished that day): kept rows whose count no longer matches, because a PC with a wrong clock or
  an import added rows to a past day, are computed again, for every scope. Steps and file checks are never edited or
  removed; the only edits of a settled day's tickets are those closings of leftovers, which the settling rule waits
  for; a finished file leaves its day only when its decree is corrected (the file is back in progress), which lowers
  that day's count.

Rows are kept as JSON (days, ids and numbers as JSON spells them) and handed to the part's reader in that form
whether they were kept or just computed, so a report reads the same values either way (a list of numbers kept as a
JSON list where the SQL gives it as text: common.numbers reads both). A filtered report (counter,
officer or group) keeps nothing: its parts run over the whole period. Writing the kept days is one transaction after
the report's read; a failure to write costs the next report the time, never the report.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import and_, delete, func, literal, select, union_all
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.core.errors import LoketError
from db.models.intake import Application, ApplicationStep, FileCheck
from db.models.queue import Ticket
from db.models.reports import ReportDay
from db.queue.tickets import IN_SERVICE, WAITING
from db.reports.common import Period, numbers

log = logging.getLogger(__name__)

ALWAYS_KEPT = "desk.steps"  # kept for every day that is over (the queue parts wait for its tickets to close)
FORMAT = 1  # part of every scope: raised when a kept part's columns or meaning change, so old rows are never read
TICKETS, STEPS, CHECKS, FINISHED_FILES = "tickets", "steps", "checks", "finished"
# The moment that puts a source row on its day (each indexed): steps recorded, files checked, files finished.
SOURCES = (TICKETS, STEPS, CHECKS, FINISHED_FILES)
_MOMENTS = {STEPS: ApplicationStep.recorded_at, CHECKS: FileCheck.checked_at, FINISHED_FILES: Application.finished_at}
_TERMS = 400  # counts per fingerprint statement (SQLite allows 500 terms in one compound SELECT)


@dataclass(frozen=True)
class DayPart:
    """A part of the report kept per day: `run(period)` returns its rows over any run of days, `day_of(row)` says
    which day a row (as kept) belongs to, `source` which rows its fingerprint counts, `shape` builds a row from its
    values (tuple, or a namedtuple's _make). The columns `numbers` (comma-separated numbers, common.concat_numbers)
    are kept as JSON lists, which read back without splitting and parsing each number in Python."""

    name: str
    source: str
    run: Callable[[Period], Iterable[Sequence]]
    day_of: Callable[[tuple], str]
    shape: Callable[[Iterable], tuple] = tuple
    numbers: tuple[int, ...] = ()


def plain(value):
    """A value as JSON keeps it."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, Decimal):
        return float(value)
    return value


def scope_of(query, agency_id: uuid.UUID | None) -> str | None:
    """What a report's kept days are kept under: its agency or the whole hall; a filtered report keeps none."""
    if query.counter is not None or query.officer or query.group:
        return None
    return str(agency_id) if agency_id is not None else "hall"


def scope_key(zone: str, scope: str) -> str:
    """What report_days.scope holds: the format, the office's zone and the scope (module docstring)."""
    return f"{FORMAT}|{zone}|{scope}"


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


class DayCache:
    """One report's use of the kept days of `scope` (an agency's id or the hall, see `scope_of`); without a scope
    it keeps nothing and every part runs over the whole period."""

    def __init__(self, session: Session, period: Period, scope: str | None = None, today: date | None = None):
        """`today` (the office's day) is needed with a scope: the days before it are the ones that can be kept."""
        self._session = session
        self._period = period
        self._today = today
        self._scope = None if scope is None else scope_key(period.zone.key, scope)
        self._fingerprints: dict[str, dict[date, str]] = {}
        self._kept: dict[str, dict[date, tuple[str, str]]] | None = None
        self.pending: list[dict] = []

    def rows(self, part: DayPart) -> list[tuple]:
        period = self._period
        if self._scope is None:
            return [part.shape(map(plain, row)) for row in part.run(period)]
        settled = self._settled(part.source)
        kept = {}
        for day, (fingerprint, rows) in self._stored().get(part.name, {}).items():
            if settled.get(day) == fingerprint:
                try:
                    kept[day] = json.loads(rows)
                except ValueError:  # damaged outside the app: the day is read from its records again
                    log.warning("report day %s %s unreadable, computed again", part.name, day)
        result = [part.shape(row) for rows in kept.values() for row in rows]
        for first, last in _runs([day for day in _days(period.date_from, period.date_to) if day not in kept]):
            computed: dict[str, list] = {}
            for row in part.run(period.within(first, last)):
                values = [plain(value) for value in row]
                result.append(part.shape(values))
                kept_values = [numbers(v) if i in part.numbers else v for i, v in enumerate(values)]
                computed.setdefault(part.day_of(values), []).append(kept_values)
            for day in _days(first, last):
                if day in settled:
                    self.pending.append(
                        {
                            "scope": self._scope,
                            "part": part.name,
                            "day": day,
                            "fingerprint": settled[day],
                            "rows": json.dumps(computed.get(day.isoformat(), []), separators=(",", ":")),
                        }
                    )
        return result

    def _over(self) -> list[date]:
        last = min(self._period.date_to, self._today - timedelta(days=1))
        return _days(self._period.date_from, last) if last >= self._period.date_from else []

    def _stored(self) -> dict[str, dict[date, tuple[str, str]]]:
        """What report_days holds for this scope and the period's days that are over, every part in one read."""
        if self._kept is None:
            self._kept = {}
            days = self._over()
            if days:
                for part, day, fingerprint, rows in self._session.execute(
                    select(ReportDay.part, ReportDay.day, ReportDay.fingerprint, ReportDay.rows).where(
                        ReportDay.scope == self._scope, ReportDay.day >= days[0], ReportDay.day <= days[-1]
                    )
                ):
                    self._kept.setdefault(part, {})[day] = (fingerprint, rows)
        return self._kept

    def _settled(self, source: str) -> dict[date, str]:
        """The period's days that are over and settled, with their fingerprint (module docstring); every source's
        counted in one read."""
        if not self._fingerprints:
            days = self._over()
            counts: dict[tuple[str, date], tuple[int, bool]] = {}
            per_statement = max(1, _TERMS // len(SOURCES))
            for start in range(0, len(days), per_statement):
                counts.update(self._counts(days[start : start + per_statement]))
            for name in SOURCES:
                self._fingerprints[name] = {}
            for (name, day), (n, open_tickets) in counts.items():
                if not open_tickets:
                    self._fingerprints[name][day] = f"{name}:{n}"
        return self._fingerprints[source]

    def _counts(self, days: list[date]) -> dict[tuple[str, date], tuple[int, bool]]:
        """Per source and day: the count of source rows, and for tickets whether any is still waiting or in
        service. One index seek per day and source (a grouped count over a month of steps costs more than the rows
        it would save)."""
        if not days:
            return {}
        terms, keys = [], []
        for source in SOURCES:
            for day in days:
                terms.append(self._count_term(len(keys), source, day))
                keys.append((source, day))
        rows = self._session.execute(union_all(*terms) if len(terms) > 1 else terms[0]).all()
        return {keys[index]: (n, bool(still)) for index, n, still in rows}

    def _count_term(self, index: int, source: str, day: date):
        if source == TICKETS:
            still = select(Ticket.id).where(Ticket.day == day, Ticket.status.in_((WAITING, *IN_SERVICE)))
            return select(
                literal(index).label("i"),
                select(func.count()).where(Ticket.day == day).scalar_subquery().label("n"),
                still.exists().label("open"),
            )
        bounds, column = self._period.within(day, day), _MOMENTS[source]
        within = and_(column >= bounds.start, column < bounds.end)
        return select(
            literal(index).label("i"),
            select(func.count()).where(within).scalar_subquery().label("n"),
            literal(False).label("open"),
        )


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) runs."""
    runs: list[list[date]] = []
    for day in days:
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1][1] = day
        else:
            runs.append([day, day])
    return [(first, last) for first, last in runs]


def keep(database, pending: list[dict]) -> None:
    """Store the days a report computed (one transaction). Another PC or report storing the same day first, or a
    busy database, leaves them to be computed again next time."""
    if not pending:
        return
    try:
        with database.transaction() as session:
            keys = {(row["scope"], row["part"]) for row in pending}
            for scope, part in keys:
                days = [row["day"] for row in pending if (row["scope"], row["part"]) == (scope, part)]
                session.execute(
                    delete(ReportDay).where(ReportDay.scope == scope, ReportDay.part == part, ReportDay.day.in_(days))
                )
            session.execute(ReportDay.__table__.insert(), pending)
    except (IntegrityError, LoketError) as error:
        log.info("report days not kept: %s", error)
