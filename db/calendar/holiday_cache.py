"""National holidays kept per year in the per-user cache folder, keyed by the version of the `holidays` package.

To answer for Indonesia the package imports all of its ~250 countries (about 17 MiB and 80 ms in a process that
otherwise never needs them), and its answer for a year changes only when the package itself changes. So the answer
is written once per package version and read back afterwards; a missing, unreadable or foreign file just means
asking the package again.
"""

from __future__ import annotations

import json
import os
from datetime import date
from importlib import metadata
from pathlib import Path

import platformdirs


def _path(year: int, categories: tuple[str, ...]) -> Path | None:
    try:
        version = metadata.version("holidays")
    except metadata.PackageNotFoundError:  # a build without the package's metadata: no cache, ask each time
        return None
    folder = Path(platformdirs.user_cache_dir("Loket", appauthor=False)) / "holidays" / version
    return folder / f"ID-{year}-{'-'.join(categories)}.json"


def read(year: int, categories: tuple[str, ...]) -> dict[date, str] | None:
    path = _path(year, categories)
    if path is None:
        return None
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        return {date.fromisoformat(day): str(name) for day, name in stored.items()}
    except (OSError, ValueError, AttributeError):
        return None


def write(year: int, categories: tuple[str, ...], found: dict[date, str]) -> None:
    path = _path(year, categories)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps({day.isoformat(): name for day, name in found.items()}), encoding="utf-8")
        partial.replace(path)  # whole or not at all, even with two Loket processes writing at once
    except OSError:
        pass  # an unwritable cache folder only costs the package's import next time
