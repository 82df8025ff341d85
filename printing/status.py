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
    text: str


def probe(config: ThermalConfig) -> PrinterState:
    if not config.configured:
        return PrinterState(False, "belum diatur")
    try:
        return _PROBES[config.kind](config)
    except PrinterConfigError as error:
        return PrinterState(False, str(error))


def _network(config: ThermalConfig) -> PrinterState:
    host, port = parse_network(config.target)
    try:
        with socket.create_connection((host, port), timeout=PROBE_TIMEOUT_S):
            return PrinterState(True, f"siap ({config.describe()})")
    except OSError:
        return PrinterState(False, f"tidak menjawab ({config.describe()})")


def _file(config: ThermalConfig) -> PrinterState:
    folder = Path(config.target).expanduser().parent
    if folder.is_dir() and os.access(folder, os.W_OK):
        return PrinterState(True, f"siap ({config.describe()})")
    return PrinterState(False, f"folder tidak dapat ditulis ({config.describe()})")


def _usb(config: ThermalConfig) -> PrinterState:
    vendor, product = parse_usb(config.target)
    try:
        import usb.core  # pyusb, installed with python-escpos

        found = usb.core.find(idVendor=vendor, idProduct=product) is not None
    except Exception:  # noqa: BLE001 - no libusb backend on this PC means "cannot see it", not a crash
        found = False
    return PrinterState(found, f"{'terhubung' if found else 'tidak terdeteksi'} ({config.describe()})")


def _serial(config: ThermalConfig) -> PrinterState:
    port = config.target.partition(":")[0]
    present = sys.platform == "win32" or Path(port).exists()
    return PrinterState(present, f"{'port ada' if present else 'port tidak ada'} ({config.describe()})")


def _windows(config: ThermalConfig) -> PrinterState:
    if sys.platform != "win32":
        return PrinterState(False, "antrean printer Windows hanya tersedia di Windows")
    try:
        import win32print

        printers = {info[2] for info in win32print.EnumPrinters(2)}
    except Exception:  # noqa: BLE001 - pywin32 missing or spooler stopped
        return PrinterState(False, "layanan printer Windows tidak dapat dibaca")
    present = config.target in printers
    return PrinterState(present, f"{'ada' if present else 'tidak ada'} ({config.describe()})")


_PROBES = {"network": _network, "file": _file, "usb": _usb, "serial": _serial, "windows": _windows}
