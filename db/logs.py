"""Rotating log files in the data folder, one per program."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from db.paths import logs_dir


def configure_logging(program: str, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    # python-escpos calls logging.basicConfig() on import, which would echo every library's INFO lines to the
    # officer's terminal; Loket's logs go to its files only.
    for stray in [h for h in root.handlers if type(h) is logging.StreamHandler]:
        root.removeHandler(stray)
    if any(getattr(handler, "loket_program", None) == program for handler in root.handlers):
        return
    try:
        handler = RotatingFileHandler(
            logs_dir() / f"{program}.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return  # A read-only data folder must not stop the program; the failure shows where it matters.
    handler.loket_program = program
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
