"""The hall's one kiosk and its displays where three agencies share the hall (issue 19, part B)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from db.admin.demo_hall import set_up_three_agencies
from db.core.actor import Actor
from db.models import Applicant, Role
from desktop.announcer import Announcer, SilentSink
from desktop.hall_display import AnnouncedCalls, HallDisplay
from desktop.kiosk import KioskWindow
from desktop.screens.queue_setup_page import QueueSetupPage

ADMIN = Actor("admin", "pc", role=Role.ADMINISTRATOR)


@pytest.fixture
def hall(sqlite_services, tmp_path):
    target = str(tmp_path / "ticket.bin")
    sqlite_services.settings.set_many(ADMIN, {"printer.thermal.kind": "file", "printer.thermal.target": target})
    set_up_three_agencies(sqlite_services, ADMIN)
    return sqlite_services


def officer(services, code: str, counter: int) -> Actor:
    agency = services.agencies.get(code)
    return Actor("sari", "pc", role=Role.PETUGAS_LOKET, counter_number=counter, agency_id=agency.id)


def test_the_kiosk_asks_the_agency_first_then_its_groups(qtbot, hall, runner):
    kiosk = KioskWindow(hall, runner)
    qtbot.addWidget(kiosk)
    qtbot.waitUntil(lambda: len(kiosk.agency_buttons) == 3)
    assert kiosk.pages.currentWidget() is kiosk.agency_page
    assert [b.text().replace("\n", " ") for b in kiosk.agency_buttons.values()] == [
        "DPMPTSP Kabupaten Balangan",
        "Sekretariat Daerah Kabupaten Balangan",
        "DPMPTSP Provinsi Kalimantan Utara",
    ]
    assert kiosk.title.text() == hall.agencies.hall().short_name
    qtbot.mouseClick(kiosk.agency_buttons["SETDA-BLG"], Qt.MouseButton.LeftButton)
    assert kiosk.pages.currentWidget() is kiosk.choice_page and list(kiosk.group_buttons) == ["SA"]
    assert kiosk.chosen_agency.text() == "Sekretariat Daerah Kabupaten Balangan" and kiosk.back.isVisibleTo(kiosk)
    kiosk.findChild(type(kiosk.back), "priority_lansia").click()
    qtbot.mouseClick(kiosk.group_buttons["SA"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.number.text() == "SA-001")
    assert kiosk.result.text().startswith("Sekretariat Daerah Kabupaten Balangan")
    qtbot.waitUntil(lambda: kiosk.reset_timer.isActive())
    kiosk.reset()
    assert kiosk.pages.currentWidget() is kiosk.agency_page and kiosk.selected_priority() is None
    assert kiosk.agency_buttons["SETDA-BLG"].text() == "Sekretariat Daerah\nKabupaten Balangan"
    kiosk.agency_buttons["DPMPTSP-BLG"].click()
    assert list(kiosk.group_buttons) == ["A", "B", "C", "D"]
    kiosk.back.click()
    assert kiosk.pages.currentWidget() is kiosk.agency_page


def test_a_hall_of_one_agency_goes_straight_to_its_groups(qtbot, sqlite_services, runner):
    kiosk = KioskWindow(sqlite_services, runner)
    qtbot.addWidget(kiosk)
    qtbot.waitUntil(lambda: len(kiosk.group_buttons) == 4)
    assert kiosk.pages.currentWidget() is kiosk.choice_page and not kiosk.agency_buttons
    assert not kiosk.back.isVisibleTo(kiosk) and kiosk.prompt.text().startswith("1")


def test_the_shared_display_names_the_agency_of_each_call_and_a_zone_shows_only_its_own(
    qtbot, hall, runner, loket_home
):
    kiosk = Actor("kiosk", "pc")
    for code in ("A", "SA", "KA"):
        hall.queue.issue(kiosk, code)
    hall.queue.call_next(officer(hall, "DPMPTSP-BLG", 1), 1)
    hall.queue.call_next(officer(hall, "SETDA-BLG", 4), 4)
    announcer = Announcer(SilentSink(time_scale=0.01))
    spoken = []
    announcer.started.connect(spoken.append)
    display = HallDisplay(hall, runner, announcer, AnnouncedCalls(loket_home / "a.json"))
    qtbot.addWidget(display)
    qtbot.waitUntil(lambda: display.calling_number.text() == "SA-001")
    assert display.calling_counter.text() == "Silakan ke Loket 4 Setda"
    assert display.calling_agency.text() == "Sekretariat Daerah Kabupaten Balangan"
    recent = [display.recent.item(row).text() for row in range(display.recent.count())]
    assert recent == [
        "SA-001   →   Loket 4 Setda\nSetda Kab. Balangan",
        "A-001   →   Loket 1\nDPMPTSP Kab. Balangan",
    ]
    qtbot.waitUntil(lambda: len(spoken) == 2)
    assert spoken[1].endswith("silakan menuju loket, empat, sekretariat daerah kabupaten balangan")
    assert display.office.text().startswith(hall.agencies.hall().short_name)
    display.close()
    hall.settings.set(ADMIN, "display.agencies", "dpmptsp-kaltara")
    corner = HallDisplay(hall, runner, Announcer(SilentSink(0.01)), AnnouncedCalls(loket_home / "b.json"))
    qtbot.addWidget(corner)
    qtbot.waitUntil(lambda: corner.office.text().startswith("DPMPTSP Provinsi Kalimantan Utara"))
    assert corner.recent.count() == 0 and corner.calling_number.text() == ""
    assert [tile.counter.text() for tile in corner.tiles if tile.isVisibleTo(corner)] == ["Loket 5 Provinsi"]
    hall.queue.call_next(officer(hall, "DPMPTSP-KALTARA", 5), 5)
    qtbot.waitUntil(lambda: corner.calling_number.text() == "KA-001", timeout=5000)


def test_a_display_zone_naming_no_agency_says_so_on_the_screen(qtbot, hall, runner, loket_home):
    hall.settings.set(ADMIN, "display.agencies", "DUKCAPIL")
    display = HallDisplay(hall, runner, Announcer(SilentSink(0.01)), AnnouncedCalls(loket_home / "a.json"))
    qtbot.addWidget(display)
    qtbot.waitUntil(lambda: "DUKCAPIL" in display.status.text())
    assert "display.agencies" in display.status.text()


def test_the_setup_page_names_each_row_s_agency_and_sets_a_prefix(qtbot, screen_context, hall):
    page = QueueSetupPage(screen_context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.groups.count() == 6 and page.prefix_row.isVisibleTo(page))
    rows = [page.groups.item(row).text() for row in range(page.groups.count())]
    assert rows[-1].endswith("· DPMPTSP Provinsi Kalimantan Utara") and rows[0].endswith("· DPMPTSP Kabupaten Balangan")
    page.prefix_agency.setCurrentIndex(page.prefix_agency.findData("DPMPTSP-BLG"))
    page.prefix.setText("S")
    page.save_prefix()
    qtbot.waitUntil(lambda: "bentrok" in page.banner.text())
    assert hall.agencies.get("DPMPTSP-BLG").queue_prefix == ""
    page.prefix_agency.setCurrentIndex(page.prefix_agency.findData("SETDA-BLG"))
    assert page.prefix.text() == "S"
    page.add_group()
    dialog = page.dialog
    dialog.agency.setCurrentIndex(dialog.agency.findData("SETDA-BLG"))
    dialog.code.setText("SB")
    dialog.name.setText("Bagian Hukum")
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: page.groups.count() == 7)
    assert next(g for g in hall.queue_setup.groups() if g.code == "SB").agency_name.startswith("Sekretariat")


def test_the_hall_staff_at_intake_picks_whose_register_a_new_applicant_goes_on(qtbot, screen_context, hall, tmp_path):
    """Issue 19: in a hall of several agencies the hall's own staff choose the agency of a new applicant (a service of
    one agency decides it itself); without a choice they are told, and nothing is saved."""
    from desktop.screens.intake_screen import IntakeScreen

    assert screen_context.actor.agency_id is None  # the hall's administrator
    screen = IntakeScreen(screen_context)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: hasattr(screen, "service_codes"))
    assert screen.agency.isVisible() and screen.agency.count() == 4  # the prompt and the three agencies
    screen.lookup.setText("6311015508900001")
    screen.find_applicant()
    qtbot.waitUntil(lambda: "Pemohon baru" in screen.banner.text())
    screen.fields["name"].setText("Siti Aminah")
    screen.save_applicant()
    qtbot.waitUntil(lambda: "pilih instansi" in screen.banner.text())
    assert screen.applicant is None
    setda = hall.agencies.get("SETDA-BLG")
    screen.agency.setCurrentIndex(screen.agency.findData(str(setda.id)))
    screen.save_applicant()
    qtbot.waitUntil(lambda: screen.applicant is not None)
    with hall.database.read() as session:
        registers = session.scalars(select(Applicant.agency_id).where(Applicant.nik == "6311015508900001")).all()
    assert registers == [setda.id]
    province_service = next(code for code in screen.service_codes.values() if code.startswith("KALTARA"))
    screen.service.setText(next(k for k, v in screen.service_codes.items() if v == province_service))
    screen.load_checklist()
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    province = hall.agencies.get("DPMPTSP-KALTARA")
    assert screen.agency.currentText() == province.short_name and not screen.agency.isEnabled()
