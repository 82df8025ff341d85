"""Printing the intake documents: rendered on the io pool, archived on the database worker, then printed."""

from __future__ import annotations

from desktop.context import ScreenContext
from desktop.print_flow import archive_and_print


def print_outcome(context: ScreenContext, outcome, reprint: bool, on_done, on_error, owner) -> None:
    """on_done gets (PrintRecord, archived PDF path)."""
    documents = context.services.documents
    archive_and_print(
        context.runner,
        documents,
        context.services.print_jobs,
        context.actor,
        lambda: documents.outcome_documents(outcome, reprint),
        on_done,
        on_error,
        owner,
    )
