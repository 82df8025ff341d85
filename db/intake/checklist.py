"""The requirement checklist of a service snapshot, and the decision it leads to (pure: no database).

Every requirement is an item; an item with sub-items is a heading whose sub-items are checked instead. The file is
complete only when every applicable item is "ada dan sesuai"; "tidak berlaku" is allowed only for a conditional item.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.core.errors import DomainError

if TYPE_CHECKING:  # pydantic and the catalog's models load on first use, not on the way to the sign-in window
    from db.catalog.schema import Requirement, Service

ADA_SESUAI, TIDAK_SESUAI, TIDAK_ADA, TIDAK_BERLAKU = "ada_sesuai", "tidak_sesuai", "tidak_ada", "tidak_berlaku"
STATUSES = {
    ADA_SESUAI: "Ada dan sesuai",
    TIDAK_SESUAI: "Ada tetapi tidak sesuai",
    TIDAK_ADA: "Tidak ada",
    TIDAK_BERLAKU: "Tidak berlaku",
}


@dataclass(frozen=True)
class ChecklistItem:
    position: int
    label: str
    level: int
    text: str
    mandatory: bool
    condition: str | None
    heading: bool  # has sub-items: not marked itself


@dataclass(frozen=True)
class Mark:
    status: str
    reason: str | None = None


@dataclass(frozen=True)
class Decision:
    complete: bool
    unmarked: tuple[int, ...]
    problems: tuple[int, ...]  # positions marked tidak_ada / tidak_sesuai


def _label(index: int, level: int) -> str:
    if level == 0:
        letters, number = "", index + 1
        while number:
            number, remainder = divmod(number - 1, 26)
            letters = chr(97 + remainder) + letters
        return f"{letters}."
    return f"{index + 1})" if level == 1 else "-"


def build(service: Service, variant: str | None = None) -> list[ChecklistItem]:
    """The items to check: the common requirements, then the chosen variant's (DomainError for an unknown one)."""
    requirements = list(service.requirements)
    if variant:
        chosen = next((v for v in service.variants if v.name == variant), None)
        if chosen is None:
            raise DomainError(f"Varian '{variant}' tidak ada pada layanan {service.code}.")
        requirements += list(chosen.requirements)
    elif service.variants and not service.requirements:
        raise DomainError("Pilih varian persyaratan layanan ini lebih dulu.")
    items: list[ChecklistItem] = []
    _walk(requirements, 0, items)
    return items


def _walk(requirements: list[Requirement], level: int, into: list[ChecklistItem]) -> None:
    for index, requirement in enumerate(requirements):
        into.append(
            ChecklistItem(
                position=len(into),
                label=_label(index, level),
                level=level,
                text=requirement.text,
                mandatory=requirement.mandatory,
                condition=requirement.condition,
                heading=bool(requirement.children),
            )
        )
        _walk(requirement.children, level + 1, into)


def can_take(item: ChecklistItem, status: str) -> bool:
    """Whether an item may carry this mark at all: a heading is never marked, a mandatory item never "tidak berlaku"."""
    return not item.heading and not (status == TIDAK_BERLAKU and item.mandatory)


def validate_marks(items: list[ChecklistItem], marks: Mapping[int, Mark]) -> None:
    """Refuse marks that cannot stand: unknown status, N/A on a mandatory item, a problem without its reason."""
    for item in items:
        mark = marks.get(item.position)
        if mark is None or item.heading:
            continue
        if mark.status not in STATUSES:
            raise DomainError(f"Status '{mark.status}' tidak dikenal pada butir {item.label} {item.text[:40]}.")
        if not can_take(item, mark.status):
            raise DomainError(f"Butir {item.label} {item.text[:60]} wajib; tidak dapat ditandai tidak berlaku.")
        if mark.status == TIDAK_SESUAI and not (mark.reason or "").strip():
            raise DomainError(f"Tuliskan alasan ketidaksesuaian butir {item.label} {item.text[:60]}.")


def decide(items: list[ChecklistItem], marks: Mapping[int, Mark]) -> Decision:
    """The decision as it forms while the officer marks the list."""
    checkable = [item for item in items if not item.heading]
    unmarked = tuple(item.position for item in checkable if item.position not in marks)
    problems = tuple(
        item.position
        for item in checkable
        if item.position in marks and marks[item.position].status in (TIDAK_ADA, TIDAK_SESUAI)
    )
    return Decision(complete=not unmarked and not problems, unmarked=unmarked, problems=problems)
