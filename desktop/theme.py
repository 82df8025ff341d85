"""Loket's design system in one place: palette, type scale, spacing, the QSS theme, icons and group colours.

Every window takes its colours and sizes from here, so a counter PC at 1366x768, the kiosk and a 1080p hall TV look
like one product. Sizes are in points on a 768-pixel-high screen and grow with the screen (`scale`), so nothing is
cut on a TV and nothing is huge on a laptop.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

os.environ.setdefault("QT_API", "pyside6")  # qtawesome goes through qtpy: never let it pick another binding


@dataclass(frozen=True)
class Palette:
    primary: str = "#0b5394"  # the blue of Indonesian public-service signage (Mal Pelayanan Publik)
    primary_dark: str = "#073763"
    primary_light: str = "#dbe8f6"
    accent: str = "#f1c232"  # the gold of the Garuda/pemda crests, used sparingly for what is called now
    surface: str = "#ffffff"
    background: str = "#f3f5f8"
    border: str = "#cfd6df"
    text: str = "#1d2733"
    muted: str = "#5b6776"
    success: str = "#1e7b34"
    success_light: str = "#e3f4e6"
    warning: str = "#b45f06"
    warning_light: str = "#fdf0dc"
    danger: str = "#a61c1c"
    danger_light: str = "#fbe4e4"
    hall_background: str = "#06213d"
    hall_panel: str = "#0c3360"
    hall_text: str = "#ffffff"


PALETTE = Palette()

# Type scale (points at 768 px of screen height): one step per role, nothing in between.
TYPE = {"caption": 9, "body": 10, "label": 11, "title": 14, "heading": 18, "display": 28, "ticket": 72, "hall": 110}

# Spacing steps in pixels (before scaling): 4-based, as Material and Fluent use.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32}

# Counter states in colour, the same on the counter screen, the dashboard and the hall display.
STATE_COLOURS = {
    "open": (PALETTE.success, PALETTE.success_light),
    "called": (PALETTE.warning, PALETTE.warning_light),
    "serving": (PALETTE.primary, PALETTE.primary_light),
    "paused": (PALETTE.muted, "#eceff3"),
    "closed": (PALETTE.danger, PALETTE.danger_light),
}

# One colour per queue group, by position in the setup (A, B, C, D, ...): the kiosk button, the ticket and the hall.
GROUP_COLOURS = ["#0b5394", "#38761d", "#b45f06", "#741b47", "#134f5c", "#7f6000", "#351c75", "#990000"]
GROUP_ICONS = ["mdi6.briefcase-outline", "mdi6.home-city-outline", "mdi6.information-outline", "mdi6.file-certificate"]
PRIORITY_ICONS = {
    "disabilitas": "mdi6.wheelchair-accessibility",
    "lansia": "mdi6.human-cane",
    "ibu_hamil": "mdi6.human-pregnant",
    "anak": "mdi6.human-male-child",
}


def group_colour(index: int) -> str:
    return GROUP_COLOURS[index % len(GROUP_COLOURS)]


def group_icon(index: int) -> str:
    return GROUP_ICONS[index] if index < len(GROUP_ICONS) else "mdi6.ticket-outline"


def scale(widget: QWidget | None = None) -> float:
    """How much larger than a 1366x768 screen the widget's screen is (1.0 at most 768 high, 1.4 on 1080p)."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return 1.0
    return scale_for(screen.geometry().width(), screen.geometry().height())


def scale_for(width: int, height: int) -> float:
    """By the smaller of both ratios: a 1366x900 screen is no wider than 1366x768, and type grown by its height
    pushed the intake screen past its right edge."""
    return max(1.0, min(2.5, height / 768, width / 1366))


def font(role: str, widget: QWidget | None = None, bold: bool = False, factor: float = 1.0) -> QFont:
    result = QFont()
    result.setPointSizeF(TYPE[role] * scale(widget) * factor)
    result.setBold(bold)
    return result


def space(step: str, widget: QWidget | None = None) -> int:
    return round(SPACE[step] * scale(widget))


