"""One counter on the hall display's grid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from db.queue import views
from desktop import theme


class CounterTileView(QFrame):
    """One counter in the hall's grid: its name over the ticket it serves, coloured by its state."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("counter_tile")
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.counter.setWordWrap(True)
        self.ticket = QLabel()
        self.ticket.setObjectName("tile_ticket")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setSpacing(0)
        layout.addWidget(self.counter)
        layout.addWidget(self.ticket)

    def show_tile(self, tile: views.CounterTile, scale_widget: QWidget) -> None:
        state = "closed" if not tile.open and tile.label is None else (tile.status or "open")
        if state == "open" and tile.paused:
            state = "paused"
        if (state, tile.name, tile.label) == getattr(self, "_shown", None):
            return  # polled every second all day: restyle only what changed
        self._shown = (state, tile.name, tile.label)
        colour, _light = theme.STATE_COLOURS[state]
        self.setStyleSheet(
            f"#counter_tile {{ background: {theme.PALETTE.hall_panel}; border-radius: 10px;"
            f" border-top: 8px solid {colour}; }} QLabel {{ color: white; background: transparent; }}"
        )
        self.counter.setFont(theme.font("title", scale_widget, bold=True))
        self.counter.setText(tile.name)
        quiet = state in ("closed", "paused")
        self.ticket.setFont(theme.font("heading" if quiet else "display", scale_widget, bold=True, factor=1.3))
        self.ticket.setStyleSheet("color: #8fa3bb;" if quiet else "")
        idle = {"closed": self.tr("Tutup"), "paused": self.tr("Istirahat")}.get(state, "·")
        self.ticket.setText(tile.label or idle)
