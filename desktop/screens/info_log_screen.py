"""Informasi & Konsultasi: a quick log of each exchange at the front office, linked to the ticket being served."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.info_log.service import KINDS, InfoEntry, InfoInput
from desktop.context import ScreenContext
from desktop.table_model import AnyIndex, RowsTableModel
from desktop.widgets import MessageBanner


class InfoModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[InfoEntry] = []
        self.headers = [
            self.tr("Waktu"),
            self.tr("Jenis"),
            self.tr("Nama"),
            self.tr("Layanan"),
            self.tr("Pertanyaan"),
            self.tr("Menit"),
            self.tr("Antrian"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        return [
            row.recorded_at.strftime("%d-%m-%Y %H:%M"),  # the service gives office time
            row.kind_label,
            row.visitor_name,
            row.service_name or "-",
            row.question,
            str(row.duration_minutes),
            row.ticket_label or "-",
        ][index.column()]


class InfoLogScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("info_log_screen")
        self.context = context
        self.ticket = None
        self.banner = MessageBanner()
        box = QGroupBox(self.tr("Catat layanan informasi atau konsultasi"))
        form = QFormLayout(box)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for code, label in KINDS.items():
            self.kind.addItem(label, code)
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.contact = QLineEdit()
        self.contact.setObjectName("contact")
        self.contact.setPlaceholderText(self.tr("Telepon atau email (opsional)"))
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.service.addItem(self.tr("(tidak tentang layanan tertentu)"), None)
        self.question = QPlainTextEdit()
        self.question.setObjectName("question")
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answer")
        self.minutes = QSpinBox()
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(1, 480)
        self.minutes.setValue(5)
        self.minutes.setSuffix(self.tr(" menit"))
        self.ticket_label = QLabel(self.tr("(tanpa nomor antrian)"))
        self.ticket_label.setObjectName("ticket_label")
        self.save_button = QPushButton(self.tr("&Simpan"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        form.addRow(self.tr("Jenis"), self.kind)
        form.addRow(self.tr("Nama"), self.name)
        form.addRow(self.tr("Kontak"), self.contact)
        form.addRow(self.tr("Layanan yang ditanyakan"), self.service)
        form.addRow(self.tr("Pertanyaan"), self.question)
        form.addRow(self.tr("Jawaban yang diberikan"), self.answer)
        form.addRow(self.tr("Lama"), self.minutes)
        form.addRow(self.tr("Antrian"), self.ticket_label)
        form.addRow(self.save_button)
        self.model = InfoModel(self)
        self.table = QTableView()
        self.table.setObjectName("entries")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.counts = QLabel()
        self.counts.setObjectName("counts")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(QLabel(self.tr("Hari ini")))
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.counts)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(box)
        splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        services, counter = context.services, context.counter_number
        self.context.runner.run(
            lambda: (
                services.skm.services(),
                services.queue_views.current_ticket(counter) if counter is not None else None,
            ),
            self._loaded,
            self.banner.show_error,
            owner=self,
        )

    def _loaded(self, loaded) -> None:
        catalog, ticket = loaded
        for service in catalog:
            self.service.addItem(f"{service.name} ({service.code})", service.code)
        self.ticket = ticket
        if ticket is not None:
            self.ticket_label.setText(ticket.label)
        self.refresh()

    def save(self) -> None:
        data = InfoInput(
            kind=self.kind.currentData(),
            visitor_name=self.name.text(),
            question=self.question.toPlainText(),
            answer=self.answer.toPlainText(),
            duration_minutes=self.minutes.value(),
            contact=self.contact.text() or None,
            service_code=self.service.currentData(),
            ticket_id=self.ticket.id if self.ticket else None,
        )
        info_log, actor = self.context.services.info_log, self.context.actor

        def done(entry: InfoEntry) -> None:
            for field in (self.name, self.contact):
                field.clear()
            self.question.clear()
            self.answer.clear()
            self.minutes.setValue(5)
            self.service.setCurrentIndex(0)
            self.banner.show_info(self.tr("{kind} tercatat.").format(kind=entry.kind_label))
            self.refresh()

        self.context.runner.run(lambda: info_log.record(actor, data), done, self.banner.show_error, owner=self)

    def refresh(self) -> None:
        services = self.context.services

        def load():
            today = services.queue.today()
            return services.info_log.recent(today, today), services.info_log.counts(today, today)

        def show(loaded) -> None:
            rows, counts = loaded
            self.model.set_rows(rows)
            totals = {kind: sum(c.count for c in counts if c.kind == kind) for kind in KINDS}
            self.counts.setText(
                self.tr("Informasi: {info} · Konsultasi: {consult}").format(
                    info=totals["informasi"], consult=totals["konsultasi"]
                )
            )

        self.context.runner.run(load, show, self.banner.show_error, owner=self)
