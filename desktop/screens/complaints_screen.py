"""Pengaduan: record a complaint from any channel and print its receipt; follow it through the SOP steps.

Which complaints appear is decided by the service (sensitive ones only for supervisors and administrators); this
screen only shows what it is given.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.complaints.service import (
    CATEGORIES,
    CHANNELS,
    CLASSIFY_STEP,
    EXPLAIN_STEP,
    EXPLANATION_CHANNELS,
    PRIORITY_DAYS,
    ComplaintInfo,
    ComplaintInput,
)
from desktop.agency_choice import AgencyChoice
from desktop.context import ScreenContext
from desktop.print_flow import archive_and_print
from desktop.table_model import AnyIndex, RowsTableModel
from desktop.widgets import MessageBanner


class ComplaintsModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ComplaintInfo] = []
        self.headers = [
            self.tr("Nomor"),
            self.tr("Diterima"),
            self.tr("Pengadu"),
            self.tr("Ruang lingkup"),
            self.tr("Prioritas"),
            self.tr("Target"),
            self.tr("Langkah"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            due = row.due_on.strftime("%d-%m-%Y") if row.due_on else "-"
            if row.overdue:
                due = self.tr("{date} (lewat)").format(date=due)
            return [
                row.tracking_number,
                row.received_on.strftime("%d-%m-%Y"),
                row.complainant_label,
                row.category_label,
                row.priority or "-",
                due,
                row.step_label,
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return QBrush(QColor("#fde8e8"))
        return None


class ComplaintsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("complaints_screen")
        self.context = context
        self.last: ComplaintInfo | None = None
        self.banner = MessageBanner()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._form())
        splitter.addWidget(self._list())
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)  # the list and its detail get the wider side
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.banner)
        self.refresh()

    # -- the new complaint -------------------------------------------------------------------------------------
    def _form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Pengaduan baru"))
        form = QFormLayout(box)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for code, label in CHANNELS.items():
            self.channel.addItem(label, code)
        self.category = QComboBox()
        self.category.setObjectName("category")
        for code, label in CATEGORIES.items():
            self.category.addItem(label, code)
        self.anonymous = QCheckBox(self.tr("Anonim (tanpa nama)"))
        self.anonymous.setObjectName("anonymous")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.anonymous.toggled.connect(lambda checked: self.name.setEnabled(not checked))
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.registration = QLineEdit()
        self.registration.setObjectName("registration")
        self.registration.setPlaceholderText(self.tr("Nomor pendaftaran berkas (opsional)"))
        self.link_ticket = QCheckBox(self.tr("Kaitkan dengan antrian yang sedang dilayani di loket ini"))
        self.link_ticket.setObjectName("link_ticket")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.record_button = QPushButton(self.tr("&Simpan dan cetak tanda terima"))
        self.record_button.setObjectName("record")
        self.record_button.clicked.connect(self.record)
        self.reprint_button = QPushButton(self.tr("Cetak &ulang tanda terima"))
        self.reprint_button.setObjectName("reprint")
        self.reprint_button.clicked.connect(lambda: self._print(self.last, True))
        self.reprint_button.setEnabled(False)
        form.addRow(self.tr("Saluran"), self.channel)
        form.addRow(self.tr("Ruang lingkup"), self.category)
        form.addRow("", self.anonymous)
        form.addRow(self.tr("Nama pengadu"), self.name)
        form.addRow(self.tr("Telepon"), self.phone)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Permohonan terkait"), self.registration)
        form.addRow("", self.link_ticket)
        form.addRow(self.tr("Uraian pengaduan"), self.description)
        form.addRow(self.record_button)
        form.addRow(self.reprint_button)
        self.agency = AgencyChoice(self.context, box)  # the hall's staff say which agency the complaint is about
        self.agency.attach(form)
        return box

    def record(self) -> None:
        counter = self.context.counter_number
        services, actor = self.context.services, self.context.actor
        link = self.link_ticket.isChecked()
        values = dict(
            channel=self.channel.currentData(),
            category=self.category.currentData(),
            description=self.description.toPlainText(),
            complainant_name=None if self.anonymous.isChecked() else self.name.text(),
            anonymous=self.anonymous.isChecked(),
            phone=self.phone.text() or None,
            email=self.email.text() or None,
            registration_number=self.registration.text() or None,
            agency_id=self.agency.agency_id(),
        )

        def work() -> ComplaintInfo:
            ticket = services.queue_views.current_ticket(counter) if link and counter is not None else None
            return services.complaints.record(actor, ComplaintInput(**values, ticket_id=ticket.id if ticket else None))

        self.context.runner.run(work, self._recorded, self.banner.show_error, owner=self)

    def _recorded(self, info: ComplaintInfo) -> None:
        self.last = info
        self.reprint_button.setEnabled(True)
        for field in (self.name, self.phone, self.email, self.registration):
            field.clear()
        self.description.clear()
        self.anonymous.setChecked(False)
        self.banner.show_info(self.tr("Pengaduan {number} tercatat.").format(number=info.tracking_number))
        self._print(info, False)
        self.refresh()

    def _print(self, info: ComplaintInfo | None, reprint: bool) -> None:
        if info is None:
            return
        services, actor = self.context.services, self.context.actor

        def printed(result) -> None:
            record, path = result
            if record.state == "printed":
                text = self.tr("{number}: tanda terima tercetak; PDF diarsipkan di {path}.")
                self.banner.show_info(text.format(number=info.tracking_number, path=path))
            else:
                text = self.tr("{number}: tanda terima tidak tercetak ({reason}); PDF diarsipkan di {path}.")
                self.banner.show_error(text.format(number=info.tracking_number, reason=record.message, path=path))

        documents = services.documents
        archive_and_print(
            self.context.runner,
            documents,
            services.print_jobs,
            actor,
            lambda: documents.complaint_receipt(info, reprint),
            printed,
            self.banner.show_error,
            self,
        )

    # -- the list and the steps ----------------------------------------------------------------------------------
    def _list(self) -> QWidget:
        panel = QWidget()
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Nomor, nama, uraian atau nomor pendaftaran, lalu Enter"))
        self.query.returnPressed.connect(lambda: self.refresh())
        self.filter = QComboBox()
        self.filter.setObjectName("filter")
        self.filter.addItem(self.tr("Semua"), None)
        self.filter.addItem(self.tr("Dalam penanganan"), "open")
        self.filter.addItem(self.tr("Terlambat"), "late")
        self.filter.addItem(self.tr("Selesai"), "closed")
        self.filter.currentIndexChanged.connect(lambda _index: self.refresh())
        self.model = ComplaintsModel(self)
        self.table = QTableView()
        self.table.setObjectName("complaints")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Long names and steps wrap onto a second line instead of ending in "...".
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_detail(current.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.person = QLineEdit()
        self.person.setObjectName("person")
        self.person.setPlaceholderText(self.tr("Pelaksana langkah"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Catatan"))
        self.priority = QComboBox()
        self.priority.setObjectName("priority")
        for code, days in PRIORITY_DAYS.items():
            self.priority.addItem(self.tr("{name} ({days} hari kerja)").format(name=code, days=days), code)
        complaints = self.context.services.complaints
        self.context.runner.run(complaints.priority_days, self._show_priority_days, self.banner.show_error, owner=self)
        self.explained_by = QComboBox()  # how the complainant was told the outcome (the last SOP step)
        self.explained_by.setObjectName("explained_by")
        for code, label in EXPLANATION_CHANNELS.items():
            self.explained_by.addItem(label, code)
        self.explained_by.setEnabled(False)
        self.step_button = QPushButton(self.tr("Catat &langkah selesai"))
        self.step_button.setObjectName("step")
        self.step_button.clicked.connect(self.advance)
        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.filter, 1)
        step = QHBoxLayout()
        for widget in (self.person, self.note, self.priority, self.explained_by, self.step_button):
            step.addWidget(widget)
        layout = QVBoxLayout(panel)
        layout.addLayout(top)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.detail, 1)
        layout.addLayout(step)
        return panel

    def refresh(self, keep_row: int = -1) -> None:
        text, choice = self.query.text(), self.filter.currentData()
        complaints, actor = self.context.services.complaints, self.context.actor

        def load() -> list[ComplaintInfo]:
            if choice == "late":
                return complaints.search(actor, text, late_only=True)
            return complaints.search(actor, text, choice)

        def show(rows: list[ComplaintInfo]) -> None:
            self.model.set_rows(rows)
            if 0 <= keep_row < len(rows):
                self.table.selectRow(keep_row)
                self.show_detail(keep_row)

        self.context.runner.run(load, show, self.banner.show_error, owner=self)

    def selected(self) -> ComplaintInfo | None:
        row = self.table.currentIndex().row()
        if row < 0 or row >= len(self.model.rows):
            self.banner.show_error(self.tr("Pilih pengaduan di tabel lebih dulu."))
            return None
        return self.model.rows[row]

    def show_detail(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            return
        info = self.model.rows[row]
        self.priority.setEnabled(info.status == "open" and info.current_step == CLASSIFY_STEP)
        self.explained_by.setEnabled(info.status == "open" and info.current_step == EXPLAIN_STEP)
        complaints, actor = self.context.services.complaints, self.context.actor
        self.context.runner.run(
            lambda: complaints.steps(actor, info.id),
            lambda steps: self._render(info, steps),
            self.banner.show_error,
            owner=self,
        )

    def _render(self, info: ComplaintInfo, steps) -> None:
        contact = " / ".join(filter(None, [info.phone, info.email])) or "-"
        lines = [
            f"<h3>{info.tracking_number} — {info.category_label}</h3>",
            f"<p>{info.complainant_label} · {contact} · {info.channel_label}<br>{info.description}</p><ol>",
        ]
        for step in steps:
            note = f" — {step.note}" if step.note else ""
            lines.append(
                f"<li>✔ {step.text} ({step.actor_label}): <b>{step.person}</b>, {step.done_on:%d-%m-%Y}{note}</li>"
            )
        lines.append(f"</ol><p><b>{info.step_label}</b></p>")
        self.detail.setHtml("".join(lines))

    def _show_priority_days(self, days: dict[str, int]) -> None:
        """The choices say the office's own deadlines (settings), not the defaults."""
        for index in range(self.priority.count()):
            code = self.priority.itemData(index)
            self.priority.setItemText(index, self.tr("{name} ({days} hari kerja)").format(name=code, days=days[code]))

    def advance(self) -> None:
        info = self.selected()
        if info is None:
            return
        complaints, actor = self.context.services.complaints, self.context.actor
        person, note = self.person.text(), self.note.text()
        priority = self.priority.currentData() if info.current_step == CLASSIFY_STEP else None
        channel = self.explained_by.currentData() if info.current_step == EXPLAIN_STEP else None
        row = self.table.currentIndex().row()

        def done(updated: ComplaintInfo) -> None:
            self.note.clear()
            self.banner.show_info(self.tr("Langkah dicatat: {step}").format(step=updated.step_label))
            self.refresh(keep_row=row)

        self.context.runner.run(
            lambda: complaints.advance(actor, info.id, person, note, priority=priority, channel=channel),
            done,
            self.banner.show_error,
            owner=self,
        )
