"""What the path to the sign-in window may load: nothing of printing, migrations, backup, reports or the screens."""

import os
import subprocess
import sys

from db.core import migrate

# Still kept off the opening of the database on a second start (since the typed services of issue 13, printing,
# pydantic and cryptography load with db.services, behind the sign-in window that is already shown).
HEAVY = ("alembic", "mako", "holidays", "openpyxl", "desktop.screens.queue_screen", "desktop.screens.reports_screen")
HEAVY += ("desktop.main_window",)

OPEN_TO_SIGN_IN = """
import sys
from PySide6.QtWidgets import QApplication
from desktop.app import AppController
app = QApplication([])
from db.services import open_services
services = open_services()
controller = AppController(services)
controller.start()
print(",".join(sorted(name for name in sys.modules if name.startswith({heavy!r}))))
services.close()
"""


def run_sign_in_path(home) -> str:
    env = {**os.environ, "LOKET_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("LOKET_DATABASE_URL", None)
    script = OPEN_TO_SIGN_IN.format(heavy=HEAVY)
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def test_the_second_start_opens_without_migrations_holidays_or_screens(tmp_path):
    run_sign_in_path(tmp_path)  # the first start creates and migrates the database (Alembic is needed then)
    assert run_sign_in_path(tmp_path) == ""


def test_the_revisions_read_from_the_files_are_alembics():
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.head_revision() == scripts.get_current_head()
    assert set(migrate._file_revisions()) == {script.revision for script in scripts.walk_revisions()}


def test_escpos_keeps_its_capabilities_cache_in_a_persistent_folder():
    import printing  # noqa: F401 - importing the package sets the folder

    folder = os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"]
    assert os.path.isdir(folder) and "Loket" in folder and not folder.startswith("/tmp/tmp")


EARLY_WINDOW = """
import sys
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
