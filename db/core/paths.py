"""Where Loket keeps its data on this PC.

The per-user data folder comes from platformdirs; `LOKET_HOME` overrides it (tests, portable installs, several
counters on one test machine). `LOKET_DATABASE_URL` points at a shared database (a hall's PostgreSQL) instead of the
embedded SQLite file.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from printing import escpos_cache

APP_NAME = "Loket"
DB_FILENAME = "loket.db"


def data_dir() -> Path:
    """The data folder, created if missing."""
    override = os.environ.get("LOKET_HOME")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_database_url() -> str:
    """`LOKET_DATABASE_URL` when set, else the SQLite file in the data folder."""
    url = os.environ.get("LOKET_DATABASE_URL")
    if url:
        return url
    return f"sqlite:///{data_dir() / DB_FILENAME}"


def backups_dir() -> Path:
    folder = data_dir() / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def archive_dir(configured: str = "") -> Path:
    """The archive folder: the setting archive.dir when given, else the data folder's arsip/."""
    configured = (configured or "").strip()
    return Path(configured).expanduser() if configured else default_archive_dir()


def default_archive_dir() -> Path:
    return data_dir() / "arsip"


def logs_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def escpos_cache_dir() -> Path:
    """python-escpos's capabilities cache (a pickle it rebuilds when missing): kept between starts, so it is read
    instead of parsed, and never in the temporary folder."""
    folder = data_dir() / "cache" / "escpos"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


escpos_cache.keep_cache_in(escpos_cache_dir)  # asked when python-escpos is first imported, not before
