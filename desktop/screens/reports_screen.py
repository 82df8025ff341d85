"""Laporan: the counter report of a day, week, month or range, as tables and charts, exported to PDF/XLSX/CSV."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.documents import files
from db.documents.printing import office_header
from db.reports import DailyReport, ReportQuery, export
from db.reports.periods import DAY, MONTH, RANGE, WEEK, period_of
from desktop.charts import BarChart, short_label
from desktop.context import ScreenContext
from desktop.widgets import MessageBanner
from printing.report_pdf import ReportTable, cell_text

AnyIndex = QModelIndex | QPersistentModelIndex


class ReportTableModel(QAbstractTableModel):
    """One report table, read-only."""

    def __init__(self, table: ReportTable, parent=None):
        super().__init__(parent)
        self.table = table

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.table.headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ReportsScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reports_screen")
        self.context = context
        self.report: DailyReport | None = None
        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for code, label in [
            (DAY, self.tr("Harian")),
            (WEEK, self.tr("Mingguan")),
            (MONTH, self.tr("Bulanan")),
            (RANGE, self.tr("Rentang")),
        ]:
            self.kind.addItem(label, code)
        today = QDate.currentDate()
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
        self.hours_chart = BarChart(self.tr("Tiket per jam"))
        self.wait_chart = BarChart(self.tr("Sebaran waktu tunggu (menit)"))
        self.sla_chart = BarChart(self.tr("Kepatuhan waktu layanan per layanan (%)"), horizontal=True)
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.addWidget(self.hours_chart, 0, 0)
        grid.addWidget(self.wait_chart, 0, 1)
        grid.addWidget(self.sla_chart, 1, 0, 1, 2)
        self.tabs.addTab(charts, self.tr("Grafik"))
        self.banner = MessageBanner()
        filters = QHBoxLayout()
        for widget in (self.kind, self.date, QLabel(self.tr("s.d.")), self.until, self.counter, self.group):
            filters.addWidget(widget)
        filters.addWidget(self.officer, 1)
        filters.addWidget(self.show_button)
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
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(exports)
        layout.addWidget(self.banner)
        setup = context.services.queue_setup
        context.runner.run(
            lambda: (setup.counters(), setup.groups()), self._fill_filters, self.banner.show_error, owner=self
        )

    def _fill_filters(self, loaded) -> None:
        counters, groups = loaded
        for counter in counters:
            self.counter.addItem(counter.name, counter.number)
        for group in groups:
            self.group.addItem(f"{group.code} {group.name}", group.code)

    def query(self) -> ReportQuery:
        start, end = period_of(self.kind.currentData(), self.date.date().toPython(), self.until.date().toPython())
        return ReportQuery(
            start,
            end,
            counter=self.counter.currentData(),
            group=self.group.currentData(),
            officer=self.officer.text().strip() or None,
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

        self.context.runner.run(
            lambda: services.reports.daily(query, actor=actor), self.show_report, failed, owner=self
        )

    def show_report(self, report: DailyReport) -> None:
        self.report = report
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
        while self.tabs.count() > 1:
            widget = self.tabs.widget(1)
            self.tabs.removeTab(1)
            widget.deleteLater()
        self.models = {}
        for table in export.tables(report):
            model = ReportTableModel(table, self)
            view = QTableView()
            view.setObjectName(f"table_{table.key}")
            view.setModel(model)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            view.horizontalHeader().setStretchLastSection(True)
            self.models[table.key] = model
            self.tabs.addTab(view, table.title)
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
        report = self.report
        if report is None:
            return
        suggested = f"laporan-{report.query.date_from.isoformat()}"
        if report.query.date_to != report.query.date_from:
            suggested += f"_{report.query.date_to.isoformat()}"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Simpan laporan"), f"{suggested}.{fmt}", f"{fmt.upper()} (*.{fmt})"
        )
        if not path:
            return
        services, signer = self.context.services, self.context.user.full_name

        def save():
            values = services.settings.values()
            return files.save(path, export.render(report, fmt, office_header(values), values, signer))

        self.context.runner.run(
            save,
            lambda saved: self.banner.show_info(self.tr("Laporan disimpan: {path}").format(path=str(saved))),
            self.banner.show_error,
            owner=self,
        )
