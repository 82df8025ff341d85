"""The reports screens in a hall of three agencies (issue 19): the hall's management chooses the hall, one agency or
every agency side by side; an agency's supervisor gets their own agency only."""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from db.models import Role
from db.services import open_services
from desktop.context import ScreenContext
from desktop.screens.reports_screen import SIDE_BY_SIDE, ReportsScreen
from desktop.screens.skm_report_screen import SkmReportScreen
from tests.agency_hall import EIGHT, build_day, open_hall


@pytest.fixture
def clock_start():
    return EIGHT


@pytest.fixture
def hall_day(sqlite_url, clock):
    services = open_services(sqlite_url, device_id="pc-2", clock=clock)
    try:
        ids = open_hall(services)
        build_day(services, clock)
    finally:
        services.close()
    return ids


def _show(qtbot, screen, done) -> None:
    screen.date.setDate(QDate(2026, 11, 25))
    screen.show_button.click()
    qtbot.waitUntil(done, timeout=10000)


def _photograph(widget, name: str) -> None:
    """Kept for a person to look at when LOKET_SCREENSHOTS names a folder."""
    folder = os.environ.get("LOKET_SCREENSHOTS")
    if folder:
        widget.resize(1366, 768)
        widget.grab().save(str(Path(folder) / name))


def test_the_hall_management_compares_every_agency_side_by_side(qtbot, screen_context, hall_day, qtmodeltester):
    screen = ReportsScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.agency.count() > 0)
    choices = [screen.agency.itemText(i) for i in range(screen.agency.count())]
    assert choices == [
        "Seluruh aula",
        "DPMPTSP Kabupaten Balangan",
        "Sekretariat Daerah Kabupaten Balangan",
        "DPMPTSP Provinsi Kalimantan Utara",
        "Semua instansi berdampingan",
    ]
    assert not screen.agency.isHidden() and screen.agency.isEnabled()
    screen.agency.setCurrentIndex(screen.agency.findData(SIDE_BY_SIDE))
    assert not screen.group.isEnabled() and not screen.counter.isEnabled()
    _show(qtbot, screen, lambda: screen.comparison is not None)
    assert screen.pages.currentWidget() is screen.hall_view and screen.report is None
    queue = screen.hall_view.models["agency_queue"]
    qtmodeltester.check(queue)
    assert [queue.data(queue.index(row, 1)) for row in range(queue.rowCount())] == ["3", "2", "1", "6"]
    assert queue.data(queue.index(3, 0)) == "Seluruh aula"
    ikm = screen.hall_view.models["agency_ikm"]
    assert [ikm.data(ikm.index(row, 3)) for row in range(ikm.rowCount())] == ["100", "75", "50", "81,25"]
    assert screen.hall_view.ikm_chart.series[0][1] == [100.0, 75.0, 50.0]
    assert screen.hall_view.tickets_chart.categories == ["DPMPTSP-BLG", "SETDA-BLG", "DPMPTSP-KALTARA"]
    assert "3 instansi, 6 tiket" in screen.summary.text() and "IKM aula 81,25" in screen.summary.text()
    screen.show()
    assert screen.sizeHint().width() <= 1366
    _photograph(screen, "reports-side-by-side.png")
    screen.agency.setCurrentIndex(screen.agency.findData("SETDA-BLG"))
    _show(qtbot, screen, lambda: screen.report is not None)
    assert screen.report.agency.code == "SETDA-BLG" and screen.report.tickets.issued == 2
    assert screen.pages.currentWidget() is screen.tabs and screen.group.isEnabled()


def test_the_side_by_side_report_exports_through_the_dialog(qtbot, screen_context, hall_day, tmp_path, monkeypatch):
    screen = ReportsScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.agency.count() > 0)
    screen.agency.setCurrentIndex(screen.agency.findData(SIDE_BY_SIDE))
    _show(qtbot, screen, lambda: screen.comparison is not None)
    target = tmp_path / "aula.csv"
    suggested = []

    def save_as(_parent, _title, name, _filter):
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr("desktop.screens.reports_screen.QFileDialog.getSaveFileName", save_as)
    screen.export_buttons["csv"].click()
    qtbot.waitUntil(lambda: target.exists() and str(target) in screen.banner.text())
    assert suggested == ["laporan-aula-2026-11-25.csv"]
    assert "Seluruh aula;6;4;1;1;" in target.read_text(encoding="utf-8-sig")


def test_an_agency_supervisor_sees_only_their_own_agency(qtbot, screen_context, hall_day, sqlite_services):
    user = dataclasses.replace(screen_context.user, role=Role.SUPERVISOR, agency_id=hall_day["SETDA-BLG"])
    context = ScreenContext(sqlite_services, screen_context.runner, user, screen_context.settings_bridge)
    screen = ReportsScreen(context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.agency.count() > 0)
    assert [screen.agency.itemText(i) for i in range(screen.agency.count())] == [
        "Sekretariat Daerah Kabupaten Balangan"
    ]
    assert not screen.agency.isEnabled()
    _show(qtbot, screen, lambda: screen.report is not None)
    assert screen.report.agency.code == "SETDA-BLG" and screen.report.tickets.issued == 2
    skm = SkmReportScreen(context)
    qtbot.addWidget(skm)
    qtbot.waitUntil(lambda: skm.agency.count() > 0)
    assert [skm.agency.itemText(i) for i in range(skm.agency.count())] == ["Sekretariat Daerah Kabupaten Balangan"]


def test_the_skm_report_screen_gives_each_agency_and_the_hall(qtbot, screen_context, hall_day):
    screen = SkmReportScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.agency.count() > 0)
    assert screen.agency.itemText(0) == "Seluruh aula" and screen.agency.count() == 4
    screen.date_from.setDate(QDate(2026, 11, 25))
    screen.date_to.setDate(QDate(2026, 11, 25))
    screen.compute()
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10000)
    assert screen.report["overall"]["ikm_converted"] == 81.25
    assert [row["agency_code"] for row in screen.report["per_agency"]] == [
        "DPMPTSP-BLG",
        "SETDA-BLG",
        "DPMPTSP-KALTARA",
    ]
    assert not screen.per_agency.isHidden() and screen.per_agency.rowCount() == 3
    assert screen.per_agency.item(2, 3).text() == "D (Tidak Baik)"
    screen.show()
    assert screen.sizeHint().width() <= 1366  # long service and agency names do not widen the window
    _photograph(screen, "skm-hall.png")
    screen.agency.setCurrentIndex(screen.agency.findData("DPMPTSP-KALTARA"))
    screen.report = None
    screen.compute()
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10000)
    assert screen.report["agency"]["code"] == "DPMPTSP-KALTARA" and screen.report["overall"]["grade"] == "D"
