"""loket-admin calendar as a real process with a private LOKET_HOME: output, exit codes, office closures."""

import os
import subprocess
import sys

import pytest


@pytest.fixture
def admin(admin_cli):
    """In-process for speed; test_due_date runs the real program once."""
    return lambda _home, *args: admin_cli("calendar", *args)


def admin_process(home, *args):
    env = {**os.environ, "LOKET_HOME": str(home)}
    env.pop("LOKET_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "cli.main", "calendar", *args], capture_output=True, text=True, env=env, timeout=60
    )


def test_due_date(loket_home):
    done = admin_process(loket_home, "due", "--from", "2026-11-20", "--days", "12")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "2026-12-08 (Selasa, 8 Desember 2026)\n"
    assert (loket_home / "loket.db").exists()  # office closures live in the database


def test_due_date_with_and_without_cuti_bersama(admin, loket_home):
    with_cuti = admin(loket_home, "due", "--from", "2026-03-17", "--days", "1")
    assert with_cuti.stdout == "2026-03-25 (Rabu, 25 Maret 2026)\n"
    without = admin(loket_home, "due", "--from", "2026-03-17", "--days", "1", "--no-cuti-bersama")
    assert without.stdout == "2026-03-18 (Rabu, 18 Maret 2026)\n"


def test_holidays_list(admin, loket_home):
    done = admin(loket_home, "holidays", "--year", "2026")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 21
    assert lines[0] == "2026-01-01  Tahun Baru Masehi"
    assert "2026-03-20  Cuti Bersama Hari Raya Idul Fitri" in lines
    assert lines[-2:] == ["2026-12-24  Cuti Bersama Hari Raya Natal", "2026-12-25  Hari Raya Natal"]
    assert lines == sorted(lines)
    without = admin(loket_home, "holidays", "--year", "2026", "--no-cuti-bersama").stdout.splitlines()
    assert len(without) == 13 and not any("Cuti Bersama" in line for line in without)


def test_bad_input_exits_1_in_indonesian(admin, loket_home):
    bad_date = admin(loket_home, "due", "--from", "2026-02-30", "--days", "12")
    assert bad_date.returncode == 1
    assert (
        bad_date.stderr.strip()
        == "Galat: Tanggal '2026-02-30' tidak valid; tulis sebagai YYYY-MM-DD, misalnya 2026-12-07."
    )
    negative = admin(loket_home, "due", "--from", "2026-11-20", "--days", "-3")
    assert negative.returncode == 1 and "tidak boleh negatif" in negative.stderr
    old = admin(loket_home, "holidays", "--year", "1900")
    assert old.returncode == 1 and "Tahun 1900 di luar rentang kalender" in old.stderr


def test_usage_errors_exit_2(admin, loket_home):
    assert admin(loket_home, "due", "--from", "2026-11-20", "--days", "dua belas").returncode == 2
    assert admin(loket_home, "due", "--days", "12").returncode == 2
    assert admin(loket_home, "holidays").returncode == 2


def test_office_closures_count_as_non_working_days(admin, loket_home):
    assert admin(loket_home, "close", "2026-12-01", "--reason", "Rapat kerja kantor").returncode == 0
    listing = admin(loket_home, "holidays", "--year", "2026").stdout
    assert "2026-12-01  Rapat kerja kantor" in listing
    due = admin(loket_home, "due", "--from", "2026-11-30", "--days", "1").stdout
    assert due.startswith("2026-12-02")
    assert admin(loket_home, "reopen", "2026-12-01").returncode == 0
    assert admin(loket_home, "due", "--from", "2026-11-30", "--days", "1").stdout.startswith("2026-12-01")
    again = admin(loket_home, "reopen", "2026-12-01")
    assert again.returncode == 1 and "bukan hari tutup" in again.stderr
