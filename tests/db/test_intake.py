import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.intake.applicants import BusinessInput, PersonInput
from db.intake.checklist import ADA_SESUAI, TIDAK_ADA, TIDAK_BERLAKU, TIDAK_SESUAI, Mark
from db.intake.registration import ProxyInput
from db.models import Application, FileCheck, Role
from db.services import open_services
from tests.lifecycle_helpers import as_role, holder, walk

WOMAN_NIK = "6311015508900001"  # Kalimantan Selatan, born 15-08-1990, woman (day + 40)
MAN_NIK = "6311011203850002"


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


def officer(name="budi"):
    return Actor(name, "pc-1", role=Role.PETUGAS_LOKET, counter_number=1, full_name="Budi Santoso")


@pytest.fixture
def person(office):
    return office.applicants.save_person(
        officer(),
        PersonInput(WOMAN_NIK, "Siti Aminah", "Paringin", None, "Jl. Ahmad Yani", "0812-3456-7890", "siti@contoh.id"),
    )


def all_marks(items, status=ADA_SESUAI):
    return {item.position: Mark(status) for item in items if not item.heading}


def test_person_is_validated_and_found_again(office, person):
    assert person.birth_date == date(1990, 8, 15) and person.phone == "+6281234567890"
    assert office.applicants.find(WOMAN_NIK).id == person.id
    again = office.applicants.save_person(
        officer(), PersonInput(WOMAN_NIK, "Siti Aminah Binti H", phone="0812 3456 7891")
    )
    assert again.id == person.id and again.name == "Siti Aminah Binti H"
    with pytest.raises(DomainError, match="16 angka"):
        office.applicants.save_person(officer(), PersonInput("631101550890", "X Y"))
    with pytest.raises(DomainError, match="tidak cocok dengan NIK"):
        office.applicants.save_person(officer(), PersonInput(MAN_NIK, "Ahmad", birth_date=date(1985, 3, 13)))


def test_business_with_the_person_who_comes(office):
    business = office.applicants.save_business(
        officer(),
        BusinessInput(
            "1234567890123",
            "PT Maju Jaya",
            "013000666091000",
            "Jl. Pasar Paringin",
            PersonInput(MAN_NIK, "Ahmad Fauzi"),
        ),
    )
    assert business.kind == "business" and business.contact_name == "Ahmad Fauzi"
    assert office.applicants.find("1234567890123").id == business.id
    assert office.applicants.find(MAN_NIK).kind == "person"


def test_incomplete_file_is_returned_with_reasons_and_numbered_slip(office, person):
    entry, items = office.intake.checklist("DPM-007")
    marks = all_marks(items)
    checkable = [i for i in items if not i.heading]
    marks[checkable[0].position] = Mark(TIDAK_ADA)
    marks[checkable[1].position] = Mark(TIDAK_SESUAI, "fotokopi tidak terbaca")
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, None, marks)
    assert not outcome.complete and outcome.slip_number == "503/0001/KB/DPMPTSP/XI/2026"
    assert [p[2] for p in outcome.problems] == [TIDAK_ADA, TIDAK_SESUAI]
    assert outcome.problems[1][3] == "fotokopi tidak terbaca"
    second = office.intake.submit(officer(), person.id, entry.revision_id, None, marks)
    assert second.slip_number == "503/0002/KB/DPMPTSP/XI/2026"
    with office.database.read() as session:
        assert session.scalar(select(func.count(Application.id))) == 0


def test_complete_file_is_registered_with_number_and_due_date(office, person):
    entry, items = office.intake.checklist("DPM-007")
    assert entry.service.sla_working_days == 12
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, None, all_marks(items))
    assert outcome.complete and outcome.registration_number == "503/0001/DPMPTSP/XI/2026"
    app = office.tracking.get(outcome.application_id)
    assert app.received_on == date(2026, 11, 20)
    assert app.due_on == date(2026, 12, 8)  # 12 working days after Friday 20 November 2026
    assert app.days_left == 12 and not app.nearly_due and not app.overdue
    assert app.current_step > 0  # the steps before and at the front office's receipt are behind it
    following = office.intake.submit(officer(), person.id, entry.revision_id, None, all_marks(items))
    assert following.registration_number == "503/0002/DPMPTSP/XI/2026"


def test_rules_of_marking(office, person):
    entry, items = office.intake.checklist("DPM-007")
    mandatory = next(i for i in items if not i.heading and i.mandatory)
    marks = all_marks(items)
    marks[mandatory.position] = Mark(TIDAK_BERLAKU)
    with pytest.raises(DomainError, match="wajib"):
        office.intake.submit(officer(), person.id, entry.revision_id, None, marks)
    marks[mandatory.position] = Mark(TIDAK_SESUAI, " ")
    with pytest.raises(DomainError, match="alasan"):
        office.intake.submit(officer(), person.id, entry.revision_id, None, marks)
    del marks[mandatory.position]
    with pytest.raises(DomainError, match="belum diperiksa"):
        office.intake.submit(officer(), person.id, entry.revision_id, None, marks)
    with office.database.read() as session:
        assert session.scalar(select(func.count(FileCheck.id))) == 0


