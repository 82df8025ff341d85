"""After the upgrade that gave every file its public link (revision public_tokens), the open files are sent to the
central server once more: the migration filled the links without the ORM, so the outbox never carried them, and the
central file page would not find a file registered before the upgrade until something else changed it."""

from __future__ import annotations

from sqlalchemy import select

from db.core.engine import Database
from db.lifecycle.steps import OPEN_STATUSES
from db.models.intake import Application
from db.sync import capture

# Every revision of the chain before public_tokens: they never change, so the set is fixed.
BEFORE_PUBLIC_LINKS = frozenset(
    {
        "0001",
        "0002",
        "0003",
        "0004",
        "0005",
        "0006",
        "0007",
        "0015",
        "0008",
        "0010",
        "0009",
        "agencies",
        "skm_profile",
        "sync_agency",
    }
)


def send_existing_links(database: Database, upgraded_from: str | None) -> int:
    """Queue the open files' rows for the sync when this start upgraded from before the links; else nothing."""
    if upgraded_from not in BEFORE_PUBLIC_LINKS:
        return 0
    with database.transaction() as session:
        files = session.scalars(select(Application).where(Application.status.in_(OPEN_STATUSES))).all()
        return capture.resend(session, files)
