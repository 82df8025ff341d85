"""Permohonan: every registered application, the urgent first; its steps, history and scans."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from db.core.errors import DomainError
from db.intake.tracking import STATUS_LABELS, ApplicationInfo
from desktop.context import ScreenContext
from desktop.document_printer import print_pdf
from desktop.table_model import AnyIndex, RowsTableModel
from desktop.widgets import MessageBanner


class ApplicationsModel(RowsTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ApplicationInfo] = []
        self.headers = [
            self.tr("Nomor pendaftaran"),
            self.tr("Pemohon"),
            self.tr("Layanan"),
            self.tr("Diterima"),
            self.tr("Jatuh tempo"),
            self.tr("Sisa hari kerja"),
            self.tr("Status / langkah"),
        ]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        app = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            left = "" if app.days_left is None else str(app.days_left)
            if app.overdue:
                left = self.tr("{days} (lewat)").format(days=app.days_left)
            return [
                app.registration_number,
                app.applicant_name,
                app.service_name,
                app.received_on.strftime("%d-%m-%Y"),
                app.due_on.strftime("%d-%m-%Y") if app.due_on else app.sla_text,
                left,
                app.step_label,
            ][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            if app.overdue:
                return QBrush(QColor("#fde8e8"))
            if app.nearly_due:
                return QBrush(QColor("#fff3e0"))
        return None


class ApplicationsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("applications_screen")
        self.context = context
        self.query = QLineEdit()
        self.query.setObjectName("query")
        self.query.setPlaceholderText(self.tr("Nomor pendaftaran, NIK/NIB, nama atau layanan, lalu Enter"))
        self.query.returnPressed.connect(lambda: self.search())
        self.status = QComboBox()
        self.status.setObjectName("status")
        self.status.addItem(self.tr("Semua status"), None)
        for code, label in STATUS_LABELS.items():
            self.status.addItem(label, code)
        self.status.currentIndexChanged.connect(self.search)
        self.use_dates = QCheckBox(self.tr("&Diterima"))
        self.use_dates.setObjectName("use_dates")
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for name, edit in [("date_from", self.date_from), ("date_to", self.date_to)]:
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate.currentDate())
            edit.dateChanged.connect(lambda _date: self.use_dates.isChecked() and self.search())
        self.date_from.setDate(QDate.currentDate().addMonths(-1))
        self.use_dates.toggled.connect(lambda _checked: self.search())
        self.model = ApplicationsModel(self)
        self.table = QTableView()
        self.table.setObjectName("applications")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_detail(current.row()))
        self.detail = QTextBrowser()
        self.detail.setObjectName("detail")
        self.banner = MessageBanner()
        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.status, 1)
        top.addWidget(self.use_dates)
        top.addWidget(self.date_from)
        top.addWidget(QLabel("–"))
        top.addWidget(self.date_to)
        buttons = QHBoxLayout()
        for name, text, slot in [
            ("step", self.tr("&Catat langkah selesai..."), self.record_step),
            ("reject", self.tr("&Tolak..."), self.reject),
            ("attach", self.tr("&Lampirkan pindaian..."), self.attach),
        ]:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        self.search()

    def selected(self) -> ApplicationInfo | None:
        row = self.table.currentIndex().row()
        if row < 0:
            self.banner.show_error(self.tr("Pilih permohonan di tabel lebih dulu."))
            return None
        return self.model.rows[row]

    def search(self, _index: int = -1, keep_row: int = -1) -> None:
        text, status = self.query.text(), self.status.currentData()
        tracking = self.context.services.tracking
        dates = (
            (self.date_from.date().toPython(), self.date_to.date().toPython())
            if self.use_dates.isChecked()
            else (None, None)
        )

        def show(rows: list[ApplicationInfo]) -> None:
            self.model.set_rows(rows)
            if 0 <= keep_row < len(rows):
                self.table.selectRow(keep_row)
                self.show_detail(keep_row)

        self.context.runner.run(lambda: tracking.search(text, status, *dates), show, self.banner.show_error, owner=self)

    def show_detail(self, row: int) -> None:
        if row < 0 or row >= len(self.model.rows):
            return
        app = self.model.rows[row]
        services = self.context.services
        self.context.runner.run(
            lambda: (services.tracking.history(app.id), services.attachments.of_application(app.id)),
            lambda loaded: self._render(app, *loaded),
            self.banner.show_error,
            owner=self,
        )

    def _render(self, app: ApplicationInfo, history, scans) -> None:
        lines = [
            f"<h3>{app.registration_number} — {app.service_name}</h3>",
            f"<p>{app.applicant_name} · {app.applicant_identity}<br>{self.tr('Status')}: {app.status_label}"
            f" · {app.step_label}</p><ol>",
        ]
        for index, step in enumerate(app.steps):
            mark = "✔" if index < app.current_step else ("▶" if index == app.current_step else "")
            lines.append(f"<li>{mark} <b>{step['actor']}</b>: {step['text']}</li>")
        lines.append(f"</ol><h4>{self.tr('Riwayat')}</h4><ul>")
        for entry in history:
            lines.append(f"<li>{entry.at:%d-%m-%Y %H:%M} — {entry.what} ({entry.who}) {entry.note}</li>")
        lines.append(f"</ul><h4>{self.tr('Pindaian')}</h4><ul>")
        for scan in scans:
            lines.append(f"<li>{scan.file_name} · SHA-256 {scan.sha256[:16]}…</li>")
        lines.append("</ul>")
        self.detail.setHtml("".join(lines))

    def record_step(self) -> None:
        app = self.selected()
        if app is None:
            return
        note, ok = QInputDialog.getText(self, self.tr("Catat langkah"), self.tr("Catatan (opsional):"))
        if ok:
            self._act(
                lambda actor: self.context.services.tracking.record_step(actor, app.id, note),
                self.tr("Langkah dicatat."),
            )

    def reject(self) -> None:
        app = self.selected()
        if app is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Tolak permohonan"), self.tr("Alasan penolakan:"))
        if ok:
            self._act(
                lambda actor: self.context.services.tracking.reject(actor, app.id, reason),
                self.tr("Permohonan ditolak."),
            )

    def attach(self, path: str | None = None) -> None:
        app = self.selected()
        if app is None:
            return
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Lampirkan pindaian"),
                "",
                self.tr("PDF atau gambar (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"),
            )
        if path:
            services = self.context.services
            self._act(lambda actor: services.attachments.attach(actor, app.id, path), self.tr("Pindaian dilampirkan."))

    def _act(self, operation, done_text: str) -> None:
        actor = self.context.actor
        row = self.table.currentIndex().row()

        def done(_result) -> None:
            self.banner.show_info(done_text)
            self.search(keep_row=row)

        self.context.runner.run(lambda: operation(actor), done, self.banner.show_error, owner=self)

    def issue_decree(self) -> None:
        app = self.selected()
        if app is None:
            return
        decrees = self.context.services.decrees
        self._act(lambda actor: decrees.issue(actor, app.id), self.tr("SK terbit dan diarsipkan."))

    def print_decree(self, output_file: str | None = None) -> None:
        """The archived decree on the document printer without a dialog; without a printer it opens as PDF."""
        app = self.selected()
        if app is None:
            return
        services = self.context.services

        def run():
            info = services.decrees.for_application(app.id)
            if info is None:
                raise DomainError("SK permohonan ini belum terbit.")
            printer = services.settings.get("printer.document.name")
            if not printer and not output_file:
                return info.pdf_path
            return print_pdf(Path(info.pdf_path).read_bytes(), printer, output_file)

        def done(result) -> None:
            if isinstance(result, str):
                QDesktopServices.openUrl(QUrl.fromLocalFile(result))
                self.banner.show_info(self.tr("Printer dokumen belum diatur: SK dibuka sebagai PDF."))
            else:
                self.banner.show_info(self.tr("SK dikirim ke printer ({pages} halaman).").format(pages=result))

        self.context.runner.run(run, done, self.banner.show_error, io=True, owner=self)
