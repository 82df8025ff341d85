"""Where the memory of a day goes: the day-of-use scenario of bench/startup.py, resident memory after each step.

Not one of the issue's figures (the startup suite gives the total), so not in `python -m bench all`: run
`python -m bench memory` when a figure grows, and read which step added it. Each line is a step, its resident
memory after it beside the memory before it, and what it added.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.harness import Result
from bench.startup import day_of_use, template


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-memory-"))
    try:
        steps = day_of_use(template(folder), folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    results, before = [], 0.0
    for name, mib in steps:
        results.append(
            Result(f"memory after: {name}", mib, "before it", before, 1, extra={"added_mib": round(mib - before, 1)})
        )
        results[-1].unit = "mib"
        before = mib
    return results
