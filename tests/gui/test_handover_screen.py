from datetime import date

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark, PaymentSlip
from db.models import Role
from desktop.screens.handover_screen import HandoverScreen

WOMAN_NIK = "6311015508900001"


def decree_waiting_for_its_fee(services, tmp_path):
    admin = Actor("admin", services.device_id, role=Role.ADMINISTRATOR)
    services.settings.set_many(
        admin,
        {
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "printer.bin"),
            "archive.dir": str(tmp_path / "arsip"),
        },
    )
    officer = Actor("budi", services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    person = services.applicants.save_person(officer, PersonInput(WOMAN_NIK, "Siti Aminah", address="Paringin"))
    variant = "Lembaga yang Berbadan Hukum"
    entry, items = services.intake.checklist("KALTARA-02", variant)
    marks = {item.position: Mark("ada_sesuai") for item in items if item.markable}
    outcome = services.intake.submit(officer, person.id, entry.revision_id, variant, marks)
    app = services.tracking.get(outcome.application_id)
    for _ in range(len(app.steps) - app.current_step):
        app = services.tracking.record_step(officer, app.id)
    services.decrees.issue(Actor("sari", services.device_id, role=Role.CUSTOMER_SERVICE), app.id)
    return app


def test_the_fee_slip_is_recorded_before_the_decree_is_handed_over(qtbot, screen_context, sqlite_services, tmp_path):
    app = decree_waiting_for_its_fee(sqlite_services, tmp_path)
    screen = HandoverScreen(screen_context)
    qtbot.addWidget(screen)
    screen.query.setText(app.registration_number)
    screen.find()
    qtbot.waitUntil(lambda: screen.results.count() == 1)
    screen.nik.setText(WOMAN_NIK)
    screen.hand_over()
    qtbot.waitUntil(lambda: "sebelum SK diserahkan belum dipenuhi" in screen.banner.text())
    screen.record_condition(PaymentSlip("BS-2026-000123", 1_500_000, date(2026, 11, 20)))
    qtbot.waitUntil(lambda: "Dicatat:" in screen.banner.text())
    [condition] = sqlite_services.conditions.for_application(app.id)
    assert condition.fulfilled and condition.evidence["slip_number"] == "BS-2026-000123"
    screen.hand_over()
    qtbot.waitUntil(lambda: "sudah diserahkan" in screen.results.item(0).text(), timeout=10_000)
