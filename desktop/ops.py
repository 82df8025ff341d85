"""Run database, printing and PDF work off the GUI thread; results come back to the GUI thread by signal.

Modelled on Anki's QueryOp: `runner.run(fn, on_done=..., on_error=...)`. Database work goes to one worker thread
(SQLite has one writer, so one worker avoids lock contention); printing and rendering to a small separate pool so a
slow printer never delays a database call. Screens never start threads of their own.

Only the database worker writes: `guard_writes(database)` designates it with the database (db.core.write_thread), so
a write started on the io pool fails loudly as a bug instead of racing the worker for SQLite's one write lock. A use
case that records and prints is three jobs: record (database), print (io), record the outcome (database).
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db.core.errors import LoketError

if TYPE_CHECKING:  # the runner exists before the database layer has loaded (desktop/app.py)
    from db.core.engine import Database

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[str], None]
BugHandler = Callable[[BaseException, str], None]
RefusalHandler = Callable[[str], None]
T = TypeVar("T")


class _Relay(QObject):
    # (token, (succeeded, payload)): a Python tuple, because PySide6 mishandles the refcount of a bool argument
    # delivered across threads and crashes the interpreter at exit.
    finished = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, token: int, function: Callable[[], Any], relay: _Relay, enter=contextlib.nullcontext):
        super().__init__()
        self._token, self._function, self._relay, self._enter = token, function, relay, enter

    def run(self) -> None:
        try:
            with self._enter():
                value = self._function()
            result = (True, value)
        except BaseException as error:  # noqa: BLE001 - every failure must reach the GUI thread
            error.loket_traceback = traceback.format_exc()
            result = (False, error)
        self._relay.finished.emit(self._token, result)


class Runner(QObject):
    """The one background-operation helper of the app."""

    busy_changed = Signal(bool)

    def __init__(self, on_bug: BugHandler, on_refused: RefusalHandler, parent: QObject | None = None):
        super().__init__(parent)
        self._on_bug = on_bug
        self._on_refused = on_refused
        self._database_pool = QThreadPool(self)
        self._database_pool.setMaxThreadCount(1)
        self._io_pool = QThreadPool(self)
        self._io_pool.setMaxThreadCount(2)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finish)
        self._tokens = itertools.count(1)
        self._callbacks: dict[int, tuple[Done | None, Failed | None, QObject | None]] = {}
        self._guarded: Database | None = None

    def guard_writes(self, database: Database) -> None:
        """From now on only this runner's database worker may open write transactions on `database`."""
        self._database_pool.setExpiryTimeout(-1)  # keep the one worker thread alive: it is the designated one
        designated = threading.Event()

        def designate() -> None:
            database.writer.designate_current()
            designated.set()

        self._database_pool.start(designate)
        designated.wait(10)
        self._guarded = database

    def _on_database_worker(self):
        database = self._guarded
        if database is not None:
            # Re-designate on every job: cheap, and right even if Qt ever replaced the pool's thread.
            database.writer.designate_current()
        return contextlib.nullcontext()

    def run(
        self,
        function: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        io: bool = False,
        owner: QObject | None = None,
    ) -> None:
        """Call `function()` in the background. A LoketError goes to on_error(message); any other error is a bug.

        Callbacks are dropped when `owner` (the screen that asked) has been deleted by the time the job ends.
        """
        token = next(self._tokens)
        self._callbacks[token] = (on_done, on_error, owner)
        if len(self._callbacks) == 1:
            self.busy_changed.emit(True)
        if io:
            self._io_pool.start(_Job(token, function, self._relay))
        else:
            self._database_pool.start(_Job(token, function, self._relay, self._on_database_worker))

    def on_database_worker(self, step: Callable[[], T]) -> T:
        """From an io job that must write between slow calls (the sync between two HTTP requests): run `step` on
        the database worker, wait for it and return its result or raise its error. It queues behind the screens'
        work like any other write, so a long io job never holds SQLite's write lock while it waits on the network."""
        database = self._guarded
        if database is None or database.writer.designated == threading.get_ident():
            return step()
        done: concurrent.futures.Future = concurrent.futures.Future()

        def on_worker() -> None:
            self._on_database_worker()
            try:
                done.set_result(step())
            except BaseException as error:  # noqa: BLE001 - handed back to the waiting io job
                done.set_exception(error)

        self._database_pool.start(on_worker)
        return done.result()

    def is_idle(self) -> bool:
        return not self._callbacks

    def wait_idle(self, msecs: int = 30_000) -> None:
        """Block until every started job has run (shutdown and tests only)."""
        self._database_pool.waitForDone(msecs)
        self._io_pool.waitForDone(msecs)

    def _finish(self, token: int, outcome: tuple[bool, object]) -> None:
        ok, payload = outcome
        on_done, on_error, owner = self._callbacks.pop(token, (None, None, None))
        if owner is not None and not shiboken6.isValid(owner):
            # The screen was closed (or rebuilt after a language change) before its job ended: nobody to tell.
            on_done, on_error = _ignore, _ignore
        on_done, on_error = _alive(on_done), _alive(on_error)
        try:
            if ok:
                if on_done:
                    on_done(payload)
            elif isinstance(payload, LoketError):
                log.info("operation refused: %s", payload.message)
                (on_error or self._on_refused)(payload.message)
            else:
                log.error("background operation failed:\n%s", getattr(payload, "loket_traceback", payload))
                self._on_bug(payload, getattr(payload, "loket_traceback", repr(payload)))
        finally:
            if not self._callbacks:
                self.busy_changed.emit(False)


def _ignore(*_args) -> None:
    return None


def _alive(callback):
    """The callback, or a no-op when it is a method of a Qt object that has been deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    if isinstance(owner, QObject) and not shiboken6.isValid(owner):
        return _ignore
    return callback
