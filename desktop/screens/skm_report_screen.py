"""Laporan SKM: the satisfaction index of a period (and service) and the respondents' profile, of the hall with each
agency's index beside it or of one agency, saved as PDF or XLSX."""

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
from desktop.widgets import MessageBanner, office_today
from printing.skm_report_pdf import agency_rows, element_rows, number, profile_rows, skm_report_pdf, skm_report_xlsx


class SkmReportScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("skm_report_screen")
        self.context = context
        self.report: dict | None = None
        today = office_today(context.services)
        self.date_from = QDateEdit(QDate(today.year(), 1 if today.month() <= 6 else 7, 1))
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit(today)
        self.date_to.setObjectName("date_to")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.agency = self._agency_choice()
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
        self.per_agency = self._agency_table()
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.banner = MessageBanner()
        self.service.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.service.setMinimumContentsLength(40)  # long service names never widen the window
        top = QHBoxLayout()
        top.addWidget(self.agency)
        for label, widget in [
            (self.tr("Dari"), self.date_from),
            (self.tr("Sampai"), self.date_to),
            (self.tr("Layanan"), self.service),
            (self.tr("Populasi"), self.population),
        ]:
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(compute)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(tables, 1)
        layout.addWidget(self.per_agency)
        layout.addLayout(self._export_buttons())
        layout.addWidget(self.banner)
        self._enable_export(False)
        services, actor = context.services, context.actor
        self.context.runner.run(services.skm.services, self._services_loaded, self.banner.show_error, owner=self)
        self.context.runner.run(
            lambda: (services.agencies.for_actor(actor), services.agencies.is_single()),
            self._agencies_loaded,
            self.banner.show_error,
            owner=self,
        )

    def _export_buttons(self) -> QHBoxLayout:
        self.pdf_button = QPushButton(self.tr("Simpan &PDF..."))
        self.pdf_button.setObjectName("save_pdf")
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Simpan &XLSX..."))
        self.xlsx_button.setObjectName("save_xlsx")
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.xlsx_button)
        buttons.addStretch()
        return buttons

    def _agency_choice(self) -> QComboBox:
        choice = QComboBox()
        choice.setObjectName("agency")
        choice.setVisible(False)  # a hall of one agency: its index is the hall's
        choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        choice.setMinimumContentsLength(22)  # long agency names never widen the window
        return choice

    def _agency_table(self) -> QTableWidget:
        """Each agency's index beside the hall's; shown only in a hall of several agencies."""
        table = QTableWidget(0, 4)
        table.setObjectName("per_agency")
        table.setHorizontalHeaderLabels(
            [self.tr("Instansi"), self.tr("Responden"), self.tr("IKM konversi"), self.tr("Mutu")]
        )
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.setVisible(False)
        return table

    def _agencies_loaded(self, loaded) -> None:
        agencies, single = loaded
        if single:
            return
        if self.context.actor.agency_id is None:  # the hall's management: the hall's IKM, or one agency's
            self.agency.addItem(self.tr("Seluruh aula"), None)
        for agency in agencies:
            self.agency.addItem(agency.short_name, agency.code)
        self.agency.setEnabled(self.agency.count() > 1)
        self.agency.setVisible(True)

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
        skm, actor, agency = self.context.services.skm, self.context.actor, self.agency.currentData()
        self.context.runner.run(
            lambda: skm.report(start, end, code, population, actor=actor, agency=agency),
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
        self._fill(self.per_agency, agency_rows(report))  # each agency's index beside the hall's (over all responses)
        self.per_agency.setVisible(bool(report["per_agency"]))
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
