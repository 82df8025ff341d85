"""The printer's state in the screen's language (printing.status gives the Indonesian text and a code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from printing.status import PrinterState


def printer_text(state: PrinterState) -> str:
    texts = {
        "not_configured": QCoreApplication.translate("PrinterStatus", "belum diatur"),
        "config_error": "{detail}",
        "ready": QCoreApplication.translate("PrinterStatus", "siap ({detail})"),
        "no_answer": QCoreApplication.translate("PrinterStatus", "tidak menjawab ({detail})"),
        "not_writable": QCoreApplication.translate("PrinterStatus", "folder tidak dapat ditulis ({detail})"),
        "connected": QCoreApplication.translate("PrinterStatus", "terhubung ({detail})"),
        "not_detected": QCoreApplication.translate("PrinterStatus", "tidak terdeteksi ({detail})"),
        "port_present": QCoreApplication.translate("PrinterStatus", "port ada ({detail})"),
        "port_missing": QCoreApplication.translate("PrinterStatus", "port tidak ada ({detail})"),
        "windows_only": QCoreApplication.translate(
            "PrinterStatus", "antrean printer Windows hanya tersedia di Windows"
        ),
        "spooler_unreadable": QCoreApplication.translate("PrinterStatus", "layanan printer Windows tidak dapat dibaca"),
        "queue_present": QCoreApplication.translate("PrinterStatus", "ada ({detail})"),
        "queue_missing": QCoreApplication.translate("PrinterStatus", "tidak ada ({detail})"),
    }
    if state.code not in texts:
        return state.text
    return texts[state.code].format(detail=state.detail)
