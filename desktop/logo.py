"""The office logo where people expect it (kiosk, hall display, sign-in, side bar): the stored office.logo, or,
until the administrator sets one, a plain emblem drawn from the office's initials (never an empty corner)."""

from __future__ import annotations

import base64

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from desktop import theme

_SKIP = {"dan", "kabupaten", "kota", "provinsi", "dinas", "pemerintah"}


def initials(short_name: str) -> str:
    """'DPMPTSP Kabupaten Balangan' -> 'DPMPTSP'; 'Mal Pelayanan Publik' -> 'MPP'."""
    words = short_name.split()
    if words and words[0].isupper() and len(words[0]) > 1:
        return words[0][:8]
    letters = [w[0].upper() for w in words if w.lower() not in _SKIP and w[:1].isalpha()]
    return "".join(letters[:4]) or "L"


def logo_pixmap(stored_logo: str, short_name: str, size: int, light: bool = False) -> QPixmap:
    """The logo scaled to `size` pixels high; the drawn emblem when none is stored or it cannot be read."""
    if stored_logo:
        pixmap = QPixmap()
        if pixmap.loadFromData(base64.b64decode(stored_logo)):
            return pixmap.scaledToHeight(size, Qt.TransformationMode.SmoothTransformation)
    return _emblem(initials(short_name), size, light)


def _emblem(text: str, size: int, light: bool) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = QColor(theme.PALETTE.accent)
    painter.setPen(QPen(ring, max(2, size // 24)))
    painter.setBrush(QColor("#ffffff" if light else theme.PALETTE.primary))
    inset = size / 20
    painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    font = QFont()
    font.setBold(True)
    pixels = int(size * 0.42)
    font.setPixelSize(pixels)
    while pixels > 6 and QFontMetrics(font).horizontalAdvance(text) > size * 0.74:
        pixels -= 1
        font.setPixelSize(pixels)
    painter.setFont(font)
    painter.setPen(QColor(theme.PALETTE.primary if light else "#ffffff"))
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class OfficeLogo(QLabel):
    def __init__(self, size: int, light: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("office_logo")
        self.logo_size, self.light = size, light
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(size, size)

    def show_office(self, stored_logo: str, short_name: str) -> None:
        if getattr(self, "_shown", None) == (stored_logo, short_name):
            return  # the hall display asks every second; a logo can be megabytes to decode
        self._shown = (stored_logo, short_name)
        self.setPixmap(logo_pixmap(stored_logo, short_name, self.logo_size, self.light))
        self.setToolTip(short_name)
