"""What the path to the sign-in window may load: nothing of printing, cryptography, sync, migrations, backup, reports
or the screens. The real `loket` main() runs to the moment its sign-in window works, in a process of its own."""

import os
import subprocess
import sys
import time

from db.core import migrate

# Each of these, and its submodules, is loaded when first used, never on the way to the sign-in window: the PDF and
# ESC/POS libraries and Loket's renderers, the signing key's cryptography, the sync's httpx, the catalog models'
# pydantic, the spelled-out numbers, Alembic, the backup, the reports, the screens and the icon font.
HEAVY = (
    "reportlab",
    "escpos",
    "qrcode",
    "barcode",
    "PIL",
    "pypdfium2",
    "num2words",
    "cryptography",
    "httpx",
    "pydantic",
    "alembic",
    "mako",
    "holidays",
    "openpyxl",
    "qtawesome",
    "qtpy",
    "printing.escpos_render",
    "printing.adapters",
    "printing.pdf_base",
    "printing.decree_pdf",
    "printing.receipt_pdf",
    "printing.handover_pdf",
    "printing.terbilang",
    "db.catalog.schema",
    "db.admin.backup",
    "db.admin.diagnostics",
    "db.reports",
    "db.decrees",
    "db.lifecycle.service",
    "db.documents.service",
    "db.documents.print_jobs",
    "db.sync.client",
    "desktop.main_window",
    "desktop.screens",
    "desktop.icon_font",
    "desktop.sync_ui",
)

# main() prints "loket-sign-in-ready" (LOKET_REPORT_WINDOW_SHOWN) once the database is open behind the sign-in
# window and its button works: that moment, seen from inside, lists what is loaded; then the app is asked to quit.
SIGN_IN_READY = """
import io, sys
from desktop.app import main

HEAVY = {heavy!r}

class Watch(io.TextIOBase):
    def write(self, text):
        if text.startswith("loket-sign-in-ready"):
            from PySide6.QtWidgets import QApplication
            loaded = sorted(n for n in sys.modules if any(n == h or n.startswith(h + ".") for h in HEAVY))
            sys.__stdout__.write("loaded:" + ",".join(loaded) + "\\n")
            sys.__stdout__.flush()
            QApplication.instance().quit()
        return len(text)

sys.stdout = Watch()
sys.exit(main(["loket"]))
"""


def loaded_at_sign_in(home) -> list[str]:
    env = {
        **os.environ,
        "LOKET_HOME": str(home),
        "QT_QPA_PLATFORM": "offscreen",
        "LOKET_REPORT_WINDOW_SHOWN": "1",
    }
    env.pop("LOKET_DATABASE_URL", None)
    script = SIGN_IN_READY.format(heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    lines = [line for line in result.stdout.splitlines() if line.startswith("loaded:")]
    assert lines, result.stdout[-2000:] + result.stderr[-2000:]
    return [name for name in lines[-1].removeprefix("loaded:").split(",") if name]


def make_account(home) -> None:
    """A data folder as an office has it after its first day: migrated, the catalog imported, one account."""
    env = {**os.environ, "LOKET_HOME": str(home)}
    env.pop("LOKET_DATABASE_URL", None)
    script = (
        "from db.services import open_services\n"
        "s = open_services()\n"
        "s.accounts.create_first_administrator('admin', 'Administrator', 'rahasia-123', s.device_id)\n"
        "s.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]


def test_the_sign_in_window_works_before_any_heavy_module_loads(tmp_path):
    make_account(tmp_path)
    assert loaded_at_sign_in(tmp_path) == []


def test_the_first_start_loads_only_what_creating_the_database_needs(tmp_path):
    """An empty folder: the database is created and migrated (Alembic) and the shipped catalog validated (pydantic)
    and imported; nothing else heavy."""
    loaded = loaded_at_sign_in(tmp_path)
    first_start_only = ("alembic", "mako", "pydantic", "db.catalog.schema")
    assert {"alembic", "pydantic"} <= set(loaded)  # what this test tells apart from the second start is really used
    assert [name for name in loaded if not name.startswith(first_start_only)] == []


def test_pyside_keeps_no_source_of_the_modules_imported_after_it(tmp_path):
    """PySide6's import hook reads each module's source (desktop/pyside_sources.py): none is left in linecache."""
    script = (
        "import linecache\n"
        "import desktop\n"  # PySide6 itself, imported here, reads three files before the hook can be changed
        "before = {name for name in linecache.cache if name.endswith('.py')}\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import db.services, desktop.app, json, email.message\n"
        "print(sorted(name for name in linecache.cache if name.endswith('.py') and name not in before))\n"
    )
    env = {**os.environ, "LOKET_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines()[-1] == "[]"


def test_the_revisions_read_from_the_files_are_alembics():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert set(migrate._file_revisions()) == {script.revision for script in scripts.walk_revisions()}


def test_escpos_keeps_its_cache_in_the_data_folder_and_leaves_no_temporary_folder(tmp_path):
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "LOKET_HOME": str(home), "TMPDIR": str(temporary)}
    env.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    script = "import db.core.paths, printing.adapters, escpos.capabilities as c; print(c.pickle_dir)"
    for _start in range(2):  # the first start writes the pickle, the second reads it
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr[-3000:]
        assert result.stdout.split()[-1] == str(home / "cache" / "escpos")
    assert list(temporary.iterdir()) == []
    assert [path.name for path in (home / "cache" / "escpos").iterdir()] == [
        f"{sys.version.split()[0]}.capabilities.pickle"
    ]


def test_a_half_written_escpos_pickle_from_another_start_does_not_stop_this_one(tmp_path):
    """python-escpos writes its pickle in place: a process starting while another writes it reads a truncated file
    (EOFError at import: once seen when two test workers started together)."""
    home, temporary = tmp_path / "home", tmp_path / "tmp"
    temporary.mkdir()
    pickle_file = home / "cache" / "escpos" / f"{sys.version.split()[0]}.capabilities.pickle"
    pickle_file.parent.mkdir(parents=True)
    pickle_file.write_bytes(b"\x80\x02}q")  # the first bytes of a pickle, the rest not yet written
    future = time.time() + 3600  # newer than the capabilities file: python-escpos reads it instead of parsing
    os.utime(pickle_file, (future, future))
    env = {**os.environ, "LOKET_HOME": str(home), "TMPDIR": str(temporary)}
    env.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    script = "import db.core.paths, printing.adapters, escpos.capabilities as c; print(len(c.CAPABILITIES['profiles']))"
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    assert int(result.stdout.split()[-1]) > 10  # the printer profiles, parsed from the capabilities file
    assert list(temporary.iterdir()) == []  # the folder of its own is gone


EARLY_WINDOW = """
import sys
import time
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop.app import _early_sign_in
from desktop.ops import Runner
dialog = _early_sign_in(Runner(on_bug=print, on_refused=print), None)
print(type(dialog).__name__, ",".join(sorted(n for n in sys.modules if n.startswith(("sqlalchemy", "db.services")))))
"""


def test_the_sign_in_window_is_shown_before_the_database_layer_loads(tmp_path):
    env = {**os.environ, "LOKET_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LOKET_DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-c", EARLY_WINDOW], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["FirstRunDialog"]  # an empty data folder: the first start, and no SQLAlchemy
