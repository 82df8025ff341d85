"""The report as a tree of frozen dataclasses: what the GUI, the CLI and every export read (no Qt, no database)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, datetime

from db.core import validators


@dataclass(frozen=True)
class ReportQuery:
    """The period (local office days, both ends included) and the optional filters."""

    date_from: date
    date_to: date
    counter: int | None = None
    group: str | None = None
    officer: str | None = None  # username
    agency: str | None = None  # an agency's code (DPMPTSP-BLG); None: the whole hall, or an officer's own agency

    def __post_init__(self) -> None:
        if self.counter is not None:
            validators.counter_number(self.counter)


@dataclass(frozen=True)
class DurationStats:
    """Minutes, rounded to 0.01. None when there is no value to summarise."""

    count: int
    mean: float | None
    median: float | None
    p90: float | None


@dataclass(frozen=True)
class TicketFigures:
    issued: int
    called: int
    served: int
    no_show: int
    transferred: int
    still_waiting: int  # status waiting or unserved: nobody served them that day
    no_show_share: float | None  # no_show / called, 0..1
    waiting: DurationStats
    service: DurationStats
    over_target: int  # called tickets that waited longer than the target
    over_target_share: float | None  # over_target / waiting.count


@dataclass(frozen=True)
class GroupRow:
    group: str
    name: str
    issued: int
    served: int
    no_show: int
    still_waiting: int
    waiting_mean: float | None
    service_mean: float | None


@dataclass(frozen=True)
class CounterRow:
    counter: int
    calls: int  # calls answered at this counter (each ends in a finish, no-show, transfer or return)
    served: int
    no_show: int
    transferred: int
    service: DurationStats
    active_minutes: float  # first call to last finish of each day, summed over the days
    busy_minutes: float  # a ticket in service, inside that window
    idle_minutes: float  # active - busy


@dataclass(frozen=True)
class OfficerRow:
    username: str
    full_name: str
    calls: int
    served: int
    no_show: int
    transferred: int
    service: DurationStats


@dataclass(frozen=True)
class HourRow:
    hour: int  # local hour 0-23
    issued: int
    called: int
    served: int
    waiting_mean: float | None  # mean wait of the tickets issued in this hour


@dataclass(frozen=True)
class WaitBucket:
    label: str
    low: int  # minutes, included
    high: int | None  # minutes, excluded; None = no upper bound
    count: int


@dataclass(frozen=True)
class MissingItem:
    service_code: str
    service_name: str
    text: str
    count: int


@dataclass(frozen=True)
class FileFigures:
    checked: int
    returned: int  # file_checks outcome incomplete
    registered: int
    missing: tuple[MissingItem, ...]  # requirements most often marked tidak_ada / tidak_sesuai


@dataclass(frozen=True)
class SlaRow:
    service_code: str
    service_name: str
    finished: int
    on_time: int  # last step done on or before due_on
    late: int
    no_limit: int  # no due date (no time limit in working days): not counted in the share
    share_on_time: float | None  # on_time / (on_time + late)


@dataclass(frozen=True)
class ApplicationFigures:
    open: int  # registered and not finished at the end of the period
    due_soon: int  # open, 0..2 working days left at the end of the period
    overdue: int  # open, past its due date at the end of the period
    finished_on_time: int
    finished_late: int
    sla: tuple[SlaRow, ...]


@dataclass(frozen=True)
class ExtraCount:
    """A figure read from another feature's tables counted in db.reports.feature_counts."""

    key: str
    label: str
    value: int
    available: bool


@dataclass(frozen=True)
class ReportAgency:
    """The agency a report covers (None on the report: the whole hall)."""

    code: str
    short_name: str
    name: str


@dataclass(frozen=True)
class DailyReport:
    query: ReportQuery
    timezone: str
    wait_target_minutes: int
    generated_at: datetime
    tickets: TicketFigures
    groups: tuple[GroupRow, ...]
    counters: tuple[CounterRow, ...]
    officers: tuple[OfficerRow, ...]
    hours: tuple[HourRow, ...]
    wait_histogram: tuple[WaitBucket, ...]
    files: FileFigures
    applications: ApplicationFigures
    extras: tuple[ExtraCount, ...] = field(default_factory=tuple)
    lifecycle: object = None  # db.lifecycle.report.LifecycleFigures: which desk holds files, the overdue list
    agency: ReportAgency | None = None  # None: the whole hall

    @property
    def single_day(self) -> bool:
        return self.query.date_from == self.query.date_to

    def to_dict(self) -> dict:
        """Plain JSON-ready data: dates as ISO text, every figure under its field name."""
        return plain(dataclasses.asdict(self))


def plain(value):
    """Plain JSON-ready data of a dataclasses.asdict() tree: dates as ISO text."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
