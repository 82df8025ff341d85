"""One office clock: the information log, a file's history, the dashboard and diagnostics show WITA (office time),
the same as tickets and receipts, whatever the PC's own zone."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from db.admin.diagnostics import last_sync_text
from db.core.actor import Actor
from db.info_log.service import InfoInput
from db.intake.applicants import PersonInput
from db.intake.checklist import ADA_SESUAI, Mark
from db.models import Role
from db.services import open_services

WITA = ZoneInfo("Asia/Makassar")
AT = datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 10:00 WITA


@pytest.fixture
def office(database_url, monkeypatch):
    monkeypatch.setenv("TZ", "America/New_York")  # a PC set to another zone must not change what is shown
    opened = open_services(database_url, device_id="pc-1", clock=lambda: AT)
    yield opened
    opened.close()


def officer():
    return Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1, full_name="Budi Santoso")


def test_the_information_log_shows_office_time(office):
    entry = InfoInput(
        kind="informasi",
        visitor_name="Siti Aminah",
        question="Apa syarat izin apotek?",
        answer="Diberikan daftar persyaratan.",
        duration_minutes=5,
        service_code="DPM-007",
    )
    office.info_log.record(officer(), entry)
    shown = office.info_log.recent()[0].recorded_at
    assert (shown.utcoffset().total_seconds(), shown.hour) == (8 * 3600, 10)


def test_a_files_history_shows_office_time(office):
    person = office.applicants.save_person(
        officer(),
        PersonInput("6308015508900002", "Siti Aminah", "Paringin", None, "Jl. Ahmad Yani", "0812-3456-7890", None),
    )
    entry, items = office.intake.checklist("DPM-007")
    marks = {item.position: Mark(ADA_SESUAI) for item in items if not item.heading}
    outcome = office.intake.submit(officer(), person.id, entry.revision_id, None, marks)
    history = office.tracking.history(outcome.application_id)
    assert history and all(h.at.utcoffset().total_seconds() == 8 * 3600 and h.at.hour == 10 for h in history)


def test_the_dashboard_and_diagnostics_show_office_time(office):
    state = office.reports.live()
    assert state.at.strftime("%H:%M") == "10:00" and state.at.tzinfo is not None
    text = last_sync_text({"sync.last_success": "2026-11-20T02:00:00+00:00", "office.timezone": "Asia/Makassar"})
    assert text in ("belum diaktifkan", "20-11-2026 10:00")
