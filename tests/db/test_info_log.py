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


def test_a_referred_question_stays_open_until_answered_by_whom_it_was_referred_to(office):
    """001 lines 7269-7274 and 7325-7331: the Kasi gives the answer, the Kabid analyses a consultation."""
    kasi = Actor("kasi", "pc-1", role=Role.KASI, full_name="Hj. Rahmah, S.E.")
    kabid = Actor("kabid", "pc-1", role=Role.KABID, full_name="Drs. Ahmad")
    asked = office.info_log.record(officer(), entry(answer="", referred_to="kasi"))
    assert asked.status == "referred" and asked.status_label == "Dirujuk, menunggu jawaban (Kasi)"
    assert asked.answered_by is None
    consult = office.info_log.record(officer(), entry("konsultasi", answer="", referred_to="kabid"))
    assert [e.id for e in office.info_log.referred(kasi)] == [asked.id]
    assert [e.id for e in office.info_log.referred(kabid)] == [consult.id]
    with pytest.raises(DomainError, match="untuk Kabid"):
        office.info_log.answer(kasi, consult.id, "Tidak perlu izin baru.")
    with pytest.raises(PermissionDenied):
        office.info_log.answer(officer(), asked.id, "Saya jawab sendiri")
    done = office.info_log.answer(kasi, asked.id, "Persyaratan sudah cukup, silakan daftar.")
    assert done.status == "answered" and done.answered_by == "Hj. Rahmah, S.E." and done.answered_at is not None
    assert office.info_log.referred(kasi) == []
    with pytest.raises(DomainError, match="sudah dijawab"):
        office.info_log.answer(kasi, asked.id, "lagi")
    with pytest.raises(DomainError, match="Kasi/Kabid"):
        office.info_log.record(officer(), entry(answer=""))
    with pytest.raises(DomainError, match="Kasi atau Kabid"):
        office.info_log.record(officer(), entry(answer="", referred_to="kepala_dinas"))
    answered_at_once = office.info_log.record(officer(), entry())
    assert answered_at_once.status == "answered" and answered_at_once.answered_by == "Budi Santoso"
