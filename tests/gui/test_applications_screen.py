from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from desktop.screens.applications_screen import ApplicationsModel, ApplicationsScreen


def register(services, nik="6311015508900001", name="Siti Aminah"):
    officer = Actor("budi", services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    person = services.applicants.save_person(officer, PersonInput(nik, name))
    entry, items = services.intake.checklist("DPM-007")
    marks = {i.position: Mark("ada_sesuai") for i in items if not i.heading}
    return services.intake.submit(officer, person.id, entry.revision_id, None, marks)


def test_search_steps_attachments_and_history(qtbot, screen_context, sqlite_services, tmp_path, monkeypatch):
    outcome = register(sqlite_services)
    register(sqlite_services, "6311011203850002", "Ahmad Fauzi")
    screen = ApplicationsScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    screen.query.setText("siti")
    screen.search()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: outcome.registration_number in screen.detail.toPlainText())
    monkeypatch.setattr(
        "desktop.screens.applications_screen.QInputDialog.getText", lambda *a, **k: ("Rekomendasi diterima", True)
    )
    before = screen.model.rows[0].current_step
    screen.record_step()
    qtbot.waitUntil(lambda: "dicatat" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.rows[0].current_step == before + 1)
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
    from dataclasses import replace

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
