"""Bar charts for the supervisor's screens (QtCharts), filled from plain lists so the screens stay thin."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

COLOURS = ["#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a"]
NICE_STEPS = (1, 2, 5)


def nice_axis(top: float, ticks: int = 5) -> tuple[int, int]:
    """(upper end, number of intervals) for a count axis from zero: whole, round steps (1, 2, 5, 10, 20, ...), so
    the labels read 0, 2, 4, 6 and never 0, 1, 2, 2, 3; and a bar of a whole count ends on a gridline when the step
    is 1."""
    top = max(1.0, top)
    magnitude = 1
    while True:
        for base in NICE_STEPS:
            step = base * magnitude
            if step * ticks >= top:
                intervals = max(1, int(-(-top // step)))
                return step * intervals, intervals
        magnitude *= 10


def short_label(text: str, limit: int = 42) -> str:
    """A category label cut at a word, never inside one."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


class BarChart(QChartView):
    """A titled bar chart: categories along the bottom, one bar set per series, a value axis from zero."""

    def __init__(self, title: str, parent: QWidget | None = None, horizontal: bool = False):
        self.chart_ = QChart()
        self.chart_.setTitle(title)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.horizontal = horizontal  # long category names (services) read along the left side
        self.categories: list[str] = []
        self.series: list[tuple[str, list[float]]] = []
        self.value_axis: QValueAxis | None = None

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
        bars = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        for index, (name, values) in enumerate(self.series):
            bar_set = QBarSet(name)
            bar_set.setColor(QColor(COLOURS[index % len(COLOURS)]))
            bar_set.append(values)
            bars.append(bar_set)
        chart.addSeries(bars)
        category_axis = QBarCategoryAxis()
        category_axis.append(self.categories)
        category_axis.setGridLineVisible(False)  # no line through the bars
        value_axis = QValueAxis()
        if maximum is not None:
            value_axis.setRange(0, maximum)
            value_axis.setTickCount(6)
        else:
            upper, intervals = nice_axis(max([v for _name, values in self.series for v in values] + [1]))
            value_axis.setRange(0, upper)
            value_axis.setTickCount(intervals + 1)
        value_axis.setLabelFormat("%d")
        self.value_axis = value_axis
        value_side, category_side = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom
        if self.horizontal:
            value_side, category_side = category_side, value_side
        chart.addAxis(category_axis, category_side)
        bars.attachAxis(category_axis)
        chart.addAxis(value_axis, value_side)
        bars.attachAxis(value_axis)
        chart.legend().setVisible(len(self.series) > 1)
