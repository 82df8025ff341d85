"""Antrian: one counter's keyboard-first workflow (call, recall, start, finish, no-show, transfer)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.queue import policy
from db.queue.tickets import TicketInfo
from desktop.context import ScreenContext
from desktop.widgets import FormDialog, MessageBanner

REFRESH_MS = 3000
QUEUE_SCREEN_SETTINGS = ("counter.number", "counter.name", "queue.priority_mode", "queue.priority_max_in_row")


class TransferDialog(FormDialog):
    def __init__(self, groups: list[tuple[str, str]], counters: list[int], parent: QWidget | None = None):
        super().__init__(self.tr("Alihkan antrian"), parent)
        self.group = QComboBox()
        self.group.setObjectName("group")
        self.group.addItem(self.tr("(grup tetap)"), None)
        for code, name in groups:
            self.group.addItem(f"{code} - {name}", code)
        self.counter = QComboBox()
        self.counter.setObjectName("counter")
        self.counter.addItem(self.tr("(loket mana saja)"), None)
        for number in counters:
            self.counter.addItem(self.tr("Loket {number}").format(number=number), number)
        self.form.addRow(self.tr("Ke &grup"), self.group)
        self.form.addRow(self.tr("Ke &loket"), self.counter)


class QueueScreen(QWidget):
    ACTIONS = [
        ("call", "F2"),
        ("recall", "F3"),
        ("start", "F4"),
        ("finish", "F5"),
        ("no_show", "F6"),
        ("transfer", "F7"),
        ("call_number", "F8"),
        ("close", "F9"),
    ]

    ticket_called = Signal(object)  # TicketInfo: a pickup (D) ticket opens the handover desk

    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queue_screen")
        self.context = context
        self.current: TicketInfo | None = None
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.rule = QLabel()
        self.rule.setObjectName("rule")
        self.rule.setWordWrap(True)
        self.ticket = QLabel("—")
        self.ticket.setObjectName("ticket")
        big = QFont()
        big.setPointSize(48)
        big.setBold(True)
        self.ticket.setFont(big)
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket_detail = QLabel()
        self.ticket_detail.setObjectName("ticket_detail")
        self.ticket_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.banner = MessageBanner()
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        labels = {
            "call": self.tr("Panggil &berikutnya"),
            "recall": self.tr("Panggil &ulang"),
            "start": self.tr("&Mulai layani"),
            "finish": self.tr("&Selesai"),
            "no_show": self.tr("&Tidak hadir"),
            "transfer": self.tr("&Alihkan..."),
            "call_number": self.tr("Panggil &nomor..."),
            "close": self.tr("T&utup loket"),
        }
        for index, (name, key) in enumerate(self.ACTIONS):
            button = QPushButton(f"{labels[name]}  ({key})")
            button.setObjectName(name)
            button.setMinimumHeight(44)
            button.clicked.connect(getattr(self, name))
            QShortcut(QKeySequence(key), self, getattr(self, name))
            self.buttons[name] = button
            grid.addWidget(button, index // 4, index % 4)
        self.waiting = QListWidget()
        self.waiting.setObjectName("waiting")
        waiting_box = QGroupBox(self.tr("Menunggu per grup"))
        QVBoxLayout(waiting_box).addWidget(self.waiting)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.rule)
        layout.addWidget(self.ticket)
        layout.addWidget(self.ticket_detail)
        layout.addLayout(grid)
        layout.addWidget(self.banner)
        layout.addWidget(waiting_box)
        self.dialog: FormDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        context.settings_bridge.changed.connect(lambda _keys: self.refresh())
        self.refresh()

    @property
    def counter_number(self) -> int | None:
        return self.context.counter_number

    def refresh(self) -> None:
        services = self.context.services

        def load():
            values = services.settings.get_many(QUEUE_SCREEN_SETTINGS)
            number = int(values["counter.number"])
            return {
                "values": values,
                "number": number,
                "current": services.queue_views.current_ticket(number),
                "waiting": services.queue_views.waiting_counts(),
            }

        self.context.runner.run(load, self._show_state, self.banner.show_error, owner=self)

    def _show_state(self, state: dict) -> None:
        values = state["values"]
        self.context.counter_number = state["number"]
        self.heading.setText(
            self.tr("<h2>Loket {number} — {name}</h2>").format(number=state["number"], name=values["counter.name"])
        )
        rule = policy.describe_rule(values["queue.priority_mode"], int(values["queue.priority_max_in_row"]))
        self.rule.setText(self.tr("Aturan prioritas: {rule}").format(rule=rule))
        self._show_ticket(state["current"])
        self.waiting.clear()
        for code, name, count in state["waiting"]:
            self.waiting.addItem(self.tr("{code} {name}: {count} menunggu").format(code=code, name=name, count=count))

    def _show_ticket(self, ticket: TicketInfo | None) -> None:
        self.current = ticket if ticket and ticket.status in ("called", "serving") else None
        if self.current is None:
            self.ticket.setText("—")
            self.ticket_detail.setText(self.tr("Tidak ada antrian di loket ini. Tekan F2 untuk memanggil."))
            return
        t = self.current
        parts = [t.status_label, t.group_name]
        if t.service_name:
            parts.append(t.service_name)
        if t.priority:
            parts.append(self.tr("PRIORITAS: {kind}").format(kind=policy.PRIORITY_CATEGORIES[t.priority]))
        if t.call_count > 1:
            parts.append(self.tr("dipanggil {count}x").format(count=t.call_count))
        self.ticket.setText(t.label)
        self.ticket_detail.setText(" · ".join(parts))

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
        self._act(
            self.context.services.queue.no_show,
            lambda t: self.banner.show_info(self.tr("{label} ditandai tidak hadir.").format(label=t.label)),
        )

    def close(self) -> None:
        def closed(ticket: TicketInfo | None) -> None:
            if ticket is None:
                self.banner.show_info(self.tr("Loket ditutup."))
            else:
                self.banner.show_info(
                    self.tr("Loket ditutup; {label} kembali ke antrian terdepan.").format(label=ticket.label)
                )

        self._act(self.context.services.queue.close_counter, closed)

    def call_number(self) -> None:
        label, ok = QInputDialog.getText(self, self.tr("Panggil nomor"), self.tr("Nomor antrian (mis. A-007):"))
        if ok and label.strip():
            queue = self.context.services.queue
            self._act(
                lambda actor, number: queue.call_ticket(actor, number, label.strip()),
                lambda t: self.banner.show_info(self.tr("Memanggil {label}.").format(label=t.label)),
            )

    def transfer(self) -> None:
        if self.current is None:
            self.banner.show_error(self.tr("Tidak ada antrian yang dapat dialihkan."))
            return
        setup = self.context.services.queue_setup
        self.context.runner.run(lambda: (setup.groups(), setup.counters()), self._open_transfer, owner=self)

    def _open_transfer(self, loaded) -> None:
        groups, counters = loaded
        others = [c.number for c in counters if c.active and c.number != self.counter_number]
        self.dialog = TransferDialog([(g.code, g.name) for g in groups], others, self)
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
