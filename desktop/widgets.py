"""Small widgets the screens share."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget


def office_today(services) -> QDate:
    """Today in the office's time zone (office.timezone), the day records are counted in; not this PC's clock zone,
    which may differ (a PC left on UTC shows yesterday until 08:00 WITA)."""
    today = services.queue.today()
    return QDate(today.year, today.month, today.day)


def literal(text: str) -> str:
    """Text for a button, menu or tab shown as written: an "&" in a name ("Informasi & Pengaduan") is not a
    mnemonic marker, so Qt must not turn it into an underlined letter."""
    return text.replace("&", "&&")


class MessageBanner(QLabel):
    """An inline message under a form: errors in red, confirmations in green. Never a blocking dialog."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def show_error(self, text: str) -> None:
        self._show(text, "#a40000", "#fde8e8")

    def show_info(self, text: str) -> None:
        self._show(text, "#1b5e20", "#e8f5e9")

    def _show(self, text: str, colour: str, background: str) -> None:
        self.setStyleSheet(f"QLabel {{ color: {colour}; background: {background}; padding: 6px; border-radius: 4px; }}")
        self.setText(text)
        self.show()

    def reserve_space(self, lines: int = 2) -> None:
        """Keep the banner's room while it is hidden, so showing a message never moves the buttons under the
        pointer (a second click must land where the first did)."""
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def clear_message(self) -> None:
        self.clear()
        self.hide()


class FormDialog(QDialog):
    """A dialog whose OK only asks to submit: it stays open, input intact, until the caller calls accept()."""

    submitted = Signal()

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.banner = MessageBanner()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submitted.emit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)
