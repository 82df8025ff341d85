"""Ticket numbers as people type them: "a003", "A3", "A-3", "a 03" all mean A-003."""

from __future__ import annotations

import re

from db.core.errors import DomainError

_TYPED = re.compile(r"^\s*([A-Za-z]{1,3})\s*[-\s./]?\s*0*(\d{1,4})\s*$")


def ticket_label(letter: str, number: int) -> str:
    """The one printed, shown and spoken form of a ticket number."""
    return f"{letter.upper()}-{number:03d}"


def normalise_label(typed: str) -> str:
    """The ticket label a person meant; raises DomainError for text that is no ticket number."""
    match = _TYPED.match(typed or "")
    if match is None or int(match.group(2)) == 0:
        raise DomainError(
            f"'{(typed or '').strip()}' bukan nomor antrian. Ketik huruf grup lalu nomornya, mis. A-003, A3 atau a003."
        )
    return ticket_label(match.group(1), int(match.group(2)))
