"""uv.lock is what ./scripts/run and ./scripts/test install: it must hold every dependency pyproject.toml names."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UV = Path(sys.executable).parent / "uv"


def test_the_lock_file_matches_pyproject():
    """A dependency added to pyproject.toml without `./scripts/lock` fails here, not on the next fresh machine."""
    result = subprocess.run(
        [str(UV), "lock", "--check", "--offline"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, "run ./scripts/lock and commit uv.lock\n" + result.stderr[-2000:]


def test_the_install_takes_exact_hashed_versions_from_the_lock():
    exported = subprocess.run(
        [str(UV), "export", "--frozen", "--no-dev", "--no-emit-project", "--extra", "test"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    pins = [line for line in exported.splitlines() if line and not line.startswith((" ", "#"))]
    assert len(pins) > 40
    assert all("==" in pin and pin.endswith("\\") for pin in pins), pins  # each pin is followed by its hashes
    assert any(pin.startswith("pyside6-essentials==") for pin in pins)
