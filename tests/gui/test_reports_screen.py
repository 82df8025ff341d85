"""The reports screen: choose a day, see its tables and the three charts, export through the file dialog."""

from datetime import UTC, date, datetime, timedelta

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from db.reports.periods import MONTH, WEEK, period_of
from db.services import open_services
from desktop.navigation import screens_for
from desktop.screens.reports_screen import ReportsScreen, ReportTableModel
from tests.lifecycle_helpers import finish

DAY = date(2026, 11, 25)


@pytest.fixture
def clock_start():
    return datetime(2026, 11, 25, 1, 0, tzinfo=UTC)  # 09:00 WITA


def fill_day(url, clock):
    """Three tickets (waits 5, 12 and 40 minutes) and one application completed on time, on 25-11-2026."""
    services = open_services(url, device_id="pc-2", clock=clock)
    officer = Actor("budi", "pc-2", role=Role.PETUGAS_LOKET, counter_number=1, full_name="Budi Santoso")
    try:
        for _ in range(3):
            services.queue.issue(officer, "A")
        for minutes in (5, 12, 40):
            clock.now = datetime(2026, 11, 25, 1, minutes, tzinfo=UTC)
            services.queue.call_next(officer, 1)
            clock.now += timedelta(seconds=30)
            services.queue.finish(officer, 1)
        person = services.applicants.save_person(officer, PersonInput("6311015508900001", "Siti Aminah"))
        entry, items = services.intake.checklist("DPM-007")
        marks = {i.position: Mark("ada_sesuai") for i in items if not i.heading}
        outcome = services.intake.submit(officer, person.id, entry.revision_id, None, marks)
        finish(services, outcome.application_id)
    finally:
        services.close()


@pytest.fixture
def screen(qtbot, screen_context, sqlite_url, clock):
    fill_day(sqlite_url, clock)
    widget = ReportsScreen(screen_context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.group.count() > 1)
    return widget


def test_a_day_shows_tables_and_three_charts(qtbot, screen, qtmodeltester):
    screen.date.setDate(QDate(2026, 11, 25))
    screen.show_button.click()
    qtbot.waitUntil(lambda: screen.report is not None)
    assert screen.report.tickets.issued == 3 and screen.report.tickets.over_target == 1
    assert "3 tiket" in screen.summary.text()
    summary = screen.models["queue_summary"]
    qtmodeltester.check(summary)
    assert summary.data(summary.index(0, 1)) == "3"
    assert screen.tabs.count() == 1 + len(screen.models)
    assert screen.hours_chart.categories == ["09"] and screen.hours_chart.series[0][1] == [3.0]
    assert screen.wait_chart.series[0][1] == [0.0, 1.0, 1.0, 0.0, 1.0, 0.0]
    assert screen.sla_chart.categories == ["DPM-007 Izin Apotek"] and screen.sla_chart.series[0][1] == [100.0]
    assert all(chart.chart_.series() for chart in (screen.hours_chart, screen.wait_chart, screen.sla_chart))


def test_export_through_the_file_dialog(qtbot, screen, tmp_path, monkeypatch, admin_user):
    screen.date.setDate(QDate(2026, 11, 25))
    screen.show_button.click()
    qtbot.waitUntil(lambda: screen.report is not None)
    for fmt in ("pdf", "xlsx", "csv"):
        target = tmp_path / f"laporan.{fmt}"
        monkeypatch.setattr(
            "desktop.screens.reports_screen.QFileDialog.getSaveFileName", lambda *a, t=target, **k: (str(t), "")
        )
        screen.export_buttons[fmt].click()
        qtbot.waitUntil(lambda t=target: t.exists() and str(t) in screen.banner.text())
    pdf = pdfium.PdfDocument(str(tmp_path / "laporan.pdf"))
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    assert "LAPORAN HARIAN LOKET" in text and admin_user.full_name in text and "25 November 2026" in text
    workbook = load_workbook(tmp_path / "laporan.xlsx")
    assert "Ringkasan antrian" in workbook.sheetnames and len(workbook.sheetnames) == len(screen.models)
    assert "## Per jam" in (tmp_path / "laporan.csv").read_text(encoding="utf-8-sig")


def test_periods_and_table_model(qtmodeltester):
    assert period_of(WEEK, DAY, DAY) == (date(2026, 11, 23), date(2026, 11, 29))
    assert period_of(MONTH, DAY, DAY) == (date(2026, 11, 1), date(2026, 11, 30))
    from printing.report_pdf import ReportTable

    model = ReportTableModel(ReportTable("k", "T", ("a", "b"), (("x", 1.5), ("y", None))))
    qtmodeltester.check(model)
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["1,5", "-"]


def test_supervisors_see_the_dashboard_and_the_reports():
    keys = [entry.key for entry in screens_for(Role.SUPERVISOR)]
    assert "dashboard" in keys and "reports" in keys
    assert "reports" not in [entry.key for entry in screens_for(Role.PETUGAS_LOKET)]


def test_the_screen_opens_on_the_office_s_today_not_the_pc_s(qtbot, screen_context, monkeypatch):
    """A PC whose clock zone is not the office's (left on UTC) still opens the report on the office's day: the day
    the records are counted in (after 16:00 UTC it is already tomorrow in WITA)."""
    monkeypatch.setattr(screen_context.services.queue, "today", lambda: date(2030, 1, 2))
    screen = ReportsScreen(screen_context)
    qtbot.addWidget(screen)
    assert screen.date.date() == QDate(2030, 1, 2) and screen.until.date() == QDate(2030, 1, 2)
