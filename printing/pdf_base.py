"""What every Loket PDF shares: paper sizes, fonts, styles, kop surat, QR codes and the page-numbered footer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from io import BytesIO
from typing import Literal

import qrcode
from reportlab import rl_config
from reportlab.lib.colors import black
from reportlab.lib.pagesizes import A4 as A4_SIZE
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from printing.dates import format_date, format_day_date, format_day_date_time
from printing.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from printing.letterhead import Letterhead, draw_letterhead, letterhead_height
from printing.records import OfficeHeader, RenderError

# Streams are deflated either way; ASCII85 on top only made every PDF a quarter larger and slower to write (and
# the C accelerator, rl_accel, does the rest of reportlab's hot loops).
rl_config.useA85 = 0

__all__ = [
    "A4",
    "F4",
    "PAGE_SIZES",
    "Letterhead",
    "OfficeHeader",
    "PageHook",
    "Paper",
    "build_pdf",
    "draw_letterhead",
    "format_date",
    "format_day_date",
    "format_day_date_time",
    "letterhead_height",
    "page_size",
    "qr_drawing",
    "register_fonts",
    "styles",
]

Paper = Literal["A4", "F4"]
A4: tuple[float, float] = A4_SIZE
F4: tuple[float, float] = (215 * mm, 330 * mm)  # folio as Indonesian offices cut it; not 8.5 x 13 in
PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "F4": F4}
MARGIN_SIDE = 20 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 22 * mm
FOOTER_Y = 12 * mm

PageHook = Callable[[Canvas, int, int], None]  # (canvas, page number, page count), drawn before the footer


def page_size(paper: str) -> tuple[float, float]:
    """The page size in points for "A4" or "F4"; RenderError (Indonesian) for any other name."""
    try:
        return PAGE_SIZES[paper]
    except KeyError:
        raise RenderError(f"ukuran kertas {paper!r} tidak dikenal; pilih A4 atau F4") from None


def styles() -> dict[str, ParagraphStyle]:
    """Fresh paragraph styles in DejaVu Sans: body, centred, title, subtitle, heading, small, item0-item2."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13.5)
    result = {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=FONT_BOLD, fontSize=14, leading=18, alignment=1),
        "subtitle": ParagraphStyle("subtitle", body, fontName=FONT_BOLD, fontSize=11.5, leading=15, alignment=1),
        "heading": ParagraphStyle("heading", body, fontName=FONT_BOLD, fontSize=10.5, spaceBefore=8, spaceAfter=3),
        "centred": ParagraphStyle("centred", body, alignment=1),
        "small": ParagraphStyle("small", body, fontSize=8.5, leading=11),
    }
    for depth in range(3):
        indent = 7 * mm + depth * 7 * mm
        result[f"item{depth}"] = ParagraphStyle(
            f"item{depth}", body, leftIndent=indent, bulletIndent=indent - 6.5 * mm, bulletFontName=FONT, spaceAfter=2
        )
    return result


QR_MASK = 2


def qr_matrix(payload: str) -> list[list[bool]]:
    """The QR modules (dark = True), error correction M, no quiet zone: the `qrcode` package encodes a decree's
    signed payload several times faster than reportlab's pure-Python encoder."""
    # A fixed mask pattern: choosing the "best" of eight costs most of the encoding time, and any mask reads.
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=QR_MASK)
    code.add_data(payload)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


class QrCode(Flowable):
    """A square QR code of `size` points: every run of dark modules in a row is one rectangle of a single filled
    path, so the page content holds one path operator sequence instead of a shape object per run (a decree's code
    used to be ~1,160 reportlab shapes, three quarters of its rendering time)."""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.matrix = qr_matrix(payload)
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.draw_on(self.canv)

    def draw_on(self, canvas: Canvas) -> None:
        module = self.width / len(self.matrix)
        path = canvas.beginPath()
        for row_index, row in enumerate(self.matrix):
            y = self.height - (row_index + 1) * module
            column = 0
            while column < len(row):
                if not row[column]:
                    column += 1
                    continue
                start = column
                while column < len(row) and row[column]:
                    column += 1
                path.rect(start * module, y, (column - start) * module, module)
        canvas.saveState()
        canvas.setFillColor(black)
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


def qr_drawing(payload: str, size: float = 26 * mm) -> QrCode:
    """A square QR code flowable of `size` points carrying payload, drawn as one vector path."""
    return QrCode(payload, size)


def _numbered_canvas(footer_text: str, on_page: PageHook | None = None) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds every page until save() so the footer can say "Halaman n dari total"."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                if on_page is not None:
                    self.saveState()
                    on_page(self, number, len(self._pages))
                    self.restoreState()
                self._footer(number, len(self._pages))
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            width = self._pagesize[0]
            self.setLineWidth(0.4)
            self.line(MARGIN_SIDE, FOOTER_Y + 10, width - MARGIN_SIDE, FOOTER_Y + 10)
            self.setFont(FONT_ITALIC, 8)
            self.drawString(MARGIN_SIDE, FOOTER_Y, footer_text)
            self.setFont(FONT, 8)
            self.drawRightString(width - MARGIN_SIDE, FOOTER_Y, f"Halaman {number} dari {total}")

    return NumberedCanvas


def build_pdf(
    story: Sequence[Flowable], office: OfficeHeader, paper: Paper, title: str, *, on_page: PageHook | None = None
) -> bytes:
    """Lay out story on A4 or F4 pages and return the PDF bytes.

    Guarantees: every page has the footer (office motto, "Halaman n dari total"); DejaVu Sans is embedded; the
    output carries no timestamp or random id (reportlab's invariant mode), so the same input gives the same bytes.
    on_page, when given, is called once per page after the story is laid out, with the canvas, the page number and
    the page count, to draw marks that belong on every page (it draws over the content, inside a saved state).
    """
    register_fonts()
    buffer = BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size(paper),
        leftMargin=MARGIN_SIDE,
        rightMargin=MARGIN_SIDE,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=office.name,
        creator="Loket",
        invariant=1,
        initialFontName=FONT,  # otherwise every page names Helvetica, a font the PDF does not carry
        initialFontSize=10,
    )
    footer = " - ".join(part for part in (office.motto, office.motto_text) if part)
    document.build(list(story), canvasmaker=_numbered_canvas(footer, on_page))
    return buffer.getvalue()
