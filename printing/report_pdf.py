"""The supervisor's report as an A4 PDF under the kop surat: title, period, every table, signature block."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from printing.fonts import FONT, FONT_BOLD
from printing.pdf_base import MARGIN_SIDE, Letterhead, OfficeHeader, Paper, build_pdf, page_size, styles
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
    last: list[Flowable] = []
    for table in document.tables:
        last = [Paragraph(escape(table.title), style["heading"])]
        last.append(_table(table, style, page_size(paper)[0] - 2 * MARGIN_SIDE))
        if table.note:
            last.append(Paragraph(f"<i>{escape(table.note)}</i>", style["small"]))
        story += last
    # The signature never stands alone on a page: a short last table moves over with it when both do not fit.
    if last and len(document.tables[-1].rows) <= SIGNED_TABLE_ROWS:
        del story[-len(last) :]
    else:
        last = []
    story.append(KeepTogether([*last, Spacer(1, 8 * mm), _signature(document, style)]))
    return build_pdf(story, office, paper, title=f"{document.title} - {document.period}")


def _table(table: ReportTable, style: dict, width: float) -> Table:
    """Column widths from the words they hold: every column is at least as wide as its longest word, so no word is
    broken inside ("Lok et"); when the words do not fit the page, the table's type gets smaller instead."""
    headers = [escape(text) for text in table.headers]
    texts = [[cell_text(value) for value in row] for row in table.rows]
    size = style["small"].fontSize
    widths = _column_widths(table.headers, texts, size, width)
    while widths is None and size > MIN_CELL_SIZE:
        size -= 0.5
        widths = _column_widths(table.headers, texts, size, width)
    small = ParagraphStyle("cell", style["small"], fontSize=size, leading=size * 1.25)
    head = {**style, "body": ParagraphStyle("head", style["body"], fontSize=size, leading=size * 1.25)}
    rows = [[Paragraph(escape(text), small) for text in row] for row in texts]
    if not rows:
        rows = [[Paragraph("Tidak ada data", small)] + [Paragraph("", small) for _ in table.headers[1:]]]
    return grid_table(headers, rows, widths or [width / len(headers)] * len(headers), head)


MIN_CELL_SIZE = 6.0
SIGNED_TABLE_ROWS = 12  # a last table this short keeps the signature company on its page
CELL_PADDING = 2 * 6  # reportlab's default left + right cell padding


def _column_widths(headers: Sequence[str], rows: list[list[str]], size: float, width: float) -> list[float] | None:
    """Widths that hold each column's longest word (header bold), sharing what is left by how much text each column
    has; None when even the longest words do not fit side by side."""
    columns = list(zip(headers, *rows, strict=False)) if rows else [(h,) for h in headers]
    least, natural = [], []
    for header, *cells in columns:
        words = [(w, FONT_BOLD) for w in header.split()] + [(w, FONT) for c in cells for w in c.split()]
        least.append(max([stringWidth(w, font, size) for w, font in words] + [size]) + CELL_PADDING)
        longest = max([stringWidth(header, FONT_BOLD, size)] + [stringWidth(c, FONT, size) for c in cells])
        natural.append(min(longest + CELL_PADDING, width * 0.6))
    if sum(least) > width:
        return None
    spare = width - sum(least)
    wants = [max(0.0, n - m) for n, m in zip(natural, least, strict=True)]
    total = sum(wants) or 1.0
    share = [spare * want / total if sum(wants) else spare / len(least) for want in wants]
    return [m + extra for m, extra in zip(least, share, strict=True)]


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
