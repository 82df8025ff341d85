"""Queue tickets and requirement lists as ESC/POS bytes, built with python-escpos's Dummy printer."""

from __future__ import annotations

from collections.abc import Sequence

import printing.escpos_ready  # noqa: F401 - first: python-escpos's cache folder, no temporary folder

# isort: split
from escpos.printer import Dummy

from printing.dates import format_day_date_time
from printing.escpos_text import CODE_PAGE, columns_for, printable, wrap
from printing.records import (
    RequirementLine,
    RequirementListData,
    TicketData,
    requirement_label,
    requirement_suffix,
)

MAX_NUMBER_SCALE = 6  # 6x font A is about 18 mm tall: readable across the waiting hall, still fits 58 mm
QR_MODULE_DOTS = {58: 5, 80: 6}


class _Receipt:
    """A Dummy printer that knows the paper's columns and always leaves text at normal size."""

    def __init__(self, paper_width_mm: int) -> None:
        self.columns = columns_for(paper_width_mm)
        self.paper_width_mm = paper_width_mm
        self.printer = Dummy()
        self.printer.hw("INIT")
        self.printer.charcode(CODE_PAGE)

    def lines(self, text: str, *, align: str = "center", bold: bool = False, prefix: str = "") -> None:
        self.printer.set(align=align, bold=bold)
        for line in wrap(text, self.columns, prefix):
            self.printer.text(line + "\n")
        self.printer.set(bold=False)

    def large(self, text: str, width: int, height: int, *, bold: bool = True) -> None:
        """Centred text magnified width x height, wrapped to the columns left at that width."""
        self.printer.set(align="center", bold=bold, custom_size=True, width=width, height=height)
        for line in wrap(text, self.columns // width):
            self.printer.text(line + "\n")
        self.normal()

    def normal(self) -> None:
        # GS ! 0 and ESC ! 0: printers differ in which of the two size commands they honour last.
        self.printer.set(custom_size=True, width=1, height=1)
        self.printer.set(normal_textsize=True, bold=False)

    def rule(self) -> None:
        self.printer.set(align="left")
        self.printer.text("-" * self.columns + "\n")

    def finish(self) -> bytes:
        self.printer.cut()
        return self.printer.output


def ticket_bytes(ticket: TicketData, paper_width_mm: int) -> bytes:
    """ESC/POS bytes for one queue ticket, ending with a cut.

    Guarantees: every text line fits the paper's columns (32 at 58 mm, 48 at 80 mm) at the size it is printed;
    the number is printed large (GS ! with a width and height multiplier); the QR is the printer's own QR command
    (GS ( k); "SALINAN" appears only when ticket.reprint; only code page 437 characters are sent.
    """
    receipt = _Receipt(paper_width_mm)
    receipt.lines(ticket.office_name, bold=True)
    if ticket.reprint:
        receipt.large("SALINAN", 2, 2)
    receipt.lines(f"{ticket.group_code} - {ticket.group_name}", bold=True)
    if ticket.service_name:
        receipt.lines(ticket.service_name)
    receipt.rule()
    receipt.lines("NOMOR ANTRIAN")
    number = printable(ticket.number)
    scale = max(1, min(MAX_NUMBER_SCALE, receipt.columns // max(1, len(number))))
    receipt.large(number, scale, scale)
    if ticket.priority_label:
        receipt.large(ticket.priority_label, 1, 2)
    receipt.rule()
    receipt.lines(format_day_date_time(ticket.issued_at))
    receipt.lines(f"Antrian di depan Anda: {ticket.people_ahead}")
    receipt.lines(f"Perkiraan tunggu: {_wait_text(ticket.estimated_wait_minutes)}")
    if ticket.qr_payload:
        receipt.printer.set(align="center")
        receipt.printer.qr(ticket.qr_payload, size=QR_MODULE_DOTS[paper_width_mm], native=True)
        receipt.printer.text("\n")
        receipt.lines("Pindai untuk melihat antrian")
        if ticket.public_code:
            receipt.lines(f"atau ketik kode {ticket.public_code}", bold=True)
            receipt.lines(f"di {ticket.code_url.split('://', 1)[-1]}")  # typed without the scheme
    if ticket.motto:
        receipt.lines(ticket.motto, bold=True)
    if ticket.motto_text:
        receipt.lines(ticket.motto_text)
    receipt.lines("Mohon menunggu panggilan. Terima kasih.")
    return receipt.finish()


def _wait_text(minutes: int | None) -> str:
    if minutes is None or minutes < 0:
        return "belum tersedia"
    return f"\u00b1 {minutes} menit"


def requirement_list_bytes(data: RequirementListData, paper_width_mm: int) -> bytes:
    """ESC/POS bytes listing a service's requirements: items a., b., ..., sub-items 1), 2), wrapped with hanging
    indents to the paper's columns, conditions as "(jika: ...)", variants under their own heading, ending with a cut.
    """
    receipt = _Receipt(paper_width_mm)
    receipt.lines(data.office_name, bold=True)
    receipt.lines("DAFTAR PERSYARATAN", bold=True)
    receipt.lines(data.service_name, bold=True)
    receipt.lines(f"Kode layanan: {data.service_code}")
    receipt.rule()
    _items(receipt, data.requirements, depth=0)
    for name, lines in data.variants:
        receipt.printer.text("\n")
        receipt.lines(name, align="left", bold=True)
        _items(receipt, lines, depth=0)
    receipt.rule()
    for label, value in (("Waktu penyelesaian", data.sla_text), ("Biaya", data.fee_text), ("Produk", data.product)):
        if value:
            receipt.lines(f"{label}: {value}", align="left")
    receipt.lines(f"Dicetak: {format_day_date_time(data.printed_at)}", align="left")
    if data.motto:
        receipt.printer.text("\n")
        receipt.lines(data.motto, bold=True)
    return receipt.finish()


def _items(receipt: _Receipt, lines: Sequence[RequirementLine], depth: int) -> None:
    indent = "   " * depth
    for index, line in enumerate(lines):
        text = f"{line.text} {requirement_suffix(line)}".strip()
        receipt.lines(text, align="left", prefix=f"{indent}{requirement_label(index, depth)} ")
        _items(receipt, line.children, depth + 1)
