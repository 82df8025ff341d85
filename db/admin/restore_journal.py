"""A restore swaps files in several moves; a crash (kill, power cut) between two of them would leave the data
folder without its database, and the next start would quietly create an empty one. Every move is first written
to a journal in the data folder; the next start finds an unfinished journal and puts the previous state back
(the moves undone, newest first), so a restore is all or nothing even across a crash.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import time
from pathlib import Path

from db.core.paths import data_dir

JOURNAL = "pemulihan-berjalan.json"
log = logging.getLogger(__name__)


def journal_path() -> Path:
    return data_dir() / JOURNAL


class RestoreJournal:
    """The moves of one restore, on disk before each is made."""

    def __init__(self, aside: Path):
        self.path = journal_path()
        self.aside = aside
        self.moves: list[tuple[Path, Path]] = []

    def move(self, source: Path, target: Path) -> None:
        self.moves.append((source, target))
        self._write()  # journal first: a crash right after it undoes a move that may not have happened (harmless)
        pause("move")
        shutil.move(str(source), str(target))

    def finish(self) -> None:
        """Every move is made: the restore stands, the journal goes."""
        pause("finish")
        self.path.unlink(missing_ok=True)

    def undo(self) -> None:
        undo_moves(self.moves, self.aside)
        self.path.unlink(missing_ok=True)

    def _write(self) -> None:
        partial = self.path.with_name(self.path.name + ".tmp")
        body = {"aside": str(self.aside), "moves": [[str(source), str(target)] for source, target in self.moves]}
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(body, handle)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(self.path)


def undo_moves(moves: list[tuple[Path, Path]], aside: Path) -> None:
    """Put back whatever was already moved, newest move first, so a failed restore leaves things as they were."""
    for source, target in reversed(moves):
        with contextlib.suppress(OSError):
            if not target.exists():
                continue  # this move never happened (the crash came between the journal and the move)
            if source.exists():
                shutil.rmtree(source) if source.is_dir() else source.unlink()
            shutil.move(str(target), str(source))
    with contextlib.suppress(OSError):
        if aside.exists() and not any(aside.iterdir()):
            aside.rmdir()


def recover_interrupted_restore() -> bool:
    """At start: if a restore was cut off, put the state before it back. True when something was recovered."""
    path = journal_path()
    if not path.is_file():
        return False
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        moves = [(Path(source), Path(target)) for source, target in body["moves"]]
        aside = Path(body["aside"])
    except (OSError, ValueError, KeyError, TypeError):
        log.error("unreadable restore journal %s left in place", path)
        return False
    undo_moves(moves, aside)
    path.unlink(missing_ok=True)
    log.warning("an interrupted restore was undone: %d moves put back", len(moves))
    return True


def pause(point: str) -> None:
    """Test hook: LOKET_RESTORE_TEST_PAUSE=<point> stops here (printing a marker) so a test can kill -9 it."""
    if os.environ.get("LOKET_RESTORE_TEST_PAUSE") == point:
        skip = int(os.environ.get("LOKET_RESTORE_TEST_SKIP_PAUSES", "0"))
        if skip > 0:  # pass the first N pauses, to reach a later crash point
            os.environ["LOKET_RESTORE_TEST_SKIP_PAUSES"] = str(skip - 1)
            return
        print(f"LOKET_RESTORE_PAUSE {point}", flush=True)
        time.sleep(float(os.environ.get("LOKET_RESTORE_TEST_PAUSE_SECONDS", "30")))
