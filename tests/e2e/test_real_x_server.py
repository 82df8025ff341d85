"""Loket on a real X server (Xvfb) through Qt's xcb plugin, as on a Debian counter PC, not the offscreen plugin the
other GUI tests use: a missing xcb library stops the app before its first window."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.e2e.test_app_process import SCRIPT, wait_for

ROOT = Path(__file__).resolve().parents[2]
PLUGIN_DIR = Path(sys.executable).resolve().parents[1]


def _qt_dir() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt"


@pytest.fixture
def x_server(tmp_path):
    if shutil.which("Xvfb") is None:
        if os.environ.get("CI"):
            pytest.fail("Xvfb is missing on CI: scripts/debian-packages-test.txt lists it (xvfb)")
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    number = 90 + os.getpid() % 500
    process = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(f"/tmp/.X11-unix/X{number}")
    if not wait_for(socket.exists, 15):
        process.kill()
        pytest.fail("Xvfb did not start")
    yield f":{number}"
    process.terminate()
    process.wait(timeout=10)


def test_the_hall_display_and_the_sign_in_come_up_on_a_real_x_server(loket_home, x_server):
    env = {**os.environ, "LOKET_HOME": str(loket_home), "DISPLAY": x_server, "QT_QPA_PLATFORM": "xcb"}
    log = loket_home / "logs" / "loket.log"
    for arguments, window in [(["--display", "--windowed"], "HallDisplay"), ([], "FirstRunDialog")]:
        output = loket_home / f"output-{window}.txt"
        with output.open("w") as sink:
            process = subprocess.Popen(
                [sys.executable, "-c", SCRIPT, *arguments], env=env, stdout=sink, stderr=subprocess.STDOUT
            )
        try:
            shown = wait_for(lambda w=window: log.exists() and f"window shown: {w}" in log.read_text(), 60)
            assert shown, output.read_text()
            time.sleep(0.5)  # let a first paint on the X server happen before asking it to quit
            process.send_signal(signal.SIGTERM)
            assert process.wait(timeout=30) == 0, output.read_text()
        finally:
            if process.poll() is None:
                process.kill()
        assert "could not load the Qt platform plugin" not in output.read_text().lower()


def test_every_library_of_the_xcb_plugin_is_in_the_debian_package_list():
    if shutil.which("ldd") is None or shutil.which("dpkg") is None:
        pytest.skip("needs ldd and dpkg (Debian/Ubuntu)")
    listed = {
        line.strip()
        for line in (ROOT / "scripts" / "debian-packages.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    qt = _qt_dir()
    missing, unlisted = [], set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"):
        for line in subprocess.run(
            ["ldd", str(binary)], capture_output=True, text=True, check=True
        ).stdout.splitlines():
            name, _, where = line.strip().partition(" => ")
            if "not found" in where:
                missing.append(name)
            elif name.startswith(("libxcb", "libX11-xcb", "libxkbcommon")):
                owner = subprocess.run(
                    ["dpkg", "-S", os.path.realpath(where.split(" (")[0])], capture_output=True, text=True
                )
                package = owner.stdout.split(":")[0]
                if owner.returncode == 0 and package not in listed:
                    unlisted.add(package)
    assert missing == [] and unlisted == set()


def test_the_screenshot_script_photographs_every_public_window(tmp_path):
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (apt-get install xvfb)")
    folder = tmp_path / "foto"
    result = subprocess.run(
        [str(ROOT / "scripts" / "screenshots"), str(folder), "1366x768"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names = sorted(path.name for path in folder.glob("*.png"))
    for expected in ["kiosk-1366x768.png", "layar-aula-1366x768.png", "layar-aula-kosong-1366x768.png"]:
        assert expected in names
    for state in ["tutup", "dipanggil", "dilayani", "terbuka", "tidak-hadir-batalkan", "istirahat"]:
        assert f"loket-{state}-1366x768.png" in names
    assert all((folder / name).stat().st_size > 10_000 for name in names)  # a picture, not an empty frame
