"""Bar charts for the supervisor's screens (QtCharts), filled from plain lists so the screens stay thin."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

COLOURS = ["#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a"]


class BarChart(QChartView):
    """A titled bar chart: categories along the bottom, one bar set per series, a value axis from zero."""

    def __init__(self, title: str, parent: QWidget | None = None):
        self.chart_ = QChart()
        self.chart_.setTitle(title)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []

    def set_data(self, categories: Sequence[str], series: Sequence[tuple[str, Sequence[float]]], maximum=None) -> None:
        """Replace what the chart shows; `maximum` fixes the top of the value axis (e.g. 100 for percentages)."""
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        self.categories = list(categories)
        self.series = [(name, [float(v or 0) for v in values]) for name, values in series]
        if not self.categories:
            return
        bars = QBarSeries()
        for index, (name, values) in enumerate(self.series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
            bar_set.append(values)
            bars.append(bar_set)
        chart.addSeries(bars)
        x_axis = QBarCategoryAxis()
        x_axis.append(self.categories)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(x_axis)
        top = max([v for _name, values in self.series for v in values] + [1])
        y_axis = QValueAxis()
        y_axis.setRange(0, maximum if maximum is not None else top * 1.1)
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(y_axis)
        chart.legend().setVisible(len(self.series) > 1)
