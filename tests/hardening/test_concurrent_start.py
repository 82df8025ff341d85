"""Issue 16 #15: PCs starting together on one new database take turns; none fails with "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from sqlalchemy import create_engine, func, select, text

from db.core.engine import Database
from db.core.errors import EnvironmentFault
from db.core.startup_lock import held
from db.models import CatalogService

STARTERS = 8
# Every child imports first, then waits for the same go signal, so the starts really overlap (Python's own start-up
# would otherwise stagger them by seconds).
CHILD = """
import pathlib, sys, time
from db.services import open_services
go = pathlib.Path(sys.argv[3])
while not go.exists():
    time.sleep(0.01)
open_services(sys.argv[1], device_id=sys.argv[2]).close()
print("OK")
"""


def test_several_first_starts_on_one_new_sqlite_file_all_succeed(loket_home):
    url = f"sqlite:///{loket_home / 'aula.db'}"
    env = {**os.environ, "LOKET_HOME": str(loket_home)}
    go = loket_home / "mulai"
    starters = [
        subprocess.Popen(
            [sys.executable, "-c", CHILD, url, f"pc-{n}", str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(STARTERS)
    ]
    time.sleep(3)  # let every child finish importing
    go.touch()
    outcomes = [process.communicate(timeout=300) for process in starters]
    failures = [err for process, (_out, err) in zip(starters, outcomes, strict=True) if process.returncode != 0]
    assert not failures, failures[0]
    engine = create_engine(url)
    with engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(CatalogService)) > 100
        assert connection.scalar(text("SELECT count(DISTINCT version) FROM catalog_versions")) == 1
    engine.dispose()


def test_a_start_waits_its_turn_and_gives_up_with_a_clear_message(loket_home):
    database = Database(f"sqlite:///{loket_home / 'x.db'}")
    try:
        with held(database):
            holder = subprocess.run(
                [
                    sys.executable,
                    "-c",
                    "import sys\nfrom db.core.engine import Database\nfrom db.core.startup_lock import held\n"
                    "from db.core.errors import EnvironmentFault\n"
                    "try:\n    with held(Database(sys.argv[1]), wait_s=0.5): print('TAKEN')\n"
                    "except EnvironmentFault as e: print(e.message)",
                    f"sqlite:///{loket_home / 'x.db'}",
                ],
                capture_output=True,
                text=True,
                timeout=60,
            )
        assert "sedang menyiapkan basis data" in holder.stdout, holder.stderr
        with held(database, wait_s=0.5):  # released: the next one gets it at once
            pass
    finally:
        database.dispose()


@pytest.mark.pg
def test_postgresql_starts_take_turns_too(pg_url):
    first, second = Database(pg_url), Database(pg_url)
    try:
        with held(first):
            with pytest.raises(EnvironmentFault, match="sedang menyiapkan"):
                with held(second, wait_s=0.3):
                    pass
        with held(second, wait_s=0.3):
            pass
    finally:
        first.dispose()
        second.dispose()
