"""Shared fixtures: a private data folder per test, migrated databases on SQLite and PostgreSQL, the services."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import uuid  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

from db.core.engine import normalise_url  # noqa: E402
from db.services import Services, open_services  # noqa: E402
from tests.seeds import pytest_runtest_setup  # noqa: E402, F401 - the seeds marker's hook

PG_URL = os.environ.get("LOKET_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
REQUIRE_PG = os.environ.get("LOKET_REQUIRE_PG") == "1"


@pytest.fixture(autouse=True)
def loket_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "loket-home"
    home.mkdir()
    monkeypatch.setenv("LOKET_HOME", str(home))
    monkeypatch.delenv("LOKET_DATABASE_URL", raising=False)
    return home


# argon2id as the app hashes, at its lightest cost: the default (64 MiB, 3 passes) took a fifth of a second per
# account, and a suite creating thousands of accounts spent minutes there. Verification reads the cost from each hash.
CHEAP_HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(autouse=True)
def cheap_password_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("db.accounts.service._hasher", CHEAP_HASHER)


class FakeClock:
    """The one test clock (a db.core.actor.Clock): services read `now`, which a test sets or moves on; with a
    `tick`, every reading first moves it on by that much, so events recorded one after another get distinct times."""

    def __init__(self, now: datetime, tick: timedelta = timedelta(0)):
        self.now = now
        self.tick = tick

    def __call__(self) -> datetime:
        self.now += self.tick
        return self.now


@pytest.fixture
def clock_start() -> datetime:
    """Where `clock` starts; a test module overrides this fixture to start on another day."""
    return datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # Friday 20 Nov 2026, 10:00 WITA


@pytest.fixture
def clock_tick() -> timedelta:
    """How far `clock` moves at each reading (none: it stands still until the test moves it)."""
    return timedelta(0)


@pytest.fixture
def clock(clock_start: datetime, clock_tick: timedelta) -> FakeClock:
    return FakeClock(clock_start, clock_tick)


@pytest.fixture(scope="session")
def template_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, seeded database built once per run and copied for each test (migrating is the slow part)."""
    folder = tmp_path_factory.mktemp("template")
    services = open_services(f"sqlite:///{folder / 'template.db'}", device_id="template")
    services.close()
    return folder / "template.db"


def _pg_available() -> bool:
    try:
        engine = create_engine(normalise_url(PG_URL), connect_args={"connect_timeout": 3})
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure means "no server here"
        return False


@pytest.fixture(scope="session")
def pg_server() -> str:
    if not _pg_available():
        if REQUIRE_PG:
            pytest.fail(f"PostgreSQL is required (LOKET_REQUIRE_PG=1) but {PG_URL} does not answer")
        pytest.skip(f"no PostgreSQL at {PG_URL}")
    return normalise_url(PG_URL)


@pytest.fixture
def pg_url(pg_server: str):
    """A fresh, empty schema per test on the test server, dropped afterwards (upgrades, first starts)."""
    schema = f"loket_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in pg_server else "?"
    yield f"{pg_server}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def sqlite_url(template_sqlite: Path, loket_home: Path) -> str:
    target = loket_home / "loket.db"
    shutil.copy(template_sqlite, target)
    return f"sqlite:///{target}"


def _pg_database(pg_server: str, name: str) -> str:
    return make_url(pg_server).set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_template(pg_server: str):
    """A migrated, seeded PostgreSQL database built once per run (per worker), as template_sqlite is for SQLite:
    migrating PostgreSQL takes about two seconds, cloning a template a tenth of one."""
    name = f"loket_template_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    services = open_services(_pg_database(pg_server, name), device_id="template")
    services.close()  # no connection may stay open on a template that is cloned
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_migrated_url(pg_server: str, pg_template: str):
    """A database of its own per test, cloned from the migrated template, dropped afterwards."""
    name = f"loket_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{pg_template}"'))
    yield _pg_database(pg_server, name)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def database_url(request: pytest.FixtureRequest) -> str:
    """Run a db test on both engines Loket supports, each on a copy of its migrated, seeded template."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_migrated_url")


@pytest.fixture
def services(database_url: str):
    opened: Services = open_services(database_url, device_id="test-device")
    yield opened
    opened.close()


@pytest.fixture
def sqlite_services(sqlite_url: str):
    opened = open_services(sqlite_url, device_id="test-device")
    yield opened
    opened.close()


class CliResult:
    def __init__(self, returncode: int, stdout: str, stderr: str):
        self.returncode, self.stdout, self.stderr = returncode, stdout, stderr


@pytest.fixture
def admin_cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture):
    """Run `loket-admin ARGS` in this process (the entry point itself is proven by the subprocess tests):
    the same parser, handlers, exit codes and output, without a Python start-up per command."""
    import io

    from cli.main import main

    def run(*args: str, stdin: str = "") -> CliResult:
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse usage errors
            code = exit_.code
        out, err = capsys.readouterr()
        return CliResult(code, out, err)

    return run
