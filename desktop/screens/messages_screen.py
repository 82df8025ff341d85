"""Pesan Pemohon: the outbox of SMS/WhatsApp to applicants, newest first: status, attempts, the last error; the
selected message's text and every attempt at the gateway; send again (failed, "perlu dicek"), send by hand through
WhatsApp where there is no gateway, or send what is due now. Refreshes itself on every change of a message."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.core.changes import MESSAGES
from db.messages.outbox import STATUS_LABELS
from db.messages.service import MessageInfo
from desktop.context import ScreenContext
from desktop.screens import chat_link
from desktop.table_model import AnyIndex, RowsTableModel
from desktop.widgets import MessageBanner

REFRESH_MS = 30_000
TROUBLE = ("failed", "uncertain")
WAITING_FOR_OFFICER = ("manual",)


class MessagesModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[MessageInfo] = []
        self.headers = [
            self.tr("Dibuat"),
            self.tr("Peristiwa"),
            self.tr("Berkas"),
            self.tr("Pemohon"),
            self.tr("Nomor HP"),
            self.tr("Status"),
            self.tr("Percobaan"),
            self.tr("Keterangan"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        message = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                f"{message.created_at.astimezone():%d-%m-%Y %H:%M}",
                message.event_label,
                message.file_number,
                message.recipient_name,
                message.recipient or "-",
                message.status_label,
                str(message.attempts),
                "" if message.status == "sent" else (message.last_error or ""),
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if message.status in TROUBLE:
                return QBrush(QColor("#fde8e8"))
            if message.status in WAITING_FOR_OFFICER:
                return QBrush(QColor("#fff3e0"))
        return None


class MessagesScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("messages_screen")
        self.context = context
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Semua status"), None)
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.status.currentIndexChanged.connect(lambda _index: self.refresh())
        self.model = MessagesModel(self)
        self.table = QTableView()
        self.table.setObjectName("messages")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_detail(current.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.detail.setOpenLinks(False)
        self.detail.anchorClicked.connect(self._link_clicked)
        self.banner = MessageBanner()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.status)
        for name, text, slot in [
            ("retry", self.tr("Kirim &ulang"), self.retry),
            ("by_hand", self.tr("Kirim lewat &WhatsApp"), self.send_by_hand),
            ("send_now", self.tr("Kirim &sekarang"), self.send_now),
        ]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[name] = button
        row.addStretch()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        self.refresh_timer = QTimer(self, interval=REFRESH_MS)
        self.refresh_timer.timeout.connect(self.refresh)
        context.changes.changed.connect(self._heard)
        self._update_buttons(None)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh_timer.start()
        self.refresh()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().hideEvent(event)
        self.refresh_timer.stop()

    def _heard(self, batch) -> None:
        if any(change.topic == MESSAGES for change in batch):
            self.refresh()

    def selected(self) -> MessageInfo | None:
        row = self.table.currentIndex().row()
        return self.model.rows[row] if 0 <= row < len(self.model.rows) else None

    def refresh(self) -> None:
        messages, status, actor = self.context.services.messages, self.status.currentData(), self.context.actor
        current = self.selected()
        keep = current.id if current else None

        def show(rows: list[MessageInfo]) -> None:
            self.model.set_rows(rows)
            row = next((index for index, info in enumerate(rows) if info.id == keep), 0 if rows else -1)
            if row >= 0:
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectRow(row)
                self.show_detail(row)
            else:
                self.detail.clear()
                self._update_buttons(None)

        self.context.runner.run(lambda: messages.list(status, actor=actor), show, self.banner.show_error, owner=self)

    def show_detail(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            return
        message = self.model.rows[row]
        self._update_buttons(message)
        messages = self.context.services.messages
        self.context.runner.run(
            lambda: messages.attempts(message.id),
            lambda attempts: self._render(message, attempts),
            self.banner.show_error,
            owner=self,
        )

    def _render(self, message: MessageInfo, attempts) -> None:
        link = chat_link.anchor(message, self.tr("Kirim lewat WhatsApp"))
        to, handed, tries = self.tr("Kepada"), self.tr("Diserahkan ke petugas"), self.tr("Percobaan kirim")
        lines = [
            f"<h3>{message.event_label} — {message.file_number}</h3>",
            f"<p>{to}: {message.recipient_name} ({message.recipient or '-'}) · "
            f"<b>{message.status_label}</b> {link}</p>",
            f"<p style='background:#f4f4f4; padding:6px'>{message.body}</p>",
        ]
        if message.last_error and message.status != "sent":
            lines.append(f"<p>{message.last_error}</p>")
        if message.handed_by:
            lines.append(f"<p>{handed}: {message.handed_by}</p>")
        lines.append(f"<h4>{tries}</h4><ol>")
        for attempt in attempts:
            http = f" HTTP {attempt.http_status}" if attempt.http_status else ""
            when = f"{attempt.started_at.astimezone():%d-%m-%Y %H:%M:%S}"
            lines.append(f"<li>{when} {attempt.outcome_label}{http}: {attempt.detail}</li>")
        lines.append("</ol>")
        self.detail.setHtml("".join(lines))

    def _update_buttons(self, message: MessageInfo | None) -> None:
        reachable = bool(message and message.recipient)
        self.buttons["retry"].setEnabled(reachable and message.status in ("failed", "uncertain", "manual", "handed"))
        self.buttons["by_hand"].setEnabled(reachable and message.status in chat_link.BY_HAND)

    # -- actions -----------------------------------------------------------------------------------------------------
    def retry(self) -> None:
        message = self.selected()
        if message is None:
            return
        messages, actor = self.context.services.messages, self.context.actor
        self.context.runner.run(
            lambda: messages.retry(actor, message.id),
            lambda _info: self.banner.show_info(self.tr("Pesan diantrekan lagi; dikirim sebentar lagi.")),
            self.banner.show_error,
            owner=self,
        )

    def send_by_hand(self) -> None:
        message = self.selected()
        if message is not None:
            self._open_chat(message.id)

    def _link_clicked(self, url) -> None:
        message = chat_link.message_id(url)
        if message is not None:
            self._open_chat(message)

    def _open_chat(self, message) -> None:
        chat_link.open_chat(
            self.context,
            self,
            message,
            lambda: self.banner.show_info(self.tr("WhatsApp dibuka dengan pesannya: tekan kirim di sana.")),
            self.banner.show_error,
        )

    def send_now(self) -> None:
        """What is due, now (the app also sends by itself; this is for the officer who just fixed the gateway)."""
        messages, runner = self.context.services.messages, self.context.runner
        self.buttons["send_now"].setEnabled(False)

        def done(summary) -> None:
            self.buttons["send_now"].setEnabled(True)
            if summary.configured:
                self.banner.show_info(
                    self.tr(
                        "{sent} terkirim, {retry} dicoba lagi nanti, {uncertain} perlu dicek, {failed} gagal."
                    ).format(sent=summary.sent, retry=summary.retry, uncertain=summary.uncertain, failed=summary.failed)
                )
            else:
                self.banner.show_error(
                    self.tr("Gateway pesan belum diatur (Pengaturan → Pesan ke pemohon): kirim lewat WhatsApp.")
                )

        def failed(message: str) -> None:
            self.buttons["send_now"].setEnabled(True)
            self.banner.show_error(message)

        runner.run(lambda: messages.send_due(on_writer=runner.on_database_worker), done, failed, io=True, owner=self)
