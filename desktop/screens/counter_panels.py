"""The parts of the counter screen: the ticket in service with its timer, and the lists of who waits and who was
absent. They only show what they are given; the screen reads the database."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from db.queue import policy, views
from db.queue.tickets import TicketInfo
from desktop import theme


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive UTC times; PostgreSQL aware ones."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def elapsed(since: datetime | None, now: datetime) -> str:
    if since is None:
        return ""
    seconds = max(0, int((now - _aware(since)).total_seconds()))
    return f"{seconds // 3600:02d}:{seconds % 3600 // 60:02d}:{seconds % 60:02d}"


class TicketCard(QFrame):
    """The ticket at this counter, large, with the counter's state in colour and the service timer."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ticket_card")
        self.state_label = QLabel()
        self.state_label.setObjectName("counter_state")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket = QLabel()
        self.ticket.setObjectName("ticket")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setObjectName("ticket_detail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("service_timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addStretch(1)
        for widget in (self.ticket, self.detail, self.timer_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.since: datetime | None = None
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self._tick)
        self.clock.start()
        self.state = ""

    def show_state(self, state: str, state_text: str, ticket: TicketInfo | None, detail: str) -> None:
        restyle = state != self.state
        self.state = state
        colour, light = theme.STATE_COLOURS[state]
        if restyle:  # refreshed every few seconds: restyle only when the state changes
            self._restyle(colour, light)
        self.state_label.setText(state_text)
        self.ticket.setText(ticket.label if ticket else "")
        self.ticket.setVisible(ticket is not None)
        self.detail.setText(detail)
        self.since = None if ticket is None else (ticket.started_at or ticket.called_at)
        self._tick()

    def _restyle(self, colour: str, light: str) -> None:
        self.setStyleSheet(
            f"#ticket_card {{ background: {light}; border: 3px solid {colour}; border-radius: 10px; }}"
            f" #counter_state {{ background: {colour}; color: white; border-radius: 4px; padding: 4px 12px; }}"
            f" #ticket {{ color: {colour}; }}"
        )
        self.state_label.setFont(theme.font("title", self, bold=True))
        self.ticket.setFont(theme.font("ticket", self, bold=True))
        self.detail.setFont(theme.font("title", self))
        self.timer_label.setFont(theme.font("heading", self, bold=True))

    def _tick(self) -> None:
        self.timer_label.setText(elapsed(self.since, datetime.now(UTC)) if self.since else "")


class WaitingPanel(QWidget):
    """This counter's waiting list (wait and priority mark) above today's no-shows, which a double click recalls."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.waiting_box = QGroupBox()
        self.waiting = QListWidget()
        self.waiting.setObjectName("waiting")
        QVBoxLayout(self.waiting_box).addWidget(self.waiting)
        self.absent_box = QGroupBox()
        self.absent = QListWidget()
        self.absent.setObjectName("no_shows")
        QVBoxLayout(self.absent_box).addWidget(self.absent)
        for listing in (self.waiting, self.absent):
            listing.setFont(theme.font("label", self))
            listing.setWordWrap(True)  # a long line wraps; never a sideways scroll bar
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.waiting_box, 3)
        layout.addWidget(self.absent_box, 2)

    def show_lists(self, waiting: list[views.WaitingTicket], absent: list[tuple[str, datetime]], now: datetime):
        self.waiting_box.setTitle(self.tr("Menunggu di loket ini ({count})").format(count=len(waiting)))
        self.waiting.clear()
        for ticket in waiting:
            minutes = max(0, int((now - _aware(ticket.issued_at)).total_seconds() // 60))
            text = self.tr("{label}   menunggu {minutes} mnt").format(label=ticket.label, minutes=minutes)
            item = QListWidgetItem(text)
            if ticket.priority:
                item.setText(text + " · " + priority_name(ticket.priority))
                item.setToolTip(self.tr("PRIORITAS: {kind}").format(kind=priority_name(ticket.priority)))
                item.setIcon(theme.icon(theme.PRIORITY_ICONS[ticket.priority], theme.PALETTE.warning))
                item.setForeground(Qt.GlobalColor.darkRed)
            elif ticket.sent_here:
                item.setText(text + "   " + self.tr("(dialihkan ke sini)"))
                item.setIcon(theme.icon("mdi6.swap-horizontal", theme.PALETTE.primary))
            self.waiting.addItem(item)
        self.absent_box.setTitle(
            self.tr("Tidak hadir hari ini ({count}) — klik dua kali untuk memanggil").format(count=len(absent))
        )
        self.absent.clear()
        for label, _called_at in absent:
            item = QListWidgetItem(theme.icon("mdi6.account-off", theme.PALETTE.muted), label)
            item.setData(Qt.ItemDataRole.UserRole, label)
            self.absent.addItem(item)


def priority_name(code: str) -> str:
    names = {
        "disabilitas": QCoreApplication.translate("Priority", "Penyandang disabilitas"),
        "lansia": QCoreApplication.translate("Priority", "Lanjut usia"),
        "ibu_hamil": QCoreApplication.translate("Priority", "Ibu hamil / menyusui"),
        "anak": QCoreApplication.translate("Priority", "Anak-anak"),
    }
    return names.get(code, policy.PRIORITY_CATEGORIES.get(code, code))
