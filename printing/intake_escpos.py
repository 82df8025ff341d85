"""The tanda terima berkas and the surat pengembalian berkas as ESC/POS bytes for 58 and 80 mm thermal paper.

Built on escpos_render's receipt builder, so the reset, code page, wrapping and cut are the ticket's own.
"""

from __future__ import annotations

from collections.abc import Sequence

from printing.dates import format_day_date, format_day_date_time
from printing.escpos_render import QR_MODULE_DOTS
from printing.escpos_render import _Receipt as Receipt  # the package's one builder, reused not copied
from printing.records import (
    CheckedItem,
    OfficeHeader,
    ReceiptData,
    ReturnSlipData,
    payment_line,
    problem_items,
    status_label,
)

INDENT = "  "  # per sub-item level; 32 columns leave little room for more


def receipt_bytes(data: ReceiptData, paper_width_mm: int, office: OfficeHeader | None = None) -> bytes:
    """ESC/POS bytes of the tanda terima berkas, ending with a cut.

    Guarantees: every line fits the paper's columns (32 at 58 mm, 48 at 80 mm) at the size it is printed; the
    registration number is bold and double height; each received item is listed with its status; the due date
    reads "Senin, 7 Desember 2026" (or "Jangka waktu: <sla_text>" when due_on is None); the tracking code is the
    printer's own QR command (GS ( k); "SALINAN" appears only on a reprint; only code page 437 is sent. The office
    name heads the slip when office is given. RenderError (Indonesian) for an unknown width or item status.
    """
    receipt = _start(paper_width_mm, office, data.reprint, "TANDA TERIMA BERKAS")
    receipt.lines("Nomor registrasi:")
    receipt.large(data.registration_number, 1, 2)
    receipt.rule()
    receipt.lines(f"Pemohon: {data.applicant_name}", align="left")
    receipt.lines(data.applicant_identity, align="left")
    if data.proxy_line:
        receipt.lines(data.proxy_line, align="left")
    _service(receipt, data.service_code, data.service_name, data.variant)
    receipt.rule()
    receipt.lines("Dokumen yang diterima:", align="left", bold=True)
    _items(receipt, data.items)
    receipt.rule()
    receipt.lines(f"Diterima: {format_day_date(data.received_on)}", align="left")
    if data.due_on is not None:
        receipt.lines(f"Selesai paling lambat: {format_day_date(data.due_on)}", align="left", bold=True)
    receipt.lines(f"Jangka waktu: {data.sla_text}", align="left", bold=data.due_on is None)
    counted = "dalam hari kerja " if data.due_on is not None else ""
    receipt.lines(f"Dihitung {counted}sejak hari berkas lengkap dan benar diterima.", align="left")
    _officer(receipt, data.officer_name, data.counter_name)
    if data.qr_payload:
        receipt.printer.set(align="center")
        receipt.printer.qr(data.qr_payload, size=QR_MODULE_DOTS[paper_width_mm], native=True)
        receipt.printer.text("\n")
        receipt.lines("Pindai untuk melacak berkas")
        if data.public_code:
            receipt.lines(f"atau ketik kode {data.public_code}", bold=True)
            receipt.lines(f"di {data.code_url.split('://', 1)[-1]}")  # typed without the scheme
    receipt.lines(f"Dicetak: {format_day_date_time(data.printed_at)}")
    return receipt.finish()


def return_slip_bytes(data: ReturnSlipData, paper_width_mm: int, office: OfficeHeader | None = None) -> bytes:
    """ESC/POS bytes of the surat pengembalian berkas, ending with a cut.

    Guarantees: every line fits the paper's columns; each missing or unsuitable item is numbered with its checklist
    label, its status in words and the reason; items of any other status are left out; "SALINAN" only on a reprint;
    only code page 437 is sent. RenderError (Indonesian) for an unknown width or status, or nothing to return.
    """
    problems = problem_items(data.problems)
    receipt = _start(paper_width_mm, office, data.reprint, "SURAT PENGEMBALIAN BERKAS")
    receipt.lines(f"Nomor: {data.slip_number}", bold=True)
    receipt.rule()
    receipt.lines(f"Pemohon: {data.applicant_name}", align="left")
    receipt.lines(data.applicant_identity, align="left")
    _service(receipt, data.service_code, data.service_name, data.variant)
    receipt.rule()
    receipt.lines("Berkas dikembalikan karena belum lengkap dan/atau belum sesuai:", align="left")
    for number, item in enumerate(problems, start=1):
        prefix = f"{number}. "
        receipt.lines(f"{item.label} {item.text}", align="left", bold=True, prefix=prefix)
        receipt.lines(f"{status_label(item)}: {item.reason or '-'}", align="left", prefix=" " * len(prefix))
    receipt.rule()
    receipt.lines("Silakan lengkapi dokumen di atas lalu ajukan kembali.", bold=True)
    receipt.lines(f"Diperiksa: {format_day_date_time(data.checked_at)}", align="left")
    _officer(receipt, data.officer_name, data.counter_name)
    receipt.lines(f"Dicetak: {format_day_date_time(data.printed_at)}")
    return receipt.finish()


def _start(paper_width_mm: int, office: OfficeHeader | None, reprint: bool, title: str) -> Receipt:
    receipt = Receipt(paper_width_mm)
    if office is not None:
        receipt.lines(office.government)
        receipt.lines(office.name, bold=True)
    if reprint:
        receipt.large("SALINAN", 2, 2)
    receipt.lines(title, bold=True)
    return receipt


def _service(receipt: Receipt, code: str, name: str, variant: str | None) -> None:
    receipt.lines(f"Layanan: {name} ({code})", align="left")
    if variant:
        receipt.lines(f"Varian: {variant}", align="left")


def _items(receipt: Receipt, items: Sequence[CheckedItem]) -> None:
    for item in items:
        prefix = f"{INDENT * item.level}{item.label} "
        receipt.lines(item.text, align="left", prefix=prefix)
        status = status_label(item) + (f" ({item.reason})" if item.reason else "")
        receipt.lines(f"[{status}]", align="left", prefix=" " * len(prefix))
        if item.payment is not None:
            receipt.lines(payment_line(item.payment), align="left", prefix=" " * len(prefix))


def _officer(receipt: Receipt, officer_name: str, counter_name: str) -> None:
    receipt.lines(f"Petugas: {officer_name}", align="left")
    receipt.lines(f"Loket: {counter_name}", align="left")
