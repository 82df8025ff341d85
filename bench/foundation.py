"""Foundation benchmarks: a settings change (validate, write, audit, commit) and a sign-in."""

from __future__ import annotations

import itertools
import sqlite3
import tempfile
from pathlib import Path

from argon2 import PasswordHasher

from bench.harness import Result, compare
from db.core.actor import Actor
from db.models import Role
from db.services import open_services


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-"))
    services = open_services(f"sqlite:///{folder / 'loket.db'}", device_id="bench")
    admin = Actor("bench", "bench", role=Role.ADMINISTRATOR)
    names = (f"Loket {n}" for n in itertools.count())

    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, key TEXT, value TEXT)")
    counter = itertools.count()

    def raw_insert() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO t (key, value) VALUES (?, ?)", ("counter.name", f"Loket {next(counter)}"))
        raw.execute("COMMIT")

    results = [
        compare(
            "settings.set (validate+write+audit, SQLite)",
            lambda: services.settings.set(admin, "counter.name", next(names)),
            "sqlite3 INSERT+COMMIT",
            raw_insert,
        )
    ]
    services.accounts.create_first_administrator("admin", "Admin", "rahasia-123", "bench")
    hasher = PasswordHasher()
    stored = hasher.hash("rahasia-123")
    results.append(
        compare(
            "accounts.authenticate (SQLite)",
            lambda: services.accounts.authenticate("admin", "rahasia-123", "bench"),
            "argon2 verify alone",
            lambda: hasher.verify(stored, "rahasia-123"),
            runs=30,
        )
    )
    services.close()
    raw.close()
    return results