@functools.lru_cache(maxsize=256)  # the hall display asks for the same icons every second, all day
def icon(name: str, colour: str | None = None) -> QIcon:
    """An icon of the maintained Material Design set ("mdi6.<name>", drawn from qtawesome's font by
    desktop/icon_font.py); an empty icon if the font cannot load."""
    from desktop.icon_font import glyph_icon  # the font loads with the first screen that shows an icon

    return glyph_icon(name, colour or PALETTE.text)


def readable_on(background: str) -> str:
    """Black or white text, whichever reads better on the colour."""
    return PALETTE.text if QColor(background).lightnessF() > 0.6 else "#ffffff"


def stylesheet() -> str:
    """No min-height/min-width here: a style-sheet minimum overrides the setMinimumHeight of touch-sized buttons."""
    p, s, k = PALETTE, SPACE, scale()
    return f"""
QWidget {{ color: {p.text}; }}
QMainWindow, QDialog {{ background: {p.background}; }}
QGroupBox {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 6px;
    margin-top: {s["l"]}px; padding: {s["m"]}px {s["s"]}px {s["s"]}px {s["s"]}px; font-weight: bold; }}
QGroupBox::title {{ subcontrol-origin: margin; left: {s["m"]}px; padding: 0 {s["xs"]}px; color: {p.primary_dark}; }}
QPushButton {{ background: {p.surface}; border: 1px solid {p.border}; border-radius: 5px;
    padding: {s["s"]}px {s["m"]}px; }}
QPushButton:hover {{ border-color: {p.primary}; background: {p.primary_light}; }}
QPushButton:pressed {{ background: {p.primary}; color: white; }}
QPushButton:disabled {{ color: {p.muted}; background: #eceff3; }}
QPushButton:default, QPushButton[role="primary"] {{ background: {p.primary}; color: white;
    border-color: {p.primary_dark}; }}
QPushButton[role="primary"]:hover {{ background: {p.primary_dark}; }}
QPushButton[role="danger"] {{ color: {p.danger}; border-color: {p.danger}; }}
QLineEdit, QComboBox, QSpinBox, QDateEdit, QPlainTextEdit, QTextEdit {{ background: {p.surface};
    border: 1px solid {p.border}; border-radius: 4px; padding: {s["xs"]}px {s["s"]}px; }}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {p.primary}; }}
QListWidget#navigation {{ background: {p.primary_dark}; color: white; border: none; padding: {s["s"]}px 0;
    font-size: {TYPE["label"] * k:.1f}pt; min-width: {round(230 * k)}px; max-width: {round(230 * k)}px; }}
QListWidget#navigation::item {{ padding: {s["s"]}px {s["l"]}px; }}
QListWidget#navigation::item:selected {{ background: {p.primary}; border-left: 4px solid {p.accent}; color: white; }}
QListWidget#navigation::item:hover {{ background: {p.primary}; }}
QTableView, QListWidget, QTreeView {{ background: {p.surface}; border: 1px solid {p.border};
    alternate-background-color: #f7f9fb; selection-background-color: {p.primary_light}; selection-color: {p.text}; }}
QHeaderView::section {{ background: {p.background}; border: none; border-bottom: 1px solid {p.border};
    padding: {s["xs"]}px {s["s"]}px; font-weight: bold; }}
QMenuBar {{ background: {p.surface}; border-bottom: 1px solid {p.border}; }}
QStatusBar {{ background: {p.surface}; border-top: 1px solid {p.border}; color: {p.muted}; }}
QTabBar::tab {{ padding: {s["s"]}px {s["l"]}px; }}
QTabBar::tab:selected {{ color: {p.primary}; border-bottom: 3px solid {p.primary}; }}
"""


def apply(app: QApplication) -> None:
    """Install the theme on the whole application (Fusion underneath, so every platform draws the same)."""
    app.setStyle("Fusion")
    # The base size as a font, not in the style sheet: a style-sheet font-size would override every setFont().
    base = app.font()
    base.setPointSizeF(TYPE["body"] * scale())
    app.setFont(base)
    app.setStyleSheet(stylesheet())


def fill_screen(window: QWidget) -> None:
    """Full screen, also where no window manager sizes the window (a kiosk PC started straight into X, Xvfb)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        window.setGeometry(screen.geometry())
    window.showFullScreen()
