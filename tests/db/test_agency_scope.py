"""An officer of one agency is refused another agency's applicants, files, decrees, handovers, complaints and
information log, and lists never show them; each file's documents carry its agency's letterhead and numbering
(issue 19). On SQLite and PostgreSQL."""

from __future__ import annotations

from dataclasses import replace

import pypdfium2
import pytest

from db.agencies.scope import REFUSAL
from db.complaints.service import ComplaintInput
from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.info_log.service import InfoInput
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from db.services import open_services
from tests.lifecycle_helpers import as_role, sign

NIK = "6311015508900001"


@pytest.fixture
def hall(database_url, tmp_path, clock):
    """The Balangan hall with its DPMPTSP and the Setda (eight bureaus)."""
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    opened.settings.set(admin, "archive.dir", str(tmp_path / "arsip"))
    opened.agencies.add_shipped(admin, "SETDA-BLG")
    yield opened
    opened.close()


def officer(services, code: str, role: Role = Role.PETUGAS_LOKET) -> Actor:
    return replace(as_role(role), agency_id=services.agencies.get(code).id, counter_number=1)


def register(services, actor: Actor, code: str, agency_id=None):
    person = services.applicants.save_person(actor, PersonInput(NIK, "Siti Aminah", address="Paringin"), agency_id)
    entry, items = services.intake.checklist(code)
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    outcome = services.intake.submit(actor, person.id, entry.revision_id, None, marks)
    return outcome, services.tracking.get(outcome.application_id)


def pdf_text(pdf: bytes) -> str:
    document = pypdfium2.PdfDocument(pdf)
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    return text


def test_each_agency_registers_its_own_files_in_its_own_series_and_letterhead(hall):
    dpm, setda = officer(hall, "DPMPTSP-BLG"), officer(hall, "SETDA-BLG")
    dpm_outcome, dpm_file = register(hall, dpm, "DPM-007")
    setda_outcome, setda_file = register(hall, setda, "SETDA-HKM-01")
    assert dpm_file.registration_number == "503/0001/DPMPTSP/XI/2026"
    assert setda_file.registration_number == "188/0001/SETDA/XI/2026"  # its own series, from 1
    # the same person is on both agencies' registers, each agency its own row
    assert hall.applicants.find(NIK, setda).id != hall.applicants.find(NIK, dpm).id
    receipt = pdf_text(hall.documents.outcome_documents(setda_outcome).pdf)
    assert "SEKRETARIAT DAERAH" in receipt.upper() and "Ahmad Yani No. 01" in receipt
    assert "PENANAMAN MODAL" not in receipt.upper()
    assert "PENANAMAN MODAL" in pdf_text(hall.documents.outcome_documents(dpm_outcome).pdf).upper()


def test_an_officer_is_refused_another_agencys_file_and_never_sees_it_listed(hall, tmp_path):
    dpm, setda = officer(hall, "DPMPTSP-BLG"), officer(hall, "SETDA-BLG")
    _, dpm_file = register(hall, dpm, "DPM-007")
    _, setda_file = register(hall, setda, "SETDA-HKM-01")
    for read in (
        lambda: hall.tracking.get(dpm_file.id, setda),
        lambda: hall.tracking.find_number(dpm_file.registration_number, setda),
        lambda: hall.tracking.history(dpm_file.id, setda),
        lambda: hall.conditions.for_application(dpm_file.id, setda),
        lambda: hall.attachments.of_application(dpm_file.id, setda),
        lambda: hall.applicants.get(hall.applicants.find(NIK, dpm).id, setda),
    ):
        with pytest.raises(PermissionDenied) as refused:
            read()
        assert str(refused.value) == REFUSAL
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    kasi_setda = officer(hall, "SETDA-BLG", Role.KASI)
    for change in (
        lambda: hall.tracking.record_step(kasi_setda, dpm_file.id),
        lambda: hall.lifecycle.advance(kasi_setda, dpm_file.id),
        lambda: hall.lifecycle.reject(kasi_setda, dpm_file.id, "tidak lengkap"),
        lambda: hall.attachments.attach(setda, dpm_file.id, str(scan)),
    ):
        with pytest.raises(PermissionDenied):
            change()
    assert hall.tracking.get(dpm_file.id).current_step == dpm_file.current_step  # nothing changed
    assert [info.id for info in hall.tracking.search(actor=setda)] == [setda_file.id]
    assert {info.id for info in hall.tracking.search(actor=Actor("spv", "pc-1", role=Role.SUPERVISOR))} == {
        dpm_file.id,
        setda_file.id,
    }
    assert hall.handovers.find(dpm_file.registration_number, setda) == []
    with pytest.raises(PermissionDenied, match="dilayani DPMPTSP Kabupaten Balangan"):
        register(hall, setda, "DPM-007")  # another agency's service


def test_another_agencys_decree_is_refused_and_printed_with_its_own_signer(hall):
    dpm, setda = officer(hall, "DPMPTSP-BLG"), officer(hall, "SETDA-BLG")
    _, dpm_file = register(hall, dpm, "DPM-007")
    setda_kadis = officer(hall, "SETDA-BLG", Role.KEPALA_DINAS)
    with pytest.raises(PermissionDenied):
        hall.decrees.issue(setda_kadis, dpm_file.id)
    decree = sign(hall, dpm_file.id)  # the hall's Kepala Dinas account (no agency) may sign for the DPMPTSP
    assert decree.decree_number == "503/0001/SK/DPMPTSP/XI/2026"
    with pytest.raises(PermissionDenied):
        hall.decrees.copy_pdf(setda, decree.decree_number)
    with pytest.raises(PermissionDenied):
        hall.lifecycle.decree_to_print(setda, dpm_file.id)
    with pytest.raises(PermissionDenied):
        hall.handovers.hand_over(setda, dpm_file.id, proxy=False, name="Siti Aminah", nik=NIK)
    assert "H. ABIJI" in pdf_text(hall.decrees.copy_pdf(dpm, decree.decree_number))


