"""Start-up benchmark: the real `loket` process on a fresh data folder holding an account, timed from launch to the
sign-in window shown, with its resident memory then and the time it takes to quit; beside a bare PySide6 window
launched the same way. The two are alternated run by run.

The app says when its first window is shown by printing one line when LOKET_REPORT_WINDOW_SHOWN is set (the
same moment it logs "window shown"); the bare window prints the same line. Qt runs offscreen, so no display is
needed and nothing appears on screen.
"""

from __future__ import annotations

import os
import queue
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from bench.harness import Result, pair_ratio

SHOWN = "loket-window-shown"
READY = "loket-sign-in-ready"  # the database is open behind the window: its button works
RUNS = 7
DAY_RUNS = 3  # each a process of its own, ~10 s
TIMEOUT_S = 60
BARE = (
    "import sys\n"
    "from PySide6.QtCore import QTimer\n"
    "from PySide6.QtWidgets import QApplication, QDialog\n"
    "app = QApplication(sys.argv)\n"
    "window = QDialog()\n"
    "window.show()\n"
    f"QTimer.singleShot(0, lambda: print('{SHOWN} QDialog', flush=True))\n"
    f"QTimer.singleShot(0, lambda: print('{READY}', flush=True))\n"
    "sys.exit(app.exec())\n"
)


def _loket_command() -> list[str]:
    script = Path(sys.executable).parent / "loket"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from desktop.app import main; sys.exit(main())"]


def template(folder: Path) -> Path:
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
    # python-escpos's capabilities cache, written the first time an office printed (in a process of its own: this
    # one may have imported python-escpos already).
    warm = "import db.core.paths, printing.escpos_render"
    subprocess.run([sys.executable, "-c", warm], env={**os.environ, "LOKET_HOME": str(home)}, check=True, timeout=60)
    return home


DAY_OF_USE = """
import os
from datetime import date
import desktop  # first, as in the app: PySide6's import hook tamed before the database layer loads
from PySide6.QtWidgets import QApplication
app = QApplication([])

def phase(name):
    for line in open(f"/proc/{os.getpid()}/status"):
        if line.startswith("VmRSS:"):
            print("rss-kib", line.split()[1], name, flush=True)

phase("Qt application")
from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.intake.documents import receipt_data
from db.documents.printing import office_header
from db.models import Role
from db.reports import ReportQuery
from db.services import open_services
from desktop.context import ScreenContext, SettingsBridge
from desktop.main_window import MainWindow
from desktop.ops import Runner
from printing.receipt_pdf import receipt_pdf

services = open_services()
user = services.accounts.authenticate("admin", "rahasia-123", services.device_id)
phase("database open, signed in")
runner = Runner(on_bug=print, on_refused=print)
window = MainWindow(ScreenContext(services, runner, user, SettingsBridge(services), counter_number=1))
window.show()
phase("main window")
for row in range(window.navigation.count()):  # every screen opened, as the day goes
    window.navigation.setCurrentRow(row)
    app.processEvents()
    runner.wait_idle()
    app.processEvents()
    phase("screen " + window.navigation.item(row).text().replace(" ", "_"))
officer = Actor("admin", services.device_id, user.id, role=Role.ADMINISTRATOR, counter_number=1, full_name="Admin")
for _ in range(300):
    services.queue.issue(officer, "A")
    services.queue.call_next(officer, 1)
    services.queue.finish(officer, 1)
phase("300 tickets issued, called, finished")
person = services.applicants.save_person(officer, PersonInput("6311015508900001", "Siti Aminah"))
entry, items = services.intake.checklist("DPM-007")
marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
office = office_header(services.settings.values())
for _ in range(20):
    outcome = services.intake.submit(officer, person.id, entry.revision_id, None, marks)
    receipt_pdf(receipt_data(services, outcome.application_id, False), office, "A4")
phase("20 files registered with their receipt PDFs")
today = services.queue.today()
services.reports.daily(ReportQuery(today, today), actor=officer)
services.catalog.search("izin")
runner.wait_idle()
for _ in range(20):
    app.processEvents()
phase("daily report and a catalog search")
"""


