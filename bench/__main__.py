"""python -m bench [NAME ...]: run the benchmarks, one JSON line each (figure, baseline, ratio)."""

from __future__ import annotations

import importlib
import json
import sys

from bench.harness import machine_load

# Imported only when chosen: the sync suites pull in the server and psycopg, start-up nothing at all.
SUITES = (
    "startup",
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


def main(argv: list[str]) -> int:
    chosen = argv or list(SUITES)
    unknown = [name for name in chosen if name not in SUITES]
    if unknown:
        print(f"Tolok ukur tidak dikenal: {', '.join(unknown)}. Pilihan: {', '.join(SUITES)}", file=sys.stderr)
        return 2
    for name in chosen:
        print(json.dumps({"suite": name, "load": machine_load()}), flush=True)
        for result in importlib.import_module(f"bench.{name}").run():
            print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
