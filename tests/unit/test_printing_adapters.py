"""Sending bytes to a printer: a real TCP 'printer' on 127.0.0.1, a closed port, files, and unusable kinds."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from printing.adapters import PrintOutcome, send
from printing.config import ThermalConfig
from tests.unit.printing_fixtures import PrinterServer, closed_port

JOB = b"\x1b@\x1bt\x00Nomor A-001\n\x1dV\x00"
READY = {1: 0x12, 4: 0x12}  # DLE EOT answers of a ready printer with paper


def network(port: int) -> ThermalConfig:
    return ThermalConfig("network", f"127.0.0.1:{port}")


def test_network_printer_receives_the_job_after_a_status_check() -> None:
    server = PrinterServer(READY)
    outcome = send(network(server.port), JOB)
    received = server.finish()  # returns only once the adapter closed the connection
    assert outcome == PrintOutcome(True, "printed", f"Tercetak di printer (jaringan 127.0.0.1:{server.port}).")
    assert received.startswith(b"\x10\x04\x01") and b"\x10\x04\x04" in received
    assert received.endswith(JOB)


def test_network_printer_without_status_support_still_prints() -> None:
    server = PrinterServer({})
    outcome = send(network(server.port), JOB)
    assert outcome.ok and outcome.state == "printed"
    assert server.finish().endswith(JOB)


def test_offline_printer_gets_nothing() -> None:
    server = PrinterServer({1: 0x12 | 0x08})
    outcome = send(network(server.port), JOB)
    assert (outcome.ok, outcome.state) == (False, "offline")
    assert "tidak siap" in outcome.message
    assert JOB not in server.finish()


def test_paper_out_is_reported_and_nothing_printed() -> None:
    server = PrinterServer({1: 0x12, 4: 0x72})
    outcome = send(network(server.port), JOB)
    assert (outcome.ok, outcome.state) == (False, "paper_out")
    assert "Kertas printer habis" in outcome.message
    assert JOB not in server.finish()


def test_low_paper_still_prints_with_a_warning() -> None:
    server = PrinterServer({1: 0x12, 4: 0x1E})
    outcome = send(network(server.port), JOB)
    assert (outcome.ok, outcome.state) == (True, "printed")
    assert "Kertas hampir habis" in outcome.message
    assert server.finish().endswith(JOB)


def test_closed_port_is_offline_quickly() -> None:
    outcome = send(network(closed_port()), JOB)
    assert (outcome.ok, outcome.state) == (False, "offline")
    assert "Printer tidak terhubung" in outcome.message


def test_file_printer_appends(tmp_path: Path) -> None:
    target = tmp_path / "struk.bin"
    config = ThermalConfig("file", str(target))
    assert send(config, JOB).state == "printed"
    assert send(config, b"kedua").ok
    assert target.read_bytes() == JOB + b"kedua"


def test_file_printer_refuses_a_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "tidak-ada" / "struk.bin"
    outcome = send(ThermalConfig("file", str(target)), JOB)
    assert (outcome.ok, outcome.state) == (False, "error")
    assert "tidak ada" in outcome.message
    assert not target.parent.exists()


def test_file_printer_reports_an_unwritable_target(tmp_path: Path) -> None:
    outcome = send(ThermalConfig("file", str(tmp_path)), JOB)  # a folder, not a file
    assert (outcome.ok, outcome.state) == (False, "error")
    assert "tidak dapat ditulis" in outcome.message


def test_not_configured_and_invalid_settings() -> None:
    assert send(ThermalConfig("none"), JOB).state == "not_configured"
    invalid = send(ThermalConfig("network", "printer lantai 1"), JOB)
    assert (invalid.ok, invalid.state) == (False, "not_configured")
    assert "alamat jaringan" in invalid.message
    assert send(ThermalConfig("usb", "bukan-usb"), JOB).state == "not_configured"
    assert send(ThermalConfig("bluetooth", "x"), JOB).state == "not_configured"


@pytest.mark.skipif(sys.platform == "win32", reason="the Windows queue exists there")
def test_windows_queue_elsewhere_is_a_clear_error() -> None:
    outcome = send(ThermalConfig("windows", "POS-80"), JOB)
    assert (outcome.ok, outcome.state) == (False, "error")
    assert "hanya dapat dipakai di komputer Windows" in outcome.message


@pytest.mark.parametrize("config", [ThermalConfig("usb", "0416:5011"), ThermalConfig("serial", "/dev/loket-tidak-ada")])
def test_absent_usb_or_serial_printer_is_an_outcome_not_an_exception(config: ThermalConfig) -> None:
    outcome = send(config, JOB)
    assert not outcome.ok and outcome.state in ("offline", "error")
    assert outcome.message  # Indonesian text for the officer, whichever way the backend failed
