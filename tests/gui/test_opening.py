"""Opening the database: a slow first start shows what it is doing; a normal start shows nothing extra."""

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from db.core.errors import DomainError
from desktop.opening import QUIET_MS, OpeningWindow, run_with_progress


def opening_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningWindow) and w.isVisible()]


def test_a_slow_opening_says_what_it_is_doing_then_goes(qtbot):
    release = threading.Event()
    seen = []

    def look() -> None:
        seen.extend(opening_windows())
        release.set()

    QTimer.singleShot(QUIET_MS + 200, look)
    assert run_with_progress(lambda: release.wait(10) and 42) == 42
    assert seen and "basis data" in seen[0].message.text() and seen[0].bar.maximum() == 0
    qtbot.waitUntil(lambda: not opening_windows())


def test_a_quick_opening_shows_no_window_and_errors_come_back(qtbot):
    assert run_with_progress(lambda: 7) == 7
    assert not opening_windows()

    def refuse():
        raise DomainError("Basis data tidak dapat dibuka.")

    with pytest.raises(DomainError, match="tidak dapat dibuka"):
        run_with_progress(refuse)
