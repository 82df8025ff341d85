"""Checks an administrator runs on a database without changing it."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import text

from db.core import migrate
from db.core.engine import Database, translate_faults
from db.core.errors import LoketError
from db.core.paths import archive_dir
from db.documents import archive_repair


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Maintenance:
    """Checks on one database that change nothing: works on a database that is not migrated (or not Loket's)."""

    def __init__(self, database: Database):
        self._db = database

    def check(self) -> CheckReport:
        """SQLite's integrity_check (or a round trip to PostgreSQL), the schema revision against the app's head, and
        the archive: every recorded document present and unchanged."""
        report = CheckReport(facts=[f"Basis data: {self._db.describe()}"])
        if self._db.file_path is not None and _read_only_disk(self._db.file_path):
            return _check_read_only(self._db.file_path, report)
        try:
            with translate_faults(), self._db.engine.connect() as connection:
                if self._db.is_sqlite:
                    rows = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
                    if rows == ["ok"]:
                        report.facts.append("Integritas: ok")
                    else:
                        report.problems.append("Integritas rusak: " + "; ".join(rows[:10]))
                else:
                    connection.execute(text("SELECT 1"))
                    report.facts.append("Server: menjawab")
            current = migrate.current_revision(self._db)
            migrate.check_not_newer(current)
        except LoketError as error:
            report.problems.append(error.message)
            return report
        head = migrate.head_revision()
        if current is None:
            report.problems.append("Skema belum dibuat: jalankan 'loket-admin db upgrade'.")
        elif current != head:
            report.problems.append(f"Skema {current} belum versi terbaru {head}: jalankan 'loket-admin db upgrade'.")
        else:
            report.facts.append(f"Skema: {current} (terbaru)")
            self._check_archive(report)
        return report

    def ping(self) -> str:
        """A quick round trip for the status bar; raises EnvironmentFault with the reason when it fails."""
        with translate_faults(), self._db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return "tersambung"

    def _check_archive(self, report: CheckReport) -> None:
        """Archive gaps are database problems too: a decree on record without its archived original."""
        from db.core.device import device_id
        from db.core.paths import data_dir
        from db.settings.service import SettingsService

        try:
            # This PC's archive.dir, without giving the PC an identity it does not have yet (a check writes nothing).
            device = device_id() if (data_dir() / "device.json").is_file() else "-"
            root = archive_dir(SettingsService(self._db, device).get("archive.dir"))
            gaps = archive_repair.gaps(self._db, root)
        except LoketError as error:
            report.problems.append(f"Arsip tidak dapat diperiksa: {error.message}")
            return
        except OSError as error:
            report.problems.append(f"Arsip tidak dapat diperiksa: {error.strerror or error}.")
            return
        report.facts.append(f"Arsip: {gaps.checked} dokumen diperiksa di {root}")
        report.problems.extend(f"Arsip hilang: {line}" for line in gaps.missing)
        report.problems.extend(f"Arsip berubah: {line}" for line in gaps.altered)


def _read_only_disk(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: the normal path names the failure
        return False


def _check_read_only(path: Path, report: CheckReport) -> CheckReport:
    """On a read-only disk SQLite cannot even open a WAL database normally; the file is still checked (immutable),
    and the read-only disk is the problem reported, by name."""
    report.problems.append(
        f"Folder {path.parent} ada di disk yang hanya bisa dibaca: Loket tidak dapat menyimpan apa pun di sana."
    )
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)
        try:
            rows = [row[0] for row in connection.execute("PRAGMA integrity_check").fetchall()]
        finally:
            connection.close()
    except sqlite3.Error as error:
        report.problems.append(f"Berkas basis data tidak dapat dibaca ({error}).")
        return report
    if rows == ["ok"]:
        report.facts.append("Integritas: ok")
    else:
        report.problems.append("Integritas rusak: " + "; ".join(rows[:10]))
    return report
