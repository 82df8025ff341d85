"""A service's requirements as an A4 or F4 PDF under the kop surat, for printing or sending to a visitor."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from printing.fonts import FONT
from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, format_day_date_time, qr_drawing, styles
from printing.records import RequirementLine, RequirementListData, requirement_label, requirement_suffix

QR_SIZE = 24 * mm


def requirement_list_pdf(data: RequirementListData, office: OfficeHeader, paper: Paper) -> bytes:
    """PDF bytes: kop surat on page 1, "DAFTAR PERSYARATAN" with the service's name, code and a QR of its code,
    requirements numbered a., b. with sub-items 1), 2) and conditions in italics, each variant under its own
    heading, then time limit, fee, product and the printed date. Long lists flow onto further pages, each
    numbered "Halaman n dari total". Raises RenderError (Indonesian) for an unknown paper or unreadable logo.
    """
    style = styles()
    story: list[Flowable] = [Letterhead(office), Spacer(1, 4 * mm), _title_block(data, style)]
    story.append(Paragraph("Persyaratan", style["heading"]))
    story += _items(data.requirements, 0, style)
    for name, lines in data.variants:
        story.append(Paragraph(escape(name), style["heading"]))
        story += _items(lines, 0, style)
    story.append(Spacer(1, 4 * mm))
    story.append(_facts(data, style))
    return build_pdf(story, office, paper, title=f"Daftar Persyaratan - {data.service_name}")


def _title_block(data: RequirementListData, style: dict) -> Table:
    text = [
        Paragraph("DAFTAR PERSYARATAN", style["title"]),
        Paragraph(escape(data.service_name), style["subtitle"]),
        Paragraph(f"Kode layanan: {escape(data.service_code)}", style["centred"]),
    ]
    table = Table([[text, qr_drawing(data.service_code, QR_SIZE)]], colWidths=[None, QR_SIZE + 4 * mm])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (0, 0), QR_SIZE + 4 * mm),  # balances the QR so the title stays centred
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        )
    )
    return table


def _items(lines: Sequence[RequirementLine], depth: int, style: dict) -> list[Flowable]:
    flowables: list[Flowable] = []
    item_style = style[f"item{min(depth, 2)}"]
    for index, line in enumerate(lines):
        notes = requirement_suffix(line)
        markup = escape(line.text) + (f" <i>{escape(notes)}</i>" if notes else "")
        flowables.append(Paragraph(markup, item_style, bulletText=requirement_label(index, depth)))
        flowables += _items(line.children, depth + 1, style)
    return flowables


def _facts(data: RequirementListData, style: dict) -> Table:
    rows = [
        (label, value)
        for label, value in (
            ("Jangka waktu penyelesaian", data.sla_text),
            ("Biaya/tarif", data.fee_text),
            ("Produk pelayanan", data.product),
            ("Dicetak", format_day_date_time(data.printed_at)),
        )
        if value
    ]
    cells = [
        [Paragraph(label, style["body"]), Paragraph(":", style["body"]), Paragraph(escape(value), style["body"])]
        for label, value in rows
    ]
    table = Table(cells, colWidths=[58 * mm, 4 * mm, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return table
