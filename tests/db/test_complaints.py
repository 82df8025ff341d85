import threading
from datetime import date, timedelta

import pytest

from db.complaints.service import STEPS, ComplaintInput
from db.core.actor import Actor
from db.core.errors import DomainError, NotFound, PermissionDenied
from db.models import Role
from db.services import open_services


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


def cs(name="rina"):
    return Actor(name, "pc-1", role=Role.CUSTOMER_SERVICE, counter_number=1, full_name="Rina CS")


def supervisor():
    return Actor("sari", "pc-1", role=Role.SUPERVISOR, full_name="Sari Supervisor")


def complaint(category="pelaksanaan", **extra):
    values = dict(
        channel="langsung",
        category=category,
        description="Petugas loket 2 datang terlambat satu jam.",
        complainant_name="Ahmad Fauzi",
        phone="0812-3456-7890",
    )
    values.update(extra)
    return ComplaintInput(**values)


def test_recorded_with_number_validated_contact_and_provisional_due(office):
    info = office.complaints.record(cs(), complaint(email="Ahmad@Contoh.ID"))
    assert info.tracking_number == "503/0001/ADU/DPMPTSP/XI/2026"
    assert info.phone == "+6281234567890" and info.email == "Ahmad@contoh.id"
    assert info.received_on == date(2026, 11, 20) and info.status == "open"
    assert info.due_on == date(2026, 12, 4)  # sedang: 10 working days
    second = office.complaints.record(cs(), complaint(anonymous=True, complainant_name=None, phone=None))
    assert second.tracking_number == "503/0002/ADU/DPMPTSP/XI/2026" and second.complainant_label == "Anonim"
    with pytest.raises(DomainError, match="Nomor telepon"):
        office.complaints.record(cs(), complaint(phone="08x"))
    with pytest.raises(DomainError, match="anonim"):
        office.complaints.record(cs(), complaint(complainant_name=""))
    with pytest.raises(DomainError, match="Saluran"):
        office.complaints.record(cs(), complaint(channel="merpati"))
    with pytest.raises(NotFound):
        office.complaints.record(cs(), complaint(registration_number="503/9999/X"))
    with pytest.raises(PermissionDenied):
        office.complaints.record(Actor("budi", "pc-1", role=Role.PETUGAS_LOKET), complaint())
    assert len(office.complaints.search(cs())) == 2


def test_steps_priority_due_date_and_closing(office, clock):
    info = office.complaints.record(cs(), complaint())
    info = office.complaints.advance(cs(), info.id, "Rina", "berkas lengkap")
    with pytest.raises(PermissionDenied, match="Kasi"):
        office.complaints.advance(cs(), info.id, "Kasi Pengaduan", priority="tinggi")
    with pytest.raises(DomainError, match="prioritas"):
        office.complaints.advance(role(Role.KASI), info.id, "Kasi Pengaduan")
    info = office.complaints.advance(role(Role.KASI), info.id, "Kasi Pengaduan", "mendesak", priority="tinggi")
    assert info.priority == "tinggi" and info.due_on == date(2026, 11, 27)  # 5 working days
    clock.now += timedelta(days=10)
    late = office.complaints.search(supervisor(), late_only=True)
    assert [row.id for row in late] == [info.id] and late[0].overdue
    with pytest.raises(DomainError, match="pelaksana"):
        office.complaints.advance(role(Role.BACK_OFFICE), info.id, "  ", "ok")  # no team named in the settings
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    office.settings.set(admin, "complaint.team", "Rina, Budi, Sari")
    for who in (Role.BACK_OFFICE, Role.KASI):
        info = office.complaints.advance(role(who), info.id, "", "ok")
    with pytest.raises(PermissionDenied, match="Kabid"):
        office.complaints.advance(cs(), info.id, "Kabid")
    info = office.complaints.advance(role(Role.KABID), info.id, "Kabid Pengaduan", "ok")
    info = office.complaints.advance(role(Role.KEPALA_DINAS), info.id, "Kepala Dinas", "laporan ditandatangani")
    assert info.status == "open"  # the complainant is still to be told the outcome (000 line 105)
    with pytest.raises(DomainError, match="cara penjelasan"):
        office.complaints.advance(cs(), info.id, "Sari", "Loket sudah diperbaiki.")
    with pytest.raises(DomainError, match="penjelasan tindak lanjut"):
        office.complaints.advance(cs(), info.id, "Sari", "ok", channel="telepon")
    info = office.complaints.advance(
        cs(), info.id, "Sari", "Urutan panggilan sudah diperbaiki dan petugas ditegur.", channel="telepon"
    )
    assert info.status == "closed"
    steps = office.complaints.steps(cs(), info.id)
    assert [s.text for s in steps] == [text for _code, text in STEPS]
    assert steps[1].person == "Kasi Pengaduan" and steps[1].done_on == date(2026, 11, 20)
    assert [s.actor_label for s in steps][1:6] == ["Kasi", "Tim Pengaduan", "Tim Pengaduan", "Kabid", "Kepala Dinas"]
    assert steps[-1].channel == "telepon" and steps[-1].note.startswith("Urutan panggilan")
    assert steps[2].person == "Tim Pengaduan (Rina, Budi, Sari)"
    with pytest.raises(DomainError, match="sudah selesai"):
        office.complaints.advance(cs(), info.id, "X")
    assert office.complaints.search(supervisor(), late_only=True) == []


