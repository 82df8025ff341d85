"""The main window: screens by role in a side list, menus with their shortcuts, and the status bar."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import shortcuts, theme
from desktop.context import ScreenContext
from desktop.i18n import apply_language
from desktop.logo import OfficeLogo
from desktop.navigation import screens_for
from desktop.screen_stack import ScreenStack
from desktop.status_bar import LoketStatusBar
from desktop.widgets import literal


class MainWindow(QMainWindow):
    sign_out_requested = Signal()
    sync_requested = Signal()

    def __init__(self, context: ScreenContext):
        super().__init__()
        self.setObjectName("main_window")
        self.context = context
        self.screens: ScreenStack | dict[str, QWidget] = {}
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
        # each screen built when first opened
        self.screens = ScreenStack(self.stack, entries, self.context, built=self._screen_built)
        for entry in entries:
            self.navigation.addItem(entry.title())
        self.navigation.currentRowChanged.connect(self.screens.open_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self._side_panel())
        layout.addWidget(self.stack, 1)
        old = self.centralWidget()
        self.setCentralWidget(central)
        if old is not None:
            old.deleteLater()
        self._build_menus(entries)
        self.setStatusBar(LoketStatusBar(self.context, self))
        self.navigation.setCurrentRow(0)

    def _side_panel(self) -> QWidget:
        """The office's logo and name over the side list, where people look for whose desk this is."""
        panel = QWidget()
        panel.setObjectName("side_panel")
        panel.setStyleSheet(f"#side_panel {{ background: {theme.PALETTE.primary_dark}; }} QLabel {{ color: white; }}")
        self.side_logo = OfficeLogo(round(72 * theme.scale(self)), light=True)
        office = QLabel()
        office.setObjectName("side_office")
        office.setWordWrap(True)
        office.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, theme.space("m", self), 0, 0)
        column.addWidget(self.side_logo)
        column.addWidget(office)
        column.addWidget(self.navigation, 1)

        def show(values: dict[str, str]) -> None:
            self.side_logo.show_office(values.get("office.logo", ""), values["office.short_name"])
            office.setText(values["office.short_name"])

        self.context.runner.run(self.context.services.settings.values, show, owner=self)
        return panel

    def _build_menus(self, entries) -> None:
        loket = self.menuBar().addMenu(self.tr("&Loket"))
        self._action(loket, self.tr("&Kunci / ganti pengguna"), QKeySequence("Ctrl+L"), self.sign_out_requested.emit)
        self._action(loket, self.tr("&Sinkronkan sekarang"), QKeySequence(), self.sync_requested.emit)
        loket.addSeparator()
        self._action(loket, self.tr("&Keluar"), QKeySequence("Ctrl+Q"), self.close)
        go = self.menuBar().addMenu(self.tr("&Buka"))
        for row, entry in enumerate(entries):
            shortcut = QKeySequence(f"Ctrl+{row + 1}") if row < 9 else QKeySequence()
            self._action(
                go, literal(entry.title()), shortcut, lambda checked=False, r=row: self.navigation.setCurrentRow(r)
            )
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

    def _screen_built(self, key: str, screen) -> None:
        """Wiring between screens, made when the screen that signals is built (screens load on first opening)."""
        if key == "queue" and "handover" in self.screens:
            screen.ticket_called.connect(self._pickup_called)

    def _pickup_called(self, ticket) -> None:
        """The ticket called is for collecting an SK (group Pengambilan SK): the handover desk opens, ready to scan."""
        if "pengambilan" in ticket.group_name.lower():
            self.show_screen("handover")

    def shortcuts_text(self) -> str:
        menu_lines = []
        for menu_action in self.menuBar().actions():
            for action in menu_action.menu().actions():
                if not action.isSeparator() and not action.shortcut().isEmpty():
                    name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                    menu_lines.append((action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), name))
        titles = {entry.key: entry.title() for entry in screens_for(self.context.user.role)}
        return shortcuts.shortcuts_text(menu_lines, titles)

    def show_shortcuts(self) -> QDialog:
        """Every key in a scrolling two-column list: the whole list no longer fits a message box at 1366x768."""
        dialog = QDialog(self)
        dialog.setObjectName("shortcuts_dialog")
        dialog.setWindowTitle(self.tr("Pintasan keyboard"))
        dialog.resize(round(640 * theme.scale(self)), round(520 * theme.scale(self)))
        rows = []
        for line in self.shortcuts_text().split("\n"):
            key, _tab, name = (html.escape(part) for part in line.partition("\t"))
            rows.append(
                f"<tr><td><b>{key}</b></td><td>{name}</td></tr>"
                if name
                else f"<tr><td colspan=2><h3>{key}</h3></td></tr>"
            )
        listing = QTextBrowser()
        listing.setObjectName("shortcuts")
        listing.setHtml(f"<table cellpadding=3>{''.join(rows)}</table>")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(listing)
        layout.addWidget(close)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

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
