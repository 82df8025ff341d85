"""Pengaturan -> Instansi dan aula: the administrator sees, adds and edits the hall and its agencies, bad input is
refused with its reason and changes nothing; the accounts page sets an officer's agency (issue 19)."""

from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import Qt

from db.core.actor import Actor
from db.models import Role
from desktop.screens.agencies_page import AgenciesPage
from desktop.screens.users_page import UsersPage

EXAMPLES = Path(__file__).parents[2] / "resources" / "agencies" / "contoh"
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def page_of(qtbot, screen_context) -> AgenciesPage:
    page = AgenciesPage(screen_context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.form.code.text() == "DPMPTSP-BLG")
    return page


def test_the_hall_and_its_one_agency_are_shown_and_edited(qtbot, screen_context, sqlite_services, tmp_path):
    page = page_of(qtbot, screen_context)
    assert page.agency_list.count() == 1 and page.form.code.isReadOnly()
    assert page.form.signer["name"].text() == "H. ABIJI, S.Pd, M.AP"
    assert page.hall.hours.toPlainText().splitlines()[0] == "Senin-Kamis 08:30-16:00"
    assert [page.shipped.itemText(i) for i in range(page.shipped.count())] == ["SETDA-BLG", "DPMPTSP-KALTARA"]
    page.form.signer["nip"].setText("123")  # a bad NIP: refused, nothing saved
    page.save_agency()
    qtbot.waitUntil(lambda: "NIP" in page.banner.text())
    assert sqlite_services.agencies.get("DPMPTSP-BLG").signer().nip == "19690813 199412 1 002"
    page.form.signer["nip"].setText("19690813 199412 1 002")
    page.form.fields["phone"].setText("(0526) 2020202")
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    page.form.logo.use_file(str(logo))
    page.save_agency()
    qtbot.waitUntil(lambda: "disimpan" in page.banner.text())
    saved = sqlite_services.agencies.get("DPMPTSP-BLG")
    assert saved.phone == "(0526) 2020202" and saved.has_logo
    page.hall.hours.setPlainText("Senin-Kamis pagi")
    page.save_hall()
    qtbot.waitUntil(lambda: "Jam pelayanan baris 1" in page.banner.text())
    page.hall.hours.setPlainText("Senin-Kamis 08.00-15.30\nJumat 08.00-11.00")
    page.hall.name.setText("Mal Pelayanan Publik Kabupaten Balangan")
    page.save_hall()
    qtbot.waitUntil(lambda: "Data aula" in page.banner.text())
    hall = sqlite_services.agencies.hall()
    assert hall.name == "Mal Pelayanan Publik Kabupaten Balangan" and hall.opening_hours[1]["closes"] == "11:00"


def test_agencies_are_added_new_shipped_and_imported(qtbot, screen_context, sqlite_services):
    page = page_of(qtbot, screen_context)
    page.shipped.setCurrentIndex(page.shipped.findData("SETDA-BLG"))
    page.add_shipped()
    qtbot.waitUntil(lambda: page.agency_list.count() == 2 and page.form.code.text() == "SETDA-BLG")
    assert "PEM Bagian Pemerintahan" in page.form.units.toPlainText()
    page.new_agency()
    assert not page.form.code.isReadOnly()
    page.form.code.setText("DINKES-BLG")
    page.form.fields["short_name"].setText("Dinas Kesehatan Kabupaten Balangan")
    page.form.fields["name"].setText("Dinas Kesehatan")
    page.form.formats["decree"].setText("503/{nomor:04d}/SK/DPMPTSP/{bulan}/{tahun}")  # the DPMPTSP's own
    page.save_agency()
    qtbot.waitUntil(lambda: "bentrok" in page.banner.text())
    for field in page.form.formats.values():
        field.setText(field.text().replace("KODE", "DINKES").replace("SK/DPMPTSP", "SK/DINKES"))
    page.form.units.setPlainText("salah")  # a unit line without a name
    page.save_agency()
    qtbot.waitUntil(lambda: "Unit baris 1" in page.banner.text())
    page.form.units.setPlainText("GIZI Bidang Kesehatan Masyarakat")
    page.save_agency()
    qtbot.waitUntil(lambda: "DINKES-BLG disimpan" in page.banner.text() and page.agency_list.count() == 3)
    dinkes = sqlite_services.agencies.get("DINKES-BLG")
    assert dinkes.number_formats["decree"] == "503/{nomor:04d}/SK/DINKES/{bulan}/{tahun}"
    assert [unit.name for unit in dinkes.units] == ["Bidang Kesehatan Masyarakat"]
    page.import_file(str(EXAMPLES / "dpmptsp-kaltara.json"))
    qtbot.waitUntil(lambda: "DPMPTSP-KALTARA" in page.banner.text() and page.agency_list.count() == 4)


