"""The requirement checklist of a service snapshot, and the decision it leads to (pure: no database).

Every requirement is an item; an item with sub-items is a heading whose sub-items are checked instead. The file is
complete only when every applicable item is "ada dan sesuai"; "tidak berlaku" is allowed only for a conditional item.
The requirement's kind (db.catalog.kinds.RequirementKind) decides the rest:
- a condition checked later (before signing, before handover) is not marked at intake and never blocks it: it is
  recorded as "menunggu" and fulfilled later (db.intake.conditions);
- the sub-items of a "salah satu" heading are alternatives: one "ada dan sesuai" satisfies the heading, the others
  need no mark, and only when none is there is the group a problem;
- an item for whom the applicant is not (applies_to: badan hukum, perorangan, dikuasakan) needs no mark: it is
  recorded as "tidak berlaku";
- a payment slip (evidence bukti_setor) marked "ada dan sesuai" carries its number, amount and date.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from db.catalog.kinds import AppliesTo, Evidence, RequirementKind
from db.core.errors import DomainError

if TYPE_CHECKING:
    from db.catalog.schema import Requirement, Service

ADA_SESUAI, TIDAK_SESUAI, TIDAK_ADA, TIDAK_BERLAKU = "ada_sesuai", "tidak_sesuai", "tidak_ada", "tidak_berlaku"
MENUNGGU = "menunggu"  # a condition the SOP checks later; stored at intake, never chosen by the officer
STATUSES = {
    ADA_SESUAI: "Ada dan sesuai",
    TIDAK_SESUAI: "Ada tetapi tidak sesuai",
    TIDAK_ADA: "Tidak ada",
    TIDAK_BERLAKU: "Tidak berlaku",
}
STAGES = {
    RequirementKind.SEBELUM_TANDA_TANGAN.value: "sebelum SK ditandatangani",
    RequirementKind.SEBELUM_PENYERAHAN.value: "sebelum SK diserahkan",
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
    kind: str = RequirementKind.DOKUMEN.value
    applies_to: str | None = None
    evidence: str | None = None
    alternative_of: int | None = None  # position of the "salah satu" heading this item is an alternative of

    @property
    def later(self) -> bool:
        """Checked later in the SOP, not at the counter."""
        return self.kind in STAGES

    @property
    def markable(self) -> bool:
        return not self.heading and not self.later


@dataclass(frozen=True)
class PaymentSlip:
    """A bukti setor: the office never takes cash (000 line 544), it records the bank's slip."""

    number: str
    amount: int  # rupiah
    paid_on: date

    def as_record(self) -> dict:
        return {"slip_number": self.number, "amount": self.amount, "paid_on": self.paid_on.isoformat()}


@dataclass(frozen=True)
class Mark:
    status: str
    reason: str | None = None
    payment: PaymentSlip | None = None


@dataclass(frozen=True)
class ApplicantFacts:
    """What decides a conditional requirement: a legal entity (NIB) or a person, and whether a proxy submits."""

    legal_entity: bool
    represented: bool

    def concerned(self, applies_to: str | None) -> bool:
        if applies_to == AppliesTo.BADAN_HUKUM:
            return self.legal_entity
        if applies_to == AppliesTo.PERORANGAN:
            return not self.legal_entity
        if applies_to == AppliesTo.DIKUASAKAN:
            return self.represented
        return True


@dataclass(frozen=True)
class Decision:
    complete: bool
    unmarked: tuple[int, ...]
    problems: tuple[int, ...]  # positions marked tidak_ada / tidak_sesuai
    later: tuple[int, ...] = ()  # conditions left for later in the SOP


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
    _walk(requirements, 0, items, None)
    return items


def _walk(requirements: list[Requirement], level: int, into: list[ChecklistItem], group: int | None) -> None:
    for index, requirement in enumerate(requirements):
        position = len(into)
        into.append(
            ChecklistItem(
                position=position,
                label=_label(index, level),
                level=level,
                text=requirement.text,
                mandatory=requirement.mandatory,
                condition=requirement.condition,
                heading=bool(requirement.children),
                kind=requirement.kind.value,
                applies_to=requirement.applies_to.value if requirement.applies_to else None,
                evidence=requirement.evidence.value if requirement.evidence else None,
                alternative_of=group,
            )
        )
        alternatives = position if requirement.kind == RequirementKind.SALAH_SATU else None
        _walk(requirement.children, level + 1, into, alternatives)


def may_be_not_applicable(item: ChecklistItem) -> bool:
    return not item.mandatory or item.applies_to is not None or item.alternative_of is not None


