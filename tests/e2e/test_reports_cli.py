"""loket-admin report daily as a scheduled job runs it: JSON, PDF, XLSX and CSV from a real process."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from db.core.actor import Actor
from db.models import Role
from db.services import open_services


def admin(*args, home):
    env = {**os.environ, "LOKET_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], capture_output=True, text=True, env=env, timeout=120
    )


@pytest.fixture
def clock_start():
    return datetime(2026, 11, 25, 0, 30, tzinfo=UTC)


@pytest.fixture
def home(sqlite_url, loket_home, clock):
    """25-11-2026: A-001 served at counter 1 after 6 minutes; A-002 and B-001 still waiting at close."""
    services = open_services(sqlite_url, device_id="pc-1", clock=clock)
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
    services.queue.issue(officer, "A")
    services.queue.issue(officer, "A")
    services.queue.issue(officer, "B")
    clock.now += timedelta(minutes=6)
    services.queue.call_next(officer, 1)
    clock.now += timedelta(minutes=9)
    services.queue.finish(officer, 1)
    services.close()
    return loket_home


def test_json_names_every_figure(home):
    result = admin("report", "daily", "--date", "2026-11-25", "--format", "json", home=home)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    tickets = data["tickets"]
    assert (tickets["issued"], tickets["served"], tickets["still_waiting"]) == (3, 1, 2)
    assert tickets["waiting"] == {"count": 1, "mean": 6.0, "median": 6.0, "p90": 6.0}
    assert tickets["service"]["mean"] == 9.0 and tickets["no_show_share"] == 0.0
    for key in ("over_target", "over_target_share", "transferred", "no_show", "called"):
        assert key in tickets
    assert [h["hour"] for h in data["hours"]] == [8]
    assert data["counters"][0]["counter"] == 1 and "idle_minutes" in data["counters"][0]
    assert {"checked", "returned", "registered", "missing"} <= set(data["files"])
    assert {"open", "due_soon", "overdue", "finished_on_time", "finished_late", "sla"} <= set(data["applications"])
    assert set(data["sections_pending"]) <= {e["key"] for e in data["extras"]}
    assert len(data["wait_histogram"]) == 6
    ranged = admin("report", "daily", "--from", "2026-11-01", "--to", "2026-11-30", "--counter", "1", home=home)
    assert json.loads(ranged.stdout)["tickets"]["issued"] == 1
    group = admin("report", "daily", "--date", "2026-11-25", "--group", "B", "--officer", "budi", home=home)
    assert json.loads(group.stdout)["tickets"]["issued"] == 0
    wrong = admin("report", "daily", "--date", "2026-11-25", "--from", "2026-11-01", home=home)
    assert wrong.returncode == 1 and "tidak keduanya" in wrong.stderr
    needs_out = admin("report", "daily", "--date", "2026-11-25", "--format", "pdf", home=home)
    assert needs_out.returncode == 1 and "--out" in needs_out.stderr


def test_pdf_xlsx_and_csv_files(home, tmp_path):
    for fmt in ("pdf", "xlsx", "csv"):
        out = tmp_path / f"laporan.{fmt}"
        result = admin(
            "report",
            "daily",
            "--date",
            "2026-11-25",
            "--format",
            fmt,
            "--out",
            str(out),
            "--signer",
            "Rina Supervisor",
            home=home,
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 0
    pdf = pdfium.PdfDocument(str(tmp_path / "laporan.pdf"))
    text = "".join(page.get_textpage().get_text_range() for page in pdf)
    pdf.close()
    for expected in (
        "LAPORAN HARIAN LOKET",
        "Rabu, 25 November 2026",
        "Ringkasan antrian",
        "Per loket",
        "Kepatuhan waktu layanan",
        "Pengaduan",
        "Rina Supervisor",
        "BALANGAN",
    ):
        assert expected in text, expected
    workbook = load_workbook(tmp_path / "laporan.xlsx")
    assert workbook.sheetnames[:3] == ["Ringkasan antrian", "Waktu tunggu dan waktu layanan", "Per grup antrian"]
    summary = workbook["Ringkasan antrian"]
    assert [summary.cell(row=3, column=c).value for c in (1, 2)] == ["Tiket diambil", 3]
    assert workbook["Per jam"].cell(row=3, column=2).value == 3
    csv_text = (tmp_path / "laporan.csv").read_text(encoding="utf-8-sig")
    sections = [line for line in csv_text.splitlines() if line.startswith("## ")]
    assert len(sections) == len(workbook.sheetnames) and "Tiket diambil;3" in csv_text
