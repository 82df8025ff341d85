"""Settings page: queue groups (mapped to catalog services), counters, and the priority rule (administrator)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.queue.setup import CounterInfo, GroupInfo
from desktop.context import ScreenContext
from desktop.screens.settings_form import SettingsForm
from desktop.widgets import FormDialog, MessageBanner


class QueueRulesForm(SettingsForm):
    def rows(self) -> list[tuple[str, str]]:
        return [
            ("queue.priority_mode", self.tr("Aturan prioritas")),
            ("queue.priority_max_in_row", self.tr("Maks. prioritas berturut-turut")),
            ("display.running_text", self.tr("Teks berjalan layar antrian")),
        ]


class GroupDialog(FormDialog):
    def __init__(self, group: GroupInfo | None, services: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(self.tr("Grup antrian"), parent)
        self.resize(640, 620)
        self.code = QLineEdit(group.code if group else "")
        self.code.setObjectName("code")
        self.code.setReadOnly(group is not None)
        self.name = QLineEdit(group.name if group else "")
        self.name.setObjectName("name")
        self.active = QCheckBox(self.tr("Aktif"))
        self.active.setChecked(group.active if group else True)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Saring layanan..."))
        self.filter.textChanged.connect(self._filter)
        self.services = QListWidget()
        self.services.setObjectName("services")
        chosen = set(group.service_codes) if group else set()
        for code, name in services:
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if code in chosen else Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.form.addRow(self.tr("&Kode (huruf)"), self.code)
        self.form.addRow(self.tr("&Nama"), self.name)
        self.form.addRow("", self.active)
        self.form.addRow(self.tr("&Layanan"), self.filter)
        self.form.addRow("", self.services)

    def _filter(self, text: str) -> None:
        for row in range(self.services.count()):
            item = self.services.item(row)
            item.setHidden(text.lower() not in item.text().lower())

    def chosen_services(self) -> list[str]:
        return [
            self.services.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.services.count())
            if self.services.item(row).checkState() == Qt.CheckState.Checked
        ]


class CounterDialog(FormDialog):
    def __init__(self, counter: CounterInfo | None, groups: list[GroupInfo], parent: QWidget | None = None):
        super().__init__(self.tr("Loket"), parent)
        self.number = QSpinBox()
        self.number.setObjectName("number")
        self.number.setRange(1, 99)
        self.number.setValue(counter.number if counter else 1)
        self.number.setEnabled(counter is None)
        self.name = QLineEdit(counter.name if counter else "")
        self.name.setObjectName("name")
        self.groups = QListWidget()
        self.groups.setObjectName("groups")
        for group in groups:
            item = QListWidgetItem(f"{group.code} - {group.name}")
            item.setData(Qt.ItemDataRole.UserRole, group.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = counter is not None and group.code in counter.group_codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.priority_desk = QCheckBox(self.tr("Meja pelayanan khusus (prioritas)"))
        self.priority_desk.setChecked(bool(counter and counter.priority_desk))
        self.active = QCheckBox(self.tr("Aktif"))
        self.active.setChecked(counter.active if counter else True)
        self.form.addRow(self.tr("&Nomor"), self.number)
        self.form.addRow(self.tr("N&ama"), self.name)
        self.form.addRow(self.tr("&Grup yang dilayani"), self.groups)
        self.form.addRow("", self.priority_desk)
        self.form.addRow("", self.active)

    def chosen_groups(self) -> list[str]:
        return [
            self.groups.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.groups.count())
            if self.groups.item(row).checkState() == Qt.CheckState.Checked
        ]


class QueueSetupPage(QWidget):
    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("queue_setup")
        self.context = context
        self.group_items: list[GroupInfo] = []
        self.counter_items: list[CounterInfo] = []
        self.service_names: list[tuple[str, str]] = []
        self.rules = QueueRulesForm(context)
        self.groups = QListWidget()
        self.groups.setObjectName("groups")
        self.groups.itemDoubleClicked.connect(lambda _item: self.edit_group())
        self.counters = QListWidget()
        self.counters.setObjectName("counters")
        self.counters.itemDoubleClicked.connect(lambda _item: self.edit_counter())
        self.banner = MessageBanner()
        self.dialog: FormDialog | None = None
        lists = QHBoxLayout()
        for title, widget, add, edit in [
            (self.tr("Grup antrian"), self.groups, self.add_group, self.edit_group),
            (self.tr("Loket"), self.counters, self.add_counter, self.edit_counter),
        ]:
            column = QVBoxLayout()
            column.addWidget(QLabel(f"<b>{title}</b>"))
            column.addWidget(widget)
            buttons = QHBoxLayout()
            for text, slot in [(self.tr("Tambah..."), add), (self.tr("Ubah..."), edit)]:
                button = QPushButton(text)
                button.clicked.connect(slot)
                buttons.addWidget(button)
            column.addLayout(buttons)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules)
        layout.addLayout(lists)
        layout.addWidget(self.banner)
        self.reload()

    def reload(self) -> None:
        services = self.context.services

        def load():
            names = [(hit.code, hit.name) for hit in services.catalog.search("", limit=10_000)]
            return services.queue_setup.groups(include_inactive=True), services.queue_setup.counters(), names

        self.context.runner.run(load, self._show, self.banner.show_error, owner=self)

    def _show(self, loaded) -> None:
        self.group_items, self.counter_items, self.service_names = loaded
        self.groups.clear()
        for group in self.group_items:
            state = "" if group.active else self.tr(" (nonaktif)")
            self.groups.addItem(
                self.tr("{code} - {name}: {count} layanan{state}").format(
                    code=group.code, name=group.name, count=len(group.service_codes), state=state
                )
            )
        self.counters.clear()
        for counter in self.counter_items:
            desk = self.tr(", meja prioritas") if counter.priority_desk else ""
            self.counters.addItem(
                self.tr("Loket {number} - {name}: grup {groups}{desk}").format(
                    number=counter.number, name=counter.name, groups=", ".join(counter.group_codes), desk=desk
                )
            )

    def _selected(self, widget: QListWidget, items: list):
        row = widget.currentRow()
        if row < 0:
            self.banner.show_error(self.tr("Pilih baris lebih dulu."))
            return None
        return items[row]

    def add_group(self) -> None:
        self._open(GroupDialog(None, self.service_names, self), self._save_group)

    def edit_group(self) -> None:
        group = self._selected(self.groups, self.group_items)
        if group:
            self._open(GroupDialog(group, self.service_names, self), self._save_group)

    def add_counter(self) -> None:
        self._open(CounterDialog(None, self.group_items, self), self._save_counter)

    def edit_counter(self) -> None:
        counter = self._selected(self.counters, self.counter_items)
        if counter:
            self._open(CounterDialog(counter, self.group_items, self), self._save_counter)

    def _open(self, dialog: FormDialog, submit) -> None:
        self.dialog = dialog
        dialog.submitted.connect(lambda: submit(dialog))
        dialog.open()

    def _save_group(self, dialog: GroupDialog) -> None:
        setup, actor = self.context.services.queue_setup, self.context.actor
        code, name, services, active = (
            dialog.code.text(),
            dialog.name.text(),
            dialog.chosen_services(),
            dialog.active.isChecked(),
        )
        self._run(lambda: setup.save_group(actor, code, name, services, active), dialog)

    def _save_counter(self, dialog: CounterDialog) -> None:
        setup, actor = self.context.services.queue_setup, self.context.actor
        number, name, groups = dialog.number.value(), dialog.name.text(), dialog.chosen_groups()
        desk, active = dialog.priority_desk.isChecked(), dialog.active.isChecked()
        self._run(lambda: setup.save_counter(actor, number, name, groups, desk, active), dialog)

    def _run(self, operation, dialog: FormDialog) -> None:
        def saved(_result) -> None:
            dialog.accept()
            self.banner.show_info(self.tr("Disimpan."))
            self.reload()

        self.context.runner.run(operation, saved, dialog.banner.show_error, owner=self)
