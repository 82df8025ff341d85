import pypdfium2
import pytest
from PySide6.QtCore import Qt

from db.core.actor import Actor
from db.models import Role
from desktop.screens.checklist_model import ChecklistModel
from desktop.screens.intake_screen import IntakeScreen

WOMAN_NIK = "6311015508900001"


@pytest.fixture
def screen(qtbot, screen_context, sqlite_services, tmp_path):
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set_many(
        admin,
        {
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "printer.bin"),
            "archive.dir": str(tmp_path / "arsip"),
        },
    )
    widget = IntakeScreen(screen_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: hasattr(widget, "service_codes"))
    return widget


def new_applicant(qtbot, screen):
    screen.lookup.setText(WOMAN_NIK)
    screen.find_applicant()
    qtbot.waitUntil(lambda: "Pemohon baru" in screen.banner.text())
    assert screen.fields["nik"].text() == WOMAN_NIK
    screen.fields["name"].setText("Siti Aminah")
    screen.fields["phone"].setText("0812 3456 7890")
    screen.save_applicant()
    qtbot.waitUntil(lambda: screen.applicant is not None)


def choose_service(qtbot, screen, code="DPM-007"):
    screen.service.setText(next(k for k, v in screen.service_codes.items() if v == code))
    screen.load_checklist()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)


def test_bad_applicant_data_is_explained(qtbot, screen):
    screen.fields["nik"].setText("1234")
    screen.fields["name"].setText("Siti")
    screen.save_applicant()
    qtbot.waitUntil(lambda: "16 angka" in screen.banner.text())
    assert screen.applicant is None


def test_keyboard_marking_then_return_with_slip(qtbot, screen, tmp_path, monkeypatch):
    new_applicant(qtbot, screen)
    choose_service(qtbot, screen)
    assert "BELUM LENGKAP" in screen.decision.text()
    monkeypatch.setattr("desktop.screens.intake_screen.QInputDialog.getText", lambda *a, **k: ("buram", True))
    qtbot.keyClick(screen.table, Qt.Key.Key_3)  # first item: tidak ada
    qtbot.keyClick(screen.table, Qt.Key.Key_2)  # second: tidak sesuai, reason asked
    screen.mark_remaining()
    assert "2 bermasalah, 0 belum" in screen.decision.text()
    screen.submit()
    qtbot.waitUntil(lambda: "tercetak" in screen.banner.text(), timeout=10_000)
    assert "/KB/DPMPTSP/" in screen.outcome.slip_number
    slip = next((tmp_path / "arsip" / "pengembalian").glob("*.pdf"))
    text = pypdfium2.PdfDocument(str(slip))[0].get_textpage().get_text_range()
    assert "SURAT PENGEMBALIAN BERKAS" in text and "buram" in text


def test_complete_file_is_registered_with_receipt(qtbot, screen, tmp_path):
    new_applicant(qtbot, screen)
    choose_service(qtbot, screen)
    qtbot.keyClick(screen.table, Qt.Key.Key_1)
    screen.mark_remaining()
    assert "LENGKAP" in screen.decision.text() and "BELUM" not in screen.decision.text()
    qtbot.keyClick(screen, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.outcome is not None and "tercetak" in screen.banner.text(), timeout=10_000)
    number = screen.outcome.registration_number
    assert number.startswith("503/0001/DPMPTSP/")
    assert number.encode() in (tmp_path / "printer.bin").read_bytes()
    receipt = next((tmp_path / "arsip" / "tanda-terima").glob("*.pdf"))
    assert "TANDA TERIMA BERKAS" in pypdfium2.PdfDocument(str(receipt))[0].get_textpage().get_text_range()
    screen.reset()
    assert screen.applicant is None and screen.model.rowCount() == 0


def test_mandatory_item_cannot_be_not_applicable(qtbot, screen):
    new_applicant(qtbot, screen)
    choose_service(qtbot, screen)
    qtbot.keyClick(screen.table, Qt.Key.Key_4)
    assert "wajib" in screen.banner.text()


