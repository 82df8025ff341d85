"""python -m bench [NAME ...]: run the benchmarks, one JSON line each (figure, baseline, ratio, load).

`python -m bench all` runs the suites behind every figure of issue 17's table in one go (about ten minutes on the
2-core machine), then one line with the time it took; no name at all runs every suite, the table's and the others.
"""

from __future__ import annotations

import importlib
import json
import sys
import time

from bench.harness import machine_load

# Imported only when chosen: the sync suites pull in the server and psycopg, start-up nothing at all.
SUITES = (
    "startup",
    "memory",
    "foundation",
    "catalog",
    "queue",
    "intake",
    "decrees",
    "reports",
    "sync",
    "server_load",
    "public_load",
)
# The table: launch and memory (startup), ticket issue and call next at 10k/50k (queue), the receipt PDF
# (intake) and the decree PDF (decrees), the daily report on a year (reports), the first sync of 100k rows (sync).
TABLE = ("startup", "queue", "intake", "decrees", "reports", "sync")


def chosen_suites(argv: list[str]) -> list[str] | None:
    """The suites named (`all` for the table's); None when a name is unknown."""
    names: list[str] = []
    for name in argv or list(SUITES):
        if name not in SUITES and name != "all":
            return None
        names.extend(TABLE if name == "all" else (name,))
    return list(dict.fromkeys(names))  # each once, in the order asked


def main(argv: list[str]) -> int:
    chosen = chosen_suites(argv)
    if chosen is None:
        print(f"Tolok ukur tidak dikenal. Pilihan: all, {', '.join(SUITES)}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    for name in chosen:
        print(json.dumps({"suite": name, "load": machine_load()}), flush=True)
        for result in importlib.import_module(f"bench.{name}").run():
            print(result.line(), flush=True)
    print(json.dumps({"suites": chosen, "seconds": round(time.perf_counter() - started), "load": machine_load()}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
