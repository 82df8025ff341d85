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
