"""Settings page: queue groups (mapped to catalog services), counters, and the priority rule (administrator).

Where agencies share the hall, each group and counter names its agency (or the hall's own), and each agency may
have the letters its numbers start with (the prefix); the services check every clash (db/queue/letters.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from db.agencies.service import AgencyInfo
from db.queue.setup import HALL_OWN, CounterInfo, GroupInfo
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


def agency_choice(dialog: FormDialog, agencies: list[AgencyInfo], current, known: bool) -> QComboBox:
    """The agency a group or counter belongs to ("" = the hall's own), shown only where agencies share the hall;
    `known`: an existing row, whose agency stays (its numbers are that agency's)."""
    choice = QComboBox()
    choice.setObjectName("agency")
    for agency in agencies:
        choice.addItem(agency.short_name, agency.code)
    choice.addItem(QCoreApplication.translate("QueueSetup", "Pengelola aula (semua instansi)"), HALL_OWN)
    codes = {agency.id: agency.code for agency in agencies}
    if known:
        choice.setCurrentIndex(max(0, choice.findData(codes.get(current, HALL_OWN))))
        choice.setEnabled(False)
    if len(agencies) > 1:
        dialog.form.addRow(QCoreApplication.translate("QueueSetup", "&Instansi"), choice)
    else:
        choice.hide()
    return choice


def chosen_agency(choice: QComboBox, agencies: list[AgencyInfo]) -> str | None:
    """The agency code to save with, or None (keep the row's, or the only agency's) in a hall of one agency."""
    return choice.currentData() if len(agencies) > 1 and choice.isEnabled() else None


class GroupDialog(FormDialog):
    def __init__(
        self,
        group: GroupInfo | None,
        services: list[tuple[str, str]],
        parent: QWidget | None = None,
        agencies: list[AgencyInfo] | None = None,
    ):
        super().__init__(self.tr("Grup antrian"), parent)
        self.agencies = agencies or []
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
        self.agency = agency_choice(self, self.agencies, group.agency_id if group else None, group is not None)
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
    def __init__(
        self,
        counter: CounterInfo | None,
        groups: list[GroupInfo],
        parent: QWidget | None = None,
        agencies: list[AgencyInfo] | None = None,
    ):
        super().__init__(self.tr("Loket"), parent)
        self.agencies = agencies or []
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
            owner = f" ({group.agency_name})" if len(self.agencies) > 1 and group.agency_name else ""
            item = QListWidgetItem(f"{group.code} - {group.name}{owner}")
            item.setData(Qt.ItemDataRole.UserRole, group.code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = counter is not None and group.code in counter.group_codes
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        self.priority_desk = QCheckBox(self.tr("Meja pelayanan khusus (prioritas)"))
        self.priority_desk.setChecked(bool(counter and counter.priority_desk))
        self.active = QCheckBox(self.tr("Aktif"))
        self.active.setChecked(counter.active if counter else True)
        self.agency = agency_choice(self, self.agencies, counter.agency_id if counter else None, False)
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
        self.agencies: list[AgencyInfo] = []
        self.rules = QueueRulesForm(context)
        self.prefix_agency = QComboBox()
        self.prefix_agency.setObjectName("prefix_agency")
        self.prefix_agency.currentIndexChanged.connect(self._show_prefix)
        self.prefix = QLineEdit()
        self.prefix.setObjectName("prefix")
        self.prefix.setMaxLength(2)
        self.prefix.setPlaceholderText(self.tr("mis. S (kosong = tanpa awalan)"))
        save_prefix = QPushButton(self.tr("Simpan awalan"))
        save_prefix.setObjectName("save_prefix")
        save_prefix.clicked.connect(self.save_prefix)
        self.prefix_row = QWidget()
        prefix_layout = QHBoxLayout(self.prefix_row)
        prefix_layout.setContentsMargins(0, 0, 0, 0)
        prefix_layout.addWidget(QLabel(self.tr("Awalan nomor antrian instansi:")))
        prefix_layout.addWidget(self.prefix_agency, 1)
        prefix_layout.addWidget(self.prefix)
        prefix_layout.addWidget(save_prefix)
        self.prefix_row.hide()
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
        layout.addWidget(self.prefix_row)
        layout.addLayout(lists)
        layout.addWidget(self.banner)
        self.reload()

    def reload(self) -> None:
        services = self.context.services

        def load():
            names = [(hit.code, hit.name) for hit in services.catalog.search("", limit=10_000)]
            setup = services.queue_setup
            return setup.groups(include_inactive=True), setup.counters(), names, services.agencies.list()

        self.context.runner.run(load, self._show, self.banner.show_error, owner=self)

    def _owner(self, name: str) -> str:
        """Whose row it is, where agencies share the hall."""
        if len(self.agencies) < 2:
            return ""
        return " · " + (name or self.tr("pengelola aula"))

    def _show(self, loaded) -> None:
        self.group_items, self.counter_items, self.service_names, self.agencies = loaded
        self.groups.clear()
        for group in self.group_items:
            state = "" if group.active else self.tr(" (nonaktif)")
            self.groups.addItem(
                self.tr("{code} - {name}: {count} layanan{state}").format(
                    code=group.code, name=group.name, count=len(group.service_codes), state=state
                )
                + self._owner(group.agency_name)
            )
        self.counters.clear()
        for counter in self.counter_items:
            desk = self.tr(", meja prioritas") if counter.priority_desk else ""
            self.counters.addItem(
                self.tr("Loket {number} - {name}: grup {groups}{desk}").format(
                    number=counter.number, name=counter.name, groups=", ".join(counter.group_codes), desk=desk
                )
                + self._owner(counter.agency_name)
            )
        chosen = self.prefix_agency.currentData()
        self.prefix_agency.blockSignals(True)
        self.prefix_agency.clear()
        for agency in self.agencies:
            self.prefix_agency.addItem(agency.short_name, agency.code)
        self.prefix_agency.setCurrentIndex(max(0, self.prefix_agency.findData(chosen)))
        self.prefix_agency.blockSignals(False)
        self._show_prefix()
        self.prefix_row.setVisible(len(self.agencies) > 1)

    def _show_prefix(self) -> None:
        code = self.prefix_agency.currentData()
        self.prefix.setText(next((a.queue_prefix for a in self.agencies if a.code == code), ""))

    def save_prefix(self) -> None:
        setup, actor = self.context.services.queue_setup, self.context.actor
        code, prefix = self.prefix_agency.currentData(), self.prefix.text()

        def saved(_result) -> None:
            self.banner.show_info(self.tr("Awalan nomor antrian disimpan."))
            self.reload()

        self.context.runner.run(
            lambda: setup.set_prefix(actor, code, prefix), saved, self.banner.show_error, owner=self
        )

    def _selected(self, widget: QListWidget, items: list):
        row = widget.currentRow()
        if row < 0:
            self.banner.show_error(self.tr("Pilih baris lebih dulu."))
            return None
        return items[row]

    def add_group(self) -> None:
        self._open(GroupDialog(None, self.service_names, self, self.agencies), self._save_group)

    def edit_group(self) -> None:
        group = self._selected(self.groups, self.group_items)
        if group:
            self._open(GroupDialog(group, self.service_names, self, self.agencies), self._save_group)

    def add_counter(self) -> None:
        self._open(CounterDialog(None, self.group_items, self, self.agencies), self._save_counter)

    def edit_counter(self) -> None:
        counter = self._selected(self.counters, self.counter_items)
        if counter:
            self._open(CounterDialog(counter, self.group_items, self, self.agencies), self._save_counter)

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
        agency = chosen_agency(dialog.agency, dialog.agencies)
        self._run(lambda: setup.save_group(actor, code, name, services, active, agency), dialog)

    def _save_counter(self, dialog: CounterDialog) -> None:
        setup, actor = self.context.services.queue_setup, self.context.actor
        number, name, groups = dialog.number.value(), dialog.name.text(), dialog.chosen_groups()
        desk, active = dialog.priority_desk.isChecked(), dialog.active.isChecked()
        agency = chosen_agency(dialog.agency, dialog.agencies)
        self._run(lambda: setup.save_counter(actor, number, name, groups, desk, active, agency), dialog)

    def _run(self, operation, dialog: FormDialog) -> None:
        def saved(_result) -> None:
            dialog.accept()
            self.banner.show_info(self.tr("Disimpan."))
            self.reload()

        self.context.runner.run(operation, saved, dialog.banner.show_error, owner=self)
