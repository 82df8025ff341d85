"""The one-database-worker rule, enforced: while the GUI runs, only its database worker thread may write.

SQLite has one writer. The desktop sends every write to one worker thread so counters never wait on "database is
locked" and a slow printer never holds a write lock. Nothing in the type system stops a function that writes from
being started on the printing pool, so the rule is checked where every write begins: `Database.transaction()`.
The desktop's runner designates its worker here through plain Python (no Qt in db/); the CLI, the server and the db
tests designate nobody and may write from any thread.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator


class WrongThreadWrite(RuntimeError):
    """A bug, not a user error: a write transaction was opened outside the designated database worker."""


class WriterThread:
    """Which thread may open write transactions; `None` designated means any thread may."""

    def __init__(self) -> None:
        self._designated: int | None = None
        self._permits = threading.local()

    @property
    def designated(self) -> int | None:
        return self._designated

    def designate(self, thread_id: int | None) -> None:
        """Make `thread_id` the only writer (the GUI runner's worker), or lift the rule with None."""
        self._designated = thread_id

    def designate_current(self) -> None:
        self.designate(threading.get_ident())

    @contextlib.contextmanager
    def permit_here(self, reason: str) -> Iterator[None]:
        """Allow writes on this thread for the block, naming why: a test's own set-up on its own thread. Work that
        must write between slow I/O (the sync) hands each write to the worker instead (Runner.on_database_worker)."""
        previous = getattr(self._permits, "reason", None)
        self._permits.reason = reason
        try:
            yield
        finally:
            self._permits.reason = previous

    def check(self) -> None:
        designated = self._designated
        if designated is None or designated == threading.get_ident():
            return
        if getattr(self._permits, "reason", None):
            return
        thread = threading.current_thread().name
        raise WrongThreadWrite(
            f"write transaction opened on thread {thread!r}, not on the database worker: record on the database "
            "worker (runner.run without io=True), print on the io pool, record the outcome on the worker again"
        )
