"""The plain records printing accepts: the domain layer fills them, the renderers only read them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from printing.dates import format_date
from printing.terbilang import rupiah_terbilang


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
    qr_payload: str  # the ticket's public page, or "" (the office has no public address: no QR)
    motto: str = ""
    motto_text: str = ""
    reprint: bool = False
    public_code: str = ""  # printed under the QR, typed at code_url when the QR cannot be scanned
    code_url: str = ""


@dataclass(frozen=True)
class RequirementLine:
    """One requirement; children are its sub-items. Layout follows the nesting; level is the caller's depth."""

    text: str
    mandatory: bool = True
    condition: str | None = None  # printed as "(jika: <condition>)"
    children: Sequence[RequirementLine] = ()
    level: int = 0
    note: str | None = None  # how it is met: "cukup salah satu", "dipenuhi sebelum SK diserahkan", ...


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
    if line.note:
        notes.append(f"({line.note})")
    return " ".join(notes)


@dataclass(frozen=True)
class PaymentRecord:
    """A payment slip (bukti setor) recorded as a requirement's evidence: the office never takes cash."""

    slip_number: str
    amount: int  # rupiah
    paid_on: date


@dataclass(frozen=True)
class CheckedItem:
    """One requirement as the officer found it in the applicant's file (berkas) at the front office."""

    label: str  # "a.", "b.", "1)", ... as numbered in the checklist
    text: str
    status: str  # one of STATUS_LABELS
    reason: str | None = None
    level: int = 0  # 0 top item, 1 sub-item, ...
    payment: PaymentRecord | None = None  # printed under the item with the amount in words


STATUS_LABELS = {
    "ada_sesuai": "Ada dan sesuai",
    "tidak_sesuai": "Ada tetapi tidak sesuai",
    "tidak_ada": "Tidak ada",
    "tidak_berlaku": "Tidak berlaku",
    "menunggu": "Dipenuhi kemudian",  # a condition the SOP checks later (the reason says when)
}
PROBLEM_STATUSES = ("tidak_ada", "tidak_sesuai")  # the statuses that send a file back to the applicant


def status_label(item: CheckedItem) -> str:
    """The Indonesian words for the item's status; RenderError (Indonesian) for a status the checklist lacks."""
    try:
        return STATUS_LABELS[item.status]
    except KeyError:
        raise RenderError(
            f"status pemeriksaan {item.status!r} tidak dikenal pada butir {item.label} {item.text}"
        ) from None


def payment_line(payment: PaymentRecord) -> str:
    """'Bukti setor no. BS-1 tanggal 20 November 2026: Rp 1.500.000 (satu juta lima ratus ribu rupiah)'."""
    paid = format_date(payment.paid_on)
    return f"Bukti setor no. {payment.slip_number} tanggal {paid}: {rupiah_terbilang(payment.amount)}"


def problem_items(items: Sequence[CheckedItem]) -> list[CheckedItem]:
    """The items that are missing or unsuitable, in checklist order; RenderError when there is none to return."""
    for item in items:
        status_label(item)
    problems = [item for item in items if item.status in PROBLEM_STATUSES]
    if not problems:
        raise RenderError("tidak ada dokumen yang kurang atau tidak sesuai; berkas tidak perlu dikembalikan")
    return problems


@dataclass(frozen=True)
class ReceiptData:
    """The tanda terima berkas: a complete file registered with a number, handed to the applicant."""

    registration_number: str  # e.g. "503/0001/DPMPTSP/XI/2026"
    applicant_name: str
    applicant_identity: str  # e.g. "NIK 6311015508900001" or "NIB 1234567890123 - PT Maju Jaya"
    proxy_line: str | None  # e.g. "Dikuasakan kepada Budi Santoso (NIK 6311...) dengan surat kuasa"
    service_code: str
    service_name: str
    variant: str | None
    items: Sequence[CheckedItem]  # the documents received as checked
    received_on: date
    due_on: date | None  # None when the time limit is not in working days
    sla_text: str  # e.g. "12 hari kerja" or "3 bulan"
    officer_name: str
    counter_name: str
    qr_payload: str  # the file's public page (or the tracking code the handover desk scans) printed as a QR
    printed_at: datetime
    reprint: bool = False
    public_code: str = ""  # with a public page: its short code, typed at code_url
    code_url: str = ""


@dataclass(frozen=True)
class ReturnSlipData:
    """The surat pengembalian berkas: an incomplete file handed back, naming each missing or unsuitable item."""

    slip_number: str  # e.g. "503/0007/KB/DPMPTSP/XI/2026" (return_slip.number_format)
    applicant_name: str
    applicant_identity: str
    service_code: str
    service_name: str
    variant: str | None
    problems: Sequence[CheckedItem]  # only tidak_ada / tidak_sesuai items, with reasons
    officer_name: str
    counter_name: str
    checked_at: datetime
    printed_at: datetime
    reprint: bool = False


@dataclass(frozen=True)
class DecreeSigner:
    """The official who signs a decree (Surat Keputusan), as printed under the signature."""

    title: str  # e.g. "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Balangan"
    name: str  # e.g. "H. ABIJI, S.Pd, M.AP"
    rank: str  # e.g. "Pembina Utama Muda"
    nip: str  # e.g. "19690813 199412 1 002"


@dataclass(frozen=True)
class DecreeData:
    """The Surat Keputusan (SK) of a licence, its text already filled in: printed on F4, signed as signing_mode says."""

    decree_number: str  # e.g. "503/0001/SK/DPMPTSP/XI/2026"
    registration_number: str
    title: str  # e.g. "IZIN APOTEK", the upper-case line under "TENTANG"
    considerations: Sequence[str]  # "Menimbang" points, lettered a., b., ...
    legal_basis: Sequence[str]  # "Mengingat" points, numbered 1., 2., ...
    decisions: Sequence[tuple[str, str]]  # ("KESATU", text), ("KEDUA", text), ...
    holder: Sequence[tuple[str, str]]  # the holder's data rows, shown as a table inside KESATU
    terms: Sequence[str]  # the licence's terms and obligations, numbered after the holder table; may be empty
    city: str  # e.g. "Paringin"
    signed_on: date
    signer: DecreeSigner
    qr_payload: str  # the signed verification payload, printed as a QR code
    copy: bool = False  # a reprint: marked SALINAN on every page
    withdrawn_note: str | None = None  # when set, printed on every page (e.g. "DICABUT ...")
    signing_mode: str = "basah"  # "basah": wet signature and stamp, the QR checks authenticity; or "elektronik"
    copies_to: Sequence[str] = ()  # the tembusan, numbered under "Tembusan disampaikan kepada Yth.:"


@dataclass(frozen=True)
class HandoverData:
    """The tanda terima penyerahan: the original decree handed to the applicant or the applicant's proxy."""

    receipt_number: str  # e.g. "503/0001/SER/DPMPTSP/XI/2026" (handover.number_format)
    registration_number: str
    applicant_name: str
    applicant_identity: str
    service_name: str
    decree_number: str
    decree_date: date
    recipient_name: str
    recipient_identity: str  # e.g. "NIK 6311015508900001"
    recipient_role: str  # "Pemohon sendiri" or "Kuasa pemohon (surat kuasa: ...)"
    officer_name: str
    handed_at: datetime
    printed_at: datetime
    copy: bool = False
