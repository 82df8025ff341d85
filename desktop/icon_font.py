"""Material Design icons drawn from the font qtawesome ships, without importing qtawesome.

Importing qtawesome costs 30 MiB (through qtpy, whose QtGui imports PySide6.QtOpenGL and its libraries) and its
first icon 16 MiB more (it loads all of its twelve fonts and their charmaps): a fifth of Loket's memory after a day,
for the 19 icons it shows. Loket draws the glyphs of one of those fonts, Material Design Icons 6 ("mdi6.<name>", the
names of qtawesome), the way qtawesome's painter draws them: the glyph at 7/8 of the icon's height, centred, in the
icon's colour, in the palette's disabled text colour when disabled. The font and its charmap stay qtawesome's files,
updated with it (uv.lock) and bundled by loket.spec's collect_data_files("qtawesome").
"""

from __future__ import annotations

import functools
import importlib.util
import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap

PREFIX = "mdi6."
FONT_GLOB = "materialdesignicons6-webfont-*.ttf"
GLYPH_SHARE = 0.875  # qtawesome's: a 16-pixel icon gets a 14-pixel glyph, the rest is the font's bearing


def _fonts_folder() -> Path | None:
    spec = importlib.util.find_spec("qtawesome")  # finds the package without running it
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations))) / "fonts"
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller bundle: collect_data_files keeps the package's folder
    return Path(frozen) / "qtawesome" / "fonts" if frozen else None


@functools.cache
def _font() -> tuple[str, dict[str, int]] | None:
    """The font family and each icon name's code point; None when the font cannot be loaded."""
    folder = _fonts_folder()
    fonts = sorted(folder.glob(FONT_GLOB)) if folder is not None and folder.is_dir() else []
    if not fonts:
        return None
    font_file = fonts[-1]
    charmap_file = font_file.with_name(font_file.name.replace("-webfont-", "-webfont-charmap-")).with_suffix(".json")
    font_id = QFontDatabase.addApplicationFont(str(font_file))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families or not charmap_file.is_file():
        return None
    charmap = json.loads(charmap_file.read_text(encoding="utf-8"))
    return families[0], {name: int(code, 16) for name, code in charmap.items()}


class GlyphEngine(QIconEngine):
    """One glyph in one colour, painted at whatever size Qt asks for."""

    def __init__(self, family: str, glyph: str, colour: str):
        super().__init__()
        self.family, self.glyph, self.colour = family, glyph, colour

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        if mode == QIcon.Mode.Disabled:
            painter.setPen(QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        else:
            painter.setPen(QColor(self.colour))
        font = QFont(self.family)
        font.setPixelSize(max(1, round(GLYPH_SHARE * rect.height())))
        painter.setFont(font)
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self.glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return GlyphEngine(self.family, self.glyph, self.colour)


def glyph_icon(name: str, colour: str) -> QIcon:
    """The icon "mdi6.<name>" in the colour; an empty icon for another set, an unknown name or a missing font."""
    loaded = _font() if name.startswith(PREFIX) else None
    code = loaded[1].get(name.removeprefix(PREFIX)) if loaded else None
    if code is None:
        return QIcon()
    return QIcon(GlyphEngine(loaded[0], chr(code), colour))
