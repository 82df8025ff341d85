"""What support needs to know about this PC's Loket, and a support bundle to send them (no secrets, no logo).

Used by the "Tentang / Diagnostik" tab and by `loket-admin diagnostics`. Nothing here changes any state except the
bundle file it is asked to write. No Qt.
"""

from __future__ import annotations

import json
import platform
import sqlite3
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from db.admin import backup
from db.core import migrate
from db.core.engine import Database
from db.core.errors import EnvironmentFault, LoketError
from db.core.logs import mask
from db.core.office_clock import in_office_time
from db.core.paths import backups_dir, data_dir, logs_dir
from db.settings import registry
from db.settings.service import SettingsService, SettingValue, office_zone, thermal_config
from printing.status import probe

SECRET_HINTS = ("password", "sandi", "token", "secret", "rahasia", "key", "kunci")
NEVER_IN_BUNDLE = {"office.logo"}


@dataclass
class Section:
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Report:
    sections: list[Section]

    def text(self) -> str:
        lines = []
        for section in self.sections:
            lines.append(f"[{section.title}]")
            lines += [f"{label}: {value}" for label, value in section.rows]
            lines.append("")
        return "\n".join(lines)


@dataclass(frozen=True)
class BundleResult:
    path: Path
    size: int
    files: tuple[str, ...]


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "tidak terpasang"


def versions(qt_version: str | None = None) -> list[tuple[str, str]]:
    """Versions of Loket and of the libraries whose bugs show up at a counter. The GUI passes Qt's run-time version;
    the core never imports Qt, so otherwise the installed PySide6 (which bundles the same Qt) is named."""
    pyside = _package_version("PySide6-Essentials")
    if pyside == "tidak terpasang":
        pyside = _package_version("PySide6")
    qt = f"Qt {qt_version or pyside}, PySide6 {pyside}"
    import sqlalchemy

    return [
        ("Loket", backup.app_version()),
        ("Python", f"{platform.python_version()} ({sys.platform}{', beku' if getattr(sys, 'frozen', False) else ''})"),
        ("Sistem operasi", platform.platform()),
        ("Qt / PySide6", qt),
        ("SQLAlchemy", sqlalchemy.__version__),
        ("Pustaka SQLite", sqlite3.sqlite_version),
        ("Alembic", _package_version("alembic")),
        ("reportlab", _package_version("reportlab")),
        ("python-escpos", _package_version("python-escpos")),
    ]


def paths(database: Database, values: dict[str, str]) -> list[tuple[str, str]]:
    return [
        ("Folder data", str(data_dir())),
        ("Basis data", str(database.file_path) if database.file_path else database.describe()),
        ("Folder arsip", str(backup.archive_dir(values))),
        ("Folder log", str(logs_dir())),
        ("Folder cadangan", str(backups_dir())),
    ]


def database_rows(database: Database) -> list[tuple[str, str]]:
    """Description, schema revision and a quick integrity check (quick_check: fast enough for a screen)."""
    rows = [("Basis data", database.describe())]
    try:
        current = migrate.current_revision(database)
        head = migrate.head_revision()
        state = "terbaru" if current == head else f"aplikasi: {head}"
        rows.append(("Revisi skema", f"{current or '(kosong)'} ({state})"))
        with database.engine.connect() as connection:
            if database.is_sqlite:
                result = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
                rows.append(("Pemeriksaan integritas", "ok" if result == ["ok"] else "; ".join(result[:5])))
            else:
                connection.exec_driver_sql("SELECT 1")
                rows.append(("Pemeriksaan server", "menjawab"))
    except LoketError as error:
        rows.append(("Masalah", error.message))
    except Exception as error:  # noqa: BLE001 - diagnostics report a broken database, they do not crash on it
        rows.append(("Masalah", f"{type(error).__name__}: {error}"))
    return rows


