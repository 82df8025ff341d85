import pytest
from PySide6.QtCore import Qt

from db.core.actor import Actor
from db.models import Role
from desktop.announcer import Announcer, SilentSink
from desktop.hall_display import AnnouncedCalls, HallDisplay
from desktop.kiosk import KioskWindow
from desktop.screens.queue_screen import QueueScreen
from desktop.screens.ticket_desk import TicketDeskScreen


@pytest.fixture
def file_printer(sqlite_services, tmp_path):
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    target = tmp_path / "printer.bin"
    sqlite_services.settings.set_many(admin, {"printer.thermal.kind": "file", "printer.thermal.target": str(target)})
    return target


def clerk():
    return Actor("cs", "pc", role=Role.CUSTOMER_SERVICE)


def test_counter_works_the_queue_with_function_keys(qtbot, screen_context, sqlite_services):
    for _ in range(2):
        sqlite_services.queue.issue(clerk(), "A")
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    screen.show()
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    qtbot.waitUntil(lambda: "Loket 1" in screen.heading.text())
    assert "3 kali" in screen.rule.text()
    qtbot.keyClick(screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: screen.ticket.text() == "A-001")
    qtbot.keyClick(screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "masih menangani A-001" in screen.banner.text())
    qtbot.keyClick(screen, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: "dipanggil 2x" in screen.ticket_detail.text())
    qtbot.keyClick(screen, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: screen.card.state == "serving")
    assert screen.card.timer_label.text().startswith("00:")
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: screen.card.state == "open" and screen.ticket.text() == "")
    qtbot.keyClick(screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: screen.ticket.text() == "A-002")
    qtbot.keyClick(screen, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: "tidak hadir" in screen.banner.text())
    qtbot.keyClick(screen, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: "Antrian kosong" in screen.banner.text())
    statuses = [t["status"] for t in sqlite_services.queue_views.day_tickets(sqlite_services.queue.today())]
    assert statuses == ["done", "no_show"]


def test_transfer_from_the_counter(qtbot, screen_context, sqlite_services):
    sqlite_services.queue.issue(clerk(), "A")
    screen = QueueScreen(screen_context)
    qtbot.addWidget(screen)
    screen.call()
    qtbot.waitUntil(lambda: screen.ticket.text() == "A-001")
    screen.transfer()
    qtbot.waitUntil(lambda: screen.dialog is not None)
    screen.dialog.group.setCurrentIndex(screen.dialog.group.findData("C"))
    screen.dialog.submitted.emit()
    qtbot.waitUntil(lambda: "dialihkan" in screen.banner.text())
    assert [(c, n, w) for c, n, w in sqlite_services.queue_views.waiting_counts() if w] == [
        ("C", "Informasi & Pengaduan", 1)
    ]


def test_desk_issues_prints_and_reprints(qtbot, screen_context, file_printer):
    desk = TicketDeskScreen(screen_context)
    qtbot.addWidget(desk)
    qtbot.waitUntil(lambda: desk.group.count() == 4)
    desk.group.setCurrentIndex(desk.group.findData("B"))
    desk.priority.setCurrentIndex(desk.priority.findData("lansia"))
    desk.issue()
    qtbot.waitUntil(lambda: "tercetak" in desk.banner.text())
    assert desk.number.text() == "B-001"
    first = file_printer.read_bytes()
    assert b"B-001" in first and b"Lanjut usia" in first
    desk.reprint_last()
    qtbot.waitUntil(lambda: b"SALINAN" in file_printer.read_bytes())


def test_a_missing_printer_never_loses_the_number(qtbot, screen_context, sqlite_services):
    desk = TicketDeskScreen(screen_context)
    qtbot.addWidget(desk)
    qtbot.waitUntil(lambda: desk.group.count() == 4)
    desk.issue()
    qtbot.waitUntil(lambda: "TIDAK tercetak" in desk.banner.text())
    assert "belum diatur" in desk.banner.text() and "Ctrl+R" in desk.banner.text()
    assert sqlite_services.queue_views.day_tickets(sqlite_services.queue.today())[0]["number"] == "A-001"


def test_kiosk_issues_a_priority_ticket_then_resets(qtbot, sqlite_services, runner, file_printer):
    kiosk = KioskWindow(sqlite_services, runner)
    qtbot.addWidget(kiosk)
    qtbot.waitUntil(lambda: "A" in kiosk.group_buttons)
    kiosk.findChild(type(kiosk.group_buttons["A"]), "priority_disabilitas").click()
    assert kiosk.selected_priority() == "disabilitas"
    qtbot.mouseClick(kiosk.group_buttons["A"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.number.text() == "A-001")
    assert "0 orang di depan Anda" in kiosk.result.text() and "Penyandang disabilitas" in kiosk.result.text()
    qtbot.waitUntil(lambda: kiosk.reset_timer.isActive())
    assert b"PRIORITAS" in file_printer.read_bytes()
    kiosk.reset()
    assert kiosk.selected_priority() is None and kiosk.result.text() == ""


def test_hall_display_shows_and_announces_each_call_once(qtbot, sqlite_services, runner, loket_home):
    sqlite_services.queue.issue(clerk(), "A")
    sqlite_services.queue.call_next(Actor("budi", "pc", role=Role.PETUGAS_LOKET), 2)
    announcer = Announcer(SilentSink(time_scale=0.01))
    spoken = []
    announcer.started.connect(spoken.append)
    display = HallDisplay(sqlite_services, runner, announcer, AnnouncedCalls(loket_home / "announced.json"))
    qtbot.addWidget(display)
    qtbot.waitUntil(lambda: display.calling_number.text() == "A-001")
    assert "Loket 2" in display.calling_counter.text()
    assert [(t.counter.text(), t.ticket.text()) for t in display.tiles[:2]] == [
        ("Loket 1", "Tutup"),
        ("Loket 2", "A-001"),
    ]
    qtbot.waitUntil(lambda: len(spoken) == 1)
    assert "A, nol, nol, satu" in spoken[0] and "loket, dua" in spoken[0]
    assert "BERSAHA" in display.running_text * 2  # the marquee turns every 120 ms: read it as the ring it is
    # A restart must not announce the same call again.
    display.close()
    again = HallDisplay(sqlite_services, runner, announcer, AnnouncedCalls(loket_home / "announced.json"))
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.calling_number.text() == "A-001")
    sqlite_services.queue.recall(Actor("budi", "pc", role=Role.PETUGAS_LOKET), 2)
    qtbot.waitUntil(lambda: len(spoken) == 2, timeout=8000)
    assert spoken[1].startswith("Panggilan ulang")
