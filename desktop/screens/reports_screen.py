"""Laporan: the counter report of a day, week, month or range, as tables and charts, exported to PDF/XLSX/CSV."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.documents import files
from db.documents.printing import office_header
from db.reports import DailyReport, ReportQuery, comparison_export, export
from db.reports.comparison import HallComparison
from db.reports.periods import DAY, MONTH, RANGE, WEEK, period_of
from desktop.charts import BarChart, short_label
from desktop.context import ScreenContext
from desktop.screens.hall_comparison import HallComparisonView
from desktop.screens.report_table import ReportTableModel, replace_table_tabs
from desktop.widgets import MessageBanner, office_today
from printing.report_pdf import cell_text

SIDE_BY_SIDE = "*"  # the agency choice that shows every agency side by side


class ReportsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports_screen")
        self.context = context
        self.report: DailyReport | None = None
        self.comparison: HallComparison | None = None  # shown instead of the report when every agency is compared
        self.agency = QComboBox()
        self.agency.setObjectName("agency")
        self.agency.setVisible(False)  # a hall of one agency: no choice, exactly as before agencies
        self.agency.currentIndexChanged.connect(self._agency_chosen)
        self.agency.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.agency.setMinimumContentsLength(22)  # long agency names never widen the window
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for code, label in [
            (DAY, self.tr("Harian")),
            (WEEK, self.tr("Mingguan")),
            (MONTH, self.tr("Bulanan")),
            (RANGE, self.tr("Rentang")),
        ]:
            self.kind.addItem(label, code)
        today = office_today(context.services)
        self.date = QDateEdit(today)
        self.date.setObjectName("date")
        self.until = QDateEdit(today)
        self.until.setObjectName("until")
        for edit in (self.date, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.until.setEnabled(False)
        self.kind.currentIndexChanged.connect(lambda _i: self.until.setEnabled(self.kind.currentData() == RANGE))
        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        self.counter.addItem(self.tr("Semua loket"), None)
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.group.addItem(self.tr("Semua grup"), None)
        self.officer = QLineEdit()
        self.officer.setObjectName("officer")
        self.officer.setPlaceholderText(self.tr("Semua petugas (nama pengguna)"))
        self.show_button = QPushButton(self.tr("&Tampilkan"))
        self.show_button.setObjectName("show")
        self.show_button.clicked.connect(self.load)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tables")
        self.models: dict[str, ReportTableModel] = {}
        self.tabs.addTab(self._charts(), self.tr("Grafik"))
        self.hall_view = HallComparisonView()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.tabs)
        self.pages.addWidget(self.hall_view)
        self.banner = MessageBanner()
        filters = QHBoxLayout()
        for widget in (
            self.agency,
            self.kind,
            self.date,
            QLabel(self.tr("s.d.")),
            self.until,
            self.counter,
            self.group,
        ):
            filters.addWidget(widget)
        filters.addWidget(self.officer, 1)
        filters.addWidget(self.show_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)
        layout.addLayout(self._export_row())
        layout.addWidget(self.banner)
        setup, agencies, actor = context.services.queue_setup, context.services.agencies, context.actor
        context.runner.run(
            lambda: (setup.counters(), setup.groups(), agencies.for_actor(actor), agencies.is_single()),
            self._fill_filters,
            self.banner.show_error,
            owner=self,
        )

    def _charts(self) -> QWidget:
        self.hours_chart = BarChart(self.tr("Tiket per jam"))
        self.wait_chart = BarChart(self.tr("Sebaran waktu tunggu (menit)"))
        self.sla_chart = BarChart(self.tr("Kepatuhan waktu layanan per layanan (%)"), horizontal=True)
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.addWidget(self.hours_chart, 0, 0)
        grid.addWidget(self.wait_chart, 0, 1)
        grid.addWidget(self.sla_chart, 1, 0, 1, 2)
        return charts

    def _export_row(self) -> QHBoxLayout:
        exports = QHBoxLayout()
        self.export_buttons: dict[str, QPushButton] = {}
        for fmt, text in [("pdf", self.tr("Simpan &PDF...")), ("xlsx", self.tr("Simpan &XLSX...")), ("csv", "CSV...")]:
            button = QPushButton(text)
            button.setObjectName(f"export_{fmt}")
            button.setEnabled(False)
            button.clicked.connect(lambda _checked=False, f=fmt: self.export(f))
            exports.addWidget(button)
            self.export_buttons[fmt] = button
        exports.addStretch()
        return exports

    def _fill_filters(self, loaded) -> None:
        counters, groups, agencies, single = loaded
        for counter in counters:
            self.counter.addItem(counter.name, counter.number)
        for group in groups:
            self.group.addItem(f"{group.code} {group.name}", group.code)
        if single:
            return
        whole_hall = self.context.actor.agency_id is None
        if whole_hall:  # the hall's management: the hall, any one agency, or every agency side by side
            self.agency.addItem(self.tr("Seluruh aula"), None)
        for agency in agencies:
            self.agency.addItem(agency.short_name, agency.code)
        if whole_hall:
            self.agency.addItem(self.tr("Semua instansi berdampingan"), SIDE_BY_SIDE)
        self.agency.setEnabled(self.agency.count() > 1)  # an agency's supervisor: their own agency only
        self.agency.setVisible(True)

    def _agency_chosen(self, _index: int) -> None:
        """The side-by-side view compares whole agencies: the counter, group and officer filters do not apply."""
        per_agency = self.agency.currentData() != SIDE_BY_SIDE
        for widget in (self.counter, self.group, self.officer):
            widget.setEnabled(per_agency)

    def query(self) -> ReportQuery:
        start, end = period_of(self.kind.currentData(), self.date.date().toPython(), self.until.date().toPython())
        return ReportQuery(
            start,
            end,
            counter=self.counter.currentData(),
            group=self.group.currentData(),
            officer=self.officer.text().strip() or None,
            agency=None if self.agency.currentData() == SIDE_BY_SIDE else self.agency.currentData(),
        )

    def load(self) -> None:
        query = self.query()
        services = self.context.services
        actor = self.context.actor
        self.banner.clear_message()
        self.show_button.setEnabled(False)

        def failed(message: str) -> None:
            self.show_button.setEnabled(True)
            self.banner.show_error(message)

        if self.agency.currentData() == SIDE_BY_SIDE:
            self.context.runner.run(
                lambda: services.reports.by_agency(query.date_from, query.date_to, actor=actor),
                self.show_comparison,
                failed,
                owner=self,
            )
            return
        self.context.runner.run(
            lambda: services.reports.daily(query, actor=actor), self.show_report, failed, owner=self
        )

    def show_comparison(self, comparison: HallComparison) -> None:
        """Every agency side by side: the hall's report (its own tables and charts, its own exports)."""
        self.comparison, self.report = comparison, None
        self.show_button.setEnabled(True)
        hall = comparison.hall
        self.summary.setText(
            self.tr(
                "{period}: {agencies} instansi, {issued} tiket, {served} dilayani, tunggu rata-rata {wait} menit, "
                "IKM aula {ikm}."
            ).format(
                period=export.days_text(comparison.date_from, comparison.date_to),
                agencies=len(comparison.agencies),
                issued=hall.issued,
                served=hall.served,
                wait=cell_text(hall.waiting.mean),
                ikm=cell_text(hall.ikm),
            )
        )
        self.hall_view.show_comparison(comparison)
        self.pages.setCurrentWidget(self.hall_view)
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def show_report(self, report: DailyReport) -> None:
        self.report, self.comparison = report, None
        self.pages.setCurrentWidget(self.tabs)
        self.show_button.setEnabled(True)
        t = report.tickets
        self.summary.setText(
            self.tr(
                "{period}: {issued} tiket, {served} dilayani, tunggu rata-rata {wait} menit, {over} melewati "
                "target {target} menit."
            ).format(
                period=export.period_text(report),
                issued=t.issued,
                served=t.served,
                wait=cell_text(t.waiting.mean),
                over=t.over_target,
                target=report.wait_target_minutes,
            )
        )
        self.models = replace_table_tabs(self.tabs, export.tables(report))
        self.hours_chart.set_data(
            [f"{h.hour:02d}" for h in report.hours],
            [
                (self.tr("Diambil"), [h.issued for h in report.hours]),
                (self.tr("Dilayani"), [h.served for h in report.hours]),
            ],
        )
        self.wait_chart.set_data(
            [b.label for b in report.wait_histogram], [(self.tr("Tiket"), [b.count for b in report.wait_histogram])]
        )
        sla = report.applications.sla
        self.sla_chart.set_data(
            [short_label(f"{s.service_code} {s.service_name}") for s in sla],
            [(self.tr("Tepat waktu (%)"), [(s.share_on_time or 0) * 100 for s in sla])],
            maximum=100,
        )
        for button in self.export_buttons.values():
            button.setEnabled(True)

    def export(self, fmt: str) -> None:
        report, comparison = self.report, self.comparison
        if report is None and comparison is None:
            return
        start, end = (
            (report.query.date_from, report.query.date_to) if report else (comparison.date_from, comparison.date_to)
        )
        suggested = f"laporan-{start.isoformat()}" if report else f"laporan-aula-{start.isoformat()}"
        if report and report.agency:
            suggested += f"-{report.agency.code.lower()}"
        if end != start:
            suggested += f"_{end.isoformat()}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan"), f"{suggested}.{fmt}", f"{fmt.upper()} (*.{fmt})"
        )
        if not path:
            return
        services, signer = self.context.services, self.context.user.full_name

        def save():
            values = services.settings.values()
            if report is None:
                return files.save(
                    path, comparison_export.render(comparison, fmt, office_header(values), values, signer)
                )
            return files.save(path, export.render(report, fmt, office_header(values), values, signer))

        self.context.runner.run(
            save,
            lambda saved: self.banner.show_info(self.tr("Laporan disimpan: {path}").format(path=str(saved))),
            self.banner.show_error,
            owner=self,
        )
