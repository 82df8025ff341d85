"""The main window: screens by role in a side list, menus with their shortcuts, and the status bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.context import ScreenContext
from desktop.i18n import apply_language
from desktop.navigation import screens_for
from desktop.status_bar import LoketStatusBar


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    sync_requested = Signal()

    def __init__(self, context: ScreenContext):
        super().__init__()
        self.setObjectName("main_window")
        self.context = context
        self.screens: dict[str, QWidget] = {}
        self.resize(1200, 760)
        context.settings_bridge.changed.connect(self._settings_changed)
        self.build()

    def build(self) -> None:
        """(Re)build menus, navigation and screens; used again after a language change, so no restart is needed."""
        self.setWindowTitle(self.tr("Loket"))
        self.menuBar().clear()
        entries = screens_for(self.context.user.role)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(220)
        self.stack = QStackedWidget()
        self.screens = {}
        for entry in entries:
            screen = entry.build(self.context)
            self.screens[entry.key] = screen
            self.stack.addWidget(screen)
            self.navigation.addItem(entry.title())
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        if "queue" in self.screens and "handover" in self.screens:
            self.screens["queue"].ticket_called.connect(self._pickup_called)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self._build_menus(entries)
        self.setStatusBar(LoketStatusBar(self.context, self))
        self.navigation.setCurrentRow(0)

    def _build_menus(self, entries) -> None:
        loket = self.menuBar().addMenu(self.tr("&Loket"))
        self._action(loket, self.tr("&Kunci / ganti pengguna"), QKeySequence("Ctrl+L"), self.sign_out_requested.emit)
        self._action(loket, self.tr("&Sinkronkan sekarang"), QKeySequence(), self.sync_requested.emit)
        loket.addSeparator()
        self._action(loket, self.tr("&Keluar"), QKeySequence("Ctrl+Q"), self.close)
        go = self.menuBar().addMenu(self.tr("&Buka"))
        for row, entry in enumerate(entries):
            shortcut = QKeySequence(f"Ctrl+{row + 1}") if row < 9 else QKeySequence()
            self._action(go, entry.title(), shortcut, lambda checked=False, r=row: self.navigation.setCurrentRow(r))
        help_menu = self.menuBar().addMenu(self.tr("&Bantuan"))
        self._action(help_menu, self.tr("&Pintasan keyboard"), QKeySequence("F1"), self.show_shortcuts)
        self._action(help_menu, self.tr("&Tentang Loket"), QKeySequence(), self.show_about)
        self._action(help_menu, self.tr("&Diagnostik..."), QKeySequence(), self.show_diagnostics)

    def _action(self, menu, text: str, shortcut: QKeySequence, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_screen(self, key: str) -> QWidget:
        screen = self.screens[key]
        self.navigation.setCurrentRow(self.stack.indexOf(screen))
        return screen

    def _pickup_called(self, ticket) -> None:
        """The ticket called is for collecting an SK (group Pengambilan SK): the handover desk opens, ready to scan."""
        if "pengambilan" in ticket.group_name.lower():
            self.show_screen("handover")

    def shortcuts_text(self) -> str:
        lines = []
        for menu_action in self.menuBar().actions():
            for action in menu_action.menu().actions():
                if not action.isSeparator() and not action.shortcut().isEmpty():
                    name = action.text().replace("&", "")
                    key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    lines.append(f"{key}\t{name}")
        return "\n".join(lines)

    def show_shortcuts(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Pintasan keyboard"),
            self.shortcuts_text(),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.open()

    def show_about(self) -> None:
        from importlib.metadata import PackageNotFoundError, version

        try:
            app_version = version("loket")
        except PackageNotFoundError:
            app_version = "dev"
        text = self.tr("Loket {version}\nAplikasi front office pelayanan terpadu satu pintu.\nBasis data: {db}").format(
            version=app_version, db=self.context.services.database.describe()
        )
        QMessageBox(
            QMessageBox.Icon.Information, self.tr("Tentang Loket"), text, QMessageBox.StandardButton.Ok, self
        ).open()

    def show_diagnostics(self) -> QDialog:
        """Tentang / Diagnostik for every role (support asks any officer for it), in a dialog."""
        from desktop.screens.diagnostics_screen import DiagnosticsPage

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Tentang / Diagnostik"))
        dialog.resize(760, 520)
        QVBoxLayout(dialog).addWidget(DiagnosticsPage(self.context, dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _settings_changed(self, keys: set[str]) -> None:
        if "ui.language" in keys:
            self.context.runner.run(
                lambda: self.context.services.settings.get("ui.language"), self._relabel, owner=self
            )

    def _relabel(self, language: str) -> None:
        current = self.navigation.currentRow()
        apply_language(language)
        self.build()
        self.navigation.setCurrentRow(current)
