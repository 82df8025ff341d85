"""The supervisor's report as an A4 PDF under the kop surat: title, period, every table, signature block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from printing.pdf_base import Letterhead, OfficeHeader, Paper, build_pdf, styles
from printing.receipt_pdf import _plain, grid_table

Cell = str | int | float | None


@dataclass(frozen=True)
class ReportTable:
    """One table of a report: what the PDF, the XLSX sheet, the CSV section and the screen all show."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


@dataclass(frozen=True)
class ReportDocument:
    title: str
    period: str  # e.g. "Rabu, 25 November 2026" or "1 - 30 November 2026"
    filters: str  # "" or e.g. "Loket 1, grup A"
    tables: tuple[ReportTable, ...]
    place_date: str  # "Paringin, 25 November 2026"
    signer_role: str
    signer_name: str | None  # None: a dotted line to sign over


def cell_text(value: Cell) -> str:
    """How a cell prints: "-" for no value, decimals with a comma as Indonesian readers expect."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    return str(value)


def report_pdf(document: ReportDocument, office: OfficeHeader, paper: Paper = "A4") -> bytes:
    """PDF bytes: kop surat, the title and period (and filters), every table with its header repeated on each page it
    flows onto, and the signature block of the supervisor. Same input, same bytes."""
    style = styles()
    story: list[Flowable] = [Letterhead(office), Spacer(1, 3 * mm), Paragraph(escape(document.title), style["title"])]
    story.append(Paragraph(escape(f"Periode: {document.period}"), style["centred"]))
    if document.filters:
        story.append(Paragraph(escape(f"Saringan: {document.filters}"), style["centred"]))
    story.append(Spacer(1, 4 * mm))
    for table in document.tables:
        story.append(Paragraph(escape(table.title), style["heading"]))
        story.append(_table(table, style))
        if table.note:
            story.append(Paragraph(f"<i>{escape(table.note)}</i>", style["small"]))
    story.append(Spacer(1, 8 * mm))
    story.append(_signature(document, style))
    return build_pdf(story, office, paper, title=f"{document.title} - {document.period}")


def _table(table: ReportTable, style: dict) -> Table:
    small = style["small"]
    rows = [[Paragraph(escape(cell_text(value)), small) for value in row] for row in table.rows]
    if not rows:
        rows = [[Paragraph("Tidak ada data", small)] + [Paragraph("", small) for _ in table.headers[1:]]]
    headers = [escape(text) for text in table.headers]
    return grid_table(headers, rows, _widths(len(headers)), style)


def _widths(columns: int) -> Sequence[float | None]:
    if columns <= 2:
        return [None, 45 * mm][:columns]
    return [None] * columns


def _signature(document: ReportDocument, style: dict) -> Flowable:
    centred = style["centred"]
    name = f"( <b>{escape(document.signer_name)}</b> )" if document.signer_name else "( " + "." * 40 + " )"
    column = [
        Paragraph(escape(document.place_date), centred),
        Paragraph(escape(document.signer_role), centred),
        Spacer(1, 20 * mm),
        Paragraph(name, centred),
    ]
    table = Table([["", column]], colWidths=["45%", "55%"])
    table.setStyle(_plain())
    return KeepTogether([table])
