"""The tanda terima penyerahan (receipt for the handover of a decree): an A4 or F4 PDF under the kop surat, and the
same receipt as ESC/POS bytes for 58 and 80 mm thermal paper (built on intake_escpos's receipt start).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from printing.dates import format_date, format_day_date, format_day_date_time
from printing.escpos_render import _Receipt as Receipt  # the package's one builder, reused not copied
from printing.intake_escpos import _start as start_receipt  # office lines, SALINAN and title, as the intake slips
from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, styles
from printing.receipt_pdf import copy_mark, fact_table, signature_block
from printing.records import HandoverData

TITLE = "TANDA TERIMA PENYERAHAN SURAT KEPUTUSAN"
GIVER = "Yang menyerahkan"
RECEIVER = "Yang menerima"


def handover_statement(data: HandoverData) -> str:
    """The sentence the recipient signs: who received which original decree, when, and in what condition."""
    return (
        f"Pada hari {format_day_date(data.handed_at)} pukul {data.handed_at:%H.%M}, {data.recipient_name} "
        f"({data.recipient_identity}) telah menerima asli Surat Keputusan Nomor {data.decree_number} tanggal "
        f"{format_date(data.decree_date)} dalam keadaan baik dan lengkap."
    )


def handover_rows(data: HandoverData) -> list[tuple[str, str]]:
    """The facts of the handover, in the order both the PDF and the thermal slip print them."""
    return [
        ("Nomor registrasi", data.registration_number),
        ("Nama pemohon", data.applicant_name),
        ("Identitas pemohon", data.applicant_identity),
        ("Jenis pelayanan", data.service_name),
        ("Nomor SK", data.decree_number),
        ("Tanggal SK", format_date(data.decree_date)),
        ("Nama penerima", data.recipient_name),
        ("Identitas penerima", data.recipient_identity),
        ("Penerima sebagai", data.recipient_role),
        ("Waktu penyerahan", format_day_date_time(data.handed_at)),
        ("Petugas", data.officer_name),
    ]


def handover_pdf(data: HandoverData, office: OfficeHeader, paper: Paper) -> bytes:
    """PDF bytes: kop surat, "TANDA TERIMA PENYERAHAN SURAT KEPUTUSAN" with the receipt number, the facts (registration,
    applicant, service, decree number and date, recipient with identity and role, time of handover, officer), the
    statement that the recipient received the original decree in good condition with the day, date and time in
    Indonesian, and the signatures of both sides (Yang menyerahkan: the officer / Yang menerima: the recipient).
    A copy carries a boxed "SALINAN" above the title. Same input, same bytes. RenderError (Indonesian) for an
    unknown paper or an unreadable logo.
    """
    style = styles()
    story: list[Flowable] = [Letterhead(office), Spacer(1, 3 * mm)]
    if data.copy:
        story.append(copy_mark())
    story += [
        Paragraph(TITLE, style["title"]),
        Paragraph(f"Nomor: {escape(data.receipt_number)}", style["centred"]),
        Spacer(1, 5 * mm),
        fact_table(handover_rows(data), style, label_width=42 * mm),
        Spacer(1, 4 * mm),
        Paragraph(escape(handover_statement(data)), style["body"]),
        Spacer(1, 8 * mm),
        signature_block(GIVER, data.officer_name, RECEIVER, data.recipient_name, style),
        Spacer(1, 6 * mm),
        Paragraph(f"<i>Dicetak: {format_day_date_time(data.printed_at)}</i>", style["small"]),
    ]
    title = f"{'SALINAN - ' if data.copy else ''}Tanda Terima Penyerahan {data.receipt_number}"
    return build_pdf(story, office, paper, title=title)


def handover_bytes(data: HandoverData, paper_width_mm: int, office: OfficeHeader | None = None) -> bytes:
    """ESC/POS bytes of the tanda terima penyerahan, ending with a cut.

    Guarantees: every line fits the paper's columns (32 at 58 mm, 48 at 80 mm); the receipt number is bold; the
    facts and the statement are those of the PDF; both sides get room to sign above their names; "SALINAN" appears
    only on a copy; only code page 437 is sent. The office name heads the slip when office is given. RenderError
    (Indonesian) for an unknown width.
    """
    receipt = start_receipt(paper_width_mm, office, data.copy, TITLE)
    receipt.lines(f"Nomor: {data.receipt_number}", bold=True)
    receipt.rule()
    for label, value in handover_rows(data):
        receipt.lines(f"{label}: {value}", align="left")
    receipt.rule()
    receipt.lines(handover_statement(data), align="left")
    _signature(receipt, GIVER, data.officer_name)
    _signature(receipt, RECEIVER, data.recipient_name)
    receipt.rule()
    receipt.lines(f"Dicetak: {format_day_date_time(data.printed_at)}")
    return receipt.finish()


def _signature(receipt: Receipt, role: str, name: str) -> None:
    receipt.printer.text("\n")
    receipt.lines(role)
    receipt.printer.text("\n\n\n")
    receipt.lines(f"( {name} )")
