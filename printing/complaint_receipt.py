"""The tanda terima pengaduan (complaint receipt): ESC/POS for the thermal printer and an A4/F4 PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.dates import format_day_date, format_day_date_time
from printing.escpos_render import _Receipt as Receipt  # the package's one builder, reused not copied
from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, styles
from printing.receipt_pdf import copy_mark, fact_table, signature_block

CLOSING = "Simpan tanda terima ini. Gunakan nomor pengaduan untuk menanyakan perkembangan penanganannya kepada petugas."


@dataclass(frozen=True)
class ComplaintReceiptData:
    tracking_number: str
    complainant: str  # the name, or "Anonim"
    contact: str  # phone and/or email as given, or "-"
    channel: str
    category: str
    description: str
    related: str  # registration number and/or ticket, or "-"
    received_at: datetime  # local time
    due_on: date | None
    officer_name: str
    counter_name: str
    printed_at: datetime
    reprint: bool = False


def _facts(data: ComplaintReceiptData) -> list[tuple[str, str]]:
    rows = [
        ("Pengadu", data.complainant),
        ("Kontak", data.contact),
        ("Saluran", data.channel),
        ("Ruang lingkup", data.category),
        ("Terkait", data.related),
        ("Diterima", format_day_date_time(data.received_at)),
    ]
    if data.due_on is not None:
        rows.append(("Target penyelesaian", format_day_date(data.due_on)))
    return rows + [("Petugas", data.officer_name), ("Loket", data.counter_name)]


def complaint_receipt_bytes(data: ComplaintReceiptData, paper_width_mm: int, office: OfficeHeader | None) -> bytes:
    """ESC/POS bytes ending with a cut: the tracking number bold and double height, the facts, the closing note.
    Every line fits the paper's columns; "SALINAN" only on a reprint."""
    receipt = Receipt(paper_width_mm)
    if office is not None:
        receipt.lines(office.government)
        receipt.lines(office.name, bold=True)
    if data.reprint:
        receipt.large("SALINAN", 2, 2)
    receipt.lines("TANDA TERIMA PENGADUAN", bold=True)
    receipt.lines("Nomor pengaduan:")
    receipt.large(data.tracking_number, 1, 2)
    receipt.rule()
    for label, value in _facts(data):
        receipt.lines(f"{label}: {value}", align="left")
    receipt.rule()
    receipt.lines("Uraian:", align="left", bold=True)
    receipt.lines(data.description, align="left")
    receipt.rule()
    receipt.lines(CLOSING, align="left")
    receipt.lines(f"Dicetak: {format_day_date_time(data.printed_at)}")
    return receipt.finish()


def complaint_receipt_pdf(data: ComplaintReceiptData, office: OfficeHeader, paper: Paper) -> bytes:
    """PDF bytes: kop surat, "TANDA TERIMA PENGADUAN" with its number, the facts, the description, the closing
    note and the Petugas / Pengadu signatures. A reprint carries "SALINAN". Same input, same bytes."""
    style = styles()
    story: list[Flowable] = [Letterhead(office), Spacer(1, 3 * mm)]
    if data.reprint:
        story.append(copy_mark())
    story.append(Paragraph("TANDA TERIMA PENGADUAN", style["title"]))
    story += [Paragraph(f"Nomor: {escape(data.tracking_number)}", style["subtitle"]), Spacer(1, 4 * mm)]
    story += [fact_table(_facts(data), style, label_width=42 * mm), Spacer(1, 3 * mm)]
    story += [Paragraph("<b>Uraian pengaduan</b>", style["body"]), Paragraph(escape(data.description), style["body"])]
    story += [Spacer(1, 3 * mm), Paragraph(escape(CLOSING), style["body"]), Spacer(1, 6 * mm)]
    signer = None if data.complainant == "Anonim" else data.complainant
    story.append(signature_block("Petugas", data.officer_name, "Pengadu", signer, style))
    title = f"{'SALINAN - ' if data.reprint else ''}Tanda Terima Pengaduan {data.tracking_number}"
    return build_pdf(story, office, paper, title=title)
