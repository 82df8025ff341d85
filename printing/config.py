"""How this PC reaches its thermal printer, parsed from the two settings printer.thermal.kind/target."""

from __future__ import annotations

import re
from dataclasses import dataclass


class PrinterConfigError(ValueError):
    """The target does not fit the kind; the message is Indonesian and names the expected form."""


@dataclass(frozen=True)
class ThermalConfig:
    kind: str  # none | usb | network | serial | windows | file
    target: str = ""
    paper_width_mm: int = 80

    @property
    def configured(self) -> bool:
        return self.kind != "none"

    def describe(self) -> str:
        labels = {
            "none": "belum diatur",
            "usb": f"USB {self.target}",
            "network": f"jaringan {self.target}",
            "serial": f"serial {self.target}",
            "windows": f"Windows '{self.target}'",
            "file": f"berkas {self.target}",
        }
        return labels.get(self.kind, self.kind)


def parse_usb(target: str) -> tuple[int, int]:
    match = re.fullmatch(r"(?:0x)?([0-9a-fA-F]{4}):(?:0x)?([0-9a-fA-F]{4})", target)
    if not match:
        raise PrinterConfigError("alamat USB harus VID:PID heksadesimal, misalnya 0416:5011")
    return int(match.group(1), 16), int(match.group(2), 16)


def parse_network(target: str) -> tuple[str, int]:
    host, _, port = target.partition(":")
    if not host or not re.fullmatch(r"[A-Za-z0-9.\-]+", host):
        raise PrinterConfigError("alamat jaringan harus host atau host:port, misalnya 192.168.1.50:9100")
    if port and not (port.isdigit() and 1 <= int(port) <= 65535):
        raise PrinterConfigError("port jaringan harus 1 sampai 65535")
    return host, int(port or 9100)


def parse_serial(target: str) -> tuple[str, int]:
    port, _, baud = target.partition(":")
    if not port:
        raise PrinterConfigError("alamat serial harus port atau port:baud, misalnya COM3:9600 atau /dev/ttyUSB0")
    if baud and not baud.isdigit():
        raise PrinterConfigError("baud serial harus angka, misalnya 9600")
    return port, int(baud or 9600)


def validate(config: ThermalConfig) -> ThermalConfig:
    """Raise PrinterConfigError when the target cannot work for the kind."""
    if config.kind == "none":
        return config
    if not config.target:
        raise PrinterConfigError("alamat printer termal belum diisi")
    parsers = {"usb": parse_usb, "network": parse_network, "serial": parse_serial}
    if config.kind in parsers:
        parsers[config.kind](config.target)
    return config
