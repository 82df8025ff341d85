"""The rules of the architecture and of the code, enforced: import contracts, lint, format, dead code.

Each gate is a test, so `./scripts/test` and CI fail on a violation instead of a reviewer having to notice it.
"""

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
PACKAGES = ("desktop", "cli", "server", "bench", "db", "printing")


def lint_imports(cwd: Path, *contracts: str) -> subprocess.CompletedProcess:
    selected = [arg for contract in contracts for arg in ("--contract", contract)]
    command = [str(BIN / "lint-imports"), "--no-cache", "--no-logo", *selected]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=120)


def test_the_import_contracts_are_kept():
    """desktop | cli | server -> db -> printing; printing has no database; db, printing, cli and server have no Qt."""
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:]
    kept = re.search(r"Contracts: (\d+) kept, 0 broken", result.stdout)
    assert kept and int(kept.group(1)) >= 3, result.stdout[-3000:]


IMPORT_EVERYTHING = """
import importlib, pkgutil, sys
import db, printing, cli, server
for package in (db, printing, cli, server):
    for module in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if ".migrations." in module.name or module.name.endswith("migrations.env"):
            continue
        importlib.import_module(module.name)
print(",".join(sorted(name for name in sys.modules if name.startswith(("PySide6", "shiboken6", "desktop")))))
"""


def test_importing_the_core_loads_no_qt_even_through_a_library():
    """The contracts see our own imports only; this sees what the libraries we import pull in at run time."""
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_EVERYTHING], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == ""


@pytest.fixture(scope="module")
def source_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's packages and contracts in a scratch folder, where a test may plant a violation."""
    folder = tmp_path_factory.mktemp("contracts")
    shutil.copy(ROOT / "pyproject.toml", folder)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, folder / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    return folder


@pytest.mark.parametrize(
    ("contract", "module", "violation"),
    [
        ("layers", "db/core/errors.py", "import cli.main"),
        ("layers", "printing/dates.py", "from db.core import paths"),
        ("printing-has-no-database", "printing/dates.py", "import sqlalchemy"),
        ("core-has-no-qt", "db/queue/speech.py", "from PySide6 import QtCore"),
        ("core-has-no-qt", "cli/main.py", "def lazy():\n    import desktop.ops"),
    ],
)
def test_a_contract_fails_on_a_violation(source_copy, contract, module, violation):
    """Proof that the gates bite: the same contracts, run on a copy with one forbidden import planted."""
    target = source_copy / module
    original = target.read_text(encoding="utf-8")
    target.write_text(f"{original}\n{violation}\n", encoding="utf-8")
    try:
        result = lint_imports(source_copy, contract)
    finally:
        target.write_text(original, encoding="utf-8")
    assert result.returncode == 1, result.stdout[-3000:]
    assert "BROKEN" in result.stdout
    assert module.removesuffix(".py").replace("/", ".") in result.stdout


def test_the_code_passes_ruff():
    """Lint (with the sqlalchemy ban and the complexity gates) and format are part of the suite."""
    ruff = [sys.executable, "-m", "ruff"]
    check = subprocess.run([*ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-3000:]
    formatting = subprocess.run([*ruff, "format", "--check", "."], cwd=ROOT, capture_output=True, text=True)
    assert formatting.returncode == 0, formatting.stdout[-3000:]


def _branchy(branches: int) -> str:
    body = "".join(f"    if x == {n}:\n        return {n}\n" for n in range(branches))
    return f"def branchy(x):\n{body}    return -1\n"


def _long(statements: int) -> str:
    """A function of `statements` statements as ruff counts them (the return is not counted)."""
    return "def long():\n" + "".join(f"    print({n})\n" for n in range(statements)) + "    return 0\n"


@pytest.mark.parametrize(
    ("path", "source", "rule"),
    [
        ("desktop/probe.py", "from sqlalchemy import select\n\nprint(select)\n", "TID251"),
        ("cli/probe.py", "import sqlalchemy\n\nprint(sqlalchemy)\n", "TID251"),
        ("db/probe.py", _branchy(12), "C901"),
        ("db/probe.py", _long(66), "PLR0915"),
        ("tools/catalog/probe.py", _branchy(21), "C901"),
    ],
)
def test_a_ruff_gate_fails_on_a_violation(path, source, rule):
    """The sqlalchemy ban and the complexity limits bite where they apply (the file is linted as if at `path`)."""
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise"]
    result = subprocess.run(
        [*command, "--stdin-filename", path, "-"], input=source, cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 1, result.stdout
    assert rule in result.stdout


def test_the_gates_allow_what_the_core_may_do():
    """The same probes pass where they are allowed: SQL in db/, a function just under the limits."""
    command = [sys.executable, "-m", "ruff", "check", "--no-cache", "--stdin-filename"]
    for path, source in [
        ("db/probe.py", "from sqlalchemy import select\n\nprint(select)\n"),
        ("db/probe.py", _branchy(11) + "\n\n" + _long(64)),
    ]:
        result = subprocess.run([*command, path, "-"], input=source, cwd=ROOT, capture_output=True, text=True)
        assert result.returncode == 0, result.stdout


ALLOWLIST = ROOT / "tools" / "vulture_allowlist.py"


def vulture(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "vulture"), *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_no_dead_code_beyond_the_reviewed_allowlist():
    """vulture over the app code ([tool.vulture] in pyproject.toml); tools/vulture_allowlist.py says why each
    reported name is used after all, or lists it as a finding still to be removed."""
    result = vulture()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]


def test_vulture_reports_a_function_nothing_calls(source_copy):
    shutil.copy(ALLOWLIST, source_copy / "allowlist.py")
    (source_copy / "db" / "probe.py").write_text("def nobody_calls_this():\n    return 1\n", encoding="utf-8")
    try:
        result = vulture("db", "printing", "allowlist.py", "--min-confidence", "60", cwd=source_copy)
    finally:
        (source_copy / "db" / "probe.py").unlink()
    assert result.returncode == 3, result.stdout
    assert "nobody_calls_this" in result.stdout


def test_every_allowlist_entry_names_something_that_exists():
    """Once the code behind an entry is gone, the entry must go too: the list stays short and true."""
    names = {
        node.attr
        for node in ast.walk(ast.parse(ALLOWLIST.read_text(encoding="utf-8")))
        if isinstance(node, ast.Attribute)
    }
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for package in PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    )
    stale = sorted(name for name in names if not re.search(rf"\b{re.escape(name)}\b", sources))
    assert stale == [], f"remove from tools/vulture_allowlist.py: {stale}"
