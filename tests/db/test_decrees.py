from pathlib import Path

import pypdfium2
import pytest

from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.decrees import keys
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from db.services import open_services
from tests.lifecycle_helpers import as_role, walk

WOMAN_NIK = "6311015508900001"
MAN_NIK = "6311011203850002"


@pytest.fixture
def office(database_url, loket_home, tmp_path):
    opened = open_services(database_url, device_id="pc-1")
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    opened.settings.set(admin, "archive.dir", str(tmp_path / "arsip"))
    yield opened
    opened.close()


def cs():
    return Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, full_name="Sari Dewi", counter_number=3)


def finished_application(office, complete=True, code="DPM-007"):
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
    person = office.applicants.save_person(officer, PersonInput(WOMAN_NIK, "Siti Aminah", address="Paringin"))
    entry, items = office.intake.checklist(code)
    outcome = office.intake.submit(
        officer, person.id, entry.revision_id, None, {i.position: Mark("ada_sesuai") for i in items if not i.heading}
    )
    app = office.tracking.get(outcome.application_id)
    if complete:
        app = walk(office, app.id, stop_at="sign")
    return app


def kadis():
    return as_role(Role.KEPALA_DINAS)


def test_a_decree_needs_every_step_before_the_signature(office):
    app = finished_application(office, complete=False)
    with pytest.raises(DomainError, match="masih menunggu langkah"):
        office.decrees.issue(kadis(), app.id)
    app = walk(office, app.id, stop_at="sign")
    with pytest.raises(PermissionDenied, match="Kepala Dinas"):
        office.decrees.issue(cs(), app.id)


def test_issue_verify_and_tamper(office):
    app = finished_application(office)
    decree = office.decrees.issue(kadis(), app.id)
    assert decree.decree_number.startswith("503/0001/SK/DPMPTSP/")
    pdf = Path(decree.pdf_path).read_bytes()
    document = pypdfium2.PdfDocument(pdf)
    width, height = document[0].get_size()
    document.close()
    assert (round(width, 1), round(height, 1)) == (609.4, 935.4)
    assert (keys.keys_dir() / keys.KEY_FILE).exists()
    result = office.decrees.verify(decree.payload)
    assert result.genuine and result.current and result.claims.holder == "Siti Aminah"
    tampered = decree.payload[:20] + ("A" if decree.payload[20] != "A" else "B") + decree.payload[21:]
    assert not office.decrees.verify(tampered).genuine
    assert not office.decrees.verify("bukan kode").genuine
    assert office.decrees.verify_pdf(pdf).current
    assert not office.decrees.verify_pdf(pdf[:-10] + b"0000000000").genuine
    with pytest.raises(DomainError, match="sudah terbit"):
        office.decrees.issue(kadis(), app.id)


def test_withdrawal_is_recorded_and_verification_says_so(office):
    app = finished_application(office)
    decree = office.decrees.issue(kadis(), app.id)
    with pytest.raises(PermissionDenied):
        office.decrees.change_status(cs(), decree.decree_number, "withdrawn", "salah", "Kepala Dinas")
    supervisor = Actor("spv", "pc-1", role=Role.SUPERVISOR)
    with pytest.raises(PermissionDenied):
        office.decrees.change_status(supervisor, decree.decree_number, "withdrawn", "Data pemohon keliru")
    supervisor = kadis()
    with pytest.raises(DomainError, match="wajib"):
        office.decrees.change_status(supervisor, decree.decree_number, "withdrawn", "", "")
    office.decrees.change_status(supervisor, decree.decree_number, "withdrawn", "Data pemohon keliru", "Kepala Dinas")
    result = office.decrees.verify(decree.payload)
    assert result.genuine and not result.current and result.status == "withdrawn"
    assert any("Data pemohon keliru" in line for line in result.messages)


def test_copies_are_marked_logged_and_verifiable(office):
    app = finished_application(office)
    decree = office.decrees.issue(kadis(), app.id)
    copy = office.decrees.copy_pdf(cs(), decree.decree_number)
    document = pypdfium2.PdfDocument(copy)
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert "SALINAN" in text
    assert office.decrees.verify_pdf(copy).current
    assert office.decrees.copy_pdf(cs(), decree.decree_number) == copy  # the same copy every time


def test_archive_check_finds_altered_and_missing_files(office):
    app = finished_application(office)
    decree = office.decrees.issue(kadis(), app.id)
    assert office.archive.check().ok
    with open(decree.pdf_path, "ab") as handle:
        handle.write(b"%")
    report = office.archive.check()
    assert report.altered and not report.ok
    import os

    os.remove(decree.pdf_path)
    assert office.archive.check().missing


def test_handover_rules(office):
    app = finished_application(office)
    with pytest.raises(DomainError, match="belum ditandatangani"):
        office.handovers.hand_over(cs(), app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)
    office.decrees.issue(kadis(), app.id)
    with pytest.raises(DomainError, match="belum siap diambil"):  # the Back Office's OSS step comes first
        office.handovers.hand_over(cs(), app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)
    assert walk(office, app.id).status == "ready"
    found = office.handovers.find(f"LOKET-REG:{app.registration_number}")
    assert found[0].decree_status == "valid" and not found[0].handed_over
    assert office.handovers.find(WOMAN_NIK)[0].application_id == app.id
    with pytest.raises(DomainError, match="tidak sama dengan NIK pemohon"):
        office.handovers.hand_over(cs(), app.id, proxy=False, name="Ahmad", nik=MAN_NIK)
    with pytest.raises(DomainError, match="surat kuasa"):
        office.handovers.hand_over(cs(), app.id, proxy=True, name="Ahmad Fauzi", nik=MAN_NIK)
    result = office.handovers.hand_over(
        cs(), app.id, proxy=True, name="Ahmad Fauzi", nik=MAN_NIK, letter="Surat kuasa 25-11-2026"
    )
    assert result.receipt_number.startswith("503/0001/SER/DPMPTSP/")
    document = pypdfium2.PdfDocument(result.pdf_path)
    text = document[0].get_textpage().get_text_range()
    document.close()
    assert "Ahmad Fauzi" in text
    assert office.tracking.get(app.id).status == "handed_over"
    with pytest.raises(DomainError, match="sudah diserahkan"):
        office.handovers.hand_over(cs(), app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)


