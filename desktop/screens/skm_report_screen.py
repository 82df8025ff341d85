"""Laporan SKM: the satisfaction index of a period (and service) and the respondents' profile, saved as PDF or
XLSX."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.documents import files
from db.documents.printing import office_header
from desktop.context import ScreenContext
from desktop.widgets import MessageBanner
from printing.skm_report_pdf import element_rows, number, profile_rows, skm_report_pdf, skm_report_xlsx


class SkmReportScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skm_report_screen")
        self.context = context
        self.report: dict | None = None
        today = QDate.currentDate()
        self.date_from = QDateEdit(QDate(today.year(), 1 if today.month() <= 6 else 7, 1))
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.service.addItem(self.tr("Semua layanan"), None)
        self.population = QSpinBox()
        self.population.setObjectName("population")
        self.population.setRange(0, 10_000_000)
        self.population.setSpecialValueText(self.tr("otomatis"))
        self.population.setToolTip(self.tr("0 = layanan selesai + permohonan terdaftar pada periode"))
        compute = QPushButton(self.tr("&Hitung"))
        compute.setObjectName("compute")
        compute.clicked.connect(self.compute)
        self.pdf_button = QPushButton(self.tr("Simpan &PDF..."))
        self.pdf_button.setObjectName("save_pdf")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Simpan &XLSX..."))
        self.xlsx_button.setObjectName("save_xlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("elements")
        self.table.setHorizontalHeaderLabels(
            [self.tr("No"), self.tr("Unsur"), self.tr("Jumlah nilai"), self.tr("NRR"), self.tr("NRR tertimbang")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # the respondents by age, sex, education and occupation, as the annex's report lists them
        self.profile = QTableWidget(0, 4)
        self.profile.setObjectName("profile")
        self.profile.setHorizontalHeaderLabels(
            [self.tr("Profil"), self.tr("Kelompok"), self.tr("Jumlah"), self.tr("Persen")]
        )
        self.profile.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.profile.verticalHeader().hide()
        tables = QSplitter()
        tables.addWidget(self.table)
        tables.addWidget(self.profile)
        tables.setStretchFactor(0, 3)
        tables.setStretchFactor(1, 2)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.banner = MessageBanner()
        top = QHBoxLayout()
        for label, widget in [
            (self.tr("Dari"), self.date_from),
            (self.tr("Sampai"), self.date_to),
            (self.tr("Layanan"), self.service),
            (self.tr("Populasi"), self.population),
        ]:
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(compute)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(tables, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        self._enable_export(False)
        services = context.services
        self.context.runner.run(services.skm.services, self._services_loaded, self.banner.show_error, owner=self)

    def _services_loaded(self, catalog) -> None:
        for service in catalog:
            self.service.addItem(f"{service.name} ({service.code})", service.code)

    def _enable_export(self, enabled: bool) -> None:
        self.pdf_button.setEnabled(enabled)
        self.xlsx_button.setEnabled(enabled)

    def compute(self) -> None:
        start: date = self.date_from.date().toPython()
        end: date = self.date_to.date().toPython()
        code, population = self.service.currentData(), self.population.value() or None
        skm, actor = self.context.services.skm, self.context.actor
        self.context.runner.run(
            lambda: skm.report(start, end, code, population, actor=actor),
            self._show,
            self.banner.show_error,
            owner=self,
        )

    def _show(self, report: dict) -> None:
        self.report = report
        sample = report["sample"]
        met = self.tr("terpenuhi") if sample["met"] else self.tr("belum terpenuhi")
        sample_text = self.tr("Responden {count}; sampel minimum {minimum} dari populasi {population}: {met}.").format(
            count=sample["respondents"], minimum=sample["minimum"], population=sample["population"], met=met
        )
        overall = report["overall"]
        self.table.setRowCount(0)
        self._fill(self.profile, profile_rows(report))
        if overall is None:
            self.summary.setText(self.tr("Belum ada jawaban survei pada periode ini.") + " " + sample_text)
            self._enable_export(True)
            return
        self._fill(self.table, element_rows(overall))
        self.summary.setText(
            self.tr("IKM {ikm} · konversi {converted} · mutu {grade} ({label}). {sample}").format(
                ikm=number(overall["ikm"], 3),
                converted=number(overall["ikm_converted"]),
                grade=overall["grade"],
                label=overall["grade_label"],
                sample=sample_text,
            )
        )
        self._enable_export(True)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))

    def export(self, kind: str, path: str | None = None) -> None:
        if self.report is None:
            self.banner.show_error(self.tr("Hitung laporan lebih dulu."))
            return
        if not path:
            pattern = self.tr("PDF (*.pdf)") if kind == "pdf" else self.tr("Excel (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan SKM"), f"laporan-skm.{kind}", pattern)
        if not path:
            return
        report, services = self.report, self.context.services

        def work() -> str:
            if kind == "pdf":
                return str(files.save(path, skm_report_pdf(report, office_header(services.settings.values()), "A4")))
            return str(files.save(path, skm_report_xlsx(report)))

        self.context.runner.run(
            work,
            lambda saved: self.banner.show_info(self.tr("Laporan disimpan: {path}").format(path=saved)),
            self.banner.show_error,
            io=True,
            owner=self,
        )
