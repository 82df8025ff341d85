"""Reports and the SKM per agency and for the hall (issue 19), on the three-agency day of tests/agency_hall.py
(SQLite and PostgreSQL): each agency's figures side by side, the hall's over everything, and the scope refusals."""

from __future__ import annotations

import csv
import io
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from db.core.errors import NotFound, PermissionDenied
from db.documents.printing import office_header
from db.models import SkmResponse
from db.reports import ReportQuery
from db.reports import comparison_export as hall_export
from db.services import open_services
from db.skm.service import SkmImportError
from tests.agency_hall import (
    ADMIN,
    CODES,
    DAY,
    EIGHT,
    KIOSK,
    agency_ids,
    build_day,
    open_hall,
    place_records,
    supervisor,
)


@pytest.fixture
def clock_start():
    return EIGHT


@pytest.fixture
def hall(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    open_hall(opened)
    build_day(opened, clock)
    yield opened
    opened.close()


def test_each_agency_side_by_side_and_the_hall_over_everything(hall):
    comparison = hall.reports.by_agency(DAY, DAY, actor=ADMIN)
    rows = {row.code: row for row in comparison.agencies}
    assert list(rows) == list(CODES)  # the hall's order; no hall-own row: every record has its agency
    dpm, setda, province, total = rows["DPMPTSP-BLG"], rows["SETDA-BLG"], rows["DPMPTSP-KALTARA"], comparison.hall
    assert (dpm.issued, dpm.served, dpm.no_show, dpm.still_waiting) == (3, 2, 1, 0)
    assert (dpm.waiting.count, dpm.waiting.mean, dpm.waiting.median, dpm.service.mean) == (3, 11.0, 13.0, 11.0)
    assert (dpm.over_target, setda.over_target, setda.over_target_share) == (0, 1, 1.0)  # 15 is not over 15
    assert (setda.issued, setda.served, setda.still_waiting, setda.waiting.mean) == (2, 1, 1, 20.0)
    assert (province.issued, province.served, province.waiting.mean, province.service.mean) == (1, 1, 2.0, 3.0)
    assert (total.issued, total.served, total.no_show, total.still_waiting) == (6, 4, 1, 1)
    assert (total.waiting.mean, total.waiting.median, total.service.mean, total.over_target_share) == (
        11.0,
        13.0,
        8.25,
        0.2,
    )
    assert (dpm.files_checked, dpm.files_returned, dpm.files_registered) == (2, 1, 1)
    assert (setda.files_checked, setda.files_registered, province.files_checked) == (1, 1, 0)
    assert (dpm.finished, dpm.finished_on_time, dpm.sla_share, setda.finished, setda.sla_share) == (1, 1, 1.0, 0, None)
    assert (dpm.open, setda.open, total.open, total.files_checked) == (1, 1, 2, 3)
    # the IKM: each agency's over its own responses, the hall's over all four (not the mean of 100, 75 and 50)
    assert [(r.respondents, r.ikm, r.ikm_grade) for r in (dpm, setda, province, total)] == [
        (2, 100.0, "A"),
        (1, 75.0, "C"),
        (1, 50.0, "D"),
        (4, 81.25, "B"),
    ]


def test_the_hall_row_and_each_agency_agree_with_the_counter_report(hall):
    comparison = hall.reports.by_agency(DAY, DAY, actor=ADMIN)
    whole = hall.reports.daily(ReportQuery(DAY, DAY), actor=ADMIN)
    assert whole.agency is None
    t = whole.tickets
    assert (t.issued, t.served, t.no_show, t.still_waiting, t.waiting, t.service) == (
        comparison.hall.issued,
        comparison.hall.served,
        comparison.hall.no_show,
        comparison.hall.still_waiting,
        comparison.hall.waiting,
        comparison.hall.service,
    )
    for row in comparison.agencies:
        report = hall.reports.daily(ReportQuery(DAY, DAY, agency=row.code.lower()), actor=ADMIN)
        assert report.agency.code == row.code
        assert (report.tickets.issued, report.tickets.served, report.tickets.waiting) == (
            row.issued,
            row.served,
            row.waiting,
        )
        assert (report.files.checked, report.files.returned, report.applications.open) == (
            row.files_checked,
            row.files_returned,
            row.open,
        )
        assert {c.counter for c in report.counters} <= {1, 2, 3}
    setda = hall.reports.daily(ReportQuery(DAY, DAY, agency="SETDA-BLG"), actor=ADMIN)
    assert [c.counter for c in setda.counters] == [2] and [g.group for g in setda.groups] == ["B"]
    assert [s.service_code for s in setda.applications.sla] == []
    dpm = hall.reports.daily(ReportQuery(DAY, DAY, agency="DPMPTSP-BLG"), actor=ADMIN)
    assert [(s.service_code, s.on_time) for s in dpm.applications.sla] == [("DPM-007", 1)]
    assert {e.key: e.value for e in dpm.extras}["decrees_signed"] == 1
    assert {e.key: e.value for e in setda.extras}["decrees_signed"] == 0


def test_an_agency_supervisor_sees_only_their_agency_and_is_refused_another_in_indonesian(hall):
    setda = supervisor(hall, "SETDA-BLG")
    own = hall.reports.daily(ReportQuery(DAY, DAY), actor=setda)  # no agency asked: their own
    assert own.agency.code == "SETDA-BLG" and own.tickets.issued == 2
    assert hall.reports.daily(ReportQuery(DAY, DAY, agency="setda-blg"), actor=setda).tickets == own.tickets
    with pytest.raises(PermissionDenied) as refused:
        hall.reports.daily(ReportQuery(DAY, DAY, agency="DPMPTSP-BLG"), actor=setda)
    assert str(refused.value) == (
        "Laporan instansi DPMPTSP-BLG tidak dapat dibuka: Anda hanya dapat melihat laporan instansi Anda sendiri "
        "(Sekretariat Daerah Kabupaten Balangan)."
    )
    with pytest.raises(PermissionDenied, match="hanya untuk pengelola aula"):
        hall.reports.by_agency(DAY, DAY, actor=setda)
    with pytest.raises(PermissionDenied, match="Laporan instansi DPMPTSP-KALTARA tidak dapat dibuka"):
        hall.skm.report(DAY, DAY, actor=setda, agency="DPMPTSP-KALTARA")
    ikm = hall.skm.report(DAY, DAY, actor=setda)
    assert ikm["agency"]["code"] == "SETDA-BLG" and ikm["overall"]["ikm_converted"] == 75.0
    assert ikm["per_agency"] == [] and [s["service_code"] for s in ikm["per_service"]] == ["SETDA-HKM-01"]
    with pytest.raises(NotFound, match="Instansi DINKES tidak ada"):
        hall.reports.daily(ReportQuery(DAY, DAY, agency="DINKES"), actor=ADMIN)


def test_the_skm_of_each_agency_and_of_the_hall(hall):
    ids = agency_ids(hall)
    with hall.database.read() as session:
        placed = sorted(
            (code, str(agency)) for code, agency in session.query(SkmResponse.service_code, SkmResponse.agency_id)
        )
    # LYN-INFO is a hall-wide service: its response goes to the agency of counter 3 that served it
    assert placed == sorted(
        [
            ("DPM-007", str(ids["DPMPTSP-BLG"])),
            ("DPM-007", str(ids["DPMPTSP-BLG"])),
            ("LYN-INFO", str(ids["DPMPTSP-KALTARA"])),
            ("SETDA-HKM-01", str(ids["SETDA-BLG"])),
        ]
    )
    whole = hall.skm.report(DAY, DAY, actor=ADMIN)
    assert whole["agency"] is None and whole["overall"]["respondents"] == 4
    assert whole["overall"]["ikm_converted"] == 81.25 and whole["overall"]["grade"] == "B"
    assert [(a["agency_code"], a["respondents"], a["ikm_converted"], a["grade"]) for a in whole["per_agency"]] == [
        ("DPMPTSP-BLG", 2, 100.0, "A"),
        ("SETDA-BLG", 1, 75.0, "C"),
        ("DPMPTSP-KALTARA", 1, 50.0, "D"),
    ]
    province = hall.skm.report(DAY, DAY, actor=ADMIN, agency="DPMPTSP-KALTARA")
    assert province["overall"]["ikm_converted"] == 50.0 and province["sample"]["population"] == 1  # C-001 served


def test_the_hall_report_exports_with_every_agency_and_the_hall(hall):
    comparison = hall.reports.by_agency(DAY, DAY, actor=ADMIN)
    values = hall.settings.values()
    text = hall_export.render(comparison, "csv", office_header(values), values, None).decode("utf-8")
    sections = [row for row in csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";") if row]
    assert sections[0] == ["## Antrian per instansi"] and sections[1][:3] == ["Instansi", "Diambil", "Dilayani"]
    assert [row[0] for row in sections[2:6]] == [*CODES, "Seluruh aula"]
    assert sections[5][5] == "11"  # the hall's mean wait, with a decimal comma where there is one
    ikm = sections[sections.index(["## Indeks Kepuasan Masyarakat per instansi"]) + 5]
    assert ikm == ["", "Seluruh aula", "4", "81,25", "B"]
    assert sections[sections.index(["## Indeks Kepuasan Masyarakat per instansi"]) + 3][:2] == [
        "SETDA-BLG",
        "Sekretariat Daerah Kabupaten Balangan",
    ]
    workbook = load_workbook(io.BytesIO(hall_export.render(comparison, "xlsx", office_header(values), values, None)))
    assert len(workbook.sheetnames) == 4 and workbook.worksheets[0]["A6"].value == "Seluruh aula"
    pdf = hall_export.render(comparison, "pdf", office_header(values), values, "Nama Pengelola")
    assert pdf.startswith(b"%PDF")
    data = hall_export.render(comparison, "json", office_header(values), values, None).decode("utf-8")
    assert '"finished": 1' in data and '"hall_name"' in data


