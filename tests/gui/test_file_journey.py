"""One whole office day through the real main window, as the staff do it: setup, a kiosk ticket, the counter calling
it, the front office returning one file and registering another of a real catalog service, the Back Office, Kasi,
Kabid and Kepala Dinas each signing in and doing their step (the Kepala Dinas reading the SK first), the SK printed
to a file printer, a D ticket for the pickup, the handover to a proxy, and the supervisor's report showing it all.

With LOKET_JOURNEY_SHOTS=<folder> every step also leaves a picture of its window there (scripts/journey does the
same day against the real loket process under Xvfb)."""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from db.core.actor import Actor
from db.models import FileCheck, Role, Ticket
from desktop.app import AppController
from desktop.kiosk import KioskWindow
from desktop.login import LoginDialog
from desktop.screens import decree_actions

SERVICE = "DPM-051"  # a real non-business licence of 001 Lampiran II: FO, BO, Kasi, Kabid, Kepala Dinas, CS
APPLICANT_NIK, PROXY_NIK = "6311015508900001", "6311011203850002"
PASSWORD = "sandi-rahasia-1"
STAFF = [
    ("budi", "Budi Santoso", Role.PETUGAS_LOKET),
    ("rina", "Rina Marlina", Role.BACK_OFFICE),
    ("hendra", "Hendra Gunawan", Role.KASI),
    ("yuliana", "Yuliana Sari", Role.KABID),
    ("rizani", "Dr. H. Ahmad Rizani", Role.KEPALA_DINAS),
    ("sari", "Sari Dewi", Role.CUSTOMER_SERVICE),
    ("spv", "Supervisor Kantor", Role.SUPERVISOR),
]


class Journey:
    def __init__(self, qtbot, services, runner, shots: Path | None):
        self.qtbot, self.services, self.runner, self.shots = qtbot, services, runner, shots
        self.controller = AppController(services, runner)
        self.step = 0

    def snap(self, name: str, widget=None) -> None:
        if self.shots is None:
            return
        self.step += 1
        target = widget or QApplication.activeModalWidget() or self.controller.window
        QApplication.processEvents()
        target.grab().save(str(self.shots / f"{self.step:02d}-{name}.png"))

    def sign_in(self, username: str):
        if self.controller.window is not None:
            self.controller.window.sign_out_requested.emit()  # Loket > Kunci / ganti pengguna (Ctrl+L)
        else:
            self.controller.start()
        dialog = self.controller.dialog
        assert isinstance(dialog, LoginDialog)
        self.qtbot.keyClicks(dialog.username, username)
        self.qtbot.keyClicks(dialog.password, PASSWORD)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        self.qtbot.waitUntil(lambda: self.controller.window is not None and self.controller.dialog.user is not None)
        self.qtbot.waitUntil(lambda: self.controller.window.context.user.username == username)
        window = self.controller.window
        window.activateWindow()
        self.qtbot.waitUntil(window.isActiveWindow)
        return window

    def open(self, key: str):
        window = self.controller.window
        return window.show_screen(key)

    def advance_in_permohonan(self, monkeypatch, username: str, expected_action: str, registration: str):
        window = self.sign_in(username)
        screen = self.open("applications")
        self.qtbot.waitUntil(
            lambda: bool(screen.model.rows) and screen.model.rows[0].registration_number == registration
        )
        screen.table.setFocus()
        screen.table.selectRow(0)
        self.qtbot.waitUntil(lambda: screen.buttons["step"].text() == expected_action)
        monkeypatch.setattr(
            "desktop.screens.applications_screen.QInputDialog.getText", lambda *a, **k: ("diperiksa, sesuai", True)
        )
        self.snap(f"{username}-permohonan")
        screen.buttons["step"].click()
        self.qtbot.waitUntil(lambda: "dicatat" in screen.banner.text())
        return window, screen


@pytest.fixture
def office(sqlite_services, tmp_path):
    admin_user = sqlite_services.accounts.create_first_administrator(
        "admin", "Admin Kantor", PASSWORD, sqlite_services.device_id
    )
    admin = Actor(admin_user.username, sqlite_services.device_id, admin_user.id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set_many(
        admin,
        {
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "thermal.bin"),
            "archive.dir": str(tmp_path / "arsip"),
            "counter.number": "1",
        },
    )
    for username, full_name, role in STAFF:
        sqlite_services.accounts.add_user(admin, username, full_name, role, PASSWORD)
    return admin


