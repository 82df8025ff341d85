"""The waiting-hall display (loket --display): the calls in large type, the last calls, waiting counts,
running text, date and clock; it follows calls made on every PC of the hall and announces each one once."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Collection
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from db.core import changes
from db.core.errors import DomainError
from db.core.paths import data_dir
from db.queue import views
from db.queue.zones import compact_name, parse_codes
from db.services import Services
from db.settings.service import office_zone
from desktop import theme
from desktop.announcer import Announcer
from desktop.context import ChangeBridge
from desktop.hall_tiles import CounterTileView
from desktop.logo import OfficeLogo
from desktop.ops import Runner
from printing.dates import format_day_date

log = logging.getLogger("loket.display")
POLL_MS = 1000
FULL_READ_S = 30  # queue groups renamed, or settings pulled by the sync, may not move the change stamps
MARQUEE_MS = 120
REMEMBERED_CALLS = 500
BLINK_MS, BLINKS = 500, 12  # a new call blinks for six seconds


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
    """Held against the Qmatic/SiolaQ hall screens of Indonesian MPPs: one big current call, every counter in a
    grid, last calls and waiting per group at the side, the office's identity on top and its pledge below."""

    def __init__(  # noqa: PLR0915 - builds the whole hall layout in one place
        self,
        services: Services,
        runner: Runner,
        announcer: Announcer,
        announced: AnnouncedCalls | None = None,
        parent: QWidget | None = None,
        groups: Collection[str] | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("hall_display")
        self.setWindowTitle(self.tr("Layar Antrian"))
        self.services, self.runner, self.announcer = services, runner, announcer
        self.announced = announced or AnnouncedCalls()
        self.groups = set(groups) if groups else None
        self.zone = office_zone({})  # the default until the settings are read
        self.polling = False
        self.look_again = False
        self.stamps: tuple | None = None  # (queue, settings) change stamps of the last look
        self.last_full_read = 0.0
        self.counter_names: dict[int, str] = {}
        self.office_values: dict[str, str] = {}
        self.zone_names: tuple[str, ...] = ()  # the agencies of this display's zone (display.agencies), () = all
        self.shared = False
        self.zone_codes: list[str] = []  # display.agencies as read with the display's other settings
        self.shown_call = None
        self.blinks_left = 0
        self.blink_timer = QTimer(self)
        self.blink_timer.setInterval(BLINK_MS)
        self.blink_timer.timeout.connect(self._blink)
        self.logo = OfficeLogo(96, light=True)
        self.office = QLabel()
        self.office.setObjectName("office")
        self.office.setWordWrap(True)
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.logo)
        header.addWidget(self.office, 1)
        header.addWidget(self.clock)
        self.call_heading = QLabel(self.tr("NOMOR ANTRIAN"))
        self.calling_number = QLabel()
        self.calling_number.setObjectName("calling_number")
        self.calling_counter = QLabel()
        self.calling_counter.setObjectName("calling_counter")
        self.calling_counter.setWordWrap(True)
        self.calling_agency = QLabel()  # whose queue, where agencies share the hall
        self.calling_agency.setObjectName("calling_agency")
        self.calling_agency.setWordWrap(True)
        self.idle_logo = OfficeLogo(220, light=True)
        call_panel = QFrame()
        call_panel.setObjectName("call_panel")
        call_layout = QVBoxLayout(call_panel)
        for widget in (
            self.call_heading,
            self.idle_logo,
            self.calling_number,
            self.calling_counter,
            self.calling_agency,
        ):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            call_layout.addWidget(widget)
        self.tiles: list[CounterTileView] = []
        self.tile_grid = QGridLayout()
        left = QVBoxLayout()
        left.addWidget(call_panel, 3)
        left.addLayout(self.tile_grid, 2)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.waiting = QListWidget()
        self.waiting.setObjectName("waiting")
        for listing in (self.recent, self.waiting):  # a TV never scrolls sideways: long lines wrap in the column
            listing.setWordWrap(True)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QVBoxLayout()
        right.addWidget(self._heading(self.tr("Panggilan terakhir")))
        right.addWidget(self.recent, 3)
        right.addWidget(self._heading(self.tr("Menunggu per layanan")))
        right.addWidget(self.waiting, 2)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.maklumat = QLabel()
        self.maklumat.setObjectName("maklumat")
        self.maklumat.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.marquee = QLabel()
        self.marquee.setObjectName("marquee")
        # A long running text scrolls inside the screen's width; it must never widen the window past the TV.
        self.marquee.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.running_text = ""
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addLayout(columns, 1)
        layout.addWidget(self.maklumat)
        layout.addWidget(self.status)
        layout.addWidget(self.marquee)
        self._style()
        self._show_idle()
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
        self.changes = ChangeBridge(services, self)
        self.changes.changed.connect(self._changed_here)
        self._tick()
        self.poll()

    def _style(self) -> None:
        p = theme.PALETTE
        self.setStyleSheet(
            f"#hall_display {{ background: {p.hall_background}; }} QLabel {{ color: {p.hall_text}; }}"
            f" #call_panel {{ background: {p.hall_panel}; border-radius: 14px; border: 3px solid {p.accent}; }}"
            f" #calling_number {{ color: {p.accent}; }}"
            f" QListWidget {{ background: {p.hall_panel}; color: white; border: none; border-radius: 10px; }}"
            f" QListWidget::item {{ padding: 6px 12px; border-bottom: 1px solid {p.hall_background}; }}"
            f" #marquee {{ background: {p.accent}; color: {p.text}; padding: 4px; }}"
            f" #maklumat {{ color: #c9d7e8; }}"
        )
        self.office.setFont(theme.font("heading", self, bold=True))
        self.clock.setFont(theme.font("heading", self, bold=True))
        self.call_heading.setFont(theme.font("title", self, bold=True))
        self.calling_number.setFont(theme.font("hall", self, bold=True))
        self.calling_counter.setFont(theme.font("display", self, bold=True, factor=1.2))
        self.calling_agency.setFont(theme.font("heading", self, bold=True))
        self.recent.setFont(theme.font("heading", self, bold=True))
        self.waiting.setFont(theme.font("title", self, bold=True))
        icon = round(32 * theme.scale(self))
        self.waiting.setIconSize(QSize(icon, icon))
        self.maklumat.setFont(theme.font("body", self, factor=1.1))
        self.status.setFont(theme.font("label", self))
        self.marquee.setFont(theme.font("title", self, bold=True))

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setFont(theme.font("title", self, bold=True))
        return label

    def poll(self) -> None:
        """One background look at the hall; skipped while the previous one is still running. Each second it reads
        only the change stamps (any PC's call moves them); the hall is re-read when they moved, and the few display
        settings (never the logo) when a setting changed; both every FULL_READ_S as a safety net (a row applied by a
        sync pull may keep an older timestamp). A change noticed while a look is running asks for one more look
        after it, since the running one may have read the stamps before the change."""
        if self.polling:
            self.look_again = True
            return
        self.polling = True
        self.look_again = False
        services, known, groups, zone_codes = self.services, self.stamps, self.groups, self.zone_codes
        full = time.monotonic() - self.last_full_read >= FULL_READ_S

        def read():
            # Only the change stamps each second; the hall's few settings (with the logo, megabytes) and the queue
            # only when their stamp moved, or every FULL_READ_S as a safety net.
            stamps = services.queue.change_stamp(), services.settings.change_stamp()
            values = None
            if full or known is None or stamps[1] != known[1]:
                values = dict(services.settings.get_many(views.HALL_SETTINGS))
                values["office.logo"] = services.settings.get("office.logo")
                values["hall.short_name"] = services.agencies.hall().short_name
            hall = None
            if full or known is None or stamps[0] != known[0]:
                # this PC's zone (display.agencies): the agencies whose calls it shows and announces
                zone = parse_codes(values["display.agencies"]) if values is not None else zone_codes
                try:
                    hall = (
                        services.queue_views.hall_state(recent=8, groups=groups, agencies=zone),
                        services.queue_views.calls_since(agencies=zone),
                    )
                except DomainError as refused:  # a zone naming an agency not in the hall: say so on the screen
                    return stamps, values, str(refused)
            return stamps, values, hall

        self.runner.run(read, self._show, self._database_down, owner=self)

    def _changed_here(self, batch) -> None:
        """A commit on this PC: look now rather than at the next tick."""
        if changes.topics(batch) & {changes.QUEUE, changes.SETTINGS}:
            self.poll()

    def _show(self, loaded) -> None:
        self.polling = False
        self.status.clear()
        self.stamps, values, hall = loaded
        if values is not None:
            self._show_office(values)
        if isinstance(hall, str):
            self.stamps = None  # look again next second: the administrator may be correcting the zone
            self.status.setText(hall)
        elif hall is not None:
            self.last_full_read = time.monotonic()
            self._show_hall(*hall)
        if self.look_again:
            self.poll()

    def _show_hall(self, state: views.HallState, calls) -> None:
        self.counter_names = {tile.number: tile.name for tile in state.counters}  # one name, as slips print it
        self.zone_names, self.shared = state.agencies, state.shared
        self._show_heading()
        self._show_call(state.current_call)
        self._show_tiles(state.counters)
        self._show_lists(state)
        for call in calls:
            key = str(call.event_id)
            if key not in self.announced:
                self.announced.add(key)
                self.announcer.announce(call.label, call.counter_number, recall=call.recall, agency=call.agency_name)

    def _show_office(self, values: dict[str, str]) -> None:
        self.zone = office_zone(values)
        self.zone_codes = parse_codes(values["display.agencies"])
        self.office_values = values
        self._show_heading()
        if "office.logo" in values:
            self.logo.show_office(values["office.logo"], values["office.short_name"])
            self.idle_logo.show_office(values["office.logo"], values["office.short_name"])
        self.maklumat.setText(self.tr("Maklumat pelayanan: {text}").format(text=values["office.maklumat"]))
        text = views.running_text(values)
        if text.strip() != self.running_text.strip():
            self.running_text = text + "      ·      "

    def _show_heading(self) -> None:
        """The office's name, or in a shared hall the hall's, or the agencies of this display's zone."""
        values = self.office_values
        if not values:
            return
        name = values["office.short_name"]
        if self.zone_names:
            name = " · ".join(self.zone_names)
        elif self.shared:
            name = values.get("hall.short_name") or name
        self.office.setText(f"{name}\n{values['office.motto']} — {values['office.motto_text']}")

    def _show_call(self, call: views.CallEvent | None) -> None:
        if call is None:
            self._show_idle()
            return
        self.call_heading.setText(self.tr("PANGGILAN ULANG") if call.recall else self.tr("NOMOR ANTRIAN"))
        self.calling_counter.setFont(theme.font("display", self, bold=True, factor=1.2))
        self.idle_logo.hide()
        self.calling_number.show()
        self.calling_number.setText(call.label)
        if call.event_id != self.shown_call:  # a new call blinks a few seconds, as hall displays do
            self.shown_call = call.event_id
            self.blinks_left = BLINKS
            self.blink_timer.start()
        text = self.tr("Silakan ke {counter}").format(counter=self._counter(call.counter_number))
        self.calling_counter.setText(text)
        self.calling_agency.setText(call.agency_name)
        self.calling_agency.setVisible(bool(call.agency_name))

    def _blink(self) -> None:
        self.blinks_left -= 1
        bright = self.blinks_left % 2 == 0
        self.calling_number.setStyleSheet("" if bright else f"color: {theme.PALETTE.hall_text};")
        if self.blinks_left <= 0:
            self.blink_timer.stop()
            self.calling_number.setStyleSheet("")

    def _show_idle(self) -> None:
        """Nobody called: a welcome with the logo, never a lone dash."""
        self.call_heading.setText(self.tr("SELAMAT DATANG"))
        self.calling_number.clear()
        self.calling_number.hide()
        self.idle_logo.show()
        self.calling_counter.setFont(theme.font("heading", self, bold=True, factor=1.2))
        self.calling_counter.setText(self.tr("Silakan ambil nomor antrian di anjungan dan tunggu panggilan."))
        self.calling_agency.clear()
        self.calling_agency.hide()

    def _show_tiles(self, tiles: list[views.CounterTile]) -> None:
        while len(self.tiles) < len(tiles):
            view = CounterTileView()
            self.tiles.append(view)
            index = len(self.tiles) - 1
            self.tile_grid.addWidget(view, index // 4, index % 4)
        for view, tile in zip(self.tiles, tiles, strict=False):
            view.show_tile(tile, self)
            view.show()
        for view in self.tiles[len(tiles) :]:
            view.hide()

    def _counter(self, number: int) -> str:
        return self.counter_names.get(number) or self.tr("Loket {number}").format(number=number)

    def _show_lists(self, state: views.HallState) -> None:
        self.recent.clear()
        for call in state.recent_calls:
            counter = self._counter(call.counter_number)
            text = self.tr("{label}   →   {counter}").format(label=call.label, counter=counter)
            if call.transferred:
                text += "  " + self.tr("(dialihkan)")
            if call.agency_name:  # whose queue, beside each call where agencies share the hall
                text += f"\n{compact_name(call.agency_name)}"
            self.recent.addItem(text)
        self.waiting.clear()
        for index, (code, name, count) in enumerate(state.waiting_by_group):
            item = QListWidgetItem(self.tr("{code}  {name}:  {count}").format(code=code, name=name, count=count))
            item.setIcon(theme.icon(theme.group_icon(index), QColor(theme.group_colour(index)).lighter(190).name()))
            self.waiting.addItem(item)

    def _database_down(self, message: str) -> None:
        self.polling = False
        self.stamps = None  # read everything again once the database answers
        self.status.setText(self.tr("Menyambung ulang ke basis data... ({reason})").format(reason=message))

    def _tick(self) -> None:
        now = datetime.now(self.zone)
        self.clock.setText(f"{now:%H:%M:%S}\n{format_day_date(now.date())}")

    def _scroll(self) -> None:
        if self.running_text:
            self.running_text = self.running_text[1:] + self.running_text[0]
            self.marquee.setText(self.running_text[:200])
