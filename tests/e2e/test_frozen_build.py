"""The frozen (PyInstaller) build passes its own self-test. Takes minutes: runs only with LOKET_TEST_FROZEN=1."""

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.frozen,
    pytest.mark.skipif(os.environ.get("LOKET_TEST_FROZEN") != "1", reason="set LOKET_TEST_FROZEN=1 to build"),
    pytest.mark.timeout(2400),  # PyInstaller builds for minutes; the subprocess itself gives up at 1800 s
]


def test_frozen_build_passes_its_self_test():
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build-frozen")], cwd=ROOT, capture_output=True, text=True, timeout=1800
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-5000:]
    ok_lines = [line for line in result.stdout.splitlines() if line.startswith("OK ")]
    assert len(ok_lines) >= 7, output[-5000:]
    assert "GAGAL" not in result.stdout
    assert (ROOT / "dist" / "Loket" / "_internal" / "db" / "migrations" / "versions").is_dir()
