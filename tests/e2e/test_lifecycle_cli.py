"""loket-admin file ... / decree sign|print / delegation: the file's life from the command line, each step by the
officer holding it (signed in with a password), Indonesian messages only."""

from datetime import date

import pypdfium2
import pytest

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from db.services import open_services
from tests.lifecycle_helpers import ROLE_USERS

PASSWORD = "sandi-rahasia-1"


@pytest.fixture
def office(loket_home, tmp_path):
    services = open_services(device_id="pc-1")
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    services.settings.set(admin, "archive.dir", str(tmp_path / "arsip"))
    for role, (username, full_name) in ROLE_USERS.items():
        services.accounts.add_user(admin, username, full_name, role, PASSWORD)
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET)
    person = services.applicants.save_person(officer, PersonInput("6311015508900001", "Siti Aminah"))
    numbers = []
    for _ in range(2):
        entry, items = services.intake.checklist("DPM-051")
        marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
        numbers.append(services.intake.submit(officer, person.id, entry.revision_id, None, marks).registration_number)
    services.close()
    return numbers


def text_of(path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_each_step_by_its_holder_then_sign_print_and_reject(admin_cli, office, tmp_path):
    number, other = office

    def step(user, *extra, registration=number):
        return admin_cli("file", "step", registration, "--user", user, "--password-stdin", *extra, stdin=PASSWORD)

    waiting = admin_cli("file", "list", "--waiting-for", "back_office")
    assert waiting.returncode == 0 and number in waiting.stdout and "2 berkas" in waiting.stdout
    refused = step("kasi")
    assert refused.returncode == 1 and "hanya dapat dicatat oleh Back Office" in refused.stderr
    wrong_password = admin_cli("file", "step", number, "--user", "rina", "--password-stdin", stdin="salah")
    assert wrong_password.returncode == 1 and "kata sandi salah" in wrong_password.stderr
    assert step("rina", "--note", "draf SK dibuat").returncode == 0
    assert step("kasi").returncode == 0 and step("kabid").returncode == 0
    early = admin_cli("decree", "print", number, "--out", str(tmp_path / "x.pdf"))
    assert early.returncode == 1 and "belum ditandatangani" in early.stderr
    signed = admin_cli("decree", "sign", number, "--user", "kadis", "--password-stdin", stdin=PASSWORD)
    assert signed.returncode == 0 and "ditandatangani" in signed.stdout
    shown = admin_cli("file", "show", number)
    assert "Siap diambil" in shown.stdout and "Serahkan SK" in shown.stdout
    assert "in_progress" not in shown.stdout + signed.stdout
    first, second = tmp_path / "asli.pdf", tmp_path / "salinan.pdf"
    assert "(asli)" in admin_cli("decree", "print", number, "--out", str(first)).stdout
    copy = admin_cli("decree", "print", number, "--out", str(second))
    assert "SALINAN ke-1" in copy.stdout and "SALINAN" in text_of(second) and "SALINAN" not in text_of(first)
    handover = step("sari")
    assert handover.returncode == 1 and "Penyerahan" in handover.stderr
    rejected = admin_cli(
        "file", "reject", other, "--user", "rina", "--password-stdin", "--reason", "Rekomendasi ditolak", stdin=PASSWORD
    )
    assert rejected.returncode == 0 and "/TOLAK/" in rejected.stdout
    letter = rejected.stdout.split(": ", 1)[1].strip()
    assert "SURAT PENOLAKAN PERMOHONAN" in text_of(letter) and "Rekomendasi ditolak" in text_of(letter)
    again = step("rina", registration=other)
    assert again.returncode == 1 and "berstatus Ditolak" in again.stderr


def test_a_plt_signs_and_the_decree_names_who_signed(admin_cli, office):
    number = office[0]
    for user in ("rina", "kasi", "kabid"):
        admin_cli("file", "step", number, "--user", user, "--password-stdin", stdin=PASSWORD)
    refused = admin_cli("decree", "sign", number, "--user", "kabid", "--password-stdin", stdin=PASSWORD)
    assert refused.returncode == 1 and "Kepala Dinas" in refused.stderr
    today = date.today()
    added = admin_cli(
        "delegation",
        "add",
        "kabid",
        "--role",
        "kepala_dinas",
        "--title",
        "Plt.",
        "--from",
        today.isoformat(),
        "--to",
        date(today.year + 1, 1, 31).isoformat(),
        "--reason",
        "Surat Perintah Bupati 800/12/2026",
        "--nip",
        "197001011990031001",
    )
    assert added.returncode == 0 and "Plt. Kepala Dinas" in added.stdout
    signed = admin_cli("decree", "sign", number, "--user", "kabid", "--password-stdin", stdin=PASSWORD)
    assert signed.returncode == 0, signed.stderr
    text = text_of(signed.stdout.split("arsip: ", 1)[1].strip())
    assert "Plt." in text and ROLE_USERS[Role.KABID][1] in text
    shown = admin_cli("file", "show", number)
    assert "Plt. Kepala Dinas" in shown.stdout
