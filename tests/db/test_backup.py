"""Backups and restores on a real SQLite database in a private data folder."""

import hashlib
import json
import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from db.admin import backup
from db.core.actor import Actor
from db.core.errors import DomainError, SchemaTooNew
from db.services import open_services


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot(home: Path) -> dict[str, str]:
    """Every file of the data folder except logs, with its hash: 'nothing changed' means this is equal."""
    return {
        str(path.relative_to(home)): digest(path)
        for path in sorted(home.rglob("*"))
        if path.is_file() and "logs" not in path.parts
    }


@pytest.fixture
def actor(sqlite_services):
    return Actor.system(sqlite_services.device_id)


@pytest.fixture
def archive(loket_home):
    folder = loket_home / "arsip" / "2025"
    folder.mkdir(parents=True)
    (folder / "SK-001.pdf").write_bytes(b"%PDF-1.4 sk pertama")
    return loket_home / "arsip"


def make_backup(services, archive, **kwargs):
    return backup.create_backup(services.database.file_path, archive, **kwargs)


def test_backup_holds_database_archive_and_manifest_but_never_keys(sqlite_services, archive, loket_home):
    (loket_home / "keys").mkdir()
    (loket_home / "keys" / "kunci-privat.pem").write_text("-----BEGIN PRIVATE KEY-----")
    result = make_backup(sqlite_services, archive)
    assert result.path.parent == loket_home / "backups" and result.path.name.startswith("loket-cadangan-")
    with zipfile.ZipFile(result.path) as zipped:
        names = set(zipped.namelist())
        manifest = json.loads(zipped.read("manifest.json"))
        for name, expected in manifest["files"].items():
            assert hashlib.sha256(zipped.read(name)).hexdigest() == expected
    assert names == {"manifest.json", "basis-data/loket.db", "arsip/2025/SK-001.pdf"}
    assert manifest["schema_revision"] == result.schema_revision and manifest["app_version"]
    assert manifest["created_at"]
    # An archive folder set to the data folder itself still never takes keys/, the live database or the backups.
    whole = make_backup(sqlite_services, loket_home, folder=loket_home / "lain")
    with zipfile.ZipFile(whole.path) as zipped:
        names = zipped.namelist()
    assert not [name for name in names if "keys" in name or "kunci" in name or name.startswith("arsip/backups")]
    assert "arsip/loket.db" not in names


def test_restore_brings_the_data_back_and_keeps_the_previous_state_aside(sqlite_services, archive, actor, loket_home):
    result = make_backup(sqlite_services, archive)
    sqlite_services.settings.set(actor, "counter.name", "Loket Sesudah Cadangan")
    (archive / "2025" / "SK-002.pdf").write_bytes(b"%PDF-1.4 sk kedua")
    (archive / "2025" / "SK-001.pdf").write_bytes(b"diubah")
    url = f"sqlite:///{sqlite_services.database.file_path}"
    sqlite_services.close()  # the officer closes Loket before restoring

    restored = backup.restore_backup(result.path, url)

    assert restored.kept_aside.parent == loket_home / "backups"
    assert restored.kept_aside.name.startswith("sebelum-pulih-")
    assert (restored.kept_aside / "loket.db").is_file()
    assert (restored.kept_aside / "arsip" / "2025" / "SK-002.pdf").read_bytes() == b"%PDF-1.4 sk kedua"
    assert sorted(p.name for p in (archive / "2025").iterdir()) == ["SK-001.pdf"]
    assert (archive / "2025" / "SK-001.pdf").read_bytes() == b"%PDF-1.4 sk pertama"
    reopened = open_services(url, device_id="test-device")
    try:
        assert reopened.settings.get("counter.name") == "Loket 1"
    finally:
        reopened.close()
    # The state kept aside is itself a working database holding the later change.
    aside = open_services(f"sqlite:///{restored.kept_aside / 'loket.db'}", device_id="test-device")
    try:
        assert aside.settings.get("counter.name") == "Loket Sesudah Cadangan"
    finally:
        aside.close()


def rewrite(source: Path, target: Path, change) -> Path:
    """A copy of a backup whose members `change(name, data)` rewrites, with a manifest that matches again."""
    with zipfile.ZipFile(source) as zipped:
        members = {name: zipped.read(name) for name in zipped.namelist() if name != "manifest.json"}
        manifest = json.loads(zipped.read("manifest.json"))
    members = {name: change(name, data) for name, data in members.items()}
    manifest["files"] = {name: hashlib.sha256(data).hexdigest() for name, data in members.items()}
    with zipfile.ZipFile(target, "w") as zipped:
        zipped.writestr("manifest.json", json.dumps(manifest))
        for name, data in members.items():
            zipped.writestr(name, data)
    return target


