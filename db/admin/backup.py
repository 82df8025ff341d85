"""Backups of this PC's Loket data: one zip holding a consistent copy of the SQLite database, the archive folder and a
manifest with the sha256 of every file; and restoring one, verified first, with the current state kept aside.

Guarantees: a backup zip appears whole or not at all (written under a temporary name, then renamed); the private key
folder `keys/` of the data folder is never included; a restore changes nothing unless the zip is intact, its database
passes SQLite's integrity check and its schema is not newer than this app. No Qt here: the GUI, the CLI and the
self-test call the same functions.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import sqlite3
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path, PurePosixPath

from sqlalchemy import make_url

from db.admin import restore_checks
from db.admin.restore_journal import RestoreJournal
from db.core import migrate, paths
from db.core.engine import Database, normalise_url
from db.core.errors import DomainError, EnvironmentFault, LoketError
from db.core.paths import DB_FILENAME, backups_dir, data_dir
from db.settings.service import SettingsService

log = logging.getLogger(__name__)

PREFIX = "loket-cadangan-"
MANIFEST = "manifest.json"
DB_MEMBER = "basis-data/" + DB_FILENAME
ARCHIVE_MEMBER = "arsip/"
FORMAT = 1
DEFAULT_KEEP = 14
SIDECARS = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    file_count: int
    schema_revision: str | None
    pruned: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Manifest:
    app_version: str
    schema_revision: str | None
    created_at: str
    files: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class RestoreResult:
    source: Path
    kept_aside: Path
    schema_before: str | None
    schema_after: str


def app_version() -> str:
    """The installed Loket version (pyproject), or "dev" when running from a source tree that is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("loket")
    except PackageNotFoundError:
        return "dev"


def archive_dir(values: dict[str, str]) -> Path:
    """The archive folder of this PC: setting archive.dir, else the data folder's arsip/."""
    return paths.archive_dir(values.get("archive.dir", ""))


def keep_count(values: dict[str, str]) -> int:
    try:
        return max(1, int(values.get("backup.keep") or DEFAULT_KEEP))
    except ValueError:
        return DEFAULT_KEEP


def sqlite_file(url: str) -> Path | None:
    """The SQLite file a database URL names, or None for a server database (PostgreSQL)."""
    parsed = make_url(normalise_url(url))
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise DomainError("Basis data di memori tidak dapat dicadangkan.")
    return Path(parsed.database)


def pg_dump_command(url: str, folder: Path | None = None) -> str:
    """The pg_dump command that backs up a hall's PostgreSQL database (custom format, restorable by pg_restore)."""
    parsed = make_url(normalise_url(url))
    target = (folder or Path(".")) / f"loket-{datetime.now():%Y%m%d-%H%M%S}.dump"
    parts = ["pg_dump", "-Fc", "-h", parsed.host or "localhost", "-p", str(parsed.port or 5432)]
    if parsed.username:
        parts += ["-U", parsed.username]
    parts += ["-d", parsed.database or "postgres", "-f", str(target)]
    return " ".join(f'"{part}"' if " " in part else part for part in parts)


def pg_message(url: str, folder: Path | None = None) -> str:
    return (
        "Basis data aula ini berada di server PostgreSQL; cadangkan di server dengan pg_dump (kata sandi diminta "
        "atau dibaca dari PGPASSWORD / .pgpass):\n  " + pg_dump_command(url, folder)
    )


# -- making a backup -------------------------------------------------------------------------------------------------
def create_backup(
    database_file: Path,
    archive: Path,
    folder: Path | None = None,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
) -> BackupResult:
    """Write one backup zip into `folder` (bawaan: the backups folder) and keep only the newest `keep` of them.

    Raises DomainError when there is no database file, EnvironmentFault when the disk refuses.
    """
    if not database_file.is_file():
        raise DomainError(f"Berkas basis data tidak ada: {database_file}.")
    if folder is not None and not folder.is_dir() and not folder.parent.is_dir():
        # The named folder itself may be made (a new folder on a USB disk), a mistyped path of folders is not.
        raise DomainError(f"Folder {folder.parent} tidak ada: cadangan tidak dibuat.")
    folder = folder or backups_dir()
    now = now or datetime.now()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, now)
        partial = target.with_name(target.name + ".tmp")
        staging = folder / f".{target.stem}.db"
        try:
            _online_copy(database_file, staging)
            revision = _revision_of(staging)
            files = {DB_MEMBER: staging}
            for path in _archive_files(archive, database_file, folder):
                files[ARCHIVE_MEMBER + path.relative_to(archive).as_posix()] = path
            _write_zip(partial, files, revision, now)
            os.replace(partial, target)
        finally:
            for leftover in (partial, staging):
                leftover.unlink(missing_ok=True)
        pruned = prune(folder, keep)
    except LoketError:
        raise
    except (OSError, sqlite3.Error, zipfile.BadZipFile) as error:
        raise EnvironmentFault(f"Cadangan gagal dibuat di {folder}: {_reason(error)}.") from error
    log.info("backup written: %s (%d files)", target, len(files))
    return BackupResult(target, target.stat().st_size, len(files), revision, tuple(pruned))