def last_backup_text(database: Database, zone: ZoneInfo | None = None) -> str:
    """When the newest backup was made, on the office clock (not the PC's zone)."""
    if database.file_path is None:
        return "basis data server: dicadangkan dengan pg_dump di server"
    latest = backup.last_backup()
    if latest is None:
        return "belum pernah"
    made = datetime.fromtimestamp(latest.stat().st_mtime, UTC).astimezone(zone or office_zone({}))
    return f"{made:%d-%m-%Y %H:%M} ({latest.name})"


def last_sync_text(values: dict[str, str]) -> str:
    """`sync.last_success` once the sync feature defines it; until then sync is simply not switched on."""
    if "sync.last_success" not in registry.BY_KEY:
        return "belum diaktifkan"
    last = values.get("sync.last_success")
    if not last:
        return "belum pernah"
    return f"{in_office_time(datetime.fromisoformat(last), office_zone(values)):%d-%m-%Y %H:%M}"


def is_secret(key: str) -> bool:
    definition = registry.BY_KEY.get(key)
    return bool(definition and definition.secret) or any(hint in key.lower() for hint in SECRET_HINTS)


def safe_settings(items: list[SettingValue]) -> dict[str, str]:
    """Settings fit for a support bundle: no logo data, no secret's value, free text masked."""
    safe = {}
    for item in items:
        if item.key in NEVER_IN_BUNDLE:
            safe[item.key] = "<ada>" if item.value else "<tidak ada>"
        elif is_secret(item.key):
            safe[item.key] = "<rahasia>" if item.value else ""
        else:
            safe[item.key] = mask(item.value)
    return safe


class Diagnostics:
    """What the diagnostics tab and `loket-admin diagnostics` show, and the support bundle. Changes no state."""

    def __init__(self, database: Database, settings: SettingsService):
        self._db = database
        self._settings = settings

    def collect(self, qt_version: str | None = None) -> Report:
        """Everything the diagnostics tab shows. Probes the printer (a short timeout), so call it off the GUI thread."""
        values = self._settings.values()
        printer = probe(thermal_config(values))
        return Report(
            [
                Section("Versi", versions(qt_version)),
                Section("Lokasi", paths(self._db, values)),
                Section("Basis data", database_rows(self._db)),
                Section(
                    "PC ini",
                    [
                        ("ID perangkat", self._settings.device_id),
                        ("Loket", f"{values['counter.number']} ({values['counter.name']})"),
                        ("Printer tiket", f"{printer.text}"),
                        ("Cadangan terakhir", last_backup_text(self._db, office_zone(values))),
                        ("Sinkronisasi terakhir", last_sync_text(values)),
                    ],
                ),
            ]
        )

    def write_bundle(self, target: Path, report: Report | None = None) -> BundleResult:
        """A zip for support: diagnostik.txt, pengaturan.json and the log files (masked again, in case an old line
        predates the masking). Never the database, the logo, keys or passwords. Written whole or not at all."""
        report = report or self.collect()
        target = Path(target)
        if target.suffix.lower() != ".zip":
            target = target.with_name(target.name + ".zip")
        partial = target.with_name(target.name + ".tmp")
        names = ["diagnostik.txt", "pengaturan.json"]
        if not target.parent.is_dir():  # a mistyped folder is refused, not created
            raise EnvironmentFault(f"Folder {target.parent} tidak ada: paket dukungan tidak ditulis.")
        try:
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
                bundle.writestr("diagnostik.txt", mask(report.text()))
                settings = json.dumps(safe_settings(self._settings.all()), indent=2, ensure_ascii=False)
                bundle.writestr("pengaturan.json", settings)
                for log_file in sorted(logs_dir().glob("*.log*")):
                    name = f"log/{log_file.name}"
                    bundle.writestr(name, mask(log_file.read_text(encoding="utf-8", errors="replace")))
                    names.append(name)
            partial.replace(target)
        except OSError as error:
            partial.unlink(missing_ok=True)
            raise EnvironmentFault(
                f"Paket dukungan tidak dapat ditulis ke {target}: {error.strerror or error}."
            ) from error
        return BundleResult(target, target.stat().st_size, tuple(names))
