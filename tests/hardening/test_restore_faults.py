"""Issue 16 #6 and the restore crash window: only a Loket database from this or an older Loket is restored, and a
restore killed half-way leaves the PC as it was before it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.e2e.test_backup_cli import admin


def make_backup(home: Path, folder: Path) -> Path:
    made = admin(home, "backup", "--out", str(folder))
    assert made.returncode == 0, made.stderr
    [zipped] = folder.glob("loket-cadangan-*.zip")
    return zipped


def rewritten(source: Path, target: Path, *, database: bytes | None = None, **manifest_changes) -> Path:
    """The backup with its database or manifest replaced, the sha256 sums made to match (a careful forgery)."""
    import hashlib

    with zipfile.ZipFile(source) as original:
        members = {name: original.read(name) for name in original.namelist()}
    manifest = json.loads(members.pop("manifest.json"))
    if database is not None:
        members["basis-data/loket.db"] = database
    manifest["files"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    manifest.update(manifest_changes)
    with zipfile.ZipFile(target, "w") as forged:
        for name, data in members.items():
            forged.writestr(name, data)
        forged.writestr("manifest.json", json.dumps(manifest))
    return target


def counter_name(home: Path) -> str:
    return admin(home, "settings", "get", "counter.name").stdout.strip()


def test_a_sqlite_file_that_is_not_a_loket_database_is_refused(loket_home, tmp_path):
    zipped = make_backup(loket_home, tmp_path / "cadangan")
    empty = tmp_path / "kosong.db"
    sqlite3.connect(empty).close()
    other = tmp_path / "lain.db"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute("INSERT INTO alembic_version VALUES ('0007')")
    assert admin(loket_home, "settings", "set", "counter.name", "Tetap").returncode == 0
    for database, reason in ((empty, "tanpa versi skema Loket"), (other, "tanpa tabel Loket")):
        forged = rewritten(zipped, tmp_path / f"{database.stem}.zip", database=database.read_bytes())
        refused = admin(loket_home, "restore", str(forged))
        assert refused.returncode == 1 and reason in refused.stderr, refused.stderr
        assert counter_name(loket_home) == "Tetap"


def test_a_backup_from_a_newer_loket_is_refused_even_at_the_same_schema(loket_home, tmp_path):
    zipped = make_backup(loket_home, tmp_path / "cadangan")
    newer = rewritten(zipped, tmp_path / "baru.zip", app_version="99.0.0")
    refused = admin(loket_home, "restore", str(newer))
    assert refused.returncode == 1 and "lebih baru dari versi ini" in refused.stderr


@pytest.mark.parametrize(
    ("point", "skipped"),
    [("move", 1), ("finish", 0)],
    ids=["database-moved-aside", "all-moved-not-finished"],
)
def test_a_restore_killed_between_its_moves_is_undone_at_the_next_start(loket_home, tmp_path, point, skipped):
    zipped = make_backup(loket_home, tmp_path / "cadangan")
    assert admin(loket_home, "settings", "set", "counter.name", "Sebelum Pulih").returncode == 0
    env = {
        **os.environ,
        "LOKET_HOME": str(loket_home),
        "LOKET_RESTORE_TEST_PAUSE": point,
        "LOKET_RESTORE_TEST_PAUSE_SECONDS": "30",
        "LOKET_RESTORE_TEST_SKIP_PAUSES": str(skipped),  # kill -9 at the pause after this many
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "restore", str(zipped)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        line = process.stdout.readline()
        assert line.startswith(f"LOKET_RESTORE_PAUSE {point}"), line
        process.kill()
        process.wait(timeout=30)
    finally:
        process.stdout.close()
    assert (loket_home / "pemulihan-berjalan.json").exists()
    assert counter_name(loket_home) == "Sebelum Pulih"  # the next start put the previous state back
    assert not (loket_home / "pemulihan-berjalan.json").exists()
    assert admin(loket_home, "restore", str(zipped)).returncode == 0  # and a new restore still works
    assert counter_name(loket_home) == "Loket 1"