def test_a_corrected_decree_is_replaced(office):
    app = finished_application(office)
    first = office.decrees.issue(kadis(), app.id)
    office.decrees.change_status(kadis(), first.decree_number, "corrected", "Alamat salah")
    assert office.tracking.get(app.id).step_kind == "sign"  # back to the Kepala Dinas to sign again
    second = office.decrees.issue(kadis(), app.id)
    assert second.decree_number != first.decree_number
    messages = office.decrees.verify(first.payload).messages
    assert any(second.decree_number in line for line in messages)


def issued_content(office, decree_number):
    from sqlalchemy import select

    from db.models.decrees import Decree

    with office.database.read() as session:
        return session.scalar(select(Decree.content).where(Decree.decree_number == decree_number))


def test_the_decree_text_follows_the_perbup_and_the_signing_mode(office):
    """Issue 18: the Perbup's real title (its Berita Daerah number is not in the seeds, so none is printed until the
    office confirms one), UU 23/2014 and the delegation (Pasal 8(3)) in Mengingat ordered by hierarchy, decisions
    numbered without repeating themselves, the tembusan, and the signing mode of the office (wet by default, as
    Pasal 8(2) requires) printed on the decree."""
    app = finished_application(office)
    decree = office.decrees.issue(kadis(), app.id)
    content = issued_content(office, decree.decree_number)
    mengingat = content["legal_basis"]
    perbup = next(text for text in mengingat if text.startswith("Peraturan Bupati Balangan Nomor 16 Tahun 2021"))
    assert perbup.endswith("Non Perizinan Yang Terintegrasi;") and "Berita Daerah" not in perbup
    assert any(text.startswith("Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah") for text in mengingat)
    assert any(text.startswith("Pasal 8 ayat (3)") for text in mengingat)
    assert mengingat.index(perbup) > max(i for i, t in enumerate(mengingat) if t.startswith("Peraturan Menteri"))
    labels = [label for label, _ in content["decisions"]]
    assert labels == ["KESATU", "KEDUA", "KETIGA"]
    assert sum("berlaku" in text and "ditetapkan" in text for _, text in content["decisions"]) == 1
    assert content["copies_to"][1] == "Kepala Dinas Kesehatan Kabupaten Balangan"
    assert content["signing_mode"] == "basah"
    text = " ".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(decree.pdf_path))
    assert "cap basah" in text and "ditandatangani secara elektronik" not in text
    assert "Tembusan disampaikan kepada Yth.:" in text


def test_the_berita_daerah_the_office_confirms_is_printed(office):
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    assert [item.setting for item in office.decrees.unconfirmed_references()] == ["decree.berita_daerah_perbup"]
    with pytest.raises(DomainError, match="2021"):
        office.settings.set(admin, "decree.berita_daerah_perbup", "Tahun 2017 Nomor 35")
    office.settings.set(admin, "decree.berita_daerah_perbup", "Tahun 2021 Nomor 16")
    assert office.decrees.unconfirmed_references() == []
    decree = office.decrees.issue(kadis(), finished_application(office).id)
    mengingat = issued_content(office, decree.decree_number)["legal_basis"]
    perbup = next(text for text in mengingat if text.startswith("Peraturan Bupati Balangan Nomor 16 Tahun 2021"))
    assert perbup.endswith("Yang Terintegrasi (Berita Daerah Kabupaten Balangan Tahun 2021 Nomor 16);")
    text = " ".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(decree.pdf_path))
    assert "Tahun 2021 Nomor 16" in " ".join(text.split())


def test_electronic_signing_is_an_office_setting(office):
    office.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "signing.mode", "elektronik")
    with pytest.raises(DomainError):
        office.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "signing.mode", "stempel")
    decree = office.decrees.issue(kadis(), finished_application(office).id)
    text = " ".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(decree.pdf_path))
    assert "ditandatangani secara elektronik" in text and "cap basah" not in text
    copy = office.decrees.copy_pdf(cs(), decree.decree_number)
    assert "ditandatangani secara elektronik" in " ".join(
        page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(copy)
    )


def test_a_period_of_validity_becomes_its_own_decision(office):
    """Izin Optikal 'berlaku selama 5 (lima) tahun' (001 line 1758): KEDUA says so with its end date, in words."""
    app = finished_application(office, code="DPM-057")
    content = issued_content(office, office.decrees.issue(kadis(), app.id).decree_number)
    labels = [label for label, _ in content["decisions"]]
    assert labels == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT"]
    assert content["decisions"][1][1].startswith("Izin Optikal ini berlaku selama 5 (lima) tahun sejak tanggal")
    assert ("Masa berlaku" in dict(content["holder"])) and "5 (lima) tahun" in dict(content["holder"])["Masa berlaku"]
