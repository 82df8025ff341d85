"""Bugs: logged with their traceback and shown in a dialog that lets the officer carry on or quit."""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("loket.crash")


def show_bug(error: BaseException, details: str, parent: QWidget | None = None) -> None:
    log.error("bug: %r\n%s", error, details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Crash", "Kesalahan program"))
    box.setText(
        QApplication.translate(
            "Crash",
            "Terjadi kesalahan program. Data yang sudah tersimpan aman; tindakan terakhir tidak disimpan. "
            "Laporkan ke petugas TI beserta berkas log.",
        )
    )
    box.setDetailedText(details)
    box.open()


def show_refusal(message: str, parent: QWidget | None = None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Loket")
    box.setText(message)
    box.open()


def install_excepthook() -> None:
    """Exceptions raised in Qt slots reach sys.excepthook; log and show them instead of dying silently."""

    def hook(kind, value, trace) -> None:
        import traceback

        details = "".join(traceback.format_exception(kind, value, trace))
        show_bug(value, details)

    sys.excepthook = hook
