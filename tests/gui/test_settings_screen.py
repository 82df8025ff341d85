import pytest
from PySide6.QtCore import Qt

from db.models import Role
from desktop.main_window import MainWindow
from desktop.screens.audit_page import AuditModel
from desktop.screens.users_page import UsersModel, UsersPage


@pytest.fixture
def window(qtbot, screen_context):
    main = MainWindow(screen_context)
    qtbot.addWidget(main)
    return main


def test_office_change_applies_without_restart(qtbot, window, sqlite_services):
    settings = window.show_screen("settings")
    office = settings.office
    qtbot.waitUntil(lambda: office.value_of("office.short_name") == "DPMPTSP Kabupaten Balangan")
    office.fields["office.short_name"].setText("MPP Balangan")
    qtbot.mouseClick(office.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "disimpan" in office.banner.text())
    assert sqlite_services.settings.get("office.short_name") == "MPP Balangan"
    qtbot.waitUntil(lambda: window.statusBar().office.text() == "MPP Balangan")


def test_bad_value_is_refused_and_nothing_changes(qtbot, window, sqlite_services):
    office = window.show_screen("settings").office
    qtbot.waitUntil(lambda: bool(office.value_of("signing.nip")))
    office.fields["signing.nip"].setText("123")
    office.fields["office.city"].setText("Kota Lain")
    office.save()
    qtbot.waitUntil(lambda: "NIP" in office.banner.text())
    assert sqlite_services.settings.get("office.city") == "Paringin"


def test_counter_and_printer_for_this_pc(qtbot, window, sqlite_services, tmp_path):
    device = window.show_screen("settings").device
    qtbot.waitUntil(lambda: device.value_of("counter.number") == "1")
    device.fields["counter.number"].setText("2")
    device.fields["counter.name"].setText("Loket Prioritas")
    kind = device.fields["printer.thermal.kind"]
    kind.setCurrentIndex(kind.findData("file"))
    device.fields["printer.thermal.target"].setText(str(tmp_path / "tiket.bin"))
    device.test_printer()
    qtbot.waitUntil(lambda: "siap" in device.banner.text())
    device.save()
    qtbot.waitUntil(lambda: "disimpan" in device.banner.text())
    assert sqlite_services.settings.counter_number() == 2
    qtbot.waitUntil(lambda: "Loket Prioritas" in window.statusBar().counter.text())
    qtbot.waitUntil(lambda: "siap" in window.statusBar().printer.text())
    assert window.context.counter_number == 2


def test_switching_to_english_relabels_without_restart(qtbot, window):
    device = window.show_screen("settings").device
    qtbot.waitUntil(lambda: device.value_of("ui.language") == "id")
    language = device.fields["ui.language"]
    language.setCurrentIndex(language.findData("en"))
    device.save()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Home")
    assert window.menuBar().actions()[0].text() == "&Counter"
    assert window.navigation.item(window.navigation.count() - 1).text() == "Settings"
    device = window.screens["settings"].device
    qtbot.waitUntil(lambda: device.value_of("ui.language") == "en")
    language = device.fields["ui.language"]
    language.setCurrentIndex(language.findData("id"))
    device.save()
    qtbot.waitUntil(lambda: window.navigation.item(0).text() == "Beranda")


def test_administrator_adds_and_unlocks_accounts(qtbot, screen_context, sqlite_services):
    page = UsersPage(screen_context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.add_user()
    dialog = page.dialog
    dialog.username.setText("sari")
    dialog.full_name.setText("Sari Dewi")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.CUSTOMER_SERVICE))
    dialog.password.setText("pendek")
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: "minimal 8" in dialog.banner.text())
    assert dialog.isVisible()
    dialog.password.setText("sandi-sari-1")
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert not dialog.isVisible()
    page.table.selectRow(1)
    page.unlock_user()
    qtbot.waitUntil(lambda: "dibuka" in page.banner.text())


def test_models_pass_the_model_tester(qtbot, qtmodeltester, screen_context, admin_user):
    users = UsersModel(screen_context.services.clock())
    users.set_users([admin_user], screen_context.services.clock())
    qtmodeltester.check(users)
    audit = AuditModel()
    audit.set_rows(screen_context.services.audit.recent(), audit.zone)
    assert audit.rowCount() >= 1
    qtmodeltester.check(audit)


def test_numbering_per_document_kind_and_signing_mode(qtbot, window, sqlite_services):
    settings = window.show_screen("settings")
    numbering = settings.numbering
    qtbot.waitUntil(
        lambda: numbering.value_of("handover.number_format") == "503/{nomor:04d}/SER/DPMPTSP/{bulan}/{tahun}"
    )
    numbering.fields["handover.number_format"].setText("503/{nomor:04d}/SER/DPMPTSP/{bulan}")
    numbering.save()
    qtbot.waitUntil(lambda: "tahun" in numbering.banner.text())
    numbering.fields["handover.number_format"].setText("503.1/{nomor:04d}/SER/DPMPTSP/{bulan}/{tahun}")
    numbering.save()
    qtbot.waitUntil(lambda: "disimpan" in numbering.banner.text())
    assert sqlite_services.settings.get("handover.number_format") == "503.1/{nomor:04d}/SER/DPMPTSP/{bulan}/{tahun}"
    office = settings.office
    qtbot.waitUntil(lambda: office.value_of("signing.mode") == "basah")
    combo = office.fields["signing.mode"]
    combo.setCurrentIndex(combo.findData("elektronik"))
    office.save()
    qtbot.waitUntil(lambda: "disimpan" in office.banner.text())
    assert sqlite_services.settings.get("signing.mode") == "elektronik"


def test_the_unconfirmed_berita_daerah_is_shown_to_the_administrator(qtbot, window, sqlite_services):
    """The seeds do not hold Perbup 16/2021's Berita Daerah number: the office page says so until the office
    confirms one, and a decree then cites it."""
    office = window.show_screen("settings").office
    qtbot.waitUntil(lambda: office.legal_notice.isVisibleTo(office))
    assert "TIDAK ADA di seed" in office.legal_notice.text()
    office.fields["decree.berita_daerah_perbup"].setText("Nomor 16")
    office.save()
    qtbot.waitUntil(lambda: "Tahun 2021 Nomor 16" in office.banner.text())
    assert sqlite_services.settings.get("decree.berita_daerah_perbup") == ""
    office.fields["decree.berita_daerah_perbup"].setText("tahun 2021 nomor 16")
    office.save()
    qtbot.waitUntil(lambda: "disimpan" in office.banner.text())
    qtbot.waitUntil(lambda: not office.legal_notice.isVisibleTo(office))
    assert sqlite_services.settings.get("decree.berita_daerah_perbup") == "Tahun 2021 Nomor 16"
    assert office.value_of("decree.berita_daerah_perbup") == "Tahun 2021 Nomor 16"
    assert sqlite_services.decrees.unconfirmed_references() == []
