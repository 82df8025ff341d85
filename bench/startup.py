"""Start-up benchmark: the real `loket` process on a fresh data folder holding an account, timed from launch to the
sign-in window shown, with its resident memory then and the time it takes to quit; beside a bare PySide6 window
launched the same way. The two are alternated run by run.

The app says when its first window is shown by printing one line when LOKET_REPORT_WINDOW_SHOWN is set (the
same moment it logs "window shown"); the bare window prints the same line. Qt runs offscreen, so no display is
needed and nothing appears on screen.
"""

from __future__ import annotations

import os
import selectors
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.harness import Result, pair_ratio

SHOWN = "loket-window-shown"
RUNS = 7
TIMEOUT_S = 60
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QDialog\n"
    "app = QApplication(sys.argv)\n"
    "window = QDialog()\n"
    "window.show()\n"
    f"QTimer.singleShot(0, lambda: print('{SHOWN} QDialog', flush=True))\n"
    "sys.exit(app.exec())\n"
)


def _loket_command() -> list[str]:
    script = Path(sys.executable).parent / "loket"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from desktop.app import main; sys.exit(main())"]


def _template(folder: Path) -> Path:
    """A data folder as an office has it on its second day: migrated, catalog imported, one administrator."""
    home = folder / "template"
    previous = os.environ.get("LOKET_HOME")
    os.environ["LOKET_HOME"] = str(home)
    try:
        from db.services import open_services

        services = open_services(f"sqlite:///{home / 'loket.db'}")
        services.accounts.create_first_administrator("admin", "Administrator", "rahasia-123", services.device_id)
        services.close()
    finally:
        if previous is None:
            os.environ.pop("LOKET_HOME", None)
        else:
            os.environ["LOKET_HOME"] = previous
    return home


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _launch(command: list[str], home: Path) -> tuple[float, float, float]:
    """(ms to the window shown, RSS MiB then, ms from SIGTERM to exit) of one launch."""
    env = {
        **os.environ,
        "LOKET_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LOKET_REPORT_WINDOW_SHOWN": "1",
    }
    env.pop("LOKET_DATABASE_URL", None)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        selector = selectors.DefaultSelector()
        selector.register(process.stdout, selectors.EVENT_READ)
        deadline = start + TIMEOUT_S
        while True:
            if time.perf_counter() > deadline or not selector.select(timeout=deadline - time.perf_counter()):
                raise RuntimeError(f"no window shown within {TIMEOUT_S} s: {command}")
            line = process.stdout.readline()
            if not line:
                raise RuntimeError(f"exited before showing a window: {command} (code {process.wait()})")
            if line.startswith(SHOWN):
                break
        shown = (time.perf_counter() - start) * 1000
        rss = _rss_mib(process.pid)
        stop = time.perf_counter()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=TIMEOUT_S)
        quit_ms = (time.perf_counter() - stop) * 1000
        return shown, rss, quit_ms
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-startup-"))
    try:
        template = _template(folder)
        loket, bare = [], []
        for index in range(RUNS + 1):  # the first pair warms the file cache and is dropped
            home = folder / f"run-{index}"
            shutil.copytree(template, home)
            pair = [("loket", _loket_command()), ("bare", [sys.executable, "-c", BARE])]
            if index % 2:
                pair.reverse()
            for kind, command in pair:
                figures = _launch(command, home)
                if index:
                    (loket if kind == "loket" else bare).append(figures)
        shown = [f[0] for f in loket]
        bare_shown = [f[0] for f in bare]
        return [
            Result(
                "startup: launch to the sign-in window shown (fresh data folder with an account)",
                statistics.median(shown),
                "bare PySide6 window launched the same way",
                statistics.median(bare_shown),
                RUNS,
                pair_ratio(shown, bare_shown),
                {
                    "rss_mib": round(statistics.median(f[1] for f in loket), 1),
                    "bare_rss_mib": round(statistics.median(f[1] for f in bare), 1),
                    "quit_ms": round(statistics.median(f[2] for f in loket), 1),
                    "bare_quit_ms": round(statistics.median(f[2] for f in bare), 1),
                },
            )
        ]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