def test_the_command_line_gives_the_hall_side_by_side_and_one_agencys_reports(admin_cli, sqlite_url, clock):
    opened = open_services(sqlite_url, device_id="pc-1", clock=clock)
    open_hall(opened)
    build_day(opened, clock)
    opened.close()
    side_by_side = admin_cli("report", "agencies", "--date", DAY.isoformat(), "--format", "csv")
    assert side_by_side.returncode == 0, side_by_side.stderr
    lines = side_by_side.stdout.splitlines()
    assert lines[0] == "## Antrian per instansi" and lines[2].startswith("DPMPTSP-BLG;3;2;1;0;")
    assert "Seluruh aula;6;4;1;1;" in side_by_side.stdout
    setda = admin_cli("report", "daily", "--date", DAY.isoformat(), "--agency", "setda-blg")
    assert setda.returncode == 0 and '"issued": 2' in setda.stdout and '"code": "SETDA-BLG"' in setda.stdout
    unknown = admin_cli("report", "daily", "--date", DAY.isoformat(), "--agency", "DINKES")
    assert unknown.returncode == 1 and "Instansi DINKES tidak ada" in unknown.stdout + unknown.stderr
    ikm = admin_cli("skm", "report", "--from", DAY.isoformat(), "--to", DAY.isoformat(), "--agency", "DPMPTSP-KALTARA")
    assert ikm.returncode == 0 and '"ikm_converted": 50.0' in ikm.stdout and '"per_agency": []' in ikm.stdout