def test_conditional_items_may_be_not_applicable(office, person):
    service = next(s for s in office.catalog.export() if any(not r["mandatory"] for r in s["requirements"]))
    entry, items = office.intake.checklist(service["code"])
    marks = {i.position: Mark(TIDAK_BERLAKU if not i.mandatory else ADA_SESUAI) for i in items if not i.heading}
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, None, marks)
    assert outcome.complete


def test_variants_are_chosen_and_checked(office, person):
    with pytest.raises(DomainError, match="varian"):
        office.intake.checklist("DPM-042")
    entry, items = office.intake.checklist("DPM-042", entry_variant := entry_name(office))
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, entry_variant, all_marks(items))
    assert office.tracking.get(outcome.application_id).variant == entry_variant


def entry_name(office):
    return office.catalog.get("DPM-042").service.variants[0].name


def test_a_proxy_needs_a_letter(office, person):
    entry, items = office.intake.checklist("DPM-007")
    with pytest.raises(DomainError, match="surat kuasa"):
        office.intake.submit(
            officer(),
            person.id,
            entry.revision_id,
            None,
            all_marks(items),
            proxy=ProxyInput("Ahmad Fauzi", MAN_NIK, ""),
        )
    outcome = office.intake.submit(
        officer(),
        person.id,
        entry.revision_id,
        None,
        all_marks(items),
        proxy=ProxyInput("Ahmad Fauzi", MAN_NIK, "Surat kuasa bermeterai"),
    )
    with office.database.read() as session:
        assert session.get(FileCheck, outcome.check_id).proxy["nik"] == MAN_NIK


def test_the_snapshot_not_the_live_catalog_is_what_was_checked(office, person):
    entry, items = office.intake.checklist("DPM-007")
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    changed = entry.service.model_copy(update={"requirements": entry.service.requirements[:1]})
    office.catalog.update_entry(admin, changed, "revisi")
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, None, all_marks(items))
    assert outcome.complete  # checked against the snapshot the officer had on screen


def test_tracking_through_steps_overdue_and_rejection(office, person, clock):
    entry, items = office.intake.checklist("DPM-007")
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, None, all_marks(items))
    app = office.tracking.get(outcome.application_id)
    remaining = len(app.steps) - app.current_step
    clock.now += timedelta(days=16)  # Sunday 6 Dec: two working days left
    assert office.tracking.get(app.id).nearly_due
    clock.now += timedelta(days=4)
    late = office.tracking.get(app.id)
    assert late.overdue and late.days_left < 0
    assert remaining > 0
    with pytest.raises(PermissionDenied, match="Back Office"):  # the front office cannot do the Back Office's step
        office.tracking.record_step(officer(), app.id, "selesai")
    app = walk(office, app.id)
    assert app.status == "ready" and app.step_kind == "handover"
    with pytest.raises(DomainError, match="Penyerahan"):
        office.lifecycle.advance(holder(app), app.id)
    other = office.intake.submit(officer(), person.id, entry.revision_id, None, all_marks(items))
    with pytest.raises(PermissionDenied):
        office.lifecycle.reject(officer(), other.application_id, "Rekomendasi teknis tidak terbit")
    rejected = office.lifecycle.reject(as_role(Role.BACK_OFFICE), other.application_id, "Rekomendasi tidak terbit")
    assert rejected.application.status == "rejected" and "/TOLAK/" in rejected.letter_number
    assert Path(rejected.pdf_path).read_bytes().startswith(b"%PDF")
    history = office.tracking.history(other.application_id)
    assert history[-1].what == "Ditolak" and "Rekomendasi tidak terbit" in history[-1].note


def test_search_by_number_nik_name_and_service(office, person):
    entry, items = office.intake.checklist("DPM-007")
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, None, all_marks(items))
    for query in ["503/0001", WOMAN_NIK, "siti", "apotek", "DPM-007"]:
        assert [a.registration_number for a in office.tracking.search(query)] == [outcome.registration_number]
    assert office.tracking.search("tidak ada orangnya") == []
    assert office.tracking.search(status="rejected") == []


def test_two_counters_registering_at_once_never_share_a_number(database_url, office, person, clock):
    entry, items = office.intake.checklist("DPM-007")
    sides = [open_services(database_url, device_id=f"pc-{n}", clock=clock) for n in range(2)]
    numbers, errors = [], []
    barrier = threading.Barrier(2)

    def register(services):
        try:
            barrier.wait()
            for _ in range(10):
                numbers.append(
                    services.intake.submit(
                        officer(), person.id, entry.revision_id, None, all_marks(items)
                    ).registration_number
                )
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=register, args=(side,)) for side in sides]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    for side in sides:
        side.close()
    assert not errors, errors
    assert sorted(numbers) == [f"503/{n:04d}/DPMPTSP/XI/2026" for n in range(1, 21)]
