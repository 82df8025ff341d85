"""Send finished ESC/POS bytes to the configured thermal printer and say, in Indonesian, what happened."""

from __future__ import annotations

import logging
import socket
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import printing.escpos_ready  # noqa: F401 - first: python-escpos's cache folder, no temporary folder

# isort: split
from escpos.constants import RT_MASK_LOWPAPER, RT_MASK_NOPAPER, RT_MASK_ONLINE, RT_STATUS_ONLINE, RT_STATUS_PAPER
from escpos.escpos import Escpos
from escpos.exceptions import DeviceNotFoundError
from escpos.printer import Network, Serial, Usb, Win32Raw

from printing.config import PrinterConfigError, ThermalConfig, parse_network, parse_serial, parse_usb, validate

log = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 3.0
STATUS_TIMEOUT_S = 0.5  # a printer that ignores status queries must not delay every ticket by the full timeout
USB_TIMEOUT_MS = 3000  # pyusb counts milliseconds

PrintState = Literal["printed", "offline", "paper_out", "not_configured", "error"]


@dataclass(frozen=True)
class PrintOutcome:
    """How a print job ended; message is Indonesian and fit to show the officer as it is."""

    ok: bool
    state: PrintState
    message: str


def send(config: ThermalConfig, data: bytes) -> PrintOutcome:
    """Send data to the printer config names and close the connection again.

    Guarantees: never raises for a printer problem (missing, offline, out of paper, refused, bad settings) but
    returns the state; connections give up within about 3 s; where the printer answers ESC/POS status queries
    (network, USB, serial) an offline or paper-out printer is reported before anything is sent.
    """
    if not config.configured:
        return PrintOutcome(False, "not_configured", "Printer termal belum diatur. Atur printer di menu Pengaturan.")
    try:
        validate(config)
        if config.kind == "file":
            return _to_file(config, data)
        printer = _printer(config)
    except PrinterConfigError as error:
        return PrintOutcome(False, "not_configured", f"Pengaturan printer tidak sah: {error}.")
    if isinstance(printer, PrintOutcome):
        return printer
    return _to_device(config, printer, data)


def _to_device(config: ThermalConfig, printer: Escpos, data: bytes) -> PrintOutcome:
    where = config.describe()
    try:
        try:
            printer.open()
        except Exception as error:  # noqa: BLE001 - each backend (socket, pyusb, pyserial, win32) fails its own way
            log.warning("printer %s cannot be opened: %r", where, error)
            return PrintOutcome(False, "offline", f"Printer tidak terhubung ({where}). Periksa kabel, daya dan alamat.")
        note = _status(printer, where) if config.kind in ("network", "usb", "serial") else ""
        if isinstance(note, PrintOutcome):
            return note
        printer._raw(data)  # the documented way to replay bytes built on a Dummy printer
    except Exception as error:  # noqa: BLE001 - a printer problem is an outcome for the officer, not a crash
        log.exception("printing to %s failed", where)
        if isinstance(error, OSError):  # includes socket, pyusb and pyserial failures mid-job
            return PrintOutcome(False, "offline", f"Sambungan ke printer terputus ({where}). Coba cetak lagi.")
        return PrintOutcome(False, "error", f"Gagal mencetak ke printer ({where}). Coba lagi atau hubungi admin.")
    finally:
        _close(printer, where)
    return PrintOutcome(True, "printed", f"Tercetak di printer ({where}).{note}")


def _status(printer: Escpos, where: str) -> PrintOutcome | str:
    """Offline or out of paper as an outcome, else a note for the success message ("" when nothing to add).

    A printer that does not answer the status query is taken as ready: many cheap printers never answer.
    """
    online = _query(printer, RT_STATUS_ONLINE)
    if online is None:
        return ""
    if online & RT_MASK_ONLINE:
        return PrintOutcome(False, "offline", f"Printer sedang tidak siap ({where}). Periksa tutup dan daya printer.")
    paper = _query(printer, RT_STATUS_PAPER)
    if paper is not None and paper & RT_MASK_NOPAPER == RT_MASK_NOPAPER:
        return PrintOutcome(False, "paper_out", f"Kertas printer habis ({where}). Isi kertas lalu cetak lagi.")
    if paper is not None and paper & RT_MASK_LOWPAPER == RT_MASK_LOWPAPER:
        return " Kertas hampir habis; siapkan gulungan baru."
    return ""


