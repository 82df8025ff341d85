"""GUI fixtures: a runner whose bugs fail the test, and a signed-in screen context."""

from __future__ import annotations

import gc

import pytest

from db.core.actor import Actor
from db.models import Role
from desktop.context import ScreenContext, SettingsBridge
from desktop.ops import Runner


class BugCollector:
    def __init__(self):
        self.bugs: list[str] = []
        self.refusals: list[str] = []

    def bug(self, error, details):
        self.bugs.append(details)

    def refused(self, message):
        self.refusals.append(message)


@pytest.fixture
def collector():
    collected = BugCollector()
    yield collected
    assert not collected.bugs, "\n".join(collected.bugs)


@pytest.fixture
def runner(qtbot, collector):
    background = Runner(on_bug=collector.bug, on_refused=collector.refused)
    yield background
    background.wait_idle()
    qtbot.waitUntil(background.is_idle, timeout=5000)


@pytest.fixture
def admin_user(sqlite_services):
    return sqlite_services.accounts.create_first_administrator(
        "admin", "Admin Kantor", "rahasia-123", sqlite_services.device_id
    )


@pytest.fixture
def screen_context(sqlite_services, runner, admin_user, qtbot):
    """Guarded as the app is: a screen whose job writes from the io pool fails its test with WrongThreadWrite.
    The test's own thread may write (its set-up and checks), as the GUI thread of the app never needs to."""
    runner.guard_writes(sqlite_services.database)
    bridge = SettingsBridge(sqlite_services)
    with sqlite_services.database.writer.permit_here("the test's own set-up and checks"):
        yield ScreenContext(sqlite_services, runner, admin_user, bridge, counter_number=1)


def make_clerk(services, admin_user, username="budi", role=Role.PETUGAS_LOKET):
    admin = Actor(admin_user.username, services.device_id, admin_user.id, role=Role.ADMINISTRATOR)
    return services.accounts.add_user(admin, username, "Budi Santoso", role, "sandi-budi-1")


@pytest.fixture(autouse=True)
def collect_qt_garbage_on_the_gui_thread():
    """Widgets a test leaves behind are collected here, on the GUI thread: left to Python's collector they may be
    finalized on a background worker, which crashes Qt (seen once as a segfault in a catalog read). What survives
    is frozen (long-lived: modules, caches, the session's fixtures), so the next test's collection walks only the
    objects made since; a full collection over the whole suite's heap after each of a thousand tests was half of the
    suite's time."""
    yield
    gc.collect()
    gc.freeze()