def test_complaints_and_the_information_log_stay_with_their_agency(hall):
    dpm_cs = officer(hall, "DPMPTSP-BLG", Role.CUSTOMER_SERVICE)
    setda_cs = officer(hall, "SETDA-BLG", Role.CUSTOMER_SERVICE)
    complaint = hall.complaints.record(
        setda_cs, ComplaintInput("langsung", "pelaksanaan", "Antrian bagian hukum terlalu lama.", "Ahmad Fauzi")
    )
    assert complaint.tracking_number == "188/0001/ADU/SETDA/XI/2026"
    assert hall.complaints.search(dpm_cs) == []
    with pytest.raises(PermissionDenied):
        hall.complaints.get(dpm_cs, complaint.id)
    with pytest.raises(PermissionDenied):
        hall.complaints.find(dpm_cs, complaint.tracking_number)
    assert [c.id for c in hall.complaints.search(setda_cs)] == [complaint.id]
    receipt = pdf_text(hall.documents.complaint_receipt(complaint).pdf)
    assert "SEKRETARIAT DAERAH" in receipt.upper()
    question = InfoInput("informasi", "Rudi", "Syarat rekomendasi hibah?", "Lihat daftar persyaratan.", 5)
    entry = hall.info_log.record(setda_cs, question)
    assert [e.id for e in hall.info_log.recent(actor=setda_cs)] == [entry.id]
    assert hall.info_log.recent(actor=dpm_cs) == []
    hall_cs = as_role(Role.CUSTOMER_SERVICE)  # the hall's own staff: must say which agency in a hall of two
    with pytest.raises(DomainError, match="pilih instansi"):
        hall.info_log.record(hall_cs, question)
    assert hall.info_log.record(hall_cs, replace(question, agency_id=hall.agencies.get("DPMPTSP-BLG").id))


def test_the_hall_staff_register_once_and_the_file_goes_to_the_services_agency(hall):
    hall_cs = as_role(Role.PETUGAS_LOKET)
    with pytest.raises(DomainError, match="pilih instansi"):
        hall.applicants.save_person(hall_cs, PersonInput(NIK, "Siti Aminah"))
    setda = hall.agencies.get("SETDA-BLG")
    _, first = register(hall, hall_cs, "SETDA-HKM-01", setda.id)
    dpm = hall.agencies.get("DPMPTSP-BLG")
    person = hall.applicants.find(NIK, hall_cs)
    entry, items = hall.intake.checklist("DPM-007")
    outcome = hall.intake.submit(
        hall_cs, person.id, entry.revision_id, None, {i.position: Mark("ada_sesuai") for i in items if not i.heading}
    )
    second = hall.tracking.get(outcome.application_id)
    assert first.registration_number.startswith("188/") and second.registration_number.startswith("503/")
    dpm_officer = replace(as_role(Role.PETUGAS_LOKET), agency_id=dpm.id)
    assert hall.applicants.find(NIK, dpm_officer).name == "Siti Aminah"  # copied to its register
    assert second.applicant_name == first.applicant_name


def test_every_record_written_in_a_hall_of_two_carries_its_agency(hall):
    from sqlalchemy import text

    setda, setda_cs = hall.agencies.get("SETDA-BLG"), officer(hall, "SETDA-BLG", Role.CUSTOMER_SERVICE)
    dpm = officer(hall, "DPMPTSP-BLG")
    complete, _ = register(hall, dpm, "DPM-007")
    person = hall.applicants.save_person(setda_cs, PersonInput(NIK, "Siti Aminah"))
    entry, items = hall.intake.checklist("SETDA-HKM-03")
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    first = next(item for item in items if not item.heading)
    marks[first.position] = Mark("tidak_ada", "belum dibawa")
    returned = hall.intake.submit(setda_cs, person.id, entry.revision_id, None, marks)
    complaint = hall.complaints.record(setda_cs, ComplaintInput("langsung", "sarana", "Kursi tunggu kurang.", "Rudi"))
    for rendered in (
        hall.documents.outcome_documents(complete),
        hall.documents.outcome_documents(returned),
        hall.documents.complaint_receipt(complaint),
    ):
        hall.documents.archive(setda_cs if rendered.kind != "receipt" else dpm, rendered)
    hall.skm.submit(setda_cs, "SETDA-HKM-03", [4] * 9)
    hall.skm.submit(setda_cs, "LYN-INFO", [3] * 9)  # a hall-wide service: the officer's agency
    with hall.database.read() as session:
        for table in ("applicants", "file_checks", "applications", "issued_documents", "complaints", "skm_responses"):
            assert session.scalar(text(f"SELECT count(*) FROM {table} WHERE agency_id IS NULL")) == 0, table  # noqa: S608
        slips = dict(session.execute(text("SELECT kind, agency_id FROM issued_documents")).all())
        skm = session.execute(text("SELECT agency_id FROM skm_responses")).scalars().all()
    assert {str(slips["return_slip"]).replace("-", ""), str(slips["complaint"]).replace("-", "")} == {setda.id.hex}
    assert {str(value).replace("-", "") for value in skm} == {setda.id.hex}