def test_checklist_model_passes_the_model_tester(qtmodeltester, screen_context):
    from db.intake import checklist

    model = ChecklistModel()
    model.load(checklist.build(screen_context.services.catalog.get("DPM-039").service))
    model.mark_remaining()
    qtmodeltester.check(model)


def test_checklist_follows_the_requirement_kinds(qtbot, screen, monkeypatch):
    """Items for a proxy need no mark without one; a fee paid later is not marked at the counter; a payment slip
    asks its number, amount and date."""
    from datetime import date

    from db.intake.checklist import PaymentSlip

    new_applicant(qtbot, screen)
    choose_service(qtbot, screen, "DPM-043")
    screen.mark_remaining()
    assert "LENGKAP" in screen.decision.text() and "BELUM" not in screen.decision.text()
    rows = [row for row, item in enumerate(screen.model.items) if item.applies_to == "dikuasakan"]
    assert rows and all(screen.model.index(row, 2).data() == "Tidak berlaku (tidak dikuasakan)" for row in rows)
    screen.proxy.setChecked(True)
    assert "BELUM LENGKAP" in screen.decision.text()

    screen.proxy.setChecked(False)
    choose_service(qtbot, screen, "KALTARA-02")
    qtbot.waitUntil(lambda: screen.variant.count() == 2)
    screen.variant.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(i.evidence == "bukti_setor" and i.markable for i in screen.model.items))
    items = screen.model.items
    fee = next(row for row, i in enumerate(items) if i.later)
    assert screen.model.index(fee, 2).data() == "Diperiksa kemudian (sebelum SK diserahkan)"
    assert not screen.model.mark(fee, "ada_sesuai")
    screen.mark_remaining()
    fund = next(row for row, i in enumerate(items) if i.markable and i.evidence == "bukti_setor")
    assert screen.model.items[fund].position not in screen.model.marks  # the slip is never assumed
    monkeypatch.setattr(
        "desktop.screens.intake_screen.ask_payment_slip",
        lambda *_: PaymentSlip("BS-77", 250_000, date(2026, 11, 20)),
    )
    screen.mark_row(fund, "ada_sesuai")
    assert screen.model.index(fund, 3).data() == "Bukti setor BS-77, Rp 250.000"
    assert "BELUM" not in screen.decision.text()


def test_a_returning_applicant_fills_the_form_and_the_rekomendasi_is_recorded(qtbot, screen, sqlite_services):
    from PySide6.QtCore import QDate

    new_applicant(qtbot, screen)
    screen.reset()
    assert screen.fields["name"].text() == ""
    screen.lookup.setText(WOMAN_NIK)
    screen.find_applicant()
    qtbot.waitUntil(lambda: "Pemohon lama" in screen.banner.text())
    assert screen.fields["name"].text() == "Siti Aminah" and screen.fields["phone"].text() == "+6281234567890"
    screen.fields["address"].setText("Jl. Baru No. 2, Paringin")  # moved: updated at the counter
    screen.save_applicant()
    qtbot.waitUntil(lambda: "disimpan" in screen.banner.text())
    assert sqlite_services.applicants.find(WOMAN_NIK).address == "Jl. Baru No. 2, Paringin"
    choose_service(qtbot, screen)  # DPM-007: the front office receives the file "dengan rekomendasi"
    assert screen.recommendation_box.isVisible()
    screen.recommendation_number.setText("440/77/DINKES/2026")
    screen.recommendation_received.setDate(QDate.currentDate().addDays(-10))
    screen.recommendation_issued.setDate(QDate.currentDate().addDays(-2))
    screen.mark_remaining()
    screen.submit()
    qtbot.waitUntil(lambda: screen.outcome is not None)
    history = sqlite_services.tracking.history(screen.outcome.application_id)
    assert any("440/77/DINKES/2026" in entry.note for entry in history)