def role(which):
    return Actor(which.value, "pc-1", role=which)


def test_deadlines_by_priority_are_office_settings(office):
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    office.settings.set(admin, "complaint.days_tinggi", "3")
    office.settings.set(admin, "complaint.days_sedang", "7")
    info = office.complaints.record(cs(), complaint())
    assert info.due_on == date(2026, 12, 1)  # 7 working days from Friday 20 November
    info = office.complaints.advance(cs(), info.id, "Rina")
    info = office.complaints.advance(role(Role.KASI), info.id, "Kasi", priority="tinggi")
    assert info.due_on == date(2026, 11, 25)  # 3 working days
    with pytest.raises(DomainError):
        office.settings.set(admin, "complaint.days_rendah", "0")


def test_gratification_and_abuse_are_for_supervisor_and_administrator_only(office):
    plain = office.complaints.record(cs(), complaint())
    kkn = office.complaints.record(cs(), complaint("kkn", description="Diminta uang pelicin oleh oknum."))
    abuse = office.complaints.record(cs(), complaint("wewenang", description="Berkas ditahan tanpa alasan jelas."))
    assert kkn.sensitive and abuse.sensitive
    assert {row.id for row in office.complaints.search(cs())} == {plain.id}
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    for boss in (supervisor(), admin):
        assert {row.id for row in office.complaints.search(boss)} == {plain.id, kkn.id, abuse.id}
    with pytest.raises(NotFound):
        office.complaints.get(cs(), kkn.id)
    with pytest.raises(NotFound):
        office.complaints.find(cs(), kkn.tracking_number)
    with pytest.raises(NotFound):
        office.complaints.advance(cs(), abuse.id, "Rina")
    with pytest.raises(NotFound):
        office.complaints.steps(cs(), abuse.id)
    assert office.complaints.advance(supervisor(), kkn.id, "Sari").current_step == 1


def test_two_desks_recording_at_once_never_share_a_number(database_url, office, clock):
    sides = [open_services(database_url, device_id=f"pc-{n}", clock=clock) for n in range(2)]
    numbers, errors = [], []
    barrier = threading.Barrier(2)

    def record(services):
        try:
            barrier.wait()
            for _ in range(10):
                numbers.append(services.complaints.record(cs(), complaint()).tracking_number)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=record, args=(side,)) for side in sides]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for side in sides:
        side.close()
    assert not errors, errors
    assert sorted(numbers) == [f"503/{n:04d}/ADU/DPMPTSP/XI/2026" for n in range(1, 21)]


def test_linked_to_the_ticket_being_served(office):
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
    office.queue.issue(officer, "A", service_code="DPM-007")
    ticket = office.queue.call_next(officer, 1)
    info = office.complaints.record(cs(), complaint(ticket_id=ticket.id, channel="sp4n_lapor"))
    assert info.ticket_label == "A-001" and info.channel_label == "SP4N-LAPOR!"
    assert office.complaints.find(cs(), info.tracking_number).id == info.id
    assert office.complaints.search(cs(), "terlambat")[0].id == info.id