def test_the_accounts_page_sets_an_officers_agency_once_the_hall_has_several(qtbot, screen_context, sqlite_services):
    page = UsersPage(screen_context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.columnCount() == 4  # a hall of one agency: no agency column, no choice
    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    setda = sqlite_services.agencies.add_shipped(admin, "SETDA-BLG")
    page.reload()
    qtbot.waitUntil(lambda: page.model.columnCount() == 5)
    page.add_user()
    dialog = page.dialog
    assert dialog.agency.isVisibleTo(dialog)
    dialog.username.setText("rina")
    dialog.full_name.setText("Rina Setda")
    dialog.password.setText("sandi-rina-1")
    dialog.agency.setCurrentIndex(dialog.agency.findData(str(setda.id)))
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    rina = next(user for user in sqlite_services.accounts.list_users() if user.username == "rina")
    assert rina.agency_id == setda.id
    row = [user.username for user in page.model.users].index("rina")
    assert page.model.index(row, 4).data(Qt.ItemDataRole.DisplayRole) == "Sekretariat Daerah Kabupaten Balangan"


def test_the_hall_staff_say_which_agency_a_complaint_or_question_is_for(
    qtbot, screen_context, sqlite_services, tmp_path
):
    from desktop.screens.complaints_screen import ComplaintsScreen
    from desktop.screens.info_log_screen import InfoLogScreen

    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    sqlite_services.settings.set(admin, "archive.dir", str(tmp_path / "arsip"))
    single = ComplaintsScreen(screen_context)
    qtbot.addWidget(single)
    qtbot.waitUntil(lambda: single.agency.count() == 1)
    assert not single.agency.isVisibleTo(single)  # a hall of one agency: nothing to choose
    setda = sqlite_services.agencies.add_shipped(admin, "SETDA-BLG")
    screen = ComplaintsScreen(screen_context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.agency.count() == 3)
    assert screen.agency.isVisible()
    screen.name.setText("Ahmad Fauzi")
    screen.description.setPlainText("Antrian bagian hukum terlalu lama.")
    screen.record()
    qtbot.waitUntil(lambda: "pilih instansi" in screen.banner.text())  # not chosen: refused, nothing recorded
    screen.agency.setCurrentIndex(screen.agency.findData(str(setda.id)))
    screen.record()
    qtbot.waitUntil(lambda: screen.last is not None, timeout=10_000)
    assert "/ADU/SETDA/" in screen.last.tracking_number
    info = InfoLogScreen(screen_context)
    qtbot.addWidget(info)
    qtbot.waitUntil(lambda: info.agency.count() == 3)
    info.agency.setCurrentIndex(info.agency.findData(str(setda.id)))
    info.name.setText("Rudi")
    info.question.setPlainText("Syarat bantuan hukum?")
    info.answer.setPlainText("Lihat daftar persyaratan.")
    info.save()
    qtbot.waitUntil(lambda: info.model.rowCount() == 1)
    setda_officer = Actor("rina", "pc-1", role=Role.CUSTOMER_SERVICE, agency_id=setda.id)
    assert len(sqlite_services.info_log.recent(actor=setda_officer)) == 1


def test_an_agencys_officer_picks_only_that_agencys_services(qtbot, screen_context, sqlite_services):
    from dataclasses import replace

    from desktop.screens.intake_screen import IntakeScreen

    admin = Actor("admin", sqlite_services.device_id, role=Role.ADMINISTRATOR)
    setda = sqlite_services.agencies.add_shipped(admin, "SETDA-BLG")
    rina = sqlite_services.accounts.add_user(admin, "rina", "Rina Setda", Role.PETUGAS_LOKET, "sandi-rina-1", setda.id)
    screen = IntakeScreen(replace(screen_context, user=rina))
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: hasattr(screen, "service_codes"), timeout=10_000)
    codes = set(screen.service_codes.values())
    assert len(codes) == 65 and {"LYN-ADUAN", "LYN-INFO"} <= codes  # its 63 services and the hall-wide two it offers
    assert all(code.startswith(("SETDA-", "LYN-")) for code in codes)
    everyone = IntakeScreen(screen_context)  # the hall's administrator: every agency's services
    qtbot.addWidget(everyone)
    qtbot.waitUntil(lambda: hasattr(everyone, "service_codes"), timeout=10_000)
    assert len(everyone.service_codes) == sqlite_services.catalog.count()
