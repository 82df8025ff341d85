"""The core (db, printing, cli) must import without Qt: the architecture's one-way rule, enforced."""

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import db, printing, cli
for package in (db, printing, cli):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations.versions." in module.name or module.name.endswith("migrations.env"):
            continue
        importlib.import_module(module.name)
leaked = sorted(name for name in sys.modules if name.startswith(("PySide6", "desktop")))
print(",".join(leaked))
"""


def test_core_imports_no_qt_and_no_desktop():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_code_passes_ruff():
    """Lint and format are part of the suite, so CI holds every change to them."""
    ruff = [sys.executable, "-m", "ruff"]
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    check = subprocess.run([*ruff, "check", "."], cwd=root, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-3000:]
    formatting = subprocess.run([*ruff, "format", "--check", "."], cwd=root, capture_output=True, text=True)
    assert formatting.returncode == 0, formatting.stdout[-3000:]
