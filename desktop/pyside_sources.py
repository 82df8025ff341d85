"""Keep PySide6 from holding the source of every module imported after it.

PySide6 (PYSIDE-2029, 6.4 and later) asks of each module imported after it whether its source mentions "PySide6"
(only such a module may switch on `from __feature__ import ...`). It asks with inspect.getsource(), which leaves
every file's lines in linecache for the life of the process: about 1,000 files, 15 MiB of text and some 30 MiB of
Python objects in Loket, a sixth of its memory after a day. The same question is answered here from the file's
bytes, read and dropped; a module without a .py file (frozen, compiled) still gets PySide6's own answer.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401 - installs the import hook that asks the question

FEATURE_MODULE = "shibokensupport.feature"


def read_sources_without_keeping_them() -> bool:
    """Idempotent; False when this PySide6 asks no such question (then there is nothing to replace)."""
    feature = sys.modules.get(FEATURE_MODULE)
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None:
        return False
    if getattr(upstream, "reads_bytes", False):
        return True

    def mentions_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    mentions_pyside.reads_bytes = True
    feature._mod_uses_pyside = mentions_pyside
    return True
