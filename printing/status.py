"""Is the configured thermal printer reachable? A short probe for the status bar, never a long wait."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from printing.config import PrinterConfigError, ThermalConfig, parse_network, parse_usb

PROBE_TIMEOUT_S = 1.5


@dataclass(frozen=True)
class PrinterState:
    ready: bool
    text: str  # Indonesian, for the CLI and the logs
    code: str = ""  # what the screens translate: one of STATE_TEXTS' keys
    detail: str = ""  # the printer as configured (config.describe()), or the configuration error


# The Indonesian wording of each state; the desktop translates the same codes for its English mode.
STATE_TEXTS = {
    "not_configured": "belum diatur",
    "config_error": "{detail}",
    "ready": "siap ({detail})",
    "no_answer": "tidak menjawab ({detail})",
    "not_writable": "folder tidak dapat ditulis ({detail})",
    "connected": "terhubung ({detail})",
    "not_detected": "tidak terdeteksi ({detail})",
    "port_present": "port ada ({detail})",
    "port_missing": "port tidak ada ({detail})",
    "windows_only": "antrean printer Windows hanya tersedia di Windows",
    "spooler_unreadable": "layanan printer Windows tidak dapat dibaca",
    "queue_present": "ada ({detail})",
    "queue_missing": "tidak ada ({detail})",
}


def _state(ready: bool, code: str, detail: str = "") -> PrinterState:
    return PrinterState(ready, STATE_TEXTS[code].format(detail=detail), code, detail)


def probe(config: ThermalConfig) -> PrinterState:
    if not config.configured:
        return _state(False, "not_configured")
    try:
        return _PROBES[config.kind](config)
    except PrinterConfigError as error:
        return _state(False, "config_error", str(error))


def _network(config: ThermalConfig) -> PrinterState:
    host, port = parse_network(config.target)
    try:
        with socket.create_connection((host, port), timeout=PROBE_TIMEOUT_S):
            return _state(True, "ready", config.describe())
    except OSError:
        return _state(False, "no_answer", config.describe())


def _file(config: ThermalConfig) -> PrinterState:
    folder = Path(config.target).expanduser().parent
    if folder.is_dir() and os.access(folder, os.W_OK):
        return _state(True, "ready", config.describe())
    return _state(False, "not_writable", config.describe())


def _usb(config: ThermalConfig) -> PrinterState:
    vendor, product = parse_usb(config.target)
    try:
        import usb.core  # pyusb, installed with python-escpos

        found = usb.core.find(idVendor=vendor, idProduct=product) is not None
    except Exception:  # noqa: BLE001 - no libusb backend on this PC means "cannot see it", not a crash
        found = False
    return _state(found, "connected" if found else "not_detected", config.describe())


def _serial(config: ThermalConfig) -> PrinterState:
    port = config.target.partition(":")[0]
    present = sys.platform == "win32" or Path(port).exists()
    return _state(present, "port_present" if present else "port_missing", config.describe())


def _windows(config: ThermalConfig) -> PrinterState:
    if sys.platform != "win32":
        return _state(False, "windows_only")
    try:
        import win32print

        printers = {info[2] for info in win32print.EnumPrinters(2)}
    except Exception:  # noqa: BLE001 - pywin32 missing or spooler stopped
        return _state(False, "spooler_unreadable")
    present = config.target in printers
    return _state(present, "queue_present" if present else "queue_missing", config.describe())


_PROBES = {"network": _network, "file": _file, "usb": _usb, "serial": _serial, "windows": _windows}
