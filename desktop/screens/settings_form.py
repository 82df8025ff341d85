"""A form over a list of settings: loads them in the background, saves only what changed, in one transaction."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.settings import registry
from desktop.context import ScreenContext
from desktop.widgets import MessageBanner


class SettingsForm(QWidget):
    """Subclasses list their rows of (key, translated label); the widget kind follows the setting."""

    MULTILINE = {"office.maklumat"}

    def __init__(self, context: ScreenContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.fields: dict[str, QWidget] = {}
        self.loaded: dict[str, str] = {}
        self.form = QFormLayout()
        for key, label in self.rows():
            field = self._make_field(key)
            field.setObjectName(key)
            field.setToolTip(registry.definition(key).meaning)
            self.fields[key] = field
            self.form.addRow(label, field)
        self.banner = MessageBanner()
        self.save_button = QPushButton(self.tr("&Simpan (Ctrl+S)"))
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QHBoxLayout()
        self.extra_buttons = buttons
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addStretch()
        self.reload()

    def rows(self) -> list[tuple[str, str]]:
        return []

    def _make_field(self, key: str) -> QWidget:
        definition = registry.definition(key)
        if definition.choices:
            combo = QComboBox()
            for value, label in definition.choices.items():
                combo.addItem(label, value)
            return combo
        if key in self.MULTILINE:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(90)
            return text
        return QLineEdit()

    def value_of(self, key: str) -> str:
        field = self.fields[key]
        if isinstance(field, QComboBox):
            return field.currentData()
        if isinstance(field, QPlainTextEdit):
            return field.toPlainText()
        return field.text()

    def set_value(self, key: str, value: str) -> None:
        field = self.fields[key]
        if isinstance(field, QComboBox):
            field.setCurrentIndex(max(0, field.findData(value)))
        elif isinstance(field, QPlainTextEdit):
            field.setPlainText(value)
        else:
            field.setText(value)

    def reload(self) -> None:
        self.context.runner.run(self.context.services.settings.values, self._loaded, owner=self)

    def _loaded(self, values: dict[str, str]) -> None:
        self.loaded = values
        for key in self.fields:
            self.set_value(key, values.get(key, ""))

    def changes(self) -> dict[str, str]:
        return {key: self.value_of(key) for key in self.fields if self.value_of(key) != self.loaded.get(key, "")}

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.banner.show_info(self.tr("Tidak ada perubahan."))
            return
        actor = self.context.actor
        self.save_button.setEnabled(False)
        self.context.runner.run(
            lambda: self.context.services.settings.set_many(actor, changes), self._saved, self._refused, owner=self
        )

    def _saved(self, stored: dict[str, str]) -> None:
        self.save_button.setEnabled(True)
        self.loaded.update(stored)
        for key, value in stored.items():
            self.set_value(key, value)
        self.banner.show_info(self.tr("Pengaturan disimpan dan langsung berlaku."))

    def _refused(self, message: str) -> None:
        self.save_button.setEnabled(True)
        self.banner.show_error(message)
