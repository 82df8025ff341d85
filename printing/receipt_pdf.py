"""The tanda terima berkas (receipt for a complete file) as an A4 or F4 PDF under the kop surat.

The fact table, checked-item table, SALINAN mark and signature block are shared with return_slip_pdf.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from printing.fonts import FONT, FONT_BOLD
from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, format_day_date, qr_drawing, styles
from printing.records import CheckedItem, ReceiptData, payment_line, status_label

QR_SIZE = 28 * mm
GRID = colors.HexColor("#808080")
HEADER_FILL = colors.HexColor("#E6E6E6")


def receipt_pdf(data: ReceiptData, office: OfficeHeader, paper: Paper) -> bytes:
    """PDF bytes: kop surat, "TANDA TERIMA BERKAS" with the registration number large, the applicant (and proxy),
    the service, a table of the documents received with their check status (header repeated when it flows onto
    further pages), the received date and the due date as "Senin, 7 Desember 2026" (or "Jangka waktu: <sla_text>"
    when due_on is None), how the time limit is counted, officer and counter, a QR of qr_payload captioned "Pindai
    untuk melacak berkas", and the Petugas / Pemohon signatures. A reprint carries a boxed "SALINAN" above the
    title. Same input, same bytes. Raises RenderError (Indonesian) for an unknown paper, logo or item status.
    """
    style = styles()
    story: list[Flowable] = [Letterhead(office), Spacer(1, 3 * mm)]
    if data.reprint:
        story.append(copy_mark())
    story.append(Paragraph("TANDA TERIMA BERKAS", style["title"]))
    story.append(Paragraph("Nomor Registrasi", style["centred"]))
    number = ParagraphStyle("number", style["title"], fontSize=17, leading=22)
    story += [Paragraph(escape(data.registration_number), number), Spacer(1, 3 * mm)]
    applicant = [("Nama pemohon", data.applicant_name), ("Identitas", data.applicant_identity)]
    if data.proxy_line:
        applicant.append(("Kuasa", data.proxy_line))
    story.append(fact_table(applicant + service_rows(data.service_code, data.service_name, data.variant), style))
    story.append(Paragraph("Dokumen yang diterima", style["heading"]))
    closing = [Spacer(1, 4 * mm), _dates_and_qr(data, style), Spacer(1, 6 * mm)]
    closing.append(signature_block("Petugas", data.officer_name, *_signer(data), style))
    story += items_then_closing(data.items, closing, style)
    title = f"{'SALINAN - ' if data.reprint else ''}Tanda Terima Berkas {data.registration_number}"
    return build_pdf(story, office, paper, title=title)


def _signer(data: ReceiptData) -> tuple[str, str | None]:
    # With a surat kuasa the proxy signs, and the record does not carry the proxy's name on its own.
    return ("Kuasa Pemohon", None) if data.proxy_line else ("Pemohon", data.applicant_name)


def _dates_and_qr(data: ReceiptData, style: dict) -> Flowable:
    rows = [("Tanggal diterima", format_day_date(data.received_on))]
    if data.due_on is not None:
        rows += [("Batas waktu penyelesaian", format_day_date(data.due_on)), ("Jangka waktu", data.sla_text)]
        note = "Jangka waktu dihitung dalam hari kerja (Senin sampai Jumat, di luar hari libur nasional dan cuti "
        note += "bersama) sejak hari berkas persyaratan diterima dengan benar dan lengkap."
    else:
        rows.append(("Jangka waktu", data.sla_text))
        note = "Jangka waktu dihitung sejak hari berkas persyaratan diterima dengan benar dan lengkap."
    rows += [("Petugas", data.officer_name), ("Loket", data.counter_name)]
    left = [
        fact_table(rows, style, label_width=48 * mm),
        Spacer(1, 2 * mm),
        Paragraph(f"<i>{note}</i>", style["small"]),
    ]
    right = [qr_drawing(data.qr_payload, QR_SIZE), Paragraph("Pindai untuk melacak berkas", _caption(style))]
    if data.public_code:
        address = data.code_url.split("://", 1)[-1]  # the narrow column: no scheme to break across lines
        right.append(Paragraph(f"Kode <b>{escape(data.public_code)}</b>", _caption(style)))
        right.append(Paragraph(f"di {escape(address)}", _caption(style)))
    table = Table([[left, right]], colWidths=[None, QR_SIZE + 8 * mm])
    table.setStyle(_plain([("ALIGN", (1, 0), (1, 0), "CENTER"), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    return KeepTogether([table])


def _caption(style: dict) -> ParagraphStyle:
    return ParagraphStyle("caption", style["small"], fontSize=7.5, leading=9, alignment=1)


def _plain(extra: Sequence[tuple] = ()) -> TableStyle:
    return TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT), *extra])


def service_rows(code: str, name: str, variant: str | None) -> list[tuple[str, str]]:
    """The fact rows naming a service: its name, its catalog code and, when given, the variant."""
    rows = [("Jenis pelayanan", name), ("Kode layanan", code)]
    return rows + [("Varian", variant)] if variant else rows


def fact_table(rows: Sequence[tuple[str, str]], style: dict, label_width: float = 38 * mm) -> Table:
    """A borderless "label : value" table, left-aligned, the values escaped so markup characters print as typed."""
    cells = [
        [
            Paragraph(escape(label), style["body"]),
            Paragraph(":", style["body"]),
            Paragraph(escape(value), style["body"]),
        ]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[label_width, 4 * mm, None], hAlign="LEFT")
    table.setStyle(_plain([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 1)]))
    return table


def grid_table(header: Sequence[str] | None, rows: list[list], widths: Sequence[float | None], style: dict) -> Table:
    """A ruled table whose bold header row repeats at the top of every page it flows onto (None: the continuation
    of a table just above, ruled the same)."""
    if header is None:
        table = Table(rows, colWidths=list(widths))
        table.setStyle(_plain([("GRID", (0, 0), (-1, -1), 0.5, GRID)]))
        return table
    bold = ParagraphStyle("th", style["body"], fontName=FONT_BOLD, alignment=1)
    table = Table([[Paragraph(text, bold) for text in header], *rows], colWidths=list(widths), repeatRows=1)
    table.setStyle(
        _plain(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, GRID),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ]
        )
    )
    return table


def item_paragraph(item: CheckedItem, style: dict) -> Paragraph:
    """The checklist label and text of an item, sub-items indented by their level."""
    indent = item.level * 6 * mm
    item_style = ParagraphStyle(
        "cell", style["body"], leftIndent=indent + 8 * mm, bulletIndent=indent, bulletFontName=FONT
    )
    return Paragraph(escape(item.text), item_style, bulletText=item.label)


ITEM_HEADER = ["Dokumen persyaratan", "Hasil pemeriksaan"]
ITEM_WIDTHS = [None, 52 * mm]
ROWS_KEPT_WITH_CLOSING = 2


def _item_rows(items: Sequence[CheckedItem], style: dict) -> list[list]:
    """Every checked item with its status in words, the officer's reason (italic) where one was given, and a payment
    slip's number, date and amount (in figures and in words) under the item it proves."""
    rows = []
    for item in items:
        status = escape(status_label(item)) + (f"<br/><i>{escape(item.reason)}</i>" if item.reason else "")
        text: Flowable | list[Flowable] = item_paragraph(item, style)
        if item.payment is not None:
            text = [text, Paragraph(f"<i>{escape(payment_line(item.payment))}</i>", style["small"])]
        rows.append([text, Paragraph(status, style["body"])])
    return rows


