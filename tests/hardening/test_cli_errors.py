"""Issue 16 #12, #16, #17: every loket-admin failure is one Indonesian line and exit 1, with the true reason, and
no folder is ever created for a mistyped path."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from db.core import faults
from db.core.faults import fault_message

HUGE = "9" * 23


def one_line_error(result) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Galat: ") and "Traceback" not in result.stderr, result.stderr
    return lines[0]


@pytest.mark.parametrize(
    "args",
    [
        ("queue", "call", "--counter", HUGE),
        ("queue", "finish", "--counter", "0"),
        ("report", "daily", "--date", "2026-11-20", "--counter", HUGE),
    ],
)
def test_counter_numbers_no_counter_can_have(admin_cli, sqlite_url, args):
    assert "Nomor loket harus 1 sampai 99" in one_line_error(admin_cli("--database-url", sqlite_url, *args))


def test_output_into_a_missing_folder(admin_cli, sqlite_url, tmp_path):
    target = tmp_path / "tidak-ada" / "k.pem"
    message = one_line_error(admin_cli("--database-url", sqlite_url, "keys", "export-public", "--out", str(target)))
    assert "tidak ada" in message and not target.parent.exists()


@pytest.mark.parametrize("url", ["garbage://", "mysql://x/y", "::::", "sqlite+pysqlcipher:///x.db"])
def test_database_urls_loket_cannot_use(admin_cli, url):
    assert "basis data" in one_line_error(admin_cli("--database-url", url, "user", "list")).lower()


def test_a_sqlite_file_in_a_missing_folder_is_refused_not_created(admin_cli, tmp_path):
    missing = tmp_path / "salah-ketik" / "x.db"
    message = one_line_error(admin_cli("--database-url", f"sqlite:///{missing}", "user", "list"))
    assert "tidak ada" in message and not missing.parent.exists()


def test_diagnostics_bundle_into_a_missing_folder(admin_cli, sqlite_url, tmp_path):
    target = tmp_path / "tidak-ada" / "paket.zip"
    result = admin_cli("--database-url", sqlite_url, "diagnostics", "--bundle", str(target))
    assert result.returncode == 1 and "tidak ada" in result.stderr and not target.parent.exists()


def test_backup_into_a_missing_path_of_folders(admin_cli, sqlite_url, tmp_path):
    target = tmp_path / "salah" / "ketik"
    message = one_line_error(admin_cli("--database-url", sqlite_url, "backup", "--out", str(target)))
    assert "tidak ada" in message and not target.parent.exists()


def test_enrol_with_something_that_is_not_an_address(admin_cli, sqlite_url):
    result = admin_cli("--database-url", sqlite_url, "sync", "enrol", "--server", "not-a-url", "--token", "t")
    assert "Alamat server 'not-a-url' tidak valid" in one_line_error(result)


def test_a_full_disk_reported_as_disk_io_error_is_named_a_full_disk(tmp_path, monkeypatch):
    error = OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))
    assert "Gangguan baca/tulis" in fault_message(error, tmp_path / "loket.db")
    monkeypatch.setattr(faults, "DISK_FULL_BELOW_BYTES", shutil.disk_usage(tmp_path).free + 1)
    assert fault_message(error, tmp_path / "loket.db").startswith("Disk penuh")


@pytest.mark.skipif(not shutil.which("unshare") or sys.platform != "linux", reason="needs a read-only bind mount")
def test_db_check_on_a_read_only_disk_names_the_reason(sqlite_url, loket_home, tmp_path):
    database = Path(sqlite_url.removeprefix("sqlite:///"))
    admin = [sys.executable, "-m", "cli.main", "--database-url", sqlite_url, "db", "check"]
    command = f"mount --bind -o ro {database.parent} {database.parent} && exec {' '.join(admin)}"
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("no user namespaces here")
    result = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "hanya bisa dibaca" in result.stdout and "Integritas: ok" in result.stdout
