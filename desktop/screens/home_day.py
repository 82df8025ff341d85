"""The signed-in officer's day at a glance on Beranda: tickets served, no-shows, typical service time, counter."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QWidget

from db.queue.officer_day import OfficerDay
from desktop import theme
from desktop.context import ScreenContext


class DayAtAGlance(QGroupBox):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("day_at_a_glance")
        self.setTitle(self.tr("Hari ini"))
        self.context = context
        self.figures: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        captions = {
            "served": self.tr("antrian selesai Anda layani"),
            "no_shows": self.tr("tidak hadir"),
            "median": self.tr("menit, waktu layanan tengah"),
            "counter": self.tr("loket Anda hari ini"),
        }
        for column, (key, caption) in enumerate(captions.items()):
            figure = QLabel("–")
            figure.setObjectName(f"day_{key}")
            figure.setFont(theme.font("display", self, bold=True))
            figure.setStyleSheet(f"color: {theme.PALETTE.primary};")
            figure.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label = QLabel(caption)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            grid.addWidget(figure, 0, column)
            grid.addWidget(label, 1, column)
            self.figures[key] = figure
        self.now = QLabel()
        self.now.setObjectName("day_now")
        grid.addWidget(self.now, 2, 0, 1, len(captions))

    def reload(self) -> None:
        days, username = self.context.services.officer_days, self.context.user.username
        self.context.runner.run(lambda: days.officer_day(username), self.show_day, owner=self)

    def show_day(self, day: OfficerDay) -> None:
        self.figures["served"].setText(str(day.served))
        self.figures["no_shows"].setText(str(day.no_shows))
        median = "–" if day.median_service_minutes is None else f"{day.median_service_minutes:g}".replace(".", ",")
        self.figures["median"].setText(median)
        self.figures["counter"].setText("–" if day.counter_number is None else str(day.counter_number))
        self.now.setText(self.tr("Sedang menangani {label}.").format(label=day.in_service) if day.in_service else "")
