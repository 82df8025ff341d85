from datetime import date

import pytest
from sqlalchemy import func, select

from db.core.actor import Actor
from db.core.errors import DomainError
from db.models import Role, SkmResponse
from db.services import open_services
from db.skm.service import Profile, SkmImportError


@pytest.fixture
def office(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    yield opened
    opened.close()


SURVEY = Actor("survey", "pc-1")
SUPERVISOR = Actor("kepala", "pc-1", role=Role.SUPERVISOR)
HEADER = "u1,u2,u3,u4,u5,u6,u7,u8,u9,service_code,date,sex,education\n"


def test_responses_give_the_index_per_service_and_unit(office):
    office.skm.submit(SURVEY, "DPM-007", [4] * 9, counter_number=1, profile=Profile(sex="P", age_band="30-39"))
    office.skm.submit(SURVEY, "DPM-007", [3] * 9, comment="  Ruang tunggu panas  ")
    with pytest.raises(DomainError, match="U3"):
        office.skm.submit(SURVEY, "DPM-007", [4, 4, 5, 4, 4, 4, 4, 4, 4])
    with pytest.raises(DomainError, match="Pendidikan"):
        office.skm.submit(SURVEY, "DPM-007", [4] * 9, profile=Profile(education="TK"))
    report = office.skm.report(date(2026, 11, 1), date(2026, 11, 30), actor=SUPERVISOR)
    overall = report["overall"]
    assert overall["respondents"] == 2 and overall["elements"][0]["nrr"] == 3.5
    assert overall["ikm"] == 3.5 and overall["ikm_converted"] == 87.5 and overall["grade"] == "B"
    assert [s["service_code"] for s in report["per_service"]] == ["DPM-007"]
    assert report["per_unit"][0]["respondents"] == 2 and report["per_unit"][0]["unit"]
    assert report["profile"]["sex"] == {"L": 0, "P": 1, "tidak diisi": 1}
    assert report["comments"] == ["Ruang tunggu panas"]
    assert report["sample"] == {
        "population": 0,
        "population_source": "layanan selesai + permohonan terdaftar",
        "minimum": 0,
        "respondents": 2,
        "met": True,
    }
    given = office.skm.report(date(2026, 11, 1), date(2026, 11, 30), "DPM-007", population=100, actor=SUPERVISOR)[
        "sample"
    ]
    assert given["minimum"] == 80 and given["met"] is False
    assert office.skm.report(date(2026, 12, 1), date(2026, 12, 31), actor=SUPERVISOR)["overall"] is None


def test_no_identity_is_ever_stored():
    columns = set(SkmResponse.__table__.columns.keys())
    assert not columns & {"name", "nik", "ticket_id", "applicant_id", "phone", "email"}


def test_population_counts_finished_tickets_and_registrations(office):
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
    office.queue.issue(officer, "A", service_code="DPM-007")
    office.queue.call_next(officer, 1)
    office.queue.finish(officer, 1)
    assert office.skm.population(date(2026, 11, 20), date(2026, 11, 20)) == 1
    assert office.skm.population(date(2026, 11, 20), date(2026, 11, 20), "DPM-001") == 0
    assert office.skm.last_finished_service(1).code == "DPM-007"
    assert office.skm.last_finished_service(2) is None


def test_csv_import_is_all_or_nothing_with_every_bad_row_listed(office, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        HEADER
        + "4,4,4,4,4,4,4,4,4,DPM-007,2026-11-02,L,S1\n"
        + "4,4,4,4,4,4,4,4,7,DPM-007,2026-11-02,,\n"
        + "4,4,4,4,4,4,4,4,4,NOPE,2026-11-02,,\n"
        + "4,4,4,4,4,4,4,4,4,DPM-007,02-11-2026,X,\n",
        encoding="utf-8",
    )
    with pytest.raises(SkmImportError) as caught:
        office.skm.import_csv(SURVEY, bad)
    assert [number for number, _ in caught.value.errors] == [3, 4, 5]
    assert "u9" in caught.value.errors[0][1] and "NOPE" in caught.value.errors[1][1]
    assert "baris 5" in caught.value.message
    with office.database.read() as session:
        assert session.scalar(select(func.count(SkmResponse.id))) == 0
    good = tmp_path / "good.csv"
    good.write_text(
        HEADER.replace(",", ";")
        + "4;4;4;4;4;4;4;4;4;DPM-007;2026-11-02;L;S1\n3;3;3;3;3;3;3;3;3;DPM-007;2026-11-03;;\n",
        encoding="utf-8",
    )
    result = office.skm.import_csv(SURVEY, good)
    assert (result.rows, result.first_day, result.last_day) == (2, date(2026, 11, 2), date(2026, 11, 3))
    assert (
        office.skm.report(date(2026, 11, 1), date(2026, 11, 30), actor=SUPERVISOR)["overall"]["ikm_converted"] == 87.5
    )


def test_a_survey_follows_its_ticket_once(office):
    """Issue 18: a response is tied to the ticket it follows, one per ticket; the answers keep no link to it."""
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
    office.queue.issue(officer, "A", service_code="DPM-007")
    office.queue.call_next(officer, 1)
    office.queue.finish(officer, 1)
    last = office.skm.last_finished_service(1)
    assert last.code == "DPM-007" and last.ticket_id is not None
    office.skm.submit(SURVEY, last.code, [4] * 9, counter_number=1, ticket_id=last.ticket_id)
    assert office.skm.last_finished_service(1) is None  # the used ticket is not offered again
    with pytest.raises(DomainError, match="satu survei per nomor antrian"):
        office.skm.submit(SURVEY, last.code, [1] * 9, counter_number=1, ticket_id=last.ticket_id)
    with office.database.read() as session:
        assert session.scalar(select(func.count()).select_from(SkmResponse)) == 1
        assert "ticket_id" not in SkmResponse.__table__.columns
    office.queue.issue(officer, "A", service_code="DPM-007")
    waiting = office.queue.call_next(officer, 1)
    with pytest.raises(DomainError, match="sudah selesai dilayani"):
        office.skm.submit(SURVEY, "DPM-007", [4] * 9, ticket_id=waiting.id)
