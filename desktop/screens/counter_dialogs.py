"""The counter screen's transfer dialog and the priority rule in words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.widgets import FormDialog


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


def rule_text(mode: str, max_in_row: int) -> str:
    """The priority rule in force, in the screen's language (db.queue.policy.describe_rule is the Indonesian one)."""
    if mode == "dedicated":
        return QCoreApplication.translate(
            "QueueScreen",
            "Antrian prioritas dilayani di meja pelayanan khusus (loket lain membantu bila meja itu tutup).",
        )
    return QCoreApplication.translate(
        "QueueScreen",
        "Antrian prioritas didahulukan, paling banyak {count} kali berturut-turut bila antrian biasa menunggu.",
    ).format(count=max_in_row)
