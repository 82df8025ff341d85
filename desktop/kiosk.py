"""The ticket kiosk: full screen, touch-sized, Indonesian, unattended all day (loket --kiosk).

Held against the Qmatic/Antrique touch kiosks of Indonesian MPPs: the office's logo and motto on top, priority as a
clear first step with pictograms, then one large coloured button per queue group; after the touch the number,
people ahead and estimated wait fill the screen until the next visitor. Nothing a visitor touches can break it.

One kiosk serves the whole hall: where several agencies have queues, the visitor first touches the agency (the
hall's own queues, e.g. its information desk, are one more choice), then its groups; a hall of one agency goes
straight to its groups, as before agencies existed.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.core.actor import Actor
from db.documents.print_jobs import PrintRecord
from db.queue.policy import PRIORITY_CATEGORIES
from db.queue.setup import GroupInfo
from db.queue.tickets import TicketInfo
from db.services import Services
from desktop import theme
from desktop.logo import OfficeLogo
from desktop.ops import Runner
from desktop.screens.counter_panels import priority_name
from desktop.ticket_printing import issue_and_print
from desktop.widgets import literal

RESET_AFTER_MS = 8000
ONE_LINE = 20  # characters: a longer agency name takes two lines on its button


def two_lines(text: str) -> str:
    """A long name broken at the space nearest its middle ("Sekretariat Daerah" / "Kabupaten Balangan")."""
    if len(text) <= ONE_LINE or " " not in text:
        return text
    middle = len(text) // 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1 :]}"


class KioskWindow(QWidget):
    def __init__(self, services: Services, runner: Runner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setWindowTitle(self.tr("Ambil Nomor Antrian"))
        self.services, self.runner = services, runner
        self.actor = Actor(username="kiosk", device_id=services.device_id)
        p = theme.PALETTE
        self.setStyleSheet(
            f"#kiosk {{ background: {p.background}; }} #kiosk_header {{ background: {p.primary}; }}"
            " #kiosk_header QLabel { color: white; }"
            f" QPushButton[kind='priority'] {{ background: white; border: 2px solid {p.border}; border-radius: 12px; }}"
            f" QPushButton[kind='priority']:checked {{ background: {p.accent}; border: 4px solid {p.primary_dark}; }}"
            f" #result_page {{ background: white; border: 4px solid {p.primary}; border-radius: 16px; }}"
            f" #number {{ color: {p.primary}; }}"
        )
        self.logo = OfficeLogo(round(84 * theme.scale(self)), light=True)
        self.title = QLabel()
        self.title.setFont(theme.font("display", self, bold=True))
        self.subtitle = QLabel(self.tr("Ambil nomor antrian"))
        self.subtitle.setFont(theme.font("heading", self))
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        header = QFrame()
        header.setObjectName("kiosk_header")
        header_row = QHBoxLayout(header)
        header_row.addWidget(self.logo)
        header_row.addLayout(heading, 1)
        self.pages = QStackedWidget()
        self.agency_page = self._agency_page()
        self.choice_page = self._choice_page()
        self.result_page = self._result_page()
        for page in (self.agency_page, self.choice_page, self.result_page):
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(self.choice_page)
        self.footer = QLabel()
        self.footer.setObjectName("footer")
        self.footer.setFont(theme.font("title", self, bold=True))
        self.footer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.footer.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, theme.space("m", self))
        layout.addWidget(header)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.footer)
        self.reset_timer = QTimer(self)
        self.reset_timer.setSingleShot(True)
        self.reset_timer.setInterval(RESET_AFTER_MS)
        self.reset_timer.timeout.connect(self.reset)
        QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.close)  # staff only: no visible way out
        self.group_buttons: dict[str, QPushButton] = {}
        self.agency_buttons: dict[str, QPushButton] = {}
        self.by_owner: dict[str, list[GroupInfo]] = {}  # agency code ("" = the hall's own) -> its groups
        self.owner_names: dict[str, str] = {}
        self.last: TicketInfo | None = None
        self.runner.run(self._load, self._loaded, self._failed, owner=self)

    def _step(self, number: str, text: str) -> QLabel:
        label = QLabel(f"{number}   {text}")
        label.setFont(theme.font("heading", self, bold=True))
        label.setStyleSheet(f"color: {theme.PALETTE.primary_dark};")
        return label

    def _agency_page(self) -> QWidget:
        page = QWidget()
        self.agency_grid = QGridLayout()
        self.agency_grid.setSpacing(theme.space("l", self))
        layout = QVBoxLayout(page)
        margin = theme.space("xl", self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self._step("1", self.tr("Sentuh instansi yang Anda tuju")))
        layout.addLayout(self.agency_grid, 1)
        return page

    def _choice_page(self) -> QWidget:
        page = QWidget()
        self.chosen_agency = QLabel()
        self.chosen_agency.setObjectName("chosen_agency")
        self.chosen_agency.setFont(theme.font("display", self, bold=True, factor=0.8))
        self.chosen_agency.setWordWrap(True)
        self.back = QPushButton(self.tr("‹ Pilih instansi lain"))
        self.back.setObjectName("back")
        self.back.setFont(theme.font("title", self, bold=True))
        self.back.setMinimumHeight(round(64 * theme.scale(self)))
        self.back.clicked.connect(self.reset)
        agency_row = QHBoxLayout()
        agency_row.addWidget(self.chosen_agency, 1)
        agency_row.addWidget(self.back)
        self.prompt = self._step("1", self.tr("Apakah Anda termasuk prioritas? (boleh dilewati)"))
        self.priority_buttons = QButtonGroup(self)
        self.priority_buttons.setExclusive(False)
        priority_row = QHBoxLayout()
        icon_size = round(48 * theme.scale(self))
        for code in PRIORITY_CATEGORIES:
            button = QPushButton(priority_name(code))
            button.setObjectName(f"priority_{code}")
            button.setProperty("kind", "priority")
            button.setProperty("code", code)
            button.setCheckable(True)
            button.setIcon(theme.icon(theme.PRIORITY_ICONS[code], theme.PALETTE.primary_dark))
            button.setIconSize(QSize(icon_size, icon_size))
            button.setMinimumHeight(round(88 * theme.scale(self)))
            button.setFont(theme.font("title", self, bold=True))
            button.clicked.connect(lambda checked, chosen=button: self._only(chosen, checked))
            self.priority_buttons.addButton(button)
            priority_row.addWidget(button)
        self.group_grid = QGridLayout()
        self.group_grid.setSpacing(theme.space("l", self))
        layout = QVBoxLayout(page)
        margin = theme.space("xl", self)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addLayout(agency_row)
        layout.addWidget(self.prompt)
        layout.addLayout(priority_row)
        layout.addSpacing(theme.space("l", self))
        self.service_step = self._step("2", self.tr("Sentuh layanan yang Anda perlukan"))
        layout.addWidget(self.service_step)
        layout.addLayout(self.group_grid, 1)
        return page

    def _result_page(self) -> QWidget:
        page = QFrame()
        page.setObjectName("result_page")
        self.your_number = QLabel(self.tr("Nomor antrian Anda"))
        self.your_number.setFont(theme.font("display", self))
        self.number = QLabel()
        self.number.setObjectName("number")
        self.number.setFont(theme.font("hall", self, bold=True))
        self.result = QLabel()
        self.result.setObjectName("result")
        self.result.setFont(theme.font("display", self, bold=True, factor=0.8))
        self.result.setWordWrap(True)
        self.done = QPushButton(self.tr("Selesai"))
        self.done.setObjectName("done")
        self.done.setProperty("role", "primary")
        self.done.setFont(theme.font("heading", self, bold=True))
        self.done.setMinimumHeight(round(72 * theme.scale(self)))
        self.done.setMinimumWidth(round(260 * theme.scale(self)))
        self.done.clicked.connect(self.reset)
        layout = QVBoxLayout(page)
        for widget in (self.your_number, self.number, self.result):
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(widget)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignCenter)
        outer = QWidget()
        margin = theme.space("xxl", self) * 2
        box = QVBoxLayout(outer)
        box.setContentsMargins(margin, theme.space("xl", self), margin, theme.space("xl", self))
        box.addWidget(page)
        return outer

    def _load(self):
        services = self.services
        return (
            services.settings.values(),
            services.queue_setup.groups(),
            services.agencies.list(),
            services.agencies.hall(),
        )

    def _loaded(self, loaded) -> None:
        values, groups, agencies, hall = loaded
        codes = {agency.id: agency.code for agency in agencies}
        self.owner_names = {agency.code: agency.short_name for agency in agencies} | {"": hall.short_name}
        order = [agency.code for agency in agencies] + [""]
        by_owner: dict[str, list[GroupInfo]] = {}
        for group in groups:
            by_owner.setdefault(codes.get(group.agency_id, ""), []).append(group)
        self.by_owner = {owner: by_owner[owner] for owner in order if owner in by_owner}
        shared = len(self.by_owner) > 1
        name = hall.short_name if shared else values["office.short_name"]
        self.title.setText(name)
        self.logo.show_office(values.get("office.logo", ""), name)
        self.footer.setText(f"{values['office.motto']} — {values['office.motto_text']}")
        if shared:
            for index, owner in enumerate(self.by_owner):
                self._add_agency(index, owner)
            self._show_agencies()
        else:
            self.choose_agency(next(iter(self.by_owner), ""))

    def _add_agency(self, index: int, owner: str) -> None:
        text = (
            literal(self.owner_names[owner])
            if owner
            else self.tr("Layanan {hall}").format(hall=literal(self.owner_names[""]))
        )
        button = QPushButton(two_lines(text))
        button.setObjectName(f"agency_{owner or 'aula'}")
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never wider than the screen
        button.setFont(theme.font("display", self, bold=True, factor=0.85))
        button.setMinimumHeight(round(120 * theme.scale(self)))
        colour = theme.group_colour(index)
        button.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: {theme.readable_on(colour)}; border: none;"
            " border-radius: 14px; padding: 12px 28px; }"
            f" QPushButton:pressed {{ background: {theme.PALETTE.accent}; color: {theme.PALETTE.text}; }}"
        )
        button.clicked.connect(lambda _checked=False, chosen=owner: self.choose_agency(chosen))
        self.agency_buttons[owner] = button
        self.agency_grid.addWidget(button, index // 2, index % 2)

    def choose_agency(self, owner: str) -> None:
        """Show the groups of one agency ("" = the hall's own); the only step in a hall of one agency."""
        shared = len(self.by_owner) > 1
        for button in self.group_buttons.values():
            self.group_grid.removeWidget(button)
            button.deleteLater()
        self.group_buttons = {}
        for index, group in enumerate(self.by_owner.get(owner, [])):
            self._add_group(index, group)
        if self.group_buttons:  # a keyboard (or the journey's xdotool) starts at the first service
            next(iter(self.group_buttons.values())).setFocus()
        self.chosen_agency.setText(literal(self.owner_names.get(owner, "")) if shared else "")
        self.chosen_agency.setVisible(shared)
        self.back.setVisible(shared)
        first, second = ("2", "3") if shared else ("1", "2")
        self.prompt.setText(f"{first}   " + self.tr("Apakah Anda termasuk prioritas? (boleh dilewati)"))
        self.service_step.setText(f"{second}   " + self.tr("Sentuh layanan yang Anda perlukan"))
        self.pages.setCurrentWidget(self.choice_page)

    def _add_group(self, index: int, group: GroupInfo) -> None:
        colour = theme.group_colour(index)
        text_colour = theme.readable_on(colour)
        button = QPushButton(f"{group.code}   {literal(group.name)}")
        button.setObjectName(f"group_{group.code}")
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        button.setFont(theme.font("display", self, bold=True, factor=0.85))
        button.setIcon(theme.icon(theme.group_icon(index), text_colour))
        size = round(64 * theme.scale(self))
        button.setIconSize(QSize(size, size))
        button.setMinimumHeight(round(120 * theme.scale(self)))
        button.setStyleSheet(
            f"QPushButton {{ background: {colour}; color: {text_colour}; border: none; border-radius: 14px;"
            " text-align: left; padding-left: 28px; }"
            f" QPushButton:pressed {{ background: {theme.PALETTE.accent}; color: {theme.PALETTE.text}; }}"
            " QPushButton:disabled { background: #9aa5b1; }"
        )
        button.clicked.connect(lambda _checked=False, code=group.code: self.take(code))
        self.group_buttons[group.code] = button
        self.group_grid.addWidget(button, index // 2, index % 2)

    def _only(self, chosen: QPushButton, checked: bool) -> None:
        for button in self.priority_buttons.buttons():
            if button is not chosen:
                button.setChecked(False)
        chosen.setChecked(checked)

    def selected_priority(self) -> str | None:
        checked = [b for b in self.priority_buttons.buttons() if b.isChecked()]
        return checked[0].property("code") if checked else None

    def take(self, group_code: str) -> None:
        for button in self.group_buttons.values():
            button.setEnabled(False)
        self.number.clear()
        self.result.setText(self.tr("Mohon tunggu..."))
        self.pages.setCurrentWidget(self.result_page)
        issue_and_print(
            self.runner,
            self.services,
            self.actor,
            group_code,
            None,
            self.selected_priority(),
            self._issued,
            self._printed,
            self._failed,
            self,
        )

    def _issued(self, ticket: TicketInfo) -> None:
        self.last = ticket
        lines = [self.tr("{ahead} orang di depan Anda").format(ahead=ticket.people_ahead)]
        if ticket.agency_name:
            lines.insert(0, ticket.agency_name)
        if ticket.estimated_wait_minutes is not None:
            lines.append(self.tr("Perkiraan tunggu ± {minutes} menit").format(minutes=ticket.estimated_wait_minutes))
        if ticket.priority:
            lines.append(self.tr("Antrian prioritas: {kind}").format(kind=priority_name(ticket.priority)))
        self.number.setText(ticket.label)
        self.result.setText("\n".join(lines))

    def _printed(self, job: PrintRecord) -> None:
        if job.state != "printed" and self.last is not None:
            self.result.setText(
                self.result.text()
                + "\n"
                + self.tr("Tiket tidak dapat dicetak. Catat nomor Anda: {label}, dan beri tahu petugas.").format(
                    label=self.last.label
                )
            )
        self._enable_and_schedule_reset()

    def _failed(self, message: str) -> None:
        self.pages.setCurrentWidget(self.result_page)
        self.number.clear()
        self.result.setText(
            self.tr("Maaf, nomor belum dapat diambil. Silakan hubungi petugas.\n{reason}").format(reason=message)
        )
        self._enable_and_schedule_reset()

    def _enable_and_schedule_reset(self) -> None:
        for button in self.group_buttons.values():
            button.setEnabled(True)
        self.reset_timer.start()

    def reset(self) -> None:
        """Ready for the next visitor: no priority chosen, no number shown, the agencies to choose from (or, in a
        hall of one agency, its groups)."""
        self.reset_timer.stop()
        self.number.clear()
        self.result.clear()
        for button in self.priority_buttons.buttons():
            button.setChecked(False)
        if len(self.by_owner) > 1:
            self._show_agencies()
        else:
            self.pages.setCurrentWidget(self.choice_page)

    def _show_agencies(self) -> None:
        self.pages.setCurrentWidget(self.agency_page)
        if self.agency_buttons:
            next(iter(self.agency_buttons.values())).setFocus()
