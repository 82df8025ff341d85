"""Penyerahan: the scanner's text finds the file, a file not yet ready is explained, the proxy needs a letter, and
the receipt's message stays on screen after the list refreshes."""

from dataclasses import replace
from datetime import date

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark, PaymentSlip
from db.models import Role
from desktop.screens.handover_screen import HandoverScreen
from tests.gui.conftest import make_clerk
from tests.lifecycle_helpers import sign, walk

NIK = "6311015508900001"


def test_scan_check_and_hand_over_to_a_proxy(qtbot, screen_context, sqlite_services, admin_user, tmp_path):
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set_many(
        admin,
        {
            "printer.thermal.target": str(tmp_path / "thermal.bin"),
            "printer.thermal.kind": "file",
            "archive.dir": str(tmp_path / "arsip"),
        },
    )
    front = Actor("budi", sqlite_services.device_id, role=Role.PETUGAS_LOKET)
    person = sqlite_services.applicants.save_person(front, PersonInput(NIK, "Siti Aminah"))
    entry, items = sqlite_services.intake.checklist("DPM-051")
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    outcome = sqlite_services.intake.submit(front, person.id, entry.revision_id, None, marks)
    desk = make_clerk(sqlite_services, admin_user, "sari", Role.CUSTOMER_SERVICE)
    screen = HandoverScreen(replace(screen_context, user=desk))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(screen.query.hasFocus)  # the USB scanner types into the search
    qtbot.keyClicks(screen.query, f"LOKET-REG:{outcome.registration_number}")
    qtbot.keyClick(screen.query, "\r")
    qtbot.waitUntil(lambda: screen.results.count() == 1 and "belum terbit" in screen.results.item(0).text())
    screen.nik.setText(NIK)
    screen.hand_over()
    qtbot.waitUntil(lambda: "belum ditandatangani" in screen.banner.text())
    walk(sqlite_services, outcome.application_id, stop_at="sign")
    sign(sqlite_services, outcome.application_id)
    screen.find()
    qtbot.waitUntil(lambda: "siap diserahkan" in screen.results.item(0).text())
    screen.proxy.setChecked(True)
    screen.name.setText("Ahmad Fauzi")
    screen.nik.setText("6311011203850002")
    screen.hand_over()
    qtbot.waitUntil(lambda: "surat kuasa" in screen.banner.text())
    screen.letter.setText("Surat kuasa bermeterai 01-12-2026")
    screen.hand_over()
    qtbot.waitUntil(lambda: "/SER/" in screen.banner.text())
    qtbot.waitUntil(lambda: "sudah diserahkan" in screen.results.item(0).text())
    assert "/SER/" in screen.banner.text()  # still there after the list refreshed
    assert sqlite_services.tracking.get(outcome.application_id).status == "handed_over"


def test_the_fee_slip_is_recorded_before_the_decree_is_handed_over(
    qtbot, screen_context, sqlite_services, admin_user, tmp_path
):
    """Issue 18: a fee paid after approval (KALTARA-02) holds the handover back until its bukti setor is recorded."""
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set_many(
        admin,
        {
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "printer.bin"),
            "archive.dir": str(tmp_path / "arsip"),
        },
    )
    front = Actor("budi", sqlite_services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    person = sqlite_services.applicants.save_person(front, PersonInput(NIK, "Siti Aminah", address="Paringin"))
    variant = "Lembaga yang Berbadan Hukum"
    entry, items = sqlite_services.intake.checklist("KALTARA-02", variant)
    marks = {item.position: Mark("ada_sesuai") for item in items if item.markable}
    outcome = sqlite_services.intake.submit(front, person.id, entry.revision_id, variant, marks)
    walk(sqlite_services, outcome.application_id, stop_at="sign")
    sign(sqlite_services, outcome.application_id)
    desk = make_clerk(sqlite_services, admin_user, "sari", Role.CUSTOMER_SERVICE)
    screen = HandoverScreen(replace(screen_context, user=desk))
    qtbot.addWidget(screen)
    screen.query.setText(outcome.registration_number)
    screen.find()
    qtbot.waitUntil(lambda: screen.results.count() == 1)
    screen.nik.setText(NIK)
    screen.hand_over()
    qtbot.waitUntil(lambda: "sebelum SK diserahkan belum dipenuhi" in screen.banner.text())
    screen.record_condition(PaymentSlip("BS-2026-000123", 1_500_000, date(2026, 11, 20)))
    qtbot.waitUntil(lambda: "Dicatat:" in screen.banner.text())
    [condition] = sqlite_services.conditions.for_application(outcome.application_id)
    assert condition.fulfilled and condition.evidence["slip_number"] == "BS-2026-000123"
    screen.hand_over()
    qtbot.waitUntil(lambda: "sudah diserahkan" in screen.results.item(0).text(), timeout=10_000)


def test_the_scanner_reads_the_receipts_file_page_address(qtbot, screen_context, sqlite_services, admin_user, tmp_path):
    """An office with public pages prints the file page's address as the receipt's QR; the desk finds the file."""
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set_many(
        admin, {"archive.dir": str(tmp_path / "arsip"), "public.base_url": "https://antrian.example.go.id"}
    )
    front = Actor("budi", sqlite_services.device_id, role=Role.PETUGAS_LOKET)
    person = sqlite_services.applicants.save_person(front, PersonInput(NIK, "Siti Aminah"))
    entry, items = sqlite_services.intake.checklist("DPM-051")
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    outcome = sqlite_services.intake.submit(front, person.id, entry.revision_id, None, marks)
    address = sqlite_services.page_links.file_url(outcome.application_id)
    assert address.startswith("https://antrian.example.go.id/berkas/")
    desk = make_clerk(sqlite_services, admin_user, "sari", Role.CUSTOMER_SERVICE)
    screen = HandoverScreen(replace(screen_context, user=desk))
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(screen.query.hasFocus)
    qtbot.keyClicks(screen.query, address)
    qtbot.keyClick(screen.query, "\r")
    qtbot.waitUntil(lambda: screen.results.count() == 1)
    assert outcome.registration_number in screen.results.item(0).text()
