"""The plain records printing accepts: the domain layer fills them, the renderers only read them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime


class RenderError(ValueError):
    """A record cannot be rendered (for example an unreadable logo); the message is Indonesian."""


@dataclass(frozen=True)
class OfficeHeader:
    """Who the office is, as printed in the kop surat (letterhead) and the footer of every PDF."""

    government: str
    name: str
    address: str
    phone: str = ""
    email: str = ""
    website: str = ""
    logo_png: bytes | None = None  # PNG or JPEG bytes
    motto: str = ""
    motto_text: str = ""


@dataclass(frozen=True)
class TicketData:
    """One queue ticket as the kiosk or the front desk prints it."""

    office_name: str
    group_code: str
    group_name: str
    service_name: str | None
    number: str  # e.g. "A-001"
    issued_at: datetime  # local time
    people_ahead: int
    estimated_wait_minutes: int | None
    priority_label: str | None  # e.g. "PRIORITAS - Lansia"
    qr_payload: str
    motto: str = ""
    motto_text: str = ""
    reprint: bool = False


@dataclass(frozen=True)
class RequirementLine:
    """One requirement; children are its sub-items. Layout follows the nesting; level is the caller's depth."""

    text: str
    mandatory: bool = True
    condition: str | None = None  # printed as "(jika: <condition>)"
    children: Sequence[RequirementLine] = ()
    level: int = 0


@dataclass(frozen=True)
class RequirementListData:
    """The requirements of one service, handed to a visitor at the information desk."""

    office_name: str
    service_code: str
    service_name: str
    requirements: Sequence[RequirementLine]
    variants: Sequence[tuple[str, Sequence[RequirementLine]]] = ()
    sla_text: str = ""
    fee_text: str = ""
    product: str = ""
    printed_at: datetime = field(default_factory=datetime.now)
    motto: str = ""


def requirement_label(index: int, depth: int) -> str:
    """Label of the index-th (0-based) item: a. ... z., aa., ab. at depth 0; 1), 2) at depth 1; "-" deeper."""
    if depth == 0:
        letters = ""
        number = index + 1
        while number:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return f"{letters}."
    if depth == 1:
        return f"{index + 1})"
    return "-"


def requirement_suffix(line: RequirementLine) -> str:
    """The notes printed after a requirement's text: optional marker and condition, or an empty string."""
    notes = []
    if not line.mandatory:
        notes.append("(tidak wajib)")
    if line.condition:
        notes.append(f"(jika: {line.condition})")
    return " ".join(notes)
