from PySide6.QtCore import Qt

from desktop.screens.catalog_screen import CatalogScreen, HitsModel


def make_screen(qtbot, context):
    screen = CatalogScreen(context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 100)
    return screen


def test_search_as_you_type_and_read_a_service(qtbot, screen_context):
    screen = make_screen(qtbot, screen_context)
    qtbot.keyClicks(screen.query, "apotik")
    assert screen.model.hits[0].code == "DPM-007"
    qtbot.keyClick(screen.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.current is not None and screen.current.service.code == "DPM-007")
    text = screen.detail.toPlainText()
    assert "Izin Apotek" in text and "Persyaratan" in text and "Jangka waktu" in text and "Dasar hukum" in text


def test_a_service_without_requirements_says_so(qtbot, screen_context):
    screen = make_screen(qtbot, screen_context)
    screen.show_service("LYN-PENYULUHAN")
    qtbot.waitUntil(lambda: screen.current is not None)
    assert "tidak menyebut persyaratan" in screen.detail.toPlainText()


def test_administrator_revises_an_entry(qtbot, screen_context):
    screen = make_screen(qtbot, screen_context)
    screen.show_service("DPM-051")
    qtbot.waitUntil(lambda: screen.current is not None)
    screen.edit()
    dialog = screen.dialog
    dialog.requirements.setPlainText(
        dialog.requirements.toPlainText() + "\n- Bukti setor retribusi [jika: bila dikenakan]"
    )
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: "Alasan" in dialog.banner.text())
    dialog.requirements.setPlainText("rusak tanpa tanda")
    dialog.submitted.emit()
    assert "Baris 1" in dialog.banner.text()
    dialog.requirements.setPlainText("- Formulir permohonan\n- Bukti setor retribusi [jika: bila dikenakan]")
    dialog.reason.setText("Revisi standar pelayanan 2026")
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: "revisi 2" in screen.banner.text())
    assert "Bukti setor retribusi" in screen.detail.toPlainText()
    entry = screen_context.services.catalog.get("DPM-051")
    assert [r.text for r in entry.service.requirements] == ["Formulir permohonan", "Bukti setor retribusi"]


def test_hits_model_passes_the_model_tester(qtmodeltester, screen_context):
    model = HitsModel()
    model.set_hits(screen_context.services.catalog.search("izin"))
    qtmodeltester.check(model)


def test_requirement_list_goes_to_the_thermal_printer_and_to_pdf(qtbot, screen_context, tmp_path, monkeypatch):
    import pypdfium2

    from db.core.actor import Actor
    from db.models import Role
    from desktop.screens import catalog_screen

    opened = []
    monkeypatch.setattr(catalog_screen.QDesktopServices, "openUrl", lambda url: opened.append(url))
    admin = Actor("admin", screen_context.services.device_id, role=Role.ADMINISTRATOR)
    target = tmp_path / "printer.bin"
    screen_context.services.settings.set_many(
        admin, {"printer.thermal.kind": "file", "printer.thermal.target": str(target)}
    )
    screen = make_screen(qtbot, screen_context)
    screen.print_thermal()
    assert "Pilih layanan" in screen.banner.text()
    screen.show_service("DPM-007")
    qtbot.waitUntil(lambda: screen.current is not None)
    screen.print_thermal()
    qtbot.waitUntil(lambda: "tercetak" in screen.banner.text())
    assert b"Izin Apotek" in target.read_bytes()
    screen.paper.setCurrentIndex(screen.paper.findData("F4"))
    pdf_path = tmp_path / "apotek.pdf"
    screen.save_pdf(str(pdf_path))
    qtbot.waitUntil(lambda: "PDF disimpan" in screen.banner.text())
    document = pypdfium2.PdfDocument(str(pdf_path))
    width, height = document[0].get_size()
    assert (round(width, 1), round(height, 1)) == (609.4, 935.4)
    assert "Izin Apotek" in document[0].get_textpage().get_text_range()
    document.close()
    assert opened


def test_the_entry_says_how_each_kind_of_requirement_is_met(sqlite_services):
    from desktop.screens.service_view import service_html

    html = service_html(sqlite_services.catalog.get("KALTARA-02").service)
    assert "dipenuhi setelah permohonan disetujui, sebelum SK diserahkan" in html
    assert "cukup salah satu" in service_html(sqlite_services.catalog.get("SETDA-ORG-05").service)
