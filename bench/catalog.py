"""Catalog benchmarks: importing the whole shipped catalog, and one search over it."""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from pathlib import Path

from bench.harness import Result, compare
from db.catalog.search import CatalogIndex
from db.catalog.store import shipped_catalog
from db.core.actor import Actor
from db.models import Role
from db.services import open_services


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-"))
    services = open_services(f"sqlite:///{folder / 'loket.db'}", device_id="bench")
    admin = Actor("bench", "bench", role=Role.ADMINISTRATOR)
    catalog = shipped_catalog()
    rows = [(s.code, json.dumps(s.model_dump(mode="json"), ensure_ascii=False)) for s in catalog.services]
    counter = iter(range(1_000_000))

    def import_new_version() -> None:
        fresh = catalog.model_copy(update={"version": f"bench-{next(counter)}"})
        changed = [s.model_copy(update={"fee_text": f"Gratis {fresh.version}"}) for s in fresh.services]
        services.catalog.import_catalog(admin, fresh.model_copy(update={"services": changed}), "bench")

    def raw_bulk_insert() -> None:
        raw = sqlite3.connect(folder / f"raw-{next(counter)}.db", isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("CREATE TABLE s (code TEXT PRIMARY KEY, data TEXT)")
        raw.execute("BEGIN")
        raw.executemany("INSERT INTO s VALUES (?, ?)", rows)
        raw.execute("COMMIT")
        raw.close()

    results = [
        compare(
            "catalog.import (every service changed, SQLite)",
            import_new_version,
            "sqlite3 executemany of the same JSON rows",
            raw_bulk_insert,
            runs=5,
        )
    ]
    index = services.catalog.index()
    entries = services.catalog.export()
    words = [entry["name"].lower().split()[1] for entry in entries[:50] if len(entry["name"].split()) > 1]

    # The baseline: a plain LIKE over an indexed text column of the same entries (code, name, requirements).
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE TABLE s (code TEXT PRIMARY KEY, name TEXT, search TEXT)")
    plain.execute("CREATE INDEX s_search ON s (search)")
    plain.executemany(
        "INSERT INTO s VALUES (?, ?, ?)",
        [
            (e["code"], e["name"], f"{e['code']} {e['name']} {json.dumps(e, ensure_ascii=False)}".lower())
            for e in entries
        ],
    )
    queries = iter(words * 1000)
    plain_queries = iter(words * 1000)
    results.append(
        compare(
            "catalog.search (whole catalog, 1 query)",
            lambda: index.search(next(queries)),
            "sqlite3 LIKE over an indexed text column (1 query)",
            lambda: plain.execute(
                "SELECT code FROM s WHERE search LIKE ? LIMIT 50", (f"%{next(plain_queries)}%",)
            ).fetchall(),
            runs=500,
        )
    )
    start = time.perf_counter()
    CatalogIndex.build(services.catalog.export())  # what CatalogStore.index() does on first use
    results.append(Result("catalog.index build (export + index)", (time.perf_counter() - start) * 1000, "-", 0.0, 1))
    services.close()
    return results