def items_then_closing(items: Sequence[CheckedItem], closing: list[Flowable], style: dict) -> list[Flowable]:
    """The item table, then the dates and signatures, so that the signatures never stand alone on a page: the last
    items go over with them (a signature under nothing it signs for is worthless at the counter)."""
    return rows_then_closing(ITEM_HEADER, _item_rows(items, style), ITEM_WIDTHS, closing, style)


def rows_then_closing(
    header: Sequence[str], rows: list[list], widths: Sequence[float | None], closing: list[Flowable], style: dict
) -> list[Flowable]:
    """A ruled table whose last rows stay on the page of the closing flowables (dates, signatures)."""
    if len(rows) <= ROWS_KEPT_WITH_CLOSING:
        return [KeepTogether(_flat([grid_table(header, rows, widths, style), *closing]))]
    head = grid_table(header, rows[:-ROWS_KEPT_WITH_CLOSING], widths, style)
    tail = grid_table(None, rows[-ROWS_KEPT_WITH_CLOSING:], widths, style)
    return [head, KeepTogether(_flat([tail, *closing]))]


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    # A KeepTogether inside a KeepTogether makes reportlab move the whole block even when it fits: unwrap them.
    flat: list[Flowable] = []
    for flowable in flowables:
        flat += _flat(flowable._content) if isinstance(flowable, KeepTogether) else [flowable]
    return flat


def copy_mark() -> Table:
    """A boxed, bold "SALINAN" across the top of a reprint, so a copy is never taken for the original."""
    mark = ParagraphStyle("copy", fontName=FONT_BOLD, fontSize=16, leading=20, alignment=1)
    table = Table([[Paragraph("SALINAN", mark)]], colWidths=[45 * mm], hAlign="RIGHT")
    table.setStyle(_plain([("BOX", (0, 0), (-1, -1), 1.5, colors.black)]))
    return table


def signature_block(left_role: str, left_name: str, right_role: str, right_name: str | None, style: dict) -> Flowable:
    """Two signature columns: the role, room to sign, then the name (a dotted line when the name is not known)."""
    centred = style["centred"]

    def column(role: str, name: str | None) -> list[Flowable]:
        signed = f"( <b>{escape(name)}</b> )" if name else "( " + "." * 40 + " )"
        return [Paragraph(escape(role), centred), Spacer(1, 20 * mm), Paragraph(signed, centred)]

    table = Table([[column(left_role, left_name), column(right_role, right_name)]], colWidths=["50%", "50%"])
    table.setStyle(_plain())
    return KeepTogether([table])
