"""The PDF typeface: DejaVu Sans, shipped in resources/fonts, so every PC renders and embeds the same glyphs."""

from __future__ import annotations

from functools import cache
from importlib.resources import as_file, files

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
_FILES = {FONT: "DejaVuSans.ttf", FONT_BOLD: "DejaVuSans-Bold.ttf", FONT_ITALIC: "DejaVuSans-Oblique.ttf"}


@cache
def register_fonts() -> str:
    """Register the DejaVu faces with reportlab once per process and return the family name.

    After this, paragraphs in the family render <b> as the bold face and <i> as the oblique face.
    """
    for name, filename in _FILES.items():
        # as_file gives a real path even from a zipped or frozen install; TTFont reads the file whole at once.
        with as_file(files("resources") / "fonts" / filename) as path:
            pdfmetrics.registerFont(TTFont(name, str(path)))
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT_ITALIC)
    addMapping(FONT, 1, 1, FONT_BOLD)  # no bold oblique shipped; bold carries the emphasis
    return FONT
