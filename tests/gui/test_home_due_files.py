"""Beranda: files near their due date (lifecycle.near_due_days) show for whoever holds them and the supervisor."""

from dataclasses import replace

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from desktop.screens.home_screen import HomeScreen
from tests.gui.conftest import make_clerk


def test_near_due_files_on_the_holders_home_screen(qtbot, screen_context, sqlite_services, admin_user):
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set(admin, "lifecycle.near_due_days", "30")  # every open file counts as near
    front = Actor("budi", sqlite_services.device_id, role=Role.PETUGAS_LOKET)
    person = sqlite_services.applicants.save_person(front, PersonInput("6311015508900001", "Siti Aminah"))
    entry, items = sqlite_services.intake.checklist("DPM-051")
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    outcome = sqlite_services.intake.submit(front, person.id, entry.revision_id, None, marks)

    def home_of(username, role):
        user = make_clerk(sqlite_services, admin_user, username, role)
        screen = HomeScreen(replace(screen_context, user=user))
        qtbot.addWidget(screen)
        return screen

    back_office = home_of("rina", Role.BACK_OFFICE)
    qtbot.waitUntil(
        lambda: (
            back_office.due_files.count() == 1 and outcome.registration_number in back_office.due_files.item(0).text()
        )
    )
    assert "sisa" in back_office.due_files.item(0).text() and "(1)" in back_office.due_box.title()
    kasi = home_of("hendra", Role.KASI)
    qtbot.waitUntil(lambda: kasi.due_files.count() == 1 and "Tidak ada berkas" in kasi.due_files.item(0).text())
    supervisor = home_of("spv", Role.SUPERVISOR)
    qtbot.waitUntil(
        lambda: supervisor.due_files.count() == 1 and outcome.registration_number in supervisor.due_files.item(0).text()
    )
