"""Opening the database without a silent wait: the work runs on a helper thread, and when it takes more than a
moment (the first start on an empty folder creates the schema and imports the service catalog; an upgrade
migrates) a small window says what is happening, with a busy bar, until it is done."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressBar, QVBoxLayout, QWidget

T = TypeVar("T")
QUIET_MS = 400  # a normal start is done by then, and shows no window at all


class OpeningWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("opening_window")
        self.setWindowTitle("Loket")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        layout = QVBoxLayout(self)
        self.message = QLabel(
            self.tr("Menyiapkan basis data Loket (pertama kali dibuka atau sesudah pembaruan). Mohon tunggu...")
        )
        self.message.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy: the steps have no known length
        layout.addWidget(self.message)
        layout.addWidget(self.bar)
        self.resize(420, 110)


def run_with_progress(work: Callable[[], T], quiet_ms: int = QUIET_MS) -> T:
    """work() on a helper thread; its result, or its exception re-raised here. Qt's loop runs meanwhile (a window
    already shown paints and takes typing, signals are handled); the progress window appears only when the work
    outlasts quiet_ms."""
    outcome: dict[str, object] = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as error:  # noqa: BLE001 - handed back to the caller's thread unchanged
            outcome["error"] = error

    helper = threading.Thread(target=target, name="loket-open", daemon=True)
    helper.start()
    window: list[OpeningWindow] = []

    def show_progress() -> None:
        if helper.is_alive():
            window.append(OpeningWindow())
            window[0].show()

    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: helper.is_alive() or loop.quit())
    poll.start(20)
    QTimer.singleShot(quiet_ms, show_progress)
    if helper.is_alive():
        loop.exec()
    poll.stop()
    helper.join()
    if window:
        application = QApplication.instance()
        quits = application.quitOnLastWindowClosed()
        application.setQuitOnLastWindowClosed(False)  # closing this window must not end the app
        window[0].close()
        window[0].deleteLater()
        application.setQuitOnLastWindowClosed(quits)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]
