"""One numbering setting per kind of document, in the office's pattern; each kind's series continues."""

from datetime import date

import pytest

from db.core.actor import Actor
from db.core.errors import DomainError
from db.documents import numbering
from db.models import Role
from db.services import open_services

ADMIN = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)


@pytest.fixture
def office(database_url, loket_home):
    opened = open_services(database_url, device_id="pc-1")
    yield opened
    opened.close()


def take(office, kind, day=date(2026, 11, 25)):
    with office.database.transaction() as session:
        return numbering.next_number(session, kind, day)


def test_every_kind_defaults_to_the_office_pattern(office):
    marks = {"registration": "", "decree": "SK/", "return_slip": "KB/", "handover": "SER/", "complaint": "ADU/"}
    marks["rejection"] = "TOLAK/"
    for kind, mark in marks.items():
        assert take(office, kind) == f"503/0001/{mark}DPMPTSP/XI/2026", kind
    assert set(marks) == set(numbering.KINDS)


def test_a_changed_pattern_continues_the_series(office):
    assert take(office, "return_slip") == "503/0001/KB/DPMPTSP/XI/2026"
    office.settings.set(ADMIN, "return_slip.number_format", "800/{nomor:03d}/PB-DPMPTSP/{bulan}/{tahun}")
    assert take(office, "return_slip", date(2026, 12, 1)) == "800/002/PB-DPMPTSP/XII/2026"
    assert take(office, "handover") == "503/0001/SER/DPMPTSP/XI/2026"  # another kind, its own series
    assert take(office, "return_slip", date(2027, 1, 4)) == "800/001/PB-DPMPTSP/I/2027"  # a new year starts at 1


def test_a_rolled_back_number_is_given_back(office):
    with pytest.raises(RuntimeError):
        with office.database.transaction() as session:
            numbering.next_number(session, "complaint", date(2026, 11, 25))
            raise RuntimeError("the record failed")
    assert take(office, "complaint") == "503/0001/ADU/DPMPTSP/XI/2026"


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        ("503/{nomor:04d}/KB/DPMPTSP/{bulan}", "tahun"),
        ("503/KB/{tahun}", "nomor"),
        ("503/{nomor:04d}/{kantor}/{tahun}", "tidak dapat dipakai"),
        ("503/{nomor:04d}/PENGEMBALIAN-BERKAS-PERMOHONAN/DPMPTSP/{bulan}/{tahun}", "40 karakter"),
    ],
)
def test_a_pattern_that_would_repeat_or_overflow_is_refused(office, pattern, reason):
    with pytest.raises(DomainError, match=reason):
        office.settings.set(ADMIN, "return_slip.number_format", pattern)


def test_an_unknown_kind_is_a_domain_error(office):
    with pytest.raises(DomainError, match="tidak bernomor"):
        take(office, "kuitansi")
