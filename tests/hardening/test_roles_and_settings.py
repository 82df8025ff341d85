"""Issue 16 #13 (an archive folder nobody can write into) and #14 (supervisor actions protected by the service,
not by a hidden button)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.models import Role, Ticket
from db.reports import ReportQuery

CLERK = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
CS = Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, counter_number=1)
SUPERVISOR = Actor("kepala", "pc-1", role=Role.SUPERVISOR)


def waiting(services) -> int:
    with services.database.read() as session:
        return session.scalar(select(func.count()).select_from(Ticket).where(Ticket.status == "waiting"))


def test_only_a_supervisor_closes_the_day(sqlite_services):
    sqlite_services.queue.issue(CS, "A")
    for actor in (CLERK, CS):
        with pytest.raises(PermissionDenied):
            sqlite_services.queue_days.close_day(actor)
    assert waiting(sqlite_services) == 1
    assert sqlite_services.queue_days.close_day(SUPERVISOR).closed_leftovers == 1


@pytest.mark.parametrize("key", ["counter.number", "archive.dir", "backup.keep"])
def test_a_counter_officer_cannot_change_what_the_pc_is(sqlite_services, tmp_path, key):
    value = {"counter.number": "7", "archive.dir": str(tmp_path), "backup.keep": "3"}[key]
    before = sqlite_services.settings.get(key)
    with pytest.raises(PermissionDenied):
        sqlite_services.settings.set(CLERK, key, value)
    assert sqlite_services.settings.get(key) == before
    assert sqlite_services.settings.set(SUPERVISOR, key, value) == value


def test_reports_need_a_supervisor(sqlite_services):
    today = date(2026, 11, 20)
    with pytest.raises(PermissionDenied):
        sqlite_services.reports.daily(ReportQuery(today, today), actor=CLERK)
    with pytest.raises(PermissionDenied):
        sqlite_services.skm.report(today, today, actor=CS)
    assert sqlite_services.reports.daily(ReportQuery(today, today), actor=SUPERVISOR).tickets is not None
    assert "overall" in sqlite_services.skm.report(today, today, actor=SUPERVISOR)


@pytest.mark.parametrize(
    ("value", "reason"),
    [("/proc/1", "tidak dapat menulis"), ("arsip-relatif", "folder lengkap"), ("/tidak/ada/x", "tidak ada")],
)
def test_an_archive_folder_loket_cannot_write_into_is_refused(sqlite_services, value, reason):
    with pytest.raises(DomainError, match=reason):
        sqlite_services.settings.set(SUPERVISOR, "archive.dir", value)
    assert sqlite_services.settings.get("archive.dir") == ""


def test_a_file_is_not_an_archive_folder_and_a_new_folder_is_fine(sqlite_services, tmp_path):
    afile = tmp_path / "berkas.txt"
    afile.write_text("x")
    with pytest.raises(DomainError, match="bukan folder"):
        sqlite_services.settings.set(SUPERVISOR, "archive.dir", str(afile))
    fresh = tmp_path / "arsip-baru"
    assert sqlite_services.settings.set(SUPERVISOR, "archive.dir", str(fresh)) == str(fresh)
    assert not any(Path(tmp_path).glob(".loket-uji-*"))  # the write probe leaves nothing behind