def test_corrupt_backups_are_refused_and_nothing_changes(sqlite_services, archive, loket_home, tmp_path):
    result = make_backup(sqlite_services, archive)
    url = f"sqlite:///{sqlite_services.database.file_path}"
    sqlite_services.close()
    flipped = tmp_path / "terbalik.zip"
    data = bytearray(result.path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    truncated = tmp_path / "terpotong.zip"
    truncated.write_bytes(result.path.read_bytes()[:5000])
    garbage_db = rewrite(
        result.path,
        tmp_path / "db-rusak.zip",
        lambda name, data: b"bukan basis data" * 500 if name.endswith(".db") else data,
    )
    tampered = tmp_path / "diubah.zip"
    with zipfile.ZipFile(result.path) as source, zipfile.ZipFile(tampered, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name) + (b"x" if name.endswith(".pdf") else b""))
    before = snapshot(loket_home)
    for bad in (flipped, truncated, garbage_db, tampered, tmp_path / "tidak-ada.zip"):
        with pytest.raises(DomainError) as refused:
            backup.restore_backup(bad, url)
        assert "rusak" in refused.value.message or "tidak ada" in refused.value.message
        assert snapshot(loket_home) == before
    assert not list((loket_home / "backups").glob("sebelum-pulih-*"))


def test_a_backup_from_a_newer_loket_is_refused(sqlite_services, archive, loket_home, tmp_path):
    result = make_backup(sqlite_services, archive)
    url = f"sqlite:///{sqlite_services.database.file_path}"
    sqlite_services.close()

    def newer(name, data):
        if not name.endswith(".db"):
            return data
        path = tmp_path / "baru.db"
        path.write_bytes(data)
        connection = sqlite3.connect(path)
        connection.execute("UPDATE alembic_version SET version_num = '9999_masa_depan'")
        connection.commit()
        connection.close()
        return path.read_bytes()

    future = rewrite(result.path, tmp_path / "masa-depan.zip", newer)
    before = snapshot(loket_home)
    with pytest.raises(SchemaTooNew) as refused:
        backup.restore_backup(future, url)
    assert "lebih baru" in refused.value.message
    assert snapshot(loket_home) == before


def test_only_the_newest_backups_are_kept(sqlite_services, archive, actor):
    made = [make_backup(sqlite_services, archive, keep=3, now=datetime(2025, 3, day, 9, 0)) for day in range(1, 6)]
    remaining = backup.list_backups()
    assert [path.name for path in remaining] == [result.path.name for result in made[-3:]]
    assert made[-1].pruned == (made[1].path,)
    assert backup.last_backup() == made[-1].path
    assert backup.keep_count(sqlite_services.settings.values()) == 14
    with pytest.raises(DomainError):
        sqlite_services.settings.set(actor, "backup.keep", "0")
    sqlite_services.settings.set(actor, "backup.keep", "2")
    assert backup.keep_count(sqlite_services.settings.values()) == 2


def test_daily_backup_runs_once_per_calendar_day(sqlite_services, archive):
    first = sqlite_services.backups.daily(today=date.today())
    assert first is not None and first.path.exists()
    assert sqlite_services.backups.daily(today=date.today()) is None
    assert len(backup.list_backups()) == 1


def test_postgresql_backup_is_pg_dump(loket_home):
    url = "postgresql://loket:rahasia@10.0.0.5:5433/aula"
    assert backup.sqlite_file(url) is None
    message = backup.pg_message(url)
    assert "pg_dump -Fc -h 10.0.0.5 -p 5433 -U loket -d aula -f " in message
    assert "rahasia" not in message
    with pytest.raises(DomainError, match="pg_restore"):
        backup.restore_backup(loket_home / "x.zip", url)


def test_a_flipped_byte_inside_compressed_data_is_refused_not_a_crash(tmp_path):
    """zlib.error (not BadZipFile) is what a damaged deflate stream raises; it must read as a corrupt backup."""
    import json
    import struct

    path = tmp_path / "rusak-di-tengah.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr(
            backup.MANIFEST,
            json.dumps(
                {
                    "app_version": "1",
                    "schema_revision": "0008",
                    "created_at": "x",
                    "files": {backup.DB_MEMBER: "0" * 64},
                }
            ),
        )
        target.writestr(backup.DB_MEMBER, bytes(range(256)) * 400)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as source:
        info = source.getinfo(backup.DB_MEMBER)
    name_length, extra_length = struct.unpack("<HH", data[info.header_offset + 26 : info.header_offset + 30])
    start = info.header_offset + 30 + name_length + extra_length
    data[start] = 0xFF  # the deflate block header: an invalid block type
    path.write_bytes(bytes(data))
    with pytest.raises(DomainError, match="rusak"):
        backup.verify_backup(path)
