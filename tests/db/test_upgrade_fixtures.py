"""Every released schema upgrades to the current one with its data intact and a copy taken first.

The fixtures are written by tools/fixtures/make_upgrade_fixtures.py (schema_0001.db by the 0001 release itself);
contents.json says what each holds. The records are read back through loket-admin, the interface an office uses.
"""

import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Column, MetaData, Table, create_engine, inspect, select, text

from db.core import migrate
from db.lifecycle.steps import snapshot_key
from db.models import Application, Base
from db.services import open_services

FIXTURES = Path(__file__).parent / "fixtures"
CONTENTS = json.loads((FIXTURES / "contents.json").read_text(encoding="utf-8"))
# Each schema revision a release has shipped; a release adds its head here and commits its fixture.
RELEASED = ["0001", "0002", "0003", "0004", "0005", "0006", "0007"]


def test_every_released_revision_has_a_fixture():
    assert sorted(p.name for p in FIXTURES.glob("schema_*.db")) == [f"schema_{r}.db" for r in RELEASED]
    assert sorted(CONTENTS) == [f"schema_{r}.db" for r in RELEASED]
    from alembic.script import ScriptDirectory  # db.core.migrate imports Alembic only when there is work to do

    known = {script.revision for script in ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()}
    assert set(RELEASED) <= known


def copy_into_postgres(fixture: Path, revision: str, url: str) -> None:
    """The same released database on PostgreSQL: its schema made by the migrations up to `revision`, then its rows
    copied over through the models' column types (UUIDs, UTC times and JSON stored as each engine stores them)."""
    target = create_engine(url)
    source = create_engine(f"sqlite:///{fixture}")
    try:
        with target.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), revision)
        held = inspect(source)
        present = set(held.get_table_names())
        with source.connect() as reading, target.begin() as writing:
            for table in Base.metadata.sorted_tables:
                if table.name not in present:
                    continue
                columns = [table.c[column["name"]] for column in held.get_columns(table.name)]
                rows = [dict(row._mapping) for row in reading.execute(select(*columns))]
                if rows:  # only the columns of the released schema: a later column's Python default is not there yet
                    released = Table(table.name, MetaData(), *(Column(c.name, c.type) for c in columns))
                    writing.execute(released.insert(), rows)
                for key in table.primary_key.columns:  # numbered rows: the sequence goes on after the copied ones
                    if key.autoincrement is True or (key.autoincrement == "auto" and key.type.python_type is int):
                        writing.execute(
                            text(
                                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{key.name}'), "
                                f"coalesce(max({key.name}), 0) + 1, false) FROM {table.name}"
                            )
                        )
    finally:
        source.dispose()
        target.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def engine(request):
    return request.param


@pytest.fixture(params=RELEASED)
def upgraded(request, engine, loket_home, monkeypatch):
    """The fixture of one released revision, opened (and so upgraded) by the current app as an office would."""
    revision = request.param
    fixture = FIXTURES / f"schema_{revision}.db"
    if engine == "sqlite":
        target = loket_home / "loket.db"
        shutil.copy(fixture, target)
        url = f"sqlite:///{target}"
    else:
        url = request.getfixturevalue("pg_url")
        copy_into_postgres(fixture, revision, url)
        monkeypatch.setenv("LOKET_DATABASE_URL", url)  # loket-admin below reads the same hall database
    services = open_services(url, device_id="pc-lama")
    yield revision, services, CONTENTS[f"schema_{revision}.db"]
    services.close()


def check_the_copy_taken_first(revision, services, engine, loket_home) -> None:
    assert services.migration.before == revision
    assert services.migration.after == migrate.head_revision()
    backup = services.migration.backup
    # No copy when nothing is migrated (the newest release, on a branch without a new revision yet), nor of a hall
    # database: PostgreSQL is backed up on its server with pg_dump.
    if revision == migrate.head_revision() or engine == "postgresql":
        assert backup is None
        return
    assert backup is not None and backup.parent == loket_home / "backups"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == revision


def test_a_released_schema_upgrades_with_its_records_intact(upgraded, engine, loket_home, admin_cli):
    """One test per fixture and engine (opening the fixture is the slow part): the copy, then every record."""
    revision, services, held = upgraded
    check_the_copy_taken_first(revision, services, engine, loket_home)
    first = held["0001"]
    assert services.accounts.authenticate(first["username"], first["password"], "pc-lama").full_name == "Admin Lama"
    assert services.settings.counter_number() == first["counter"]
    assert services.catalog.count() > 150
    if "0004" in held:
        application = services.tracking.find_number(held["0004"]["registration_number"])
        assert (application.status == "in_progress") == ("0006" not in held)  # its steps were done for the SK
        with services.database.read() as session:  # 0022 filled the desk report's columns of every file
            row = session.get(Application, application.id)
            assert row.snapshot_key == snapshot_key(row.steps) and row.held_since >= row.registered_at
    services.close()  # the rest is read back by loket-admin, on the same upgraded file
    checked = admin_cli("db", "check")
    assert "(terbaru)" in checked.stdout, checked.stdout
    # A fixture is a database without its archive folder: db check names each original it lacks (issue 16 #7).
    problems = [line for line in checked.stdout.splitlines() if line.startswith("MASALAH")]
    assert all("Arsip hilang" in line for line in problems), checked.stdout
    assert checked.returncode == (1 if problems else 0)
    report = json.loads(admin_cli("report", "daily", "--date", "2026-11-20", "--format", "json").stdout)
    extras = {extra["key"]: extra["value"] for extra in report["extras"]}
    if "0003" in held:
        queue = held["0003"]
        listed = admin_cli("queue", "list", "--date", queue["day"], "--format", "json")
        tickets = {ticket["number"]: ticket for ticket in json.loads(listed.stdout)}
        assert tickets[queue["served"]]["status"] == "done"
        assert tickets[queue["waiting"]]["status"] == "waiting"
        assert (report["tickets"]["issued"], report["tickets"]["served"]) == (2, 1)
    if "0004" in held:
        assert report["files"]["registered"] == 1
    if "0005" in held:
        shown = admin_cli("complaint", "show", held["0005"]["complaint"])
        assert shown.returncode == 0 and "Ahmad Fauzi" in shown.stdout
        assert extras["complaints"] == 1
        skm = json.loads(admin_cli("skm", "report", "--from", "2026-11-01", "--to", "2026-11-30").stdout)
        assert skm["overall"]["respondents"] == held["0005"]["skm_responses"]
    if "0006" in held:
        verified = admin_cli("verify", held["0006"]["payload"])
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert held["0006"]["decree_number"] in verified.stdout
        assert extras["decrees_signed"] == 1
    if "0007" in held:
        status = admin_cli("sync", "status")
        assert status.returncode == 0, status.stderr
        pending = int(re.search(r"Menunggu dikirim: (\d+)", status.stdout).group(1))
        assert pending >= held["0007"]["outbox_rows"]  # plus the sign-in recorded above
