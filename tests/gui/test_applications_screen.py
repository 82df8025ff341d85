from dataclasses import replace

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from desktop.screens.applications_screen import ApplicationsModel, ApplicationsScreen
from tests.gui.conftest import make_clerk


def register(services, nik="6311015508900001", name="Siti Aminah"):
    officer = Actor("budi", services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    person = services.applicants.save_person(officer, PersonInput(nik, name))
    entry, items = services.intake.checklist("DPM-007")
    marks = {i.position: Mark("ada_sesuai") for i in items if not i.heading}
    return services.intake.submit(officer, person.id, entry.revision_id, None, marks)


def back_office_context(screen_context, sqlite_services, admin_user, role=Role.BACK_OFFICE, username="rina"):
    user = make_clerk(sqlite_services, admin_user, username, role)
    return replace(screen_context, user=user)


def test_search_steps_attachments_and_history(
    qtbot, screen_context, sqlite_services, admin_user, tmp_path, monkeypatch
):
    outcome = register(sqlite_services)
    register(sqlite_services, "6311011203850002", "Ahmad Fauzi")
    screen = ApplicationsScreen(back_office_context(screen_context, sqlite_services, admin_user))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    screen.query.setText("siti")  # no Enter: the list follows the typing
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: outcome.registration_number in screen.detail.toPlainText())
    assert screen.buttons["step"].text() == "Draf selesai (Back Office)"
    monkeypatch.setattr(
        "desktop.screens.applications_screen.QInputDialog.getText", lambda *a, **k: ("Rekomendasi diterima", True)
    )
    before = screen.model.rows[0].current_step
    screen.record_step()
    qtbot.waitUntil(lambda: "dicatat" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.rows[0].current_step == before + 1)
    qtbot.waitUntil(lambda: screen.buttons["step"].text() == "Paraf Kasi")
    scan = tmp_path / "ktp.pdf"
    scan.write_bytes(b"%PDF-1.4 contoh")
    screen.attach(str(scan))
    qtbot.waitUntil(lambda: "dilampirkan" in screen.banner.text())
    qtbot.waitUntil(lambda: "ktp.pdf" in screen.detail.toPlainText())
    bogus = tmp_path / "virus.exe"
    bogus.write_bytes(b"MZ....")
    screen.attach(str(bogus))
    qtbot.waitUntil(lambda: "bukan PDF" in screen.banner.text())
    assert "Rekomendasi diterima" in screen.detail.toPlainText()


def test_overdue_stands_out(qtmodeltester, sqlite_services):
    outcome = register(sqlite_services)
    late = sqlite_services.tracking.get(outcome.application_id)

    model = ApplicationsModel()
    model.set_rows([replace(late, days_left=-2), replace(late, days_left=1), late])
    qtmodeltester.check(model)
    background = [model.data(model.index(r, 0), 8) for r in range(3)]  # Qt.BackgroundRole
    assert background[0] is not None and background[1] is not None and background[2] is None
    assert "lewat" in model.data(model.index(0, 5))


def test_received_date_range_filters(qtbot, screen_context, sqlite_services):
    from PySide6.QtCore import QDate

    register(sqlite_services)
    screen = ApplicationsScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.date_from.setDate(QDate.currentDate().addDays(-30))
    screen.date_to.setDate(QDate.currentDate().addDays(-10))
    screen.use_dates.setChecked(True)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    screen.date_to.setDate(QDate.currentDate().addDays(1))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)


def test_the_kepala_dinas_reads_the_draft_signs_and_prints(
    qtbot, screen_context, sqlite_services, admin_user, tmp_path
):
    import pypdfium2

    from tests.lifecycle_helpers import walk

    waiting = register(sqlite_services)
    register(sqlite_services, "6311011203850002", "Ahmad Fauzi")  # still with the Back Office
    walk(sqlite_services, waiting.application_id, stop_at="sign")
    context = back_office_context(screen_context, sqlite_services, admin_user, Role.KEPALA_DINAS, "kadis")
    screen = ApplicationsScreen(context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert screen.model.rows[0].id == waiting.application_id  # the file waiting for the signed-in role comes first
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.buttons["step"].text() == "Tandatangani SK")
    assert not screen.buttons["print"].isEnabled()
    screen.record_step()
    qtbot.waitUntil(lambda: getattr(screen, "preview_dialog", None) is not None)
    dialog = screen.preview_dialog
    assert dialog.page_labels and not dialog.page_labels[0].pixmap().isNull()
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: "ditandatangani" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.buttons["step"].text() == "Selesai: Back Office")  # OSS webform, then pickup
    qtbot.waitUntil(lambda: screen.buttons["print"].isEnabled())
    original, copy = tmp_path / "sk.pdf", tmp_path / "salinan.pdf"
    from desktop.screens import decree_actions

    decree_actions.print_decree(screen, str(original))
    qtbot.waitUntil(lambda: "(asli) dicetak" in screen.banner.text())
    decree_actions.print_decree(screen, str(copy))
    qtbot.waitUntil(lambda: "SALINAN ke-1" in screen.banner.text())
    document = pypdfium2.PdfDocument(str(original))
    width, height = document[0].get_size()
    document.close()
    assert (round(width), round(height)) == (609, 935)  # F4 kept exactly by the document printer


def test_only_the_kepala_dinas_withdraws_a_decree_and_says_why(
    qtbot, screen_context, sqlite_services, admin_user, monkeypatch
):
    from tests.lifecycle_helpers import sign

    outcome = register(sqlite_services)
    decree = sign(sqlite_services, outcome.application_id)
    answers = {"item": ("Tarik", True), "text": ("Data pemohon keliru", True)}
    monkeypatch.setattr("desktop.screens.decree_actions.QInputDialog.getItem", lambda *a, **k: answers["item"])
    monkeypatch.setattr("desktop.screens.decree_actions.QInputDialog.getText", lambda *a, **k: answers["text"])
    for role, username, expected in [
        (Role.SUPERVISOR, "spv", "hanya oleh Kepala Dinas"),
        (Role.KEPALA_DINAS, "kadis", "Ditarik"),
    ]:
        screen = ApplicationsScreen(back_office_context(screen_context, sqlite_services, admin_user, role, username))
        qtbot.addWidget(screen)
        qtbot.waitUntil(lambda screen=screen: screen.model.rowCount() == 1)
        screen.table.selectRow(0)
        qtbot.waitUntil(lambda screen=screen: screen.buttons["decree_status"].isEnabled())
        screen.buttons["decree_status"].click()
        qtbot.waitUntil(lambda screen=screen, expected=expected: expected in screen.banner.text())
    assert sqlite_services.decrees.get(decree.decree_number).status == "withdrawn"
