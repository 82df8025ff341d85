"""python -m bench [NAME ...]: run the benchmarks, one JSON line each (figure, baseline, ratio)."""

from __future__ import annotations

import sys

from bench import catalog, decrees, foundation, intake, queue, reports, sync

SUITES = {
    "foundation": foundation.run,
    "catalog": catalog.run,
    "queue": queue.run,
    "intake": intake.run,
    "decrees": decrees.run,
    "reports": reports.run,
    "sync": sync.run,
}


def main(argv: list[str]) -> int:
    chosen = argv or list(SUITES)
    unknown = [name for name in chosen if name not in SUITES]
    if unknown:
        print(f"Tolok ukur tidak dikenal: {', '.join(unknown)}. Pilihan: {', '.join(SUITES)}", file=sys.stderr)
        return 2
    for name in chosen:
        for result in SUITES[name]():
            print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