def test_the_dashboard_of_an_agency_supervisor_shows_their_agencys_queue(database_url, clock):
    services = open_services(database_url, device_id="pc-1", clock=clock)
    try:
        open_hall(services)
        for group in ("A", "B", "A", "C"):
            services.queue.issue(KIOSK, group)
        place_records(services)
        clock.now = EIGHT + timedelta(minutes=40)
        setda = services.reports.live(supervisor(services, "SETDA-BLG"))
        assert [code for code, _name, _n in setda.waiting_by_group] == ["B", "D"]  # D: the hall's own desk
        assert [c.number for c in setda.counters] == [2] and setda.waiting == 1
        assert setda.longest_wait_ticket == "B-001" and [a.text.split()[0] for a in setda.alerts] == ["B-001"]
        whole = services.reports.live(ADMIN)
        assert whole.waiting == 4 and [c.number for c in whole.counters] == [1, 2, 3]
        assert whole.longest_wait_ticket == "A-001" and services.reports.live() == whole
    finally:
        services.close()


def test_an_agency_types_in_only_its_own_paper_surveys(hall, tmp_path):
    paper = tmp_path / "skm.csv"
    paper.write_text(
        "u1,u2,u3,u4,u5,u6,u7,u8,u9,service_code,date\n"
        "4,4,4,4,4,4,4,4,4,DPM-007,2026-11-25\n"
        "3,3,3,3,3,3,3,3,3,SETDA-HKM-02,2026-11-25\n",
        encoding="utf-8",
    )
    with hall.database.read() as session:
        before = session.query(SkmResponse).count()
    with pytest.raises(SkmImportError) as refused:
        hall.skm.import_csv(supervisor(hall, "SETDA-BLG"), paper)
    assert refused.value.errors == [(2, "layanan DPM-007 milik instansi lain")]
    with hall.database.read() as session:
        assert session.query(SkmResponse).count() == before  # nothing half-imported
    assert hall.skm.import_csv(ADMIN, paper).rows == 2  # the hall's staff type in every agency's
