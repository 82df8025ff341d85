"""The `loket` program as a person starts it: a real process on a temporary data folder."""

import os
import signal
import subprocess
import sys
import time

SCRIPT = "import sys; from desktop.app import main; sys.exit(main())"


def wait_for(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)  # polling another process: there is no Qt signal to wait on
    return False


def test_loket_comes_up_on_a_new_data_folder_and_quits_cleanly(loket_home):
    env = {**os.environ, "LOKET_HOME": str(loket_home), "QT_QPA_PLATFORM": "offscreen"}
    output = loket_home / "output.txt"
    with output.open("w") as sink:
        process = subprocess.Popen([sys.executable, "-c", SCRIPT], env=env, stdout=sink, stderr=subprocess.STDOUT)
    log = loket_home / "logs" / "loket.log"
    try:
        shown = wait_for(lambda: log.exists() and "window shown: FirstRunDialog" in log.read_text(), 60)
        assert shown, output.read_text()
        # The window comes first; the database is created meanwhile, behind it.
        assert wait_for(lambda: (loket_home / "loket.db").exists(), 60)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
    assert "exit 0" in log.read_text()


def test_loket_explains_a_database_it_cannot_open(loket_home):
    (loket_home / "loket.db").write_bytes(b"bukan basis data" * 1000)
    env = {**os.environ, "LOKET_HOME": str(loket_home), "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    log = loket_home / "logs" / "loket.log"
    try:
        assert wait_for(lambda: log.exists() and "cannot open database" in log.read_text(), 60)
        assert "rusak" in log.read_text()
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 2


def test_the_hall_windows_start_as_programs(loket_home):
    """The kiosk and the hall display run unattended: they must come up without a sign-in."""
    env = {**os.environ, "LOKET_HOME": str(loket_home), "QT_QPA_PLATFORM": "offscreen"}
    log = loket_home / "logs" / "loket.log"
    for mode, window in [("--kiosk", "KioskWindow"), ("--display", "HallDisplay")]:
        process = subprocess.Popen(
            [sys.executable, "-c", SCRIPT, mode, "--windowed"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert wait_for(lambda w=window: log.exists() and f"window shown: {w}" in log.read_text(), 60)
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()


def test_the_loket_program_reports_its_window_and_quits_through_launch(loket_home):
    """The entry point `loket` (desktop.app:launch): the start-up probe line, then SIGTERM ends it with code 0
    after the database is closed and the log flushed (os._exit skips only the interpreter's teardown)."""
    env = {
        **os.environ,
        "LOKET_HOME": str(loket_home),
        "QT_QPA_PLATFORM": "offscreen",
        "LOKET_REPORT_WINDOW_SHOWN": "1",
    }
    script = "from desktop.app import launch; launch()"
    process = subprocess.Popen([sys.executable, "-c", script], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().startswith("loket-window-shown FirstRunDialog")
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdout.close()
    assert "exit 0" in (loket_home / "logs" / "loket.log").read_text()
