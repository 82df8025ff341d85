"""A persistent folder for python-escpos's capabilities cache, set before escpos is first imported.

python-escpos 3.1 parses its printer-capabilities YAML at import and caches the result as a pickle in
ESCPOS_CAPABILITIES_PICKLE_DIR, defaulting to a fresh mkdtemp(): the cache never hits and every start leaves a
temporary folder behind. Pointing it at the per-user cache folder makes the second import read the pickle.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

VARIABLE = "ESCPOS_CAPABILITIES_PICKLE_DIR"


def use_persistent_cache() -> None:
    """Idempotent; an administrator's own setting of the variable wins."""
    if os.environ.get(VARIABLE):
        return
    folder = Path(platformdirs.user_cache_dir("Loket", appauthor=False)) / "escpos"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # an unwritable cache folder: escpos falls back to its temporary folder, as before
    os.environ[VARIABLE] = str(folder)