def _ticket_counter_and_intake(journey, qtbot, sqlite_services, runner):
    """The kiosk ticket, the counter calling it, the file returned then registered; (kiosk, number)."""
    # The kiosk: an applicant takes a ticket for the licences group.
    kiosk = KioskWindow(sqlite_services, runner)
    qtbot.addWidget(kiosk)
    qtbot.waitUntil(lambda: "B" in kiosk.group_buttons)
    qtbot.mouseClick(kiosk.group_buttons["B"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.number.text() == "B-001")
    journey.snap("kiosk-tiket", kiosk)

    # The front office calls it (F2) and starts serving (F4).
    journey.sign_in("budi")
    queue = journey.open("queue")
    qtbot.waitUntil(lambda: "Loket 1" in queue.heading.text())  # the counter this PC is
    queue.setFocus()
    qtbot.keyClick(queue, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: queue.ticket.text() == "B-001")
    qtbot.keyClick(queue, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: queue.card.state == "serving")
    journey.snap("loket-memanggil")

    # Intake: a new applicant, the file first returned (one item missing), then complete and registered.
    intake = journey.open("intake")
    qtbot.waitUntil(lambda: hasattr(intake, "service_codes"))
    qtbot.waitUntil(lambda: "B-001" in intake.ticket_label.text())  # the file belongs to the ticket served
    qtbot.keyClicks(intake.lookup, APPLICANT_NIK)
    qtbot.keyClick(intake.lookup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Pemohon baru" in intake.banner.text())
    qtbot.keyClicks(intake.fields["name"], "Siti Aminah")
    qtbot.keyClicks(intake.fields["phone"], "0812 3456 7890")
    qtbot.keyClicks(intake.fields["address"], "Jl. Ahmad Yani No. 5, Paringin")
    intake.save_applicant_button.click()
    qtbot.waitUntil(lambda: intake.applicant is not None)
    name = next(text for text, code in intake.service_codes.items() if code == SERVICE)
    intake.service.setText(name)
    qtbot.keyClick(intake.service, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: intake.model.rowCount() > 0)
    intake.table.setFocus()
    first = next(row for row, item in enumerate(intake.model.items) if not item.heading and item.mandatory)
    intake.table.selectRow(first)
    qtbot.keyClick(intake.table, Qt.Key.Key_3)  # tidak ada
    qtbot.keyClick(intake.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: "BELUM LENGKAP" in intake.decision.text())
    qtbot.keyClick(intake.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: intake.outcome is not None and not intake.outcome.complete)
    journey.snap("berkas-dikembalikan")
    intake.table.setFocus()
    intake.table.selectRow(first)
    qtbot.keyClick(intake.table, Qt.Key.Key_1)  # brought back: ada dan sesuai
    qtbot.waitUntil(lambda: "LENGKAP" in intake.decision.text() and "BELUM" not in intake.decision.text())
    qtbot.keyClick(intake.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: intake.outcome is not None and intake.outcome.complete)
    registration = intake.outcome.registration_number
    qtbot.waitUntil(lambda: "tercetak" in intake.banner.text() or "tidak tercetak" in intake.banner.text())
    journey.snap("berkas-terdaftar")
    qtbot.keyClick(queue, Qt.Key.Key_F5)

    return kiosk, registration


def _back_office_and_signature(journey, qtbot, monkeypatch, tmp_path, registration):
    """Each back-office role does its step; the Kepala Dinas reads, signs and prints the SK."""
    # Back office: each role signs in and does its own step, named on the button.
    journey.advance_in_permohonan(monkeypatch, "rina", "Draf selesai (Back Office)", registration)
    journey.advance_in_permohonan(monkeypatch, "hendra", "Paraf Kasi", registration)
    journey.advance_in_permohonan(monkeypatch, "yuliana", "Paraf Kabid", registration)

    # The Kepala Dinas reads the SK inside the app, signs it, and it is printed on the (file) document printer.
    journey.sign_in("rizani")
    screen = journey.open("applications")
    qtbot.waitUntil(lambda: bool(screen.model.rows) and screen.model.rows[0].registration_number == registration)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.buttons["step"].text() == "Tandatangani SK")
    screen.buttons["step"].click()
    qtbot.waitUntil(lambda: getattr(screen, "preview_dialog", None) is not None and screen.preview_dialog.isVisible())
    journey.snap("kepala-dinas-pratinjau-sk", screen.preview_dialog)
    screen.preview_dialog.sign_button.click()
    qtbot.waitUntil(lambda: "ditandatangani" in screen.banner.text())
    qtbot.waitUntil(lambda: screen.buttons["print"].isEnabled())
    printed = tmp_path / "sk-dicetak.pdf"
    decree_actions.print_decree(screen, str(printed))
    qtbot.waitUntil(lambda: "(asli) dicetak" in screen.banner.text())
    journey.snap("sk-ditandatangani-dicetak")
    document = pypdfium2.PdfDocument(str(printed))
    assert [round(v) for v in document[0].get_size()] == [609, 935]  # F4, exactly
    document.close()


def _pickup_and_report(journey, qtbot, sqlite_services, office, kiosk, registration):
    """The D ticket opens the handover desk, a proxy collects; the supervisor's report shows the day."""
    # Pickup: a D ticket at the desk of counter 3, the proxy collects with a surat kuasa.
    qtbot.mouseClick(kiosk.group_buttons["D"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.number.text() == "D-001")
    sqlite_services.settings.set(office, "counter.number", "3")
    journey.sign_in("sari")
    queue = journey.open("queue")
    qtbot.waitUntil(lambda: "Loket 3" in queue.heading.text())
    queue.setFocus()
    qtbot.keyClick(queue, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: queue.ticket.text() == "D-001")
    handover = journey.controller.window.screens["handover"]
    qtbot.waitUntil(lambda: journey.controller.window.stack.currentWidget() is handover)  # the D ticket opens it
    qtbot.keyClicks(handover.query, f"LOKET-REG:{registration}")  # what the USB scanner types from the receipt QR
    qtbot.keyClick(handover.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: handover.results.count() == 1 and "siap" in handover.results.item(0).text())
    handover.proxy.setChecked(True)
    handover.name.clear()
    qtbot.keyClicks(handover.name, "Ahmad Fauzi")
    qtbot.keyClicks(handover.nik, PROXY_NIK)
    qtbot.keyClicks(handover.letter, "Surat kuasa bermeterai 01-12-2026")
    handover.hand_button.click()
    qtbot.waitUntil(lambda: "SER/" in handover.banner.text())
    assert "/SER/" in handover.banner.text() and "tercetak" in handover.banner.text()
    journey.snap("penyerahan-ke-kuasa")
    info = sqlite_services.tracking.find_number(registration)
    assert info.status == "handed_over" and info.current_step == len(info.steps)
    with sqlite_services.database.read() as session:
        labels = session.execute(
            select(Ticket.group_code, Ticket.number).join(FileCheck, FileCheck.ticket_id == Ticket.id)
        ).all()
    assert labels == [("B", 1), ("B", 1)]  # both checks of the day, the returned and the registered, on B-001

    # The supervisor's report shows the day: the decree signed and handed over, the time each desk took.
    journey.sign_in("spv")
    reports = journey.open("reports")
    reports.load()
    qtbot.waitUntil(lambda: "desks" in getattr(reports, "models", {}))
    extras = reports.models["other_services"].table.rows
    assert ("SK ditandatangani", 1, "") in extras and ("SK diserahkan", 1, "") in extras
    desks = {row[0]: row for row in reports.models["desks"].table.rows}
    assert {"Back Office", "Kepala Seksi (Kasi)", "Kepala Bidang (Kabid)", "Kepala Dinas", "Customer Service"} <= set(
        desks
    )
    reports.tabs.setCurrentIndex(reports.tabs.count() - 2)
    journey.snap("laporan-supervisor")
    history = [entry.who for entry in sqlite_services.tracking.history(info.id)]
    assert {"rina", "hendra", "yuliana", "rizani", "sari"} <= set(history)
    journey.controller.window.close()


def test_one_file_from_the_kiosk_to_the_supervisors_report(
    qtbot, sqlite_services, runner, office, tmp_path, monkeypatch, collector
):
    shots = Path(os.environ["LOKET_JOURNEY_SHOTS"]) if os.environ.get("LOKET_JOURNEY_SHOTS") else None
    journey = Journey(qtbot, sqlite_services, runner, shots)

    kiosk, registration = _ticket_counter_and_intake(journey, qtbot, sqlite_services, runner)
    _back_office_and_signature(journey, qtbot, monkeypatch, tmp_path, registration)
    _pickup_and_report(journey, qtbot, sqlite_services, office, kiosk, registration)
