"""Issue-then-print, shared by the customer-service desk and the kiosk: the ticket exists before the printer is
asked, so a printer fault never loses a number; the outcome is recorded and shown."""

from __future__ import annotations

from collections.abc import Callable

from db.core.actor import Actor
from db.documents.print_jobs import PrintRecord
from db.queue.tickets import TicketInfo
from db.services import Services
from desktop.ops import Runner
from desktop.print_flow import print_request


def issue_and_print(
    runner: Runner,
    services: Services,
    actor: Actor,
    group: str,
    service: str | None,
    priority: str | None,
    on_issued: Callable[[TicketInfo], None],
    on_printed: Callable[[PrintRecord], None],
    on_error: Callable[[str], None],
    owner,
) -> None:
    def issued(ticket: TicketInfo) -> None:
        on_issued(ticket)
        reprint(runner, services, actor, ticket, False, on_printed, on_error, owner)

    runner.run(lambda: services.queue.issue(actor, group, service, priority), issued, on_error, owner=owner)


def reprint(
    runner: Runner, services: Services, actor: Actor, ticket: TicketInfo, is_reprint: bool, on_printed, on_error, owner
) -> None:
    documents = services.documents
    prepare = lambda: documents.ticket(ticket.id, is_reprint)  # noqa: E731
    print_request(runner, services.print_jobs, actor, prepare, on_printed, on_error, owner)
