"""Informasi & Konsultasi: a quick log of each exchange at the front office, linked to the ticket being served."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QInputDialog,
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

from db.info_log.service import KINDS, REFERRAL_ROLES, InfoEntry, InfoInput
from db.models.accounts import Role
from desktop.agency_choice import AgencyChoice
from desktop.context import ScreenContext
from desktop.table_model import AnyIndex, RowsTableModel
from desktop.widgets import MessageBanner

ANSWERING_ROLES = frozenset({Role.KASI, Role.KABID, Role.SUPERVISOR, Role.ADMINISTRATOR})


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
            self.tr("Status"),
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
            row.status_label + (f" — {row.answered_by}" if row.answered_by else ""),
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
        self.referral = self._referral_choice()
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
        for label, field in (
            (self.tr("Jenis"), self.kind),
            (self.tr("Nama"), self.name),
            (self.tr("Kontak"), self.contact),
            (self.tr("Layanan yang ditanyakan"), self.service),
            (self.tr("Pertanyaan"), self.question),
            (self.tr("Jawaban yang diberikan"), self.answer),
            (self.tr("Rujukan"), self.referral),
            (self.tr("Lama"), self.minutes),
            (self.tr("Antrian"), self.ticket_label),
        ):
            form.addRow(label, field)
        form.addRow(self.save_button)
        self.agency = AgencyChoice(context, box)  # the hall's staff say which agency was asked about
        self.agency.attach(form)
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
        right_layout.addWidget(self._answer_button(context))
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
            referred_to=self.referral.currentData(),
            agency_id=self.agency.agency_id(),
        )
        info_log, actor = self.context.services.info_log, self.context.actor

        def done(entry: InfoEntry) -> None:
            for field in (self.name, self.contact):
                field.clear()
            self.question.clear()
            self.answer.clear()
            self.minutes.setValue(5)
            self.service.setCurrentIndex(0)
            self.referral.setCurrentIndex(0)
            self.banner.show_info(self.tr("{kind} tercatat.").format(kind=entry.kind_label))
            self.refresh()

        self.context.runner.run(lambda: info_log.record(actor, data), done, self.banner.show_error, owner=self)

    def _referral_choice(self) -> QComboBox:
        """A question the front office cannot answer goes to the Kasi or the Kabid."""
        referral = QComboBox()
        referral.setObjectName("referral")
        referral.addItem(self.tr("(dijawab langsung)"), None)
        for role, label in REFERRAL_ROLES.items():
            referral.addItem(self.tr("Rujuk ke {who}").format(who=label), role)
        return referral

    def _answer_button(self, context: ScreenContext) -> QPushButton:
        self.answer_button = QPushButton(self.tr("&Jawab rujukan terpilih"))
        self.answer_button.setObjectName("answer_referral")
        self.answer_button.clicked.connect(self.answer_selected)
        self.answer_button.setVisible(context.actor.role in ANSWERING_ROLES)
        return self.answer_button

    def answer_selected(self, text: str | None = None) -> None:
        """The Kasi or the Kabid answers the selected referred question; the answer is kept with their name."""
        row = self.table.currentIndex().row()
        if row < 0 or row >= len(self.model.rows) or self.model.rows[row].status != "referred":
            self.banner.show_error(self.tr("Pilih catatan yang masih menunggu jawaban."))
            return
        entry = self.model.rows[row]
        if text is None:
            text, ok = QInputDialog.getMultiLineText(
                self, self.tr("Jawab rujukan"), self.tr("Jawaban untuk: {question}").format(question=entry.question)
            )
            if not ok:
                return
        info_log, actor = self.context.services.info_log, self.context.actor

        def done(answered: InfoEntry) -> None:
            self.banner.show_info(self.tr("Jawaban dicatat: {who}.").format(who=answered.answered_by))
            self.refresh()

        self.context.runner.run(
            lambda: info_log.answer(actor, entry.id, text), done, self.banner.show_error, owner=self
        )

    def refresh(self) -> None:
        services, actor = self.context.services, self.context.actor

        def load():
            today = services.queue.today()
            rows = services.info_log.recent(today, today, actor=actor)
            if actor.role in ANSWERING_ROLES:  # what waits for this Kasi or Kabid, whatever day it was asked
                shown = {entry.id for entry in rows}
                rows = [entry for entry in services.info_log.referred(actor) if entry.id not in shown] + rows
            return rows, services.info_log.counts(today, today)

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