def day_of_use(data_folder: Path, folder: Path) -> list[tuple[str, float]]:
    """Resident memory (MiB) after each step of a day's use, in a process of its own: every screen opened, 300
    tickets issued, called and finished, 20 files registered with their receipt PDFs, the day's report and a catalog
    search."""
    home = Path(tempfile.mkdtemp(prefix="day-of-use-", dir=folder)) / "home"
    shutil.copytree(data_folder, home)
    env = {**os.environ, "LOKET_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LOKET_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", DAY_OF_USE], env=env, capture_output=True, text=True, timeout=TIMEOUT_S * 5
    )
    lines = [line.split(maxsplit=2) for line in done.stdout.splitlines() if line.startswith("rss-kib")]
    if done.returncode or not lines:
        raise RuntimeError(f"day-of-use run failed: {done.stderr[-2000:]}")
    return [(name, int(kib) / 1024) for _mark, kib, name in lines]


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _launch(command: list[str], home: Path) -> tuple[float, float, float, float]:
    """(ms to the window shown, RSS MiB once ready, ms from SIGTERM to exit, ms to the sign-in ready) of one
    launch."""
    env = {
        **os.environ,
        "LOKET_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LOKET_REPORT_WINDOW_SHOWN": "1",
    }
    env.pop("LOKET_DATABASE_URL", None)
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines: queue.Queue = queue.Queue()

    def read() -> None:  # each line with the moment it arrived
        for line in process.stdout:
            lines.put((time.perf_counter(), line))
        lines.put((time.perf_counter(), ""))

    threading.Thread(target=read, daemon=True).start()
    try:
        moments: dict[str, float] = {}
        while READY not in moments:
            try:
                arrived, line = lines.get(timeout=max(0.0, start + TIMEOUT_S - time.perf_counter()))
            except queue.Empty:
                raise RuntimeError(f"no window shown within {TIMEOUT_S} s: {command}") from None
            if not line:
                raise RuntimeError(f"exited before showing a window: {command} (code {process.wait()})")
            for mark in (SHOWN, READY):
                if line.startswith(mark):
                    moments[mark] = (arrived - start) * 1000
        shown, ready = moments[SHOWN], moments[READY]
        rss = _rss_mib(process.pid)
        stop = time.perf_counter()
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=TIMEOUT_S)
        quit_ms = (time.perf_counter() - stop) * 1000
        return shown, rss, quit_ms, ready
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-startup-"))
    try:
        home_template = template(folder)
        loket, bare = [], []
        for index in range(RUNS + 1):  # the first pair warms the file cache and is dropped
            home = folder / f"run-{index}"
            shutil.copytree(home_template, home)
            pair = [("loket", _loket_command()), ("bare", [sys.executable, "-c", BARE])]
            if index % 2:
                pair.reverse()
            for kind, command in pair:
                figures = _launch(command, home)
                if index:
                    (loket if kind == "loket" else bare).append(figures)
        return _results(loket, bare, [day_of_use(home_template, folder)[-1][1] for _ in range(DAY_RUNS)])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _results(loket: list[tuple], bare: list[tuple], day_mib: list[float]) -> list[Result]:
    """One line per figure of the issue's table: launch to the sign-in window, memory at sign-in and after a day
    (beside the bare window's), and quitting."""
    shown, bare_shown = [f[0] for f in loket], [f[0] for f in bare]
    rss, bare_rss = [f[1] for f in loket], [f[1] for f in bare]
    quit_ms, bare_quit = [f[2] for f in loket], [f[2] for f in bare]
    bare_window = "bare PySide6 window launched the same way"
    return [
        Result(
            "startup: launch to the sign-in window shown (fresh data folder with an account)",
            statistics.median(shown),
            bare_window,
            statistics.median(bare_shown),
            RUNS,
            pair_ratio(shown, bare_shown),
            {
                "ready_ms": round(statistics.median(f[3] for f in loket), 1),
                "bare_ready_ms": round(statistics.median(f[3] for f in bare), 1),
            },
        ),
        Result(
            "startup: resident memory once the sign-in window works",
            statistics.median(rss),
            bare_window,
            statistics.median(bare_rss),
            RUNS,
            pair_ratio(rss, bare_rss),
            unit="mib",
        ),
        Result(
            "startup: resident memory after a day's use (every screen, 300 tickets, 20 files with receipts, report)",
            statistics.median(day_mib),
            bare_window,
            statistics.median(bare_rss),
            len(day_mib),
            unit="mib",
        ),
        Result(
            "startup: quit (SIGTERM at the sign-in window to exit)",
            statistics.median(quit_ms),
            bare_window,
            statistics.median(bare_quit),
            RUNS,
            pair_ratio(quit_ms, bare_quit),
        ),
    ]
