"""loket-admin as an administrator's script runs it: a real process, a private LOKET_HOME."""

import os
import subprocess
import sys

import pytest

from db.core import migrate


def admin(*args, stdin: str | None = None, home=None):
    env = {**os.environ, "LOKET_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], input=stdin, capture_output=True, text=True, env=env, timeout=60
    )


@pytest.fixture
def home(loket_home):
    return loket_home


def test_db_check_upgrade_and_corruption(home):
    fresh = admin("db", "check", home=home)
    assert fresh.returncode == 1 and "db upgrade" in fresh.stdout
    upgraded = admin("db", "upgrade", home=home)
    # revision ids are descriptive since issue 19 ("agencies", "skm_profile"): the head, whatever its name
    assert upgraded.returncode == 0 and f"-> {migrate.head_revision()}" in upgraded.stdout
    healthy = admin("db", "check", home=home)
    assert healthy.returncode == 0 and "Integritas: ok" in healthy.stdout
    (home / "loket.db").write_bytes(b"rusak" * 5000)
    for path in home.glob("loket.db-*"):
        path.unlink()
    broken = admin("db", "check", home=home)
    assert broken.returncode == 1 and "rusak" in broken.stdout


def test_user_commands(admin_cli, home):
    def admin(*args, stdin=None, home=None):
        return admin_cli(*args, stdin=stdin or "")

    added = admin(
        "user",
        "add",
        "budi",
        "--role",
        "petugas_loket",
        "--full-name",
        "Budi Santoso",
        "--password-stdin",
        stdin="sandi-budi-1\n",
        home=home,
    )
    assert added.returncode == 0, added.stderr
    assert "budi" in admin("user", "list", home=home).stdout
    refused = admin(
        "user", "add", "x", "--role", "raja", "--full-name", "X", "--password-stdin", stdin="sandi-xxxx-1\n", home=home
    )
    assert refused.returncode == 1 and "Peran 'raja' tidak dikenal" in refused.stderr
    short = admin("user", "reset-password", "budi", "--password-stdin", stdin="pendek\n", home=home)
    assert short.returncode == 1 and "minimal 8" in short.stderr
    assert (
        admin("user", "reset-password", "budi", "--password-stdin", stdin="sandi-baru-9\n", home=home).returncode == 0
    )
    assert admin("user", "unlock", "budi", home=home).returncode == 0
    missing = admin("user", "unlock", "siapa", home=home)
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr


def test_settings_commands(admin_cli, home, tmp_path):
    def admin(*args, home=None):
        return admin_cli(*args)

    listing = admin("settings", "get", home=home)
    assert listing.returncode == 0
    assert "office.motto = BERSAHA" in listing.stdout and "Nomor loket PC ini" in listing.stdout
    assert admin("settings", "set", "counter.number", "4", home=home).returncode == 0
    assert admin("settings", "get", "counter.number", home=home).stdout.strip() == "4"
    bad = admin("settings", "set", "counter.number", "nol", home=home)
    assert bad.returncode == 1 and "1 sampai 99" in bad.stderr
    assert admin("settings", "get", "counter.number", home=home).stdout.strip() == "4"
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048)
    assert admin("settings", "set", "office.logo", str(logo), home=home).returncode == 0
    assert "KB" in admin("settings", "get", "office.logo", home=home).stdout
    unknown = admin("settings", "get", "tidak.ada", home=home)
    assert unknown.returncode == 1 and "tidak dikenal" in unknown.stderr
