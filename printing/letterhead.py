"""The kop surat (letterhead): logo, government, office name, address and contacts, then a double rule."""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from printing.fonts import FONT, FONT_BOLD, register_fonts
from printing.records import OfficeHeader, RenderError

LOGO_HEIGHT = 24 * mm
LOGO_GAP = 4 * mm
RULE_SPACE = 3 * mm
NAME_SIZES = (15, 14, 13, 12)  # the office name shrinks before it wraps onto a third line


@dataclass(frozen=True)
class _Line:
    text: str
    font: str
    size: float

    @property
    def leading(self) -> float:
        return self.size * 1.25


def _layout(office: OfficeHeader, text_width: float) -> list[_Line]:
    register_fonts()
    lines = [_Line(text, FONT_BOLD, 13) for text in simpleSplit(office.government.upper(), FONT_BOLD, 13, text_width)]
    for size in NAME_SIZES:
        name_lines = simpleSplit(office.name.upper(), FONT_BOLD, size, text_width)
        if len(name_lines) <= 2:
            break
    lines += [_Line(text, FONT_BOLD, size) for text in name_lines]
    lines += [_Line(text, FONT, 10) for text in simpleSplit(office.address, FONT, 10, text_width)]
    contacts = [
        label + value
        for label, value in (("Telp. ", office.phone), ("Email: ", office.email), ("Laman: ", office.website))
        if value
    ]
    lines += [_Line(text, FONT, 9) for text in _join_fitting(contacts, "  |  ", FONT, 9, text_width)]
    return lines


def _join_fitting(parts: list[str], separator: str, font: str, size: float, width: float) -> list[str]:
    """Join parts into as few lines as fit, never splitting a part (a label stays beside its value)."""
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]}{separator}{part}" if lines else part
        if lines and stringWidth(joined, font, size) <= width:
            lines[-1] = joined
        else:
            lines.append(part)
    return [piece for line in lines for piece in simpleSplit(line, font, size, width)]


def _logo(office: OfficeHeader) -> ImageReader | None:
    if not office.logo_png:
        return None
    try:
        reader = ImageReader(BytesIO(office.logo_png))
        reader.getSize()
    except Exception as error:  # noqa: BLE001 - PIL raises many types for a broken image; all mean the same here
        raise RenderError("logo kantor tidak dapat dibaca; gunakan berkas PNG atau JPEG") from error
    return reader


def _text_width(width: float, logo: ImageReader | None) -> float:
    # The text stays centred on the page, so the logo's room is kept free on both sides.
    return width - 2 * (LOGO_HEIGHT + LOGO_GAP) if logo else width


def letterhead_height(office: OfficeHeader, width: float) -> float:
    """Height in points that draw_letterhead will use for this office at this width, rule included."""
    logo = _logo(office)
    text_height = sum(line.leading for line in _layout(office, _text_width(width, logo)))
    return max(text_height, LOGO_HEIGHT if logo else 0) + 2 * RULE_SPACE


def draw_letterhead(canvas: Canvas, office: OfficeHeader, x: float, top: float, width: float) -> float:
    """Draw the kop surat with its top edge at `top` across [x, x + width]; return the y just below it.

    Raises RenderError (Indonesian) when the logo bytes are not a readable PNG or JPEG.
    """
    logo = _logo(office)
    lines = _layout(office, _text_width(width, logo))
    text_height = sum(line.leading for line in lines)
    block = max(text_height, LOGO_HEIGHT if logo else 0)
    if logo:
        logo_width, logo_height = logo.getSize()
        scale = LOGO_HEIGHT / max(logo_width, logo_height)  # a wide logo must not reach into the text
        drawn_width, drawn_height = logo_width * scale, logo_height * scale
        canvas.drawImage(logo, x, top - (block + drawn_height) / 2, drawn_width, drawn_height, mask="auto")
    y = top - (block - text_height) / 2
    centre = x + width / 2
    for line in lines:
        y -= line.leading
        canvas.setFont(line.font, line.size)
        canvas.drawCentredString(centre, y + (line.leading - line.size) / 2 + 1, line.text)
    rule_y = top - block - RULE_SPACE
    canvas.setLineWidth(2)
    canvas.line(x, rule_y, x + width, rule_y)
    canvas.setLineWidth(0.6)
    canvas.line(x, rule_y - 2.5, x + width, rule_y - 2.5)
    return rule_y - RULE_SPACE


class Letterhead(Flowable):
    """draw_letterhead as a platypus flowable, so it starts the story of a document's first page."""

    def __init__(self, office: OfficeHeader) -> None:
        super().__init__()
        self.office = office

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = letterhead_height(self.office, available_width)
        return self.width, self.height

    def draw(self) -> None:
        draw_letterhead(self.canv, self.office, 0, self.height, self.width)
