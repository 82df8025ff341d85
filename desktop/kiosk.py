"""The ticket kiosk: full screen, touch-sized, Indonesian, unattended all day (loket --kiosk)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.core.actor import Actor
from db.documents.print_jobs import PrintRecord
from db.queue.policy import PRIORITY_CATEGORIES
from db.queue.setup import GroupInfo
from db.queue.tickets import TicketInfo
from db.services import Services
from desktop.ops import Runner
from desktop.ticket_printing import issue_and_print

RESET_AFTER_MS = 8000


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class KioskWindow(QWidget):
    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Ambil Nomor Antrian"))
        self.services, self.runner = services, runner
        self.actor = Actor(username="kiosk", device_id=services.device_id)
        self.title = QLabel()
        self.title.setFont(_font(28, True))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt = QLabel(self.tr("Sentuh layanan yang Anda perlukan untuk mengambil nomor antrian"))
        self.prompt.setFont(_font(18))
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.group_grid = QGridLayout()
        self.priority_buttons = QButtonGroup(self)
        self.priority_buttons.setExclusive(False)
        priority_row = QHBoxLayout()
        label = QLabel(self.tr("Prioritas:"))
        label.setFont(_font(16))
        priority_row.addWidget(label)
        for code, text in PRIORITY_CATEGORIES.items():
            button = QPushButton(text)
            button.setObjectName(f"priority_{code}")
            button.setCheckable(True)
            button.setMinimumHeight(64)
            button.setFont(_font(14))
            button.clicked.connect(lambda checked, chosen=button: self._only(chosen, checked))
            self.priority_buttons.addButton(button)
            button.setProperty("code", code)
            priority_row.addWidget(button)
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setFont(_font(22, True))
        self.result.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.result.setWordWrap(True)
        self.footer = QLabel()
        self.footer.setFont(_font(14))
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.prompt)
        layout.addLayout(self.group_grid, 1)
        layout.addLayout(priority_row)
        layout.addWidget(self.result)
        layout.addWidget(self.footer)
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.setInterval(RESET_AFTER_MS)
        self.reset_timer.timeout.connect(self.reset)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.close)  # staff only: no visible way out
        self.group_buttons: dict[str, QPushButton] = {}
        self.last: TicketInfo | None = None
        self.runner.run(self._load, self._loaded, self._failed, owner=self)

    def _load(self):
        return self.services.settings.values(), self.services.queue_setup.groups()

    def _loaded(self, loaded) -> None:
        values, groups = loaded
        self.title.setText(values["office.short_name"])
        self.footer.setText(f"{values['office.motto']} — {values['office.motto_text']}")
        for index, group in enumerate(groups):
            self._add_group(index, group)

    def _add_group(self, index: int, group: GroupInfo) -> None:
        button = QPushButton(f"{group.name}\n({group.code})")
        button.setObjectName(f"group_{group.code}")
        button.setFont(_font(24, True))
        button.setMinimumHeight(140)
        button.clicked.connect(lambda _checked=False, code=group.code: self.take(code))
        self.group_buttons[group.code] = button
        self.group_grid.addWidget(button, index // 2, index % 2)

    def _only(self, chosen: QPushButton, checked: bool) -> None:
        for button in self.priority_buttons.buttons():
            if button is not chosen:
                button.setChecked(False)
        chosen.setChecked(checked)

    def selected_priority(self) -> str | None:
        checked = [b for b in self.priority_buttons.buttons() if b.isChecked()]
        return checked[0].property("code") if checked else None

    def take(self, group_code: str) -> None:
        for button in self.group_buttons.values():
            button.setEnabled(False)
        self.result.setText(self.tr("Mohon tunggu..."))
        issue_and_print(
            self.runner,
            self.services,
            self.actor,
            group_code,
            None,
            self.selected_priority(),
            self._issued,
            self._printed,
            self._failed,
            self,
        )

    def _issued(self, ticket: TicketInfo) -> None:
        self.last = ticket
        wait = (
            self.tr("perkiraan tunggu ± {minutes} menit").format(minutes=ticket.estimated_wait_minutes)
            if ticket.estimated_wait_minutes is not None
            else ""
        )
        self.result.setText(
            self.tr("Nomor Anda: {label}\n{ahead} orang di depan Anda {wait}")
            .format(label=ticket.label, ahead=ticket.people_ahead, wait=wait)
            .strip()
        )

    def _printed(self, job: PrintRecord) -> None:
        if job.state != "printed" and self.last is not None:
            self.result.setText(
                self.result.text()
                + "\n"
                + self.tr("Tiket tidak dapat dicetak. Catat nomor Anda: {label}, dan beri tahu petugas.").format(
                    label=self.last.label
                )
            )
        self._enable_and_schedule_reset()

    def _failed(self, message: str) -> None:
        self.result.setText(
            self.tr("Maaf, nomor belum dapat diambil. Silakan hubungi petugas.\n{reason}").format(reason=message)
        )
        self._enable_and_schedule_reset()

    def _enable_and_schedule_reset(self) -> None:
        for button in self.group_buttons.values():
            button.setEnabled(True)
        self.reset_timer.start()

    def reset(self) -> None:
        """Ready for the next visitor: no priority chosen, no number shown."""
        self.result.clear()
        for button in self.priority_buttons.buttons():
            button.setChecked(False)
