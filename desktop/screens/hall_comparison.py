"""The hall's report on the reports screen: every agency side by side (tables and charts), for the hall's management."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QTabWidget, QWidget

from db.reports import comparison_export
from db.reports.comparison import HallComparison
from desktop.charts import BarChart, short_label
from desktop.screens.report_table import ReportTableModel, replace_table_tabs


class HallComparisonView(QTabWidget):
    """A chart tab (tickets per agency; mean wait and IKM per agency) and one tab per side-by-side table."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hall_comparison")
        self.comparison: HallComparison | None = None
        self.models: dict[str, ReportTableModel] = {}
        self.tickets_chart = BarChart(self.tr("Tiket per instansi"))
        self.wait_chart = BarChart(self.tr("Waktu tunggu rata-rata per instansi (menit)"))
        self.ikm_chart = BarChart(self.tr("IKM per instansi (25-100)"))
        self.sla_chart = BarChart(self.tr("Permohonan selesai tepat waktu per instansi (%)"))
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.addWidget(self.tickets_chart, 0, 0)
        grid.addWidget(self.wait_chart, 0, 1)
        grid.addWidget(self.sla_chart, 1, 0)
        grid.addWidget(self.ikm_chart, 1, 1)
        self.addTab(charts, self.tr("Grafik per instansi"))

    def show_comparison(self, comparison: HallComparison) -> None:
        self.comparison = comparison
        self.models = replace_table_tabs(self, comparison_export.tables(comparison))
        rows = comparison.agencies
        names = [row.code or short_label(row.name, 24) for row in rows]  # codes: short, and never alike
        self.tickets_chart.set_data(
            names,
            [
                (self.tr("Diambil"), [row.issued for row in rows]),
                (self.tr("Dilayani"), [row.served for row in rows]),
            ],
        )
        self.wait_chart.set_data(names, [(self.tr("Menit"), [row.waiting.mean for row in rows])])
        self.sla_chart.set_data(
            names, [(self.tr("Tepat waktu (%)"), [(row.sla_share or 0) * 100 for row in rows])], maximum=100
        )
        self.ikm_chart.set_data(names, [(self.tr("IKM"), [row.ikm for row in rows])], maximum=100)
