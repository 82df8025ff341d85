from datetime import date, timedelta

import pytest

from db.core.actor import Actor
from db.core.errors import DomainError, NotFound, PermissionDenied
from db.info_log.service import InfoCount, InfoInput
from db.models import Role
from db.services import open_services


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


def officer():
    return Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1, full_name="Budi Santoso")


def entry(kind="informasi", **extra):
    values = dict(
        kind=kind,
        visitor_name="Siti Aminah",
        question="Apa syarat izin apotek?",
        answer="Diberikan daftar persyaratan.",
        duration_minutes=5,
        service_code="DPM-007",
    )
    values.update(extra)
    return InfoInput(**values)


def test_logged_with_the_ticket_being_served_and_counted(office, clock):
    office.queue.issue(officer(), "A", service_code="DPM-007")
    ticket = office.queue.call_next(officer(), 1)
    current = office.queue_views.current_ticket(1)
    assert current.id == ticket.id
    first = office.info_log.record(officer(), entry(contact="0812 3456 7890", ticket_id=current.id))
    assert first.ticket_label == "A-001" and first.contact == "+6281234567890"
    assert first.service_name == "Izin Apotek" and first.served_on == date(2026, 11, 20)
    office.info_log.record(officer(), entry(duration_minutes=10, contact="siti@contoh.id"))
    office.info_log.record(officer(), entry("konsultasi", service_code=None, duration_minutes=20))
    clock.now += timedelta(days=3)
    office.info_log.record(officer(), entry())
    counts = office.info_log.counts(date(2026, 11, 20), date(2026, 11, 20))
    assert counts == [
        InfoCount("informasi", "DPM-007", "Izin Apotek", 2, 15),
        InfoCount("konsultasi", None, None, 1, 20),
    ]
    assert sum(c.count for c in office.info_log.counts(date(2026, 11, 1), date(2026, 11, 30))) == 4
    assert [e.ticket_label for e in office.info_log.recent(date(2026, 11, 20), date(2026, 11, 20))].count("A-001") == 1


def test_bad_entries_are_refused(office):
    with pytest.raises(DomainError, match="menit"):
        office.info_log.record(officer(), entry(duration_minutes=0))
    with pytest.raises(DomainError, match="Jawaban"):
        office.info_log.record(officer(), entry(answer=" "))
    with pytest.raises(NotFound):
        office.info_log.record(officer(), entry(service_code="TIDAK-ADA"))
    with pytest.raises(DomainError, match="email"):
        office.info_log.record(officer(), entry(contact="siti@"))
    with pytest.raises(PermissionDenied):
        office.info_log.record(Actor("sari", "pc-1", role=Role.SUPERVISOR), entry())
    assert office.info_log.recent() == []
