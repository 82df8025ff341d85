"""Issue 16 #7 (second half): the handover receipt is rendered before the write transaction, so no counter waits
on the database while reportlab works, and a number taken meanwhile by another counter is never reused."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import func, select

from db.decrees import handover as handover_module
from db.decrees import numbering
from db.models import Handover
from db.models.decrees import IssuedDocument
from tests.db.test_decrees import WOMAN_NIK, cs, finished_application, kadis
from tests.lifecycle_helpers import sign, walk


@pytest.fixture
def signed(sqlite_services):
    app = finished_application(sqlite_services, complete=False)
    sign(sqlite_services, app.id)
    walk(sqlite_services, app.id)  # the steps after the signature: the file is then ready for pickup
    return sqlite_services, app


def test_no_write_lock_is_held_while_the_receipt_renders(signed, monkeypatch):
    services, app = signed
    import printing.handover_pdf as render_module  # imported by the service at the first handover (lazy start-up)

    real_render = render_module.handover_pdf
    probes = []

    def render_and_probe(*args, **kwargs):
        other = sqlite3.connect(services.database.file_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # "database is locked" if a writer held the lock now
            other.execute("ROLLBACK")
            probes.append("free")
        finally:
            other.close()
        return real_render(*args, **kwargs)

    monkeypatch.setattr(render_module, "handover_pdf", render_and_probe)
    result = services.handovers.hand_over(cs(), app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)
    assert probes == ["free"] and "/0001/" in result.receipt_number  # 503/0001/SER/... (handover.number_format)


def test_a_number_taken_meanwhile_is_rendered_again_with_the_next(signed, monkeypatch, tmp_path):
    services, app = signed
    real_peek = numbering.peek_in_series
    calls = []

    def stale_once(session, kind, year, agency_id=None):
        calls.append(kind)
        if len(calls) == 1:  # as if another counter committed receipt 0001 between our render and our commit
            with services.database.transaction() as other:
                handover_module.next_in_series(other, kind, year, agency_id)
        return real_peek(session, kind, year, agency_id) - (1 if len(calls) == 1 else 0)

    monkeypatch.setattr(numbering, "peek_in_series", stale_once)
    result = services.handovers.hand_over(cs(), app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)
    assert len(calls) == 2 and "/0002/" in result.receipt_number
    with services.database.read() as session:
        assert session.scalar(select(func.count()).select_from(Handover)) == 1
        [path] = session.scalars(select(IssuedDocument.relative_path).where(IssuedDocument.kind == "handover"))
    folder = services.database.file_path.parent / "arsip" / "penyerahan"
    assert sorted(item.name for item in folder.iterdir()) == [path.split("/")[-1]]  # no stray temporary left


def test_no_write_lock_is_held_while_the_decree_renders(sqlite_services, monkeypatch):
    import printing.decree_pdf as decree_module  # imported by the service when it first signs (lazy start-up)

    app = finished_application(sqlite_services)
    real_render, probes = decree_module.decree_pdf, []

    def render_and_probe(*args, **kwargs):
        other = sqlite3.connect(sqlite_services.database.file_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            probes.append("free")
        finally:
            other.close()
        return real_render(*args, **kwargs)

    monkeypatch.setattr(decree_module, "decree_pdf", render_and_probe)
    decree = sqlite_services.decrees.issue(kadis(), app.id)
    assert probes == ["free"] and sqlite_services.decrees.verify(decree.payload).current