def _free_name(folder: Path, now: datetime) -> Path:
    base = f"{PREFIX}{now:%Y%m%d-%H%M%S}"
    candidate, counter = folder / f"{base}.zip", 2
    while candidate.exists():
        candidate, counter = folder / f"{base}-{counter}.zip", counter + 1
    return candidate


def _online_copy(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent snapshot even while the app writes (WAL included)."""
    target.unlink(missing_ok=True)
    src = sqlite3.connect(source)  # not read-only: a WAL database may need its -shm created to be read
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
        finally:
            dst.close()
    finally:
        src.close()


def _revision_of(database_file: Path) -> str | None:
    connection = sqlite3.connect(f"file:{database_file.as_posix()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    except sqlite3.OperationalError:
        return None  # no alembic_version table: an empty database
    finally:
        connection.close()


def _excluded(data: Path, database_file: Path, backups: Path) -> list[Path]:
    """Never in a backup: the private keys, the backups themselves, the live database files."""
    live = [database_file.with_name(database_file.name + suffix) for suffix in ("", *SIDECARS)]
    return [path.resolve() for path in (data / "keys", data / "backups", backups, *live)]


def _archive_files(archive: Path, database_file: Path, backups: Path) -> list[Path]:
    if not archive.is_dir():
        return []
    excluded = _excluded(data_dir(), database_file, backups)
    found = []
    for path in sorted(archive.rglob("*")):
        resolved = path.resolve()
        if any(resolved == skip or skip in resolved.parents for skip in excluded):
            continue
        if path.is_file() and not path.is_symlink():
            found.append(path)
    return found


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _write_zip(target: Path, files: dict[str, Path], revision: str | None, now: datetime) -> None:
    manifest = {
        "format": FORMAT,
        "app_version": app_version(),
        "schema_revision": revision,
        "created_at": now.astimezone(UTC).isoformat(timespec="seconds"),
        "files": {name: _sha256_file(path) for name, path in files.items()},
    }
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
        for name, path in files.items():
            archive.write(path, name)


def list_backups(folder: Path | None = None) -> list[Path]:
    """Backup zips in the folder, oldest first (the timestamp is in the name)."""
    folder = folder or backups_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*.zip"), key=lambda path: (path.name[len(PREFIX) :][:15], path.stat().st_mtime))


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups; returns what was deleted."""
    existing = list_backups(folder)
    doomed = existing[: max(0, len(existing) - max(1, keep))]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def backup_day(path: Path) -> date | None:
    stamp = path.name[len(PREFIX) : len(PREFIX) + 15]
    try:
        return datetime.strptime(stamp, "%Y%m%d-%H%M%S").date()
    except ValueError:
        return None


def last_backup(folder: Path | None = None) -> Path | None:
    existing = list_backups(folder)
    return existing[-1] if existing else None


class BackupService:
    """Backups of this PC's SQLite database and archive folder, shaped by the settings archive.dir and backup.keep."""

    SETTINGS = ("archive.dir", "backup.keep")

    def __init__(self, database: Database, settings: SettingsService):
        self._db = database
        self._settings = settings

    def create(self, out: Path | None = None) -> BackupResult:
        """One backup now (into `out`, else the backups folder); the oldest beyond backup.keep are pruned."""
        path = self._db.file_path
        if path is None:
            raise DomainError("Basis data server dicadangkan di server dengan pg_dump, bukan dari PC ini.")
        values = self._settings.get_many(self.SETTINGS)
        return create_backup(path, archive_dir(values), out, keep=keep_count(values))

    def daily(self, today: date | None = None) -> BackupResult | None:
        """The GUI's once-a-day backup: None when today's exists (or the database is a server's), else a new one.

        Every failure becomes a LoketError with its reason, so the app reports it and carries on.
        """
        if self._db.file_path is None:
            return None
        today = today or date.today()
        if any(backup_day(existing) == today for existing in list_backups()):
            return None
        try:
            return self.create()
        except LoketError:
            raise
        except Exception as error:  # noqa: BLE001 - a background backup must never take the app down
            log.exception("daily backup failed")
            raise EnvironmentFault(f"Cadangan gagal dibuat: {_reason(error)}.") from error


# -- verifying and restoring -----------------------------------------------------------------------------------------
def _corrupt(path: Path, detail: str) -> DomainError:
    return DomainError(
        f"Berkas cadangan {path.name} rusak atau bukan cadangan Loket ({detail}). Tidak ada yang diubah."
    )


def verify_backup(path: Path) -> Manifest:
    """Check the zip, its manifest and every file's sha256 (the database is checked after extraction)."""
    if not path.is_file():
        raise DomainError(f"Berkas cadangan tidak ada: {path}.")
    try:
        with zipfile.ZipFile(path) as archive:
            try:
                raw = json.loads(archive.read(MANIFEST).decode("utf-8"))
                files = dict(raw["files"])
                manifest = Manifest(str(raw["app_version"]), raw["schema_revision"], str(raw["created_at"]), files)
            except (KeyError, ValueError, TypeError) as error:
                raise _corrupt(path, "manifest tidak terbaca") from error
            if DB_MEMBER not in files:
                raise _corrupt(path, "tanpa basis data")
            names = set(archive.namelist()) - {MANIFEST}
            if names != set(files):
                raise _corrupt(path, "isi tidak sesuai manifest")
            for name, expected in files.items():
                if not _safe_member(name):
                    raise _corrupt(path, f"nama berkas tidak aman: {name}")
                digest = hashlib.sha256()
                with archive.open(name) as member:
                    for block in iter(lambda: member.read(1 << 20), b""):
                        digest.update(block)
                if digest.hexdigest() != expected:
                    raise _corrupt(path, f"sidik sha256 {name} tidak cocok")
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error) as error:
        # A flipped byte inside compressed data surfaces as zlib.error, not BadZipFile.
        raise _corrupt(path, "arsip zip rusak") from error
    except OSError as error:
        raise EnvironmentFault(f"Berkas cadangan tidak dapat dibaca: {_reason(error)}.") from error
    return manifest


