"""Issue 16 #7: a process killed between the decree's commit and its archive rename leaves a gap `db check`
reports, and the next start puts the original in place."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from db.admin.maintenance import Maintenance
from db.core.engine import Database
from db.documents import archive_repair
from db.models import Decree
from db.services import open_services

CHILD = """
import os, signal, sys
from db.documents import archive
from db.services import open_services
from tests.db.test_decrees import finished_application, kadis

services = open_services(sys.argv[1], device_id="pc-1")
application = finished_application(services)
# kill -9 exactly in the window: the decree is committed, its original is still the .tmp beside its final name.
archive.PendingFile.commit = lambda self: os.kill(os.getpid(), signal.SIGKILL)
services.decrees.issue(kadis(), application.id)
"""


def test_a_kill_between_commit_and_rename_is_reported_then_healed(sqlite_url, loket_home):
    child = subprocess.run(
        [sys.executable, "-c", CHILD, sqlite_url],
        env={**os.environ, "LOKET_HOME": str(loket_home)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == -9, child.stderr
    decree_folder = loket_home / "arsip" / "sk"
    assert [path.suffix for path in decree_folder.iterdir()] == [".tmp"]

    raw = Database(sqlite_url)
    try:
        report = Maintenance(raw).check()
    finally:
        raw.dispose()
    assert not report.ok and any("hanya berkas sementara" in problem for problem in report.problems)

    services = open_services(sqlite_url, device_id="pc-1")  # the next start heals the archive
    try:
        with services.database.read() as session:
            payload = session.scalar(select(Decree.payload))
        [original] = decree_folder.glob("*.pdf")
        assert services.decrees.verify(payload).current
        assert services.decrees.verify_pdf(original.read_bytes()).current
        assert not list(decree_folder.glob("*.tmp"))
        report = services.maintenance.check()
        assert report.ok, report.problems
    finally:
        services.close()


def test_a_leftover_of_a_rolled_back_transaction_is_removed_once_stale(sqlite_services, loket_home):
    folder = loket_home / "arsip" / "sk"
    folder.mkdir(parents=True)
    leftover = folder / "503-0009-SK.pdf.0badc0de.tmp"
    leftover.write_bytes(b"%PDF- not committed")
    root = loket_home / "arsip"
    assert archive_repair.heal(sqlite_services.database, root) == [] and leftover.exists()  # maybe still running
    assert archive_repair.heal(sqlite_services.database, root, now=time.time() + 3600) == []
    assert not leftover.exists() and Path(folder).is_dir()