def _query(printer: Escpos, request: bytes) -> int | None:
    # Escpos.is_online() reads an empty answer as "offline"; here an empty or late answer means "cannot tell".
    device = printer.device
    previous = _set_read_timeout(device, STATUS_TIMEOUT_S)
    try:
        answer = printer.query_status(request)
    except _timeout_errors():
        return None
    finally:
        _set_read_timeout(device, previous)
    return answer[0] if answer else None


def _timeout_errors() -> tuple[type[BaseException], ...]:
    try:
        from usb.core import USBTimeoutError
    except ImportError:
        return (TimeoutError,)
    return (TimeoutError, USBTimeoutError)


def _set_read_timeout(device: object, seconds: float | None) -> float | None:
    """Set the read timeout of a socket, pyserial port or pyusb device; return the previous one (None: unchanged)."""
    if seconds is None:
        return None
    if isinstance(device, socket.socket):
        previous = device.gettimeout()
        device.settimeout(seconds)
        return previous
    if type(device).__module__.startswith("serial"):
        previous = device.timeout
        device.timeout = seconds
        return previous
    if hasattr(device, "default_timeout"):  # pyusb counts milliseconds
        previous = device.default_timeout / 1000
        device.default_timeout = int(seconds * 1000)
        return previous
    return None


def _close(printer: Escpos, where: str) -> None:
    try:
        printer.close()
    except Exception:  # noqa: BLE001 - the job is already sent or failed; a failing close must not change that
        log.warning("closing printer %s failed", where, exc_info=True)


def _to_file(config: ThermalConfig, data: bytes) -> PrintOutcome:
    path = Path(config.target).expanduser()
    if not path.parent.is_dir():
        return PrintOutcome(False, "error", f"Folder {path.parent} tidak ada. Buat folder itu atau ubah alamat berkas.")
    try:
        with path.open("ab") as handle:
            handle.write(data)
    except OSError as error:
        log.warning("writing print file %s failed: %r", path, error)
        return PrintOutcome(False, "error", f"Berkas {path} tidak dapat ditulis. Periksa izin folder dan ruang disk.")
    return PrintOutcome(True, "printed", f"Tersimpan ke berkas {path}.")


class _ClosingNetwork(Network):
    """Network whose failed open closes its socket; python-escpos 3.1 leaves it open until garbage collection."""

    def open(self, raise_not_found: bool = True) -> None:
        try:
            self.device = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as error:
            self.device = None
            raise DeviceNotFoundError(f"Could not open socket for {self.host}: {error}") from error


# USB, serial and Windows classes raise even on creation or garbage collection when their library is missing.
_NEEDS_LIBRARY: dict[str, tuple[type[Escpos], str]] = {
    "usb": (Usb, "pyusb"),
    "serial": (Serial, "pyserial"),
    "windows": (Win32Raw, "pywin32"),
}


def _printer(config: ThermalConfig) -> Escpos | PrintOutcome:
    """A closed escpos printer for the config, or the outcome saying why none can be made on this PC."""
    if config.kind == "network":
        host, port = parse_network(config.target)
        return _ClosingNetwork(host, port, timeout=CONNECT_TIMEOUT_S)
    if config.kind not in _NEEDS_LIBRARY:
        return PrintOutcome(False, "not_configured", f"Jenis printer '{config.kind}' tidak dikenal.")
    if config.kind == "windows" and sys.platform != "win32":
        return PrintOutcome(False, "error", "Antrean printer Windows hanya dapat dipakai di komputer Windows.")
    printer_class, library = _NEEDS_LIBRARY[config.kind]
    if not printer_class.is_usable():
        message = f"Dukungan printer {config.describe()} belum terpasang (pustaka {library}). Hubungi admin."
        return PrintOutcome(False, "error", message)
    if config.kind == "usb":
        vendor, product = parse_usb(config.target)
        return Usb(vendor, product, timeout=USB_TIMEOUT_MS)
    if config.kind == "serial":
        port, baud = parse_serial(config.target)
        return Serial(port, baud, timeout=CONNECT_TIMEOUT_S)
    return Win32Raw(config.target)
