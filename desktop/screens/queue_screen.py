"""Antrian: one counter's keyboard-first workflow (call, recall, start, finish, no-show, transfer)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.core import changes
from db.queue.pause import CLOSED, PAUSED
from db.queue.tickets import TicketInfo
from desktop import theme
from desktop.context import ScreenContext
from desktop.screens.counter_dialogs import TransferDialog, rule_text
from desktop.screens.counter_panels import TicketCard, WaitingPanel, priority_name
from desktop.screens.undo_button import UndoButton
from desktop.widgets import FormDialog, MessageBanner

REFRESH_MS = 3000
QUEUE_SCREEN_SETTINGS = ("counter.number", "counter.name", "queue.priority_mode", "queue.priority_max_in_row")


class QueueScreen(QWidget):
    """Held against the Qmatic Counter / SiolaQ operator panel: the ticket at the counter in large type with its
    timer and the counter's state in colour; who waits and who was absent beside it; one key per action."""

    ACTIONS = [
        ("call", "F2", "mdi6.bullhorn"),
        ("recall", "F3", "mdi6.replay"),
        ("start", "F4", "mdi6.play-circle"),
        ("finish", "F5", "mdi6.check-circle"),
        ("no_show", "F6", "mdi6.account-off"),
        ("transfer", "F7", "mdi6.swap-horizontal"),
        ("call_number", "F8", "mdi6.numeric"),
        ("close", "F9", "mdi6.store-remove"),
    ]

    ticket_called = Signal(object)  # TicketInfo: a pickup (D) ticket opens the handover desk

    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queue_screen")
        self.context = context
        self.current: TicketInfo | None = None
        self.counter_open = False
        self.counter_state = CLOSED
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setFont(theme.font("heading", self, bold=True))
        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        self.rule.setStyleSheet(f"color: {theme.PALETTE.muted};")
        self.card = TicketCard()
        self.ticket, self.ticket_detail = self.card.ticket, self.card.detail
        self.panel = WaitingPanel()
        self.waiting = self.panel.waiting
        self.panel.absent.itemActivated.connect(lambda item: self.call_label(item.data(Qt.ItemDataRole.UserRole)))
        self.banner = MessageBanner()
        self.banner.reserve_space()
        self.undo_button = UndoButton()
        self.undo_button.clicked.connect(self.undo)
        QShortcut(QKeySequence("Ctrl+Z"), self, self.undo)
        grid = self._action_buttons()
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.banner, 1)
        undo_row.addWidget(self.undo_button)
        left = QVBoxLayout()
        left.addWidget(self.card, 1)
        left.addLayout(undo_row)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.panel, 2)
        layout = QVBoxLayout(self)
        layout.setSpacing(theme.space("s", self))
        self.pause_button = QPushButton(self.tr("Istirahat (F10)"))
        self.pause_button.setObjectName("pause")
        self.pause_button.setIcon(theme.icon("mdi6.coffee-outline", theme.PALETTE.muted))
        self.pause_button.clicked.connect(self.toggle_pause)
        QShortcut(QKeySequence("F10"), self, self.toggle_pause)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.pause_button)
        layout.addLayout(top)
        layout.addWidget(self.rule)
        layout.addLayout(body, 1)
        layout.addLayout(grid)
        self.dialog: FormDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(lambda: self.refresh(force=False))
        self.timer.start()
        self.stamps: tuple | None = None  # (queue, settings) change stamps of the last read
        context.settings_bridge.changed.connect(lambda _keys: self.refresh())
        context.changes.changed.connect(self._changed_here)
        self.refresh()

    def _action_buttons(self) -> QGridLayout:
        """One button per action, its key first on it (F2 ... F9), the key itself a shortcut."""
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        labels = {
            "call": self.tr("Panggil berikutnya"),
            "recall": self.tr("Panggil ulang"),
            "start": self.tr("Mulai layani"),
            "finish": self.tr("Selesai"),
            "no_show": self.tr("Tidak hadir"),
            "transfer": self.tr("Alihkan..."),
            "call_number": self.tr("Panggil nomor..."),
            "close": self.tr("Tutup loket"),
        }
        for index, (name, key, icon_name) in enumerate(self.ACTIONS):
            button = QPushButton(f"{key}   {labels[name]}")
            button.setObjectName(name)
            button.setIcon(theme.icon(icon_name, theme.PALETTE.primary_dark))
            button.setIconSize(QSize(round(22 * theme.scale(self)), round(22 * theme.scale(self))))
            button.setMinimumHeight(round(46 * theme.scale(self)))
            button.setFont(theme.font("label", self, bold=True))
            button.clicked.connect(getattr(self, name))
            QShortcut(QKeySequence(key), self, getattr(self, name))
            self.buttons[name] = button
            grid.addWidget(button, index // 4, index % 4)
        self.buttons["call"].setProperty("role", "primary")
        return grid

    @property
    def counter_number(self) -> int | None:
        return self.context.counter_number

    def refresh(self, force: bool = True) -> None:
        """Re-read this counter's state; on the timer (`force=False`) only when a PC changed the queue or a setting
        (the change stamps moved), and never every setting: the logo alone can be megabytes."""
        services, known = self.context.services, self.stamps

        def load():
            stamps = services.queue.change_stamp(), services.settings.change_stamp()
            if not force and stamps == known:
                return None
            values = services.settings.get_many(QUEUE_SCREEN_SETTINGS)
            number = int(values["counter.number"])
            return {
                "stamps": stamps,
                "values": values,
                "number": number,
                "name": services.queue_views.counter_name(number),
                "state": services.counter_pause.counter_states().get(number, CLOSED),
                "current": services.queue_views.current_ticket(number),
                "queue": services.queue_views.counter_queue(number),
                "absent": services.queue_views.no_shows_today(),
                "now": services.clock(),
            }

        self.context.runner.run(load, self._show_state, self.banner.show_error, owner=self)

    def _changed_here(self, batch) -> None:
        if changes.QUEUE in changes.topics(batch):
            self.refresh()

    def _show_state(self, state: dict | None) -> None:
        if state is None:  # nothing changed since the last read
            return
        self.stamps = state["stamps"]
        values = state["values"]
        self.context.counter_number = state["number"]
        self.counter_state = state["state"]
        self.counter_open = self.counter_state != CLOSED
        self.pause_button.setText(
            self.tr("Lanjut melayani (F10)") if self.counter_state == PAUSED else self.tr("Istirahat (F10)")
        )
        self.heading.setText(state["name"])
        self.rule.setText(
            self.tr("Aturan prioritas: {rule}").format(
                rule=rule_text(values["queue.priority_mode"], int(values["queue.priority_max_in_row"]))
            )
        )
        self._show_ticket(state["current"])
        self.panel.show_lists(state["queue"], state["absent"], state["now"])

    def _show_ticket(self, ticket: TicketInfo | None) -> None:
        self.current = ticket if ticket and ticket.status in ("called", "serving") else None
        if self.current is None:
            if self.counter_state == PAUSED:
                state, text = "paused", self.tr("ISTIRAHAT")
                detail = self.tr("Loket tidak memanggil. Tekan F2 atau F10 untuk melanjutkan.")
            elif self.counter_open:
                state, text = "open", self.tr("TERBUKA — SIAP MEMANGGIL")
                detail = self.tr("Tidak ada antrian di loket ini. Tekan F2 untuk memanggil.")
            else:
                state, text = "closed", self.tr("LOKET TUTUP")
                detail = self.tr("Tekan F2 untuk membuka loket dan memanggil antrian pertama.")
            self.card.show_state(state, text, None, detail)
            return
        t = self.current
        parts = [t.group_name]
        if t.service_name:
            parts.append(t.service_name)
        if t.priority:
            parts.append(self.tr("PRIORITAS: {kind}").format(kind=priority_name(t.priority)))
        if t.call_count > 1:
            parts.append(self.tr("dipanggil {count}x").format(count=t.call_count))
        if t.status == "serving":
            state, text = "serving", self.tr("DILAYANI")
        else:
            state, text = "called", self.tr("DIPANGGIL — MENUNGGU PEMOHON")
        self.card.show_state(state, text, t, " · ".join(parts))

    def _act(self, operation, success) -> None:
        number = self.counter_number
        if number is None:
            return
        actor = self.context.actor

        def done(result) -> None:
            success(result)
            self.refresh()

        self.context.runner.run(lambda: operation(actor, number), done, self.banner.show_error, owner=self)

    def call(self) -> None:
        def called(ticket: TicketInfo | None) -> None:
            if ticket is None:
                self.banner.show_info(self.tr("Antrian kosong: tidak ada yang menunggu untuk loket ini."))
            else:
                self.banner.show_info(self.tr("Memanggil {label}.").format(label=ticket.label))
                self._show_ticket(ticket)
                self.ticket_called.emit(ticket)

        self._act(self.context.services.queue.call_next, called)

    def recall(self) -> None:
        self._act(
            self.context.services.queue.recall,
            lambda t: self.banner.show_info(self.tr("Memanggil ulang {label}.").format(label=t.label)),
        )

    def start(self) -> None:
        self._act(
            self.context.services.queue.start_serving,
            lambda t: self.banner.show_info(self.tr("Melayani {label}.").format(label=t.label)),
        )

    def finish(self) -> None:
        self._act(
            self.context.services.queue.finish,
            lambda t: self.banner.show_info(self.tr("{label} selesai dilayani.").format(label=t.label)),
        )

    def no_show(self) -> None:
        def absent(ticket: TicketInfo) -> None:
            self.banner.show_info(self.tr("{label} ditandai tidak hadir.").format(label=ticket.label))
            self.undo_button.offer("no_show", ticket.label)

        self._act(self.context.services.queue.no_show, absent)

    def close(self) -> None:
        def closed(ticket: TicketInfo | None) -> None:
            if ticket is None:
                self.banner.show_info(self.tr("Loket ditutup."))
            else:
                self.banner.show_info(
                    self.tr("Loket ditutup; {label} kembali ke antrian terdepan.").format(label=ticket.label)
                )
            self.undo_button.offer("close", ticket.label if ticket else None)

        self._act(self.context.services.queue.close_counter, closed)

    def toggle_pause(self) -> None:
        services = self.context.services
        if self.counter_state == PAUSED:
            self._act(
                services.counter_pause.resume,
                lambda _done: self.banner.show_info(self.tr("Loket kembali melayani.")),
            )
        else:
            self._act(
                services.counter_pause.pause,
                lambda _done: self.banner.show_info(self.tr("Loket istirahat: tidak ada yang dipanggil.")),
            )

    def undo(self) -> None:
        """F6 and F9 act at once; for a few seconds a visible "Batalkan" (Ctrl+Z) takes them back."""
        pending = self.undo_button.take()
        if pending is None:
            return
        kind, label = pending
        undo = self.context.services.queue_undo
        if kind == "no_show":
            operation = lambda actor, number: undo.undo_no_show(actor, number, label)  # noqa: E731
            message = self.tr("Dibatalkan: {label} kembali dipanggil di loket ini.").format(label=label)
        else:
            operation = lambda actor, number: undo.undo_close(actor, number, label)  # noqa: E731
            message = self.tr("Dibatalkan: loket dibuka lagi.")
        self._act(operation, lambda _result: self.banner.show_info(message))

    def call_number(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("Panggil nomor"), self.tr("Nomor antrian (mis. A-007 atau a7):"))
        if ok and label.strip():
            self.call_label(label.strip())

    def call_label(self, label: str) -> None:
        queue = self.context.services.queue
        self._act(
            lambda actor, number: queue.call_ticket(actor, number, label),
            lambda t: self.banner.show_info(self.tr("Memanggil {label}.").format(label=t.label)),
        )

    def transfer(self) -> None:
        if self.current is None:
            self.banner.show_error(self.tr("Tidak ada antrian yang dapat dialihkan."))
            return
        views, number = self.context.services.queue_views, self.counter_number
        # only where the transfer may go: the ticket's agency and the hall's own (QueueService.transfer)
        self.context.runner.run(lambda: views.transfer_targets(number), self._open_transfer, owner=self)

    def _open_transfer(self, loaded) -> None:
        groups, others = loaded
        self.dialog = TransferDialog(groups, others, self)
        self.dialog.submitted.connect(self._submit_transfer)
        self.dialog.open()

    def _submit_transfer(self) -> None:
        dialog = self.dialog
        group, counter = dialog.group.currentData(), dialog.counter.currentData()
        queue = self.context.services.queue

        def moved(ticket: TicketInfo) -> None:
            dialog.accept()
            self.banner.show_info(self.tr("{label} dialihkan.").format(label=ticket.label))
            self.refresh()

        number, actor = self.counter_number, self.context.actor
        self.context.runner.run(
            lambda: queue.transfer(actor, number, to_group=group, to_counter=counter),
            moved,
            dialog.banner.show_error,
            owner=self,
        )
