"""python-escpos's capabilities cache in a persistent folder, and no temporary folder left behind.

python-escpos 3.1 parses its printer-capabilities file when first imported and keeps the result as a pickle in
ESCPOS_CAPABILITIES_PICKLE_DIR; without it the pickle goes to a fresh mkdtemp(), so the cache never hits. Worse, the
module calls mkdtemp() even when the variable is set (it is the default argument of environ.get), so every process
that imports it leaves an empty folder in the temporary directory. `load_capabilities` sets the variable to the
folder the database layer names (db.core.paths: the data folder's cache/escpos) and imports the capabilities with
that one mkdtemp() call answered by the same folder. The modules that import python-escpos import
printing.escpos_ready first, which does it.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import platformdirs

VARIABLE = "ESCPOS_CAPABILITIES_PICKLE_DIR"
ESCPOS_MODULE = "escpos.capabilities"

_folder: Callable[[], Path] | None = None


def keep_cache_in(folder: Callable[[], Path]) -> None:
    """Where the cache goes (asked when python-escpos is first imported); db.core.paths names the data folder's."""
    global _folder
    _folder = folder


def _cache_folder() -> Path | None:
    try:
        folder = _folder() if _folder is not None else Path(platformdirs.user_cache_dir("Loket", appauthor=False))
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # an unwritable folder: python-escpos falls back to a temporary one, as it always did
    return folder


def load_capabilities() -> None:
    """Import python-escpos's capabilities once per process, from the persistent cache; an administrator's own
    ESCPOS_CAPABILITIES_PICKLE_DIR wins."""
    if ESCPOS_MODULE in sys.modules:
        return
    if not os.environ.get(VARIABLE):
        folder = _cache_folder()
        if folder is not None:
            os.environ[VARIABLE] = str(folder)
    real_mkdtemp = tempfile.mkdtemp

    def mkdtemp_but_not_for_escpos(*args, **kwargs):
        if sys._getframe(1).f_globals.get("__name__") == ESCPOS_MODULE and os.environ.get(VARIABLE):
            return os.environ[VARIABLE]  # the value python-escpos discards when the variable is set
        return real_mkdtemp(*args, **kwargs)

    tempfile.mkdtemp = mkdtemp_but_not_for_escpos  # escpos.capabilities binds it by `from tempfile import mkdtemp`
    try:
        try:
            import escpos.capabilities  # noqa: F401
        except (EOFError, pickle.UnpicklingError, ValueError):
            _load_without_the_shared_pickle(real_mkdtemp)
    finally:
        tempfile.mkdtemp = real_mkdtemp


def _load_without_the_shared_pickle(real_mkdtemp) -> None:
    """The pickle was unreadable: python-escpos writes it in place, so another process starting at the same moment
    (a second Loket, a test worker) may be half-way through it. Parse the capabilities file this once into a folder
    of this process's own and leave the shared pickle to its writer; the next start reads it whole."""
    sys.modules.pop(ESCPOS_MODULE, None)
    shared = os.environ.get(VARIABLE)
    private = real_mkdtemp(prefix="loket-escpos-")
    os.environ[VARIABLE] = private
    try:
        import escpos.capabilities  # noqa: F401
    finally:
        if shared is None:
            os.environ.pop(VARIABLE, None)
        else:
            os.environ[VARIABLE] = shared
        shutil.rmtree(private, ignore_errors=True)
