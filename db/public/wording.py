"""What the public pages say, in plain Indonesian, built from plain values so the hall's service and the central
server (which holds the same rows as synced JSON) say exactly the same thing."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from db.lifecycle import roles
from db.models.accounts import Role

# How people in the office name who holds a file now ("menunggu paraf Kabid").
SHORT_ROLE = {
    Role.KEPALA_DINAS: "Kepala Dinas",
    Role.KABID: "Kabid",
    Role.KASI: "Kasi",
    Role.BACK_OFFICE: "Back Office",
    Role.PETUGAS_LOKET: "petugas loket",
    Role.CUSTOMER_SERVICE: "Customer Service",
}
FINISHED_WORDS = {
    "handed_over": "SK sudah diambil",
    "completed": "Permohonan selesai",
    "rejected": "Permohonan ditolak",
    "archived": "Permohonan selesai dan diarsipkan",
}


@dataclass(frozen=True)
class FileFacts:
    """One file as the page needs it, read from the hall's tables or from the central server's synced rows."""

    office_name: str
    service_name: str
    registration_number: str
    applicant_name: str
    business: bool  # a business (NIB): its contact person collects the SK
    by_proxy: bool  # the file was brought by a proxy with a surat kuasa
    received_on: date
    due_on: date | None
    sla_text: str
    status: str
    steps: Sequence[dict]
    current_step: int
    open_conditions: Sequence[str] = ()  # requirements still to be met before the SK is handed over
    handed_over_on: date | None = None
    agency_name: str = ""  # the agency the file is with, when the hall has several


@dataclass(frozen=True)
class FilePage:
    office_name: str
    service_name: str
    registration_number: str
    initials: str
    received_on: date
    due_on: date | None
    sla_text: str
    state: str  # in_progress | ready | handed_over | completed | rejected | archived
    step_text: str  # "menunggu paraf Kabid"
    step_number: int  # 1-based, 0 when no step is left
    step_count: int
    overdue: bool
    bring: tuple[str, ...]  # what to bring to collect the SK (only when ready)
    open_conditions: tuple[str, ...]
    handed_over_on: date | None
    fresh_as_of: datetime | None = None  # the central server: when the office last sent its data
    agency_name: str = ""

    @property
    def ready(self) -> bool:
        return self.state == "ready"


def initials(name: str) -> str:
    """'Budi Santoso' -> 'B. S.'; a page never shows a whole name."""
    letters = [word[0].upper() for word in name.replace(".", " ").split() if word[0].isalnum()]
    return " ".join(f"{letter}." for letter in letters[:4]) or "-"


def step_words(steps: Sequence[dict], index: int, status: str) -> str:
    """The current step as a visitor would say it: who holds the file and what for."""
    if status in FINISHED_WORDS:
        return FINISHED_WORDS[status]
    if status == "ready":
        return "SK sudah ditandatangani dan siap diambil"
    if index >= len(steps):
        return "Permohonan selesai"
    actor = steps[index]["actor"].strip()
    holders = roles.step_roles(actor)
    who = SHORT_ROLE[next(iter(holders))] if len(holders) == 1 else actor
    kind = roles.step_kind(steps, index)
    if kind == roles.SIGN:
        return "menunggu tanda tangan Kepala Dinas"
    if kind == roles.INITIAL:
        return f"menunggu paraf {who}"
    if kind == roles.DRAFT:
        return "sedang diproses Back Office (penyiapan draf SK)"
    if kind == roles.HANDOVER:
        return "SK siap diserahkan"
    return f"sedang diproses oleh {who}"


def things_to_bring(facts: FileFacts) -> tuple[str, ...]:
    owner = "KTP asli penanggung jawab usaha" if facts.business else "KTP asli pemohon"
    proxy = "surat kuasa dan KTP asli penerima kuasa"
    receipt = f"tanda terima berkas (nomor pendaftaran {facts.registration_number})"
    if facts.by_proxy:
        return (f"Berkas ini diajukan melalui kuasa: {proxy}", receipt, f"atau, bila diambil sendiri: {owner}")
    return (owner, receipt, f"bila diwakilkan: {proxy}")


def file_page(facts: FileFacts, today: date, fresh_as_of: datetime | None = None) -> FilePage:
    open_step = facts.status == "in_progress" and facts.current_step < len(facts.steps)
    overdue = facts.status in ("in_progress", "ready") and facts.due_on is not None and facts.due_on < today
    return FilePage(
        office_name=facts.office_name,
        service_name=facts.service_name,
        registration_number=facts.registration_number,
        initials=initials(facts.applicant_name),
        received_on=facts.received_on,
        due_on=facts.due_on,
        sla_text=facts.sla_text,
        state=facts.status,
        step_text=step_words(facts.steps, facts.current_step, facts.status),
        step_number=facts.current_step + 1 if open_step else 0,
        step_count=len(facts.steps),
        overdue=overdue,
        bring=things_to_bring(facts) if facts.status == "ready" else (),
        open_conditions=tuple(facts.open_conditions) if facts.status in ("in_progress", "ready") else (),
        handed_over_on=facts.handed_over_on,
        fresh_as_of=fresh_as_of,
        agency_name=facts.agency_name,
    )
