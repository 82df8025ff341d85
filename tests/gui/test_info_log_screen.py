from db.core.actor import Actor
from db.models import Role
from desktop.screens.info_log_screen import InfoLogScreen


def test_log_an_exchange_linked_to_the_ticket_at_this_counter(qtbot, qtmodeltester, screen_context, sqlite_services):
    officer = Actor("budi", sqlite_services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    sqlite_services.queue.issue(officer, "A", service_code="DPM-007")
    sqlite_services.queue.call_next(officer, 1)
    screen = InfoLogScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.ticket_label.text() == "A-001")
    screen.service.setCurrentIndex(screen.service.findData("DPM-007"))
    screen.name.setText("Siti Aminah")
    screen.question.setPlainText("Apa syarat izin apotek?")
    screen.answer.setPlainText("Daftar persyaratan diberikan.")
    screen.minutes.setValue(7)
    screen.save()
    qtbot.waitUntil(lambda: "tercatat" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    qtmodeltester.check(screen.model)
    row = screen.model.rows[0]
    assert row.ticket_label == "A-001" and row.service_code == "DPM-007" and row.duration_minutes == 7
    assert "Informasi: 1" in screen.counts.text()
    assert screen.name.text() == ""
    screen.save()
    qtbot.waitUntil(lambda: "Nama wajib" in screen.banner.text())


def test_refer_to_the_kasi_then_answer_it(qtbot, screen_context, sqlite_services):
    screen = InfoLogScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.service.count() > 1)
    screen.name.setText("Siti Aminah")
    screen.question.setPlainText("Apakah apotek di rumah tinggal boleh?")
    screen.referral.setCurrentIndex(screen.referral.findData("kasi"))
    screen.save()
    qtbot.waitUntil(lambda: "tercatat" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    assert screen.model.index(0, 7).data() == "Dirujuk, menunggu jawaban (Kasi)"
    assert screen.answer_button.isVisibleTo(screen)  # an administrator may answer for the Kasi
    screen.table.selectRow(0)
    screen.answer_selected("Boleh, bila memenuhi syarat sarana.")
    qtbot.waitUntil(lambda: "Jawaban dicatat" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.model.rows and screen.model.rows[0].status == "answered")
    assert screen.model.index(0, 7).data().startswith("Dijawab — ")
