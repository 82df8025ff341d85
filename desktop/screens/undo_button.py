"""The short "Batalkan" after F6 or F9: visible for the seconds the service still accepts the undo, counting down."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from db.queue import undo
from desktop import theme


class UndoButton(QPushButton):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("undo")
        self.setIcon(theme.icon("mdi6.undo", theme.PALETTE.warning))
        self.setProperty("role", "danger")
        self.hide()
        self.pending: tuple[str, str | None] | None = None  # (what was done, the ticket it concerned)
        self.left = 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._count_down)

    def offer(self, kind: str, label: str | None) -> None:
        self.pending = (kind, label)
        self.left = undo.UNDO_SECONDS - 2  # the service's own limit, less the time to reach it
        self._show_left()
        self.show()
        self.timer.start()

    def take(self) -> tuple[str, str | None] | None:
        """What to undo, once: the offer ends when taken."""
        pending = self.pending
        self.forget()
        return pending

    def forget(self) -> None:
        self.pending = None
        self.timer.stop()
        self.hide()

    def _count_down(self) -> None:
        self.left -= 1
        if self.left <= 0:
            self.forget()
        else:
            self._show_left()

    def _show_left(self) -> None:
        self.setText(self.tr("Batalkan (Ctrl+Z) · {seconds} dtk").format(seconds=self.left))
