from PySide6.QtCore import QDate

from db.core.actor import Actor
from desktop.screens.skm_report_screen import SkmReportScreen


def test_compute_and_save(qtbot, screen_context, sqlite_services, tmp_path):
    survey = Actor("survei", sqlite_services.device_id)
    sqlite_services.skm.submit(survey, "DPM-007", [4] * 9)
    sqlite_services.skm.submit(survey, "DPM-007", [3] * 9)
    screen = SkmReportScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.service.count() > 1)
    screen.date_from.setDate(QDate(2000, 1, 1))
    screen.date_to.setDate(QDate(2100, 1, 1))
    screen.population.setValue(100)
    screen.compute()
    qtbot.waitUntil(lambda: screen.report is not None)
    assert "87,50" in screen.summary.text() and "B (Baik)" in screen.summary.text()
    assert "minimum 80" in screen.summary.text()
    assert screen.table.rowCount() == 12 and screen.table.item(0, 3).text() == "3,50"
    pdf = tmp_path / "skm.pdf"
    screen.export("pdf", str(pdf))
    qtbot.waitUntil(lambda: "disimpan" in screen.banner.text())
    assert pdf.read_bytes().startswith(b"%PDF")