def can_take(item: ChecklistItem, status: str) -> bool:
    """Whether an item may carry this mark at all: a heading or a condition checked later is never marked at the
    counter, and "tidak berlaku" only goes to a conditional item, an item for another kind of applicant, or an
    alternative."""
    return item.markable and not (status == TIDAK_BERLAKU and not may_be_not_applicable(item))


def validate_marks(items: list[ChecklistItem], marks: Mapping[int, Mark]) -> None:
    """Refuse marks that cannot stand: unknown status, N/A on a mandatory item, a problem without its reason, a
    mark on a condition checked later, a payment slip accepted without its number, amount and date."""
    for item in items:
        mark = marks.get(item.position)
        if mark is None or item.heading:
            continue
        if item.later:
            raise DomainError(f"Butir {item.label} {item.text[:60]} diperiksa {STAGES[item.kind]}, bukan di loket.")
        if mark.status not in STATUSES:
            raise DomainError(f"Status '{mark.status}' tidak dikenal pada butir {item.label} {item.text[:40]}.")
        if not can_take(item, mark.status):
            raise DomainError(f"Butir {item.label} {item.text[:60]} wajib; tidak dapat ditandai tidak berlaku.")
        if mark.status == TIDAK_SESUAI and not (mark.reason or "").strip():
            raise DomainError(f"Tuliskan alasan ketidaksesuaian butir {item.label} {item.text[:60]}.")
        if mark.status == ADA_SESUAI and item.evidence == Evidence.BUKTI_SETOR:
            validate_payment(item, mark.payment)


def validate_payment(item: ChecklistItem, payment: PaymentSlip | None) -> None:
    if payment is None or not payment.number.strip():
        raise DomainError(f"Catat nomor bukti setor untuk butir {item.label} {item.text[:50]}.")
    if payment.amount <= 0:
        raise DomainError(f"Jumlah pada bukti setor butir {item.label} harus lebih dari Rp 0.")


def resolve(items: list[ChecklistItem], marks: Mapping[int, Mark], facts: ApplicantFacts | None) -> dict[int, Mark]:
    """The marks the officer need not give: "tidak berlaku" for an item the applicant is not concerned by, and for
    the other alternatives of a satisfied "salah satu" group. The officer's own marks always stay."""
    resolved = dict(marks)
    satisfied = _satisfied_groups(items, marks)
    for item in items:
        if not item.markable or item.position in resolved:
            continue
        if facts is not None and not facts.concerned(item.applies_to):
            resolved[item.position] = Mark(TIDAK_BERLAKU, _not_concerned(item.applies_to))
        elif item.alternative_of in satisfied:
            resolved[item.position] = Mark(TIDAK_BERLAKU, "alternatif lain sudah dipenuhi")
    return resolved


def _not_concerned(applies_to: str | None) -> str:
    return {
        AppliesTo.BADAN_HUKUM.value: "pemohon bukan badan hukum",
        AppliesTo.PERORANGAN.value: "pemohon badan hukum",
        AppliesTo.DIKUASAKAN.value: "tidak dikuasakan",
    }.get(applies_to or "", "tidak berlaku")


def _satisfied_groups(items: list[ChecklistItem], marks: Mapping[int, Mark]) -> set[int]:
    return {
        item.alternative_of
        for item in items
        if item.alternative_of is not None and getattr(marks.get(item.position), "status", None) == ADA_SESUAI
    }


def decide(items: list[ChecklistItem], marks: Mapping[int, Mark], facts: ApplicantFacts | None = None) -> Decision:
    """The decision as it forms while the officer marks the list."""
    marks = resolve(items, marks, facts)
    satisfied = _satisfied_groups(items, marks)
    checkable = [item for item in items if item.markable]
    unmarked = tuple(item.position for item in checkable if item.position not in marks)
    problems = tuple(
        item.position
        for item in checkable
        if item.position in marks
        and marks[item.position].status in (TIDAK_ADA, TIDAK_SESUAI)
        and item.alternative_of not in satisfied
        and not _alternative_spared(item, items, marks)
    )
    later = tuple(item.position for item in items if item.later)
    return Decision(complete=not unmarked and not problems, unmarked=unmarked, problems=problems, later=later)


def _alternative_spared(item: ChecklistItem, items: list[ChecklistItem], marks: Mapping[int, Mark]) -> bool:
    """In an unsatisfied group, "tidak ada" on one alternative is no problem while another is still unmarked: the
    group becomes a problem (each missing alternative listed) only once every alternative has been looked at."""
    if item.alternative_of is None or marks[item.position].status != TIDAK_ADA:
        return False
    return any(other.alternative_of == item.alternative_of and other.position not in marks for other in items)