def _safe_member(name: str) -> bool:
    pure = PurePosixPath(name)
    return not pure.is_absolute() and ".." not in pure.parts and ":" not in name and "\\" not in name


def _check_database_copy(path: Path, backup: Path) -> str | None:
    try:
        connection = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _corrupt(backup, f"basis data: {_reason(error)}") from error
    if rows != ["ok"]:
        raise _corrupt(backup, "pemeriksaan integritas basis data gagal: " + "; ".join(rows[:3]))
    revision = _revision_of(path)
    if revision is None:
        raise _corrupt(backup, "basis data tanpa versi skema Loket")
    migrate.check_not_newer(revision)
    missing = restore_checks.missing_tables(path)
    if missing:
        raise _corrupt(backup, "basis data tanpa tabel Loket " + ", ".join(missing[:5]))
    return revision


def restore_backup(path: Path, database_url: str, archive: Path | None = None) -> RestoreResult:
    """Verify `path`, move the current database (with -wal/-shm) and archive into backups/sebelum-pulih-<waktu>/,
    put the backed-up ones in place, then migrate to head. Refuses (DomainError / SchemaTooNew) with nothing changed.

    Every Loket window on this PC must be closed first: an open database cannot be swapped safely.
    """
    database_file = sqlite_file(database_url)
    if database_file is None:
        raise DomainError(
            "Basis data aula berada di server PostgreSQL: pulihkan di server dengan pg_restore, bukan dengan Loket."
        )
    manifest = verify_backup(path)
    restore_checks.check_app_version(manifest.app_version, app_version(), path)
    if archive is None:
        archive = archive_dir(read_device_values(database_file))
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = backups_dir() / f"sebelum-pulih-{stamp}"
    staging = backups_dir() / f".pulih-{stamp}"
    journal = RestoreJournal(aside)
    try:
        shutil.rmtree(staging, ignore_errors=True)
        with zipfile.ZipFile(path) as zipped:
            for name in manifest.files:
                zipped.extract(name, staging)
        restored_db = staging / DB_MEMBER
        before = _check_database_copy(restored_db, path)
        aside.mkdir(parents=True, exist_ok=False)
        for suffix in ("", *SIDECARS):
            current = database_file.with_name(database_file.name + suffix)
            if current.exists():
                journal.move(current, aside / current.name)
        if archive.exists():
            journal.move(archive, aside / "arsip")
        database_file.parent.mkdir(parents=True, exist_ok=True)
        journal.move(restored_db, database_file)
        restored_archive = staging / ARCHIVE_MEMBER.rstrip("/")
        if restored_archive.exists():
            archive.parent.mkdir(parents=True, exist_ok=True)
            journal.move(restored_archive, archive)
        else:
            archive.mkdir(parents=True, exist_ok=True)
        journal.finish()
    except LoketError:
        journal.undo()
        raise
    except (OSError, sqlite3.Error, zipfile.BadZipFile) as error:
        journal.undo()
        raise EnvironmentFault(
            f"Pemulihan dibatalkan, data tidak diubah: {_reason(error)}. Tutup semua jendela Loket lalu ulangi."
        ) from error
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    database = Database(f"sqlite:///{database_file}")
    try:
        result = migrate.upgrade(database)
    finally:
        database.dispose()
    log.info("restored %s; previous state kept in %s", path, aside)
    return RestoreResult(path, aside, before, result.after)


def read_device_values(database_file: Path) -> dict[str, str]:
    """This PC's stored settings read straight from the file (no migration, works on a damaged database too)."""
    from db.core.device import device_id

    if not database_file.is_file() or not (data_dir() / "device.json").is_file():
        return {}  # no identity yet means no settings of this PC (and reading must not create one)
    try:
        connection = sqlite3.connect(database_file)
        try:
            rows = connection.execute("SELECT key, value FROM settings WHERE scope = ?", (device_id(),)).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return {}
    return dict(rows)


def _reason(error: BaseException) -> str:
    return getattr(error, "strerror", None) or str(error) or type(error).__name__
