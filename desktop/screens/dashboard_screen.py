"""Dasbor: the hall right now for the supervisor's PC, refreshed by itself in the background while it is shown."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.core import changes
from db.reports.live import LiveState
from desktop import theme
from desktop.context import ScreenContext
from desktop.widgets import MessageBanner

REFRESH_MS = 5_000  # how often the cheap change stamp is read
FULL_REFRESH_S = 30  # waits grow and due dates pass with no change in the database: re-read at least this often
ALERT_COLOURS = {"wait": "#fff3e0", "overdue": "#fde8e8", "due_today": "#fff8e1", "sync": "#e3f2fd"}


class DashboardScreen(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard_screen")
        self.context = context
        self.state: LiveState | None = None
        self._pending = False
        self.waiting = QLabel()
        self.waiting.setObjectName("waiting")
        self.longest = QLabel()
        self.longest.setObjectName("longest")
        self.updated = QLabel()
        self.updated.setObjectName("updated")
        self.groups = QTableWidget(0, 3)
        self.groups.setObjectName("groups")
        self.groups.setHorizontalHeaderLabels([self.tr("Grup"), self.tr("Nama"), self.tr("Menunggu")])
        self.counters = QTableWidget(0, 3)
        self.counters.setObjectName("counters")
        self.counters.setHorizontalHeaderLabels([self.tr("Loket"), self.tr("Keadaan"), self.tr("Antrian")])
        for table in (self.groups, self.counters):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.alerts = QListWidget()
        self.alerts.setObjectName("alerts")
        self.banner = MessageBanner()
        top = QHBoxLayout()
        top.addWidget(self.waiting)
        top.addWidget(self.longest)
        top.addStretch()
        top.addWidget(self.updated)
        tables = QHBoxLayout()
        tables.addWidget(self.groups)
        tables.addWidget(self.counters)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(tables, 2)
        layout.addWidget(QLabel(self.tr("Peringatan")))
        layout.addWidget(self.alerts, 1)
        layout.addWidget(self.banner)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.refresh(force=False))
        self.stamp: tuple | None = None
        self.last_full_read = 0.0
        context.changes.changed.connect(self._changed_here)

    # Refresh only while the screen is on show: a hidden dashboard costs nothing.
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()
        self.timer.start()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self, force: bool = True) -> None:
        """Re-read the hall. On the timer (`force=False`) only when the queue's change stamp moved (a call on any
        PC) or FULL_REFRESH_S have passed; otherwise the tick costs one small query."""
        if self._pending:  # the previous read has not come back yet: never pile up reads
            return
        self._pending = True
        services, known, actor = self.context.services, self.stamp, self.context.actor
        due = force or known is None or time.monotonic() - self.last_full_read >= FULL_REFRESH_S

        def read():
            stamp = services.queue.change_stamp()
            return stamp, services.reports.live(actor) if due or stamp != known else None

        self.context.runner.run(read, self._loaded, self._failed, owner=self)

    def _changed_here(self, batch) -> None:
        """A commit on this PC that the dashboard shows: refresh now, if it is on show."""
        if self.isVisible() and changes.topics(batch) & {changes.QUEUE, changes.APPLICATION, changes.SETTINGS}:
            self.refresh()

    def _loaded(self, loaded) -> None:
        self.stamp, state = loaded
        if state is None:
            self._pending = False
            return
        self.last_full_read = time.monotonic()
        self.show_state(state)

    def _failed(self, message: str) -> None:
        self._pending = False
        self.banner.show_error(message)

    def show_state(self, state: LiveState) -> None:
        self._pending = False
        self.banner.clear_message()
        self.state = state
        self.waiting.setText(self.tr("Menunggu: {count}").format(count=state.waiting))
        if state.longest_wait_ticket:
            self.longest.setText(
                self.tr("Tunggu terlama: {label}, {minutes} menit").format(
                    label=state.longest_wait_ticket, minutes=state.longest_wait_minutes
                )
            )
        else:
            self.longest.setText(self.tr("Tidak ada yang menunggu"))
        self.updated.setText(self.tr("Diperbarui {time}").format(time=state.at.strftime("%H:%M:%S")))  # office time
        self.groups.setRowCount(len(state.waiting_by_group))
        for row, (code, name, count) in enumerate(state.waiting_by_group):
            for column, value in enumerate((code, name, str(count))):
                self.groups.setItem(row, column, QTableWidgetItem(value))
        self.counters.setRowCount(len(state.counters))
        for row, counter in enumerate(state.counters):
            if counter.ticket:
                status = self.tr("Melayani") if counter.status == "serving" else self.tr("Memanggil")
            else:
                status = self.tr("Menganggur") if counter.open else self.tr("Tutup")
            cells = (counter.name, status, counter.ticket or "-")
            state_key = (counter.status or "open") if counter.ticket or counter.open else "closed"
            _colour, light = theme.STATE_COLOURS[state_key]  # the counter screen's and the hall's colours
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setBackground(QBrush(QColor(light)))
                self.counters.setItem(row, column, item)
        self.alerts.clear()
        for alert in state.alerts:
            item = QListWidgetItem(alert.text)
            item.setData(256, alert.kind)  # Qt.UserRole
            item.setBackground(QBrush(QColor(ALERT_COLOURS.get(alert.kind, "#ffffff"))))
            self.alerts.addItem(item)
        if not state.alerts:
            self.alerts.addItem(self.tr("Tidak ada peringatan."))
