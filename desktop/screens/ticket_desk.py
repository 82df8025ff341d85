"""Ambil Antrian: customer service issues tickets at the desk (keyboard: the group's letter, then Enter)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.documents.print_jobs import PrintRecord
from db.queue.policy import PRIORITY_CATEGORIES
from db.queue.setup import GroupInfo
from db.queue.tickets import TicketInfo
from desktop.context import ScreenContext
from desktop.screens.counter_panels import priority_name
from desktop.ticket_printing import issue_and_print, reprint
from desktop.widgets import MessageBanner


class TicketDeskScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ticket_desk")
        self.context = context
        self.groups: list[GroupInfo] = []
        self.last: TicketInfo | None = None
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.group.currentIndexChanged.connect(self._fill_services)
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        self.priority.addItem(self.tr("Tidak (antrian biasa)"), None)
        for code in PRIORITY_CATEGORIES:
            self.priority.addItem(priority_name(code), code)  # in the screen's language
        self.issue_button = QPushButton(self.tr("&Ambil nomor (Enter)"))
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.issue)
        self.reprint_button = QPushButton(self.tr("&Cetak ulang (Ctrl+R)"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(self.reprint_last)
        self.reprint_button.setEnabled(False)
        QShortcut(QKeySequence("Ctrl+R"), self, self.reprint_last)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self, self.issue)
        QShortcut(QKeySequence(Qt.Key.Key_Enter), self, self.issue)
        self.number = QLabel("—")
        self.number.setObjectName("number")
        font = QFont()
        font.setPointSize(40)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QLabel()
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = MessageBanner()
        form = QFormLayout()
        form.addRow(self.tr("&Grup"), self.group)
        form.addRow(self.tr("&Layanan (opsional)"), self.service)
        form.addRow(self.tr("&Prioritas"), self.priority)
        buttons = QHBoxLayout()
        buttons.addWidget(self.issue_button)
        buttons.addWidget(self.reprint_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.number)
        layout.addWidget(self.detail)
        layout.addWidget(self.banner)
        layout.addStretch()
        self.context.runner.run(self._load, self._loaded, self.banner.show_error, owner=self)

    def _load(self):
        catalog = self.context.services.catalog
        names = {hit.code: hit.name for hit in catalog.search("", limit=10_000)}
        return self.context.services.queue_setup.groups(), names

    def _loaded(self, loaded) -> None:
        self.groups, self.service_names = loaded
        for group in self.groups:
            self.group.addItem(f"{group.code} - {group.name}", group.code)
            QShortcut(QKeySequence(group.code), self, lambda code=group.code: self._pick(code))

    def _pick(self, code: str) -> None:
        self.group.setCurrentIndex(self.group.findData(code))

    def _fill_services(self) -> None:
        self.service.clear()
        self.service.addItem(self.tr("(belum ditentukan)"), None)
        group = next((g for g in self.groups if g.code == self.group.currentData()), None)
        for code in group.service_codes if group else ():
            self.service.addItem(f"{self.service_names.get(code, code)} ({code})", code)

    def issue(self) -> None:
        if self.group.currentData() is None:
            self.banner.show_error(self.tr("Pilih grup antrian."))
            return
        self.issue_button.setEnabled(False)
        issue_and_print(
            self.context.runner,
            self.context.services,
            self.context.actor,
            self.group.currentData(),
            self.service.currentData(),
            self.priority.currentData(),
            self._issued,
            self._printed,
            self._failed,
            self,
        )

    def _issued(self, ticket: TicketInfo) -> None:
        self.issue_button.setEnabled(True)
        self.last = ticket
        self.reprint_button.setEnabled(True)
        self.number.setText(ticket.label)
        wait = (
            self.tr("± {minutes} menit").format(minutes=ticket.estimated_wait_minutes)
            if ticket.estimated_wait_minutes is not None
            else self.tr("belum tersedia")
        )
        self.detail.setText(
            self.tr("{group} · di depan: {ahead} · perkiraan tunggu: {wait}").format(
                group=ticket.group_name, ahead=ticket.people_ahead, wait=wait
            )
        )
        self.priority.setCurrentIndex(0)
        self.banner.show_info(self.tr("Nomor {label} dibuat; mencetak tiket...").format(label=ticket.label))

    def _printed(self, job: PrintRecord) -> None:
        if job.state == "printed":
            self.banner.show_info(self.tr("Tiket {label} tercetak.").format(label=self.last.label))
        else:
            self.banner.show_error(
                self.tr(
                    "Tiket {label} TIDAK tercetak: {reason} Nomor tetap berlaku; tekan Ctrl+R untuk cetak ulang."
                ).format(label=self.last.label, reason=job.message)
            )

    def _failed(self, message: str) -> None:
        self.issue_button.setEnabled(True)
        self.banner.show_error(message)

    def reprint_last(self) -> None:
        if self.last is not None:
            context = self.context
            reprint(context.runner, context.services, context.actor, self.last, True, self._printed, self._failed, self)
