"""The waiting-hall display (loket --display): the calls in large type, the last calls, waiting counts,
running text, date and clock; it follows calls made on every PC of the hall and announces each one once."""

from __future__ import annotations

import json
import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from db.core.paths import data_dir
from db.queue.views import HALL_SETTINGS, running_text
from db.services import Services
from db.settings.service import office_zone
from desktop.announcer import Announcer
from desktop.ops import Runner
from printing.dates import format_day_date

log = logging.getLogger("loket.display")
POLL_MS = 1000
MARQUEE_MS = 120
REMEMBERED_CALLS = 500


def _font(points: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    return font


class AnnouncedCalls:
    """Call events already announced, kept in the data folder so a restart never repeats an announcement."""

    def __init__(self, path: Path | None = None):
        self.path = path or data_dir() / "display-announced.json"
        try:
            self.ids: list[str] = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.ids = []
        self._known = set(self.ids)

    def __contains__(self, event_id: str) -> bool:
        return event_id in self._known

    def add(self, event_id: str) -> None:
        self.ids.append(event_id)
        self._known.add(event_id)
        self.ids = self.ids[-REMEMBERED_CALLS:]
        self._known = set(self.ids)
        try:
            self.path.write_text(json.dumps(self.ids), encoding="utf-8")
        except OSError as error:
            log.warning("cannot remember announced calls: %s", error)


class HallDisplay(QWidget):
    def __init__(  # noqa: PLR0915 - builds the whole hall layout; to be split into header, columns and timers
        self,
        services: Services,
        runner: Runner,
        announcer: Announcer,
        announced: AnnouncedCalls | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("hall_display")
        self.setWindowTitle(self.tr("Layar Antrian"))
        self.services, self.runner, self.announcer = services, runner, announcer
        self.announced = announced or AnnouncedCalls()
        self.zone = office_zone({})  # the default until the settings are read
        self.polling = False
        self.office = QLabel()
        self.office.setFont(_font(26, True))
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.clock.setFont(_font(22, True))
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        header = QHBoxLayout()
        header.addWidget(self.office, 1)
        header.addWidget(self.clock)
        self.calling_number = QLabel("—")
        self.calling_number.setObjectName("calling_number")
        self.calling_number.setFont(_font(96, True))
        self.calling_number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.calling_counter = QLabel()
        self.calling_counter.setObjectName("calling_counter")
        self.calling_counter.setFont(_font(40, True))
        self.calling_counter.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.serving = QLabel()
        self.serving.setObjectName("serving")
        self.serving.setFont(_font(22))
        self.serving.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.serving.setWordWrap(True)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.setFont(_font(22))
        self.waiting = QListWidget()
        self.waiting.setObjectName("waiting")
        self.waiting.setFont(_font(20))
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setFont(_font(16))
        self.marquee = QLabel()
        self.marquee.setObjectName("marquee")
        self.marquee.setFont(_font(20))
        self.running_text = ""
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.calling_number)
        left.addWidget(self.calling_counter)
        left.addWidget(self.serving)
        columns.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("Panggilan terakhir")))
        right.addWidget(self.recent, 2)
        right.addWidget(self._heading(self.tr("Menunggu")))
        right.addWidget(self.waiting, 1)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.marquee)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.close)
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.poll_timer.timeout.connect(self.poll)
        self.marquee_timer = QTimer(self)
        self.marquee_timer.setInterval(MARQUEE_MS)
        self.marquee_timer.timeout.connect(self._scroll)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(1000)
        self.clock_timer.timeout.connect(self._tick)
        for timer in (self.poll_timer, self.marquee_timer, self.clock_timer):
            timer.start()
        self._tick()
        self.poll()

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(_font(18, True))
        return label

    def poll(self) -> None:
        """One background read of the hall's state; skipped while the previous one is still running."""
        if self.polling:
            return
        self.polling = True
        services = self.services

        def read():
            return (
                services.settings.get_many(HALL_SETTINGS),
                services.queue_views.hall_state(),
                services.queue_views.calls_since(),
            )

        self.runner.run(read, self._show, self._database_down, owner=self)

    def _show(self, loaded) -> None:
        self.polling = False
        values, state, calls = loaded
        self.zone = office_zone(values)
        self.office.setText(values["office.short_name"])
        text = running_text(values)
        if text.strip() != self.running_text.strip():
            self.running_text = text + "      "
        self.status.clear()
        if state.recent_calls:
            latest = state.recent_calls[0]
            self.calling_number.setText(latest.label)
            self.calling_counter.setText(self.tr("Silakan ke Loket {number}").format(number=latest.counter_number))
        self.serving.setText(
            "   ·   ".join(
                self.tr("Loket {number}: {label}").format(number=counter, label=label)
                for counter, label, _status in state.now_serving
            )
        )
        self.recent.clear()
        for call in state.recent_calls:
            self.recent.addItem(
                self.tr("{label}  →  Loket {number}").format(label=call.label, number=call.counter_number)
            )
        self.waiting.clear()
        for code, name, count in state.waiting_by_group:
            self.waiting.addItem(self.tr("{code} {name}: {count}").format(code=code, name=name, count=count))
        for call in calls:
            key = str(call.event_id)
            if key not in self.announced:
                self.announced.add(key)
                self.announcer.announce(call.label, call.counter_number, recall=call.recall)

    def _database_down(self, message: str) -> None:
        self.polling = False
        self.status.setText(self.tr("Menyambung ulang ke basis data... ({reason})").format(reason=message))

    def _tick(self) -> None:
        now = datetime.now(self.zone)
        self.clock.setText(f"{format_day_date(now.date())}  {now:%H:%M:%S}")

    def _scroll(self) -> None:
        if self.running_text:
            self.running_text = self.running_text[1:] + self.running_text[0]
            self.marquee.setText(self.running_text[:160])
