"""The suite's own strictness holds: a hung test fails, and the plugins it relies on must be installed."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_pytest(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """pytest with this project's configuration (pyproject.toml) on a scratch test folder."""
    command = [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(folder)]
    return subprocess.run(
        [*command, "-p", "no:cacheprovider", *args, str(folder)], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_a_hung_test_fails_with_the_stacks_printed(tmp_path):
    (tmp_path / "test_hang.py").write_text("import time\n\n\ndef test_hangs():\n    time.sleep(60)\n")
    result = run_pytest(tmp_path, "-o", "timeout=1")
    assert result.returncode != 0
    assert "Timeout" in result.stdout + result.stderr
    assert "test_hangs" in result.stdout + result.stderr


def test_a_run_without_pytest_timeout_is_refused(tmp_path):
    (tmp_path / "test_ok.py").write_text("def test_ok():\n    pass\n")
    assert run_pytest(tmp_path).returncode == 0
    result = run_pytest(tmp_path, "-p", "no:timeout")
    assert result.returncode != 0
    assert "Missing required plugins: pytest-timeout" in result.stderr


def test_a_seeds_test_skips_without_the_seeds_but_fails_under_ci(tmp_path, monkeypatch):
    (tmp_path / "test_needs_seeds.py").write_text(
        "import pytest\n\n\n@pytest.mark.seeds\ndef test_reads_a_seed():\n    pass\n"
    )
    monkeypatch.setenv("LOKET_SEEDS_DIR", str(tmp_path / "absent"))
    monkeypatch.delenv("CI", raising=False)
    local = run_pytest(tmp_path, "-p", "tests.seeds", "-rs")
    assert local.returncode == 0 and "1 skipped" in local.stdout, local.stdout
    monkeypatch.setenv("CI", "true")
    ci = run_pytest(tmp_path, "-p", "tests.seeds")
    assert ci.returncode == 1 and "the seeds are required under CI" in ci.stdout, ci.stdout
    (tmp_path / "absent").mkdir()
    assert run_pytest(tmp_path, "-p", "tests.seeds").returncode == 0
