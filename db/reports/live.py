"""The supervisor's live dashboard: queue length per group, each counter busy or idle, the longest wait now, alerts.

Alerts: a ticket waiting longer than report.wait_target_minutes; an application overdue or due today (as the tracking
screen counts working days); a PC whose last successful sync (setting `sync.last_success`, an ISO datetime, in any
scope; the sync feature writes it) is older than SYNC_STALE_MINUTES. Without that setting there is no sync alert.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from db.core.actor import Actor
from db.intake.tracking import TrackingService
from db.models.settings import OFFICE_SCOPE

SYNC_KEY = "sync.last_success"
SYNC_STALE_MINUTES = 30
MAX_TICKET_ALERTS = 10


@dataclass(frozen=True)
class LiveCounter:
    number: int
    name: str
    open: bool
    ticket: str | None  # label of the ticket called or in service
    status: str | None  # called | serving


@dataclass(frozen=True)
class Alert:
    kind: str  # wait | overdue | due_today | sync
    text: str


@dataclass(frozen=True)
class LiveState:
    at: datetime  # office time
    day: date
    target_minutes: int
    waiting_by_group: tuple[tuple[str, str, int], ...]  # (code, name, waiting)
    counters: tuple[LiveCounter, ...]
    longest_wait_minutes: int | None
    longest_wait_ticket: str | None
    alerts: tuple[Alert, ...]

    @property
    def waiting(self) -> int:
        return sum(count for _code, _name, count in self.waiting_by_group)


def minutes(delta: timedelta) -> int:
    return max(0, int(delta.total_seconds() // 60))


def waiting_alerts(waiting, now: datetime, target: int) -> list[Alert]:
    """Tickets (label, issued_at) waiting longer than the target, the first MAX_TICKET_ALERTS named."""
    alerts: list[Alert] = []
    late = [(label, minutes(now - issued)) for label, issued in waiting if now - issued > timedelta(minutes=target)]
    for label, waited in late[:MAX_TICKET_ALERTS]:
        alerts.append(Alert("wait", f"{label} menunggu {waited} menit (target {target} menit)"))
    if len(late) > MAX_TICKET_ALERTS:
        alerts.append(Alert("wait", f"dan {len(late) - MAX_TICKET_ALERTS} antrian lain melewati target"))
    return alerts


def application_alerts(tracking: TrackingService, today: date, actor: Actor | None = None) -> list[Alert]:
    """Files overdue or due today; with `actor`, only the files of the agency they may see (db/agencies)."""
    alerts = []
    # search() puts the earliest due dates first, so the urgent ones are always within the limit.
    for app in tracking.search(status="in_progress", limit=200, actor=actor):
        if app.overdue:
            alerts.append(Alert("overdue", f"{app.registration_number} ({app.service_name}) lewat jatuh tempo"))
        elif app.due_on == today:
            alerts.append(Alert("due_today", f"{app.registration_number} ({app.service_name}) jatuh tempo hari ini"))
    return alerts


def sync_alerts(rows, now: datetime) -> list[Alert]:
    alerts = []
    for scope, value in rows:
        try:
            last = datetime.fromisoformat(value)
        except (TypeError, ValueError):
            continue
        if last.tzinfo is None:
            continue
        if now - last > timedelta(minutes=SYNC_STALE_MINUTES):
            who = "Kantor" if scope == OFFICE_SCOPE else f"PC {scope}"
            alerts.append(Alert("sync", f"{who} belum sinkron sejak {minutes(now - last)} menit lalu"))
    return alerts
