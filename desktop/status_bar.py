"""The status bar: office, counter, signed-in user, database and printer state, refreshed in the background."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from db.core.errors import LoketError
from db.settings.service import THERMAL_SETTINGS, thermal_config
from desktop.context import ScreenContext
from desktop.printer_text import printer_text
from desktop.roles import role_label
from printing.status import probe

REFRESH_MS = 30_000
STATUS_SETTINGS = (
    "counter.number",
    "counter.name",
    "office.short_name",
    "office.timezone",
    "sync.last_success",
    *THERMAL_SETTINGS,
)


class ElidedLabel(QLabel):
    """A status text that shortens itself ("...") instead of widening the window past a 1366-pixel screen; the
    whole text stays in its tooltip."""

    def __init__(self):
        super().__init__()
        self.full_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self.full_text = text
        self.setToolTip(text)
        self._elide()

    def text(self) -> str:
        return self.full_text

    def sizeHint(self):  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        hint.setWidth(QFontMetrics(self.font()).horizontalAdvance(self.full_text) + 8)
        return hint

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        hint.setWidth(40)
        return hint

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        metrics = QFontMetrics(self.font())
        super().setText(metrics.elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, max(self.width(), 40)))


class LoketStatusBar(QStatusBar):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.office, self.counter, self.user = ElidedLabel(), ElidedLabel(), ElidedLabel()
        self.database, self.printer = ElidedLabel(), ElidedLabel()
        self.sync = ElidedLabel()
        for name, label in [
            ("office", self.office),
            ("counter", self.counter),
            ("user", self.user),
            ("database", self.database),
            ("printer", self.printer),
            ("sync", self.sync),
        ]:
            label.setObjectName(f"status_{name}")
            self.addPermanentWidget(label)
        self.user.setText(f"{context.user.full_name} ({role_label(context.user.role)})")
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        context.settings_bridge.changed.connect(lambda _keys: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        services = self.context.services

        def read_state() -> dict:
            values = services.settings.get_many(STATUS_SETTINGS)
            counter = f"Loket {values['counter.number']}"
            try:
                database = services.maintenance.ping()
                database_ok = True
                counter = services.queue_views.counter_name(int(values["counter.number"]))
            except LoketError as error:
                database, database_ok = error.message, False
            return {"values": values, "database": database, "database_ok": database_ok, "counter": counter}

        self.context.runner.run(read_state, self._show, self._database_down, owner=self)

    def _show(self, state: dict) -> None:
        values = state["values"]
        self.context.counter_number = int(values["counter.number"])
        self.office.setText(values["office.short_name"])
        # The name its slips and the hall display print; this PC's own label only when it says something else.
        device_label = values["counter.name"]
        shown = state["counter"] if device_label in ("", state["counter"]) else f"{state['counter']} ({device_label})"
        self.counter.setText(shown)
        description = self.context.services.database.describe()
        state_text = self.tr("tersambung") if state["database_ok"] else state["database"]
        self.database.setText(self.tr("Basis data: {state}").format(state=state_text))
        self.database.setToolTip(description)
        last_sync = values.get("sync.last_success", "")
        when = (
            datetime.fromisoformat(last_sync).astimezone(ZoneInfo(values["office.timezone"])).strftime("%d-%m %H:%M")
            if last_sync
            else self.tr("belum pernah")
        )
        self.sync.setText(self.tr("Sinkron: {when}").format(when=when))
        printer_config = thermal_config(values)
        self.context.runner.run(lambda: probe(printer_config), self._show_printer, io=True, owner=self)

    def _show_printer(self, state) -> None:
        self.printer.setText(self.tr("Printer: {state}").format(state=printer_text(state)))

    def _database_down(self, message: str) -> None:
        self.database.setText(self.tr("Basis data: {state}").format(state=message))
