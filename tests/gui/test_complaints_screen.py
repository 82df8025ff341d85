from db.core.actor import Actor
from db.models import Role
from desktop.screens.complaints_screen import ComplaintsModel, ComplaintsScreen


def test_record_prints_and_a_step_is_recorded(qtbot, qtmodeltester, screen_context, sqlite_services, tmp_path):
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set_many(
        admin,
        {
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "printer.bin"),
            "archive.dir": str(tmp_path / "arsip"),
        },
    )
    screen = ComplaintsScreen(screen_context)
    qtbot.addWidget(screen)
    screen.show()
    screen.name.setText("Ahmad Fauzi")
    screen.phone.setText("0812 3456 7890")
    screen.description.setPlainText("Antrian tidak dipanggil sesuai urutan.")
    screen.record()
    qtbot.waitUntil(lambda: "tercetak" in screen.banner.text(), timeout=10_000)
    number = screen.last.tracking_number
    assert "/ADU/DPMPTSP/" in number
    assert number.encode() in (tmp_path / "printer.bin").read_bytes()
    assert list((tmp_path / "arsip" / "pengaduan").glob("*.pdf"))
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    qtmodeltester.check(screen.model)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: number in screen.detail.toPlainText())
    screen.person.setText("Rina")
    screen.note.setText("lengkap")
    screen.advance()
    qtbot.waitUntil(lambda: "Langkah dicatat" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.rows[0].current_step == 1)
    qtbot.waitUntil(lambda: "Rina" in screen.detail.toPlainText())
    assert screen.priority.isEnabled()


def test_refused_input_shows_the_reason(qtbot, screen_context):
    screen = ComplaintsScreen(screen_context)
    qtbot.addWidget(screen)
    screen.name.setText("Ahmad Fauzi")
    screen.description.setPlainText("pendek")
    screen.record()
    qtbot.waitUntil(lambda: "10 karakter" in screen.banner.text())
    assert ComplaintsModel().rowCount() == 0


def test_priority_choices_say_the_office_deadlines(qtbot, screen_context, sqlite_services, admin_user):
    from db.core.actor import Actor
    from db.models import Role

    admin = Actor(admin_user.username, sqlite_services.device_id, admin_user.id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set(admin, "complaint.days_tinggi", "3")
    screen = ComplaintsScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.priority.itemText(screen.priority.findData("tinggi")) == "tinggi (3 hari kerja)")
