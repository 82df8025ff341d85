"""Tentang / Diagnostik: the tab builds in Pengaturan, shows the facts, and writes a support bundle."""

import zipfile

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.main_window import MainWindow
from desktop.screens.diagnostics_screen import DiagnosticsPage
from tests.gui.conftest import make_clerk


def tree_text(page: DiagnosticsPage) -> str:
    tree = page.tree
    return "\n".join(
        f"{tree.topLevelItem(i).text(0)} {tree.topLevelItem(i).text(1)}" for i in range(tree.topLevelItemCount())
    )


def test_diagnostics_tab_builds_and_writes_a_support_bundle(qtbot, screen_context, tmp_path, monkeypatch):
    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    settings = window.show_screen("settings")
    page = settings.diagnostics
    assert settings.tabs.indexOf(page) >= 0
    qtbot.waitUntil(lambda: "Pustaka SQLite" in tree_text(page))
    text = tree_text(page)
    assert "Sinkronisasi terakhir" in text and "Pemeriksaan integritas ok" in text

    target = tmp_path / "paket.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "Arsip zip (*.zip)"))
    qtbot.mouseClick(page.bundle_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "disimpan" in page.banner.text())
    with zipfile.ZipFile(target) as bundle:
        assert "diagnostik.txt" in bundle.namelist()
    assert page.bundle_button.isEnabled()


def test_cancelled_dialog_writes_nothing(qtbot, screen_context, tmp_path, monkeypatch):
    page = DiagnosticsPage(screen_context)
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    page.make_bundle()
    assert page.banner.isHidden() and page.bundle_button.isEnabled()
    qtbot.waitUntil(lambda: page.report is not None)


def test_every_officer_reaches_diagnostics_from_the_help_menu(qtbot, screen_context, sqlite_services, admin_user):
    clerk = make_clerk(sqlite_services, admin_user)
    screen_context.user = clerk
    window = MainWindow(screen_context)
    qtbot.addWidget(window)
    assert "settings" not in window.screens
    dialog = window.show_diagnostics()
    page = dialog.findChild(DiagnosticsPage)
    qtbot.waitUntil(lambda: page.report is not None)
    assert "Pustaka SQLite" in tree_text(page)
    dialog.close()
