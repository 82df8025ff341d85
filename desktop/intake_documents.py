"""Printing the intake documents off the GUI thread (the printer and the PDF renderer may be slow)."""

from __future__ import annotations

from db.intake.documents import issue_outcome_documents
from desktop.context import ScreenContext


def print_outcome(context: ScreenContext, outcome, reprint: bool, on_done, on_error, owner) -> None:
    services, actor = context.services, context.actor
    context.runner.run(
        lambda: issue_outcome_documents(services, actor, outcome, reprint), on_done, on_error, io=True, owner=owner
    )
