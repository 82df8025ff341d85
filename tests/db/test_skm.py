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
    office.skm.submit(SURVEY, "DPM-007", [4] * 9, counter_number=1, profile=Profile(sex="P", age=34))
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
    assert counts(report)["sex"] == {"L": 0, "P": 1, "tidak diisi": 1}
    assert counts(report)["age"]["30-39"] == 1
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


def counts(report) -> dict[str, dict[str, int]]:
    return {section["key"]: {row["value"]: row["count"] for row in section["rows"]} for section in report["profile"]}


def test_the_profile_follows_the_annex_and_is_reported_per_category(office):
    """PermenPANRB 14/2017's questionnaire: age in years, L/P, SD ... S3, PNS ... Lainnya (named). Every category
    is in the report, also at zero, with the unanswered and the named occupations."""
    office.skm.submit(
        SURVEY, "DPM-007", [4] * 9, profile=Profile(age="19", sex="l", education="s3", occupation="swasta")
    )
    office.skm.submit(
        SURVEY, "DPM-007", [3] * 9, profile=Profile(age=61, occupation="Lainnya", occupation_other="  Petani  karet ")
    )
    office.skm.submit(
        SURVEY, "DPM-007", [3] * 9, profile=Profile(occupation="Lainnya", occupation_other="Petani karet")
    )
    office.skm.submit(SURVEY, "DPM-007", [2] * 9)
    report = office.skm.report(date(2026, 11, 1), date(2026, 11, 30), actor=SUPERVISOR)
    seen = counts(report)
    assert seen["age"] == {"<20": 1, "20-29": 0, "30-39": 0, "40-49": 0, "50-59": 0, "60+": 1, "tidak diisi": 2}
    assert seen["sex"] == {"L": 1, "P": 0, "tidak diisi": 3}
    assert list(seen["education"]) == ["SD", "SMP", "SMA", "S1", "S2", "S3", "tidak diisi"]
    assert seen["education"]["S3"] == 1
    assert seen["occupation"] == {
        "PNS": 0,
        "TNI": 0,
        "POLRI": 0,
        "SWASTA": 1,
        "WIRAUSAHA": 0,
        "Lainnya": 2,
        "tidak diisi": 1,
    }
    assert seen["occupation_other"] == {"Petani karet": 2}
    sections = {section["key"]: section for section in report["profile"]}
    assert [section["label"] for section in report["profile"]][:4] == [
        "Umur",
        "Jenis kelamin",
        "Pendidikan",
        "Pekerjaan",
    ]
    assert sections["sex"]["rows"][0] == {"value": "L", "label": "Laki-laki", "count": 1, "percent": 25.0}


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        (Profile(age=14), "Umur harus 15 sampai 100 tahun"),
        (Profile(age=101), "Umur harus 15 sampai 100 tahun"),
        (Profile(age="tiga puluh"), "Umur ditulis dalam tahun"),
        (Profile(sex="W"), "Jenis kelamin 'W' tidak dikenal"),
        (Profile(education="D3"), "Pendidikan 'D3' tidak dikenal .pilihan: SD, SMP, SMA, S1, S2, S3"),
        (Profile(occupation="Petani"), "Pekerjaan 'Petani' tidak dikenal"),
        (Profile(occupation="PNS", occupation_other="Guru"), "hanya diisi bila memilih 'Lainnya'"),
        (Profile(occupation="Lainnya", occupation_other="x" * 61), "paling panjang 60 karakter"),
    ],
)
def test_a_profile_outside_the_annex_is_refused_and_nothing_is_stored(office, profile, message):
    with pytest.raises(DomainError, match=message):
        office.skm.submit(SURVEY, "DPM-007", [4] * 9, profile=profile)
    with office.database.read() as session:
        assert session.scalar(select(func.count(SkmResponse.id))) == 0


def test_a_paper_questionnaire_keeps_its_own_day(office):
    office.skm.submit(SURVEY, "DPM-007", [4] * 9, source="paper", responded_on=date(2026, 11, 2))
    with pytest.raises(DomainError, match="belum terjadi"):
        office.skm.submit(SURVEY, "DPM-007", [4] * 9, source="paper", responded_on=date(2027, 1, 4))
    with pytest.raises(DomainError, match="hanya diisi untuk kuesioner kertas"):
        office.skm.submit(SURVEY, "DPM-007", [4] * 9, responded_on=date(2026, 11, 2))
    with pytest.raises(DomainError, match="Sumber survei"):
        office.skm.submit(SURVEY, "DPM-007", [4] * 9, source="email")
    with office.database.read() as session:
        rows = session.execute(select(SkmResponse.responded_on, SkmResponse.source)).all()
    assert rows == [(date(2026, 11, 2), "paper")]


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


def test_the_csv_takes_the_age_in_years_and_the_named_occupation(office, tmp_path):
    older = tmp_path / "older.csv"
    older.write_text("u1,u2,u3,u4,u5,u6,u7,u8,u9,service_code,date,age_band\n", encoding="utf-8")
    with pytest.raises(DomainError, match="age_band diganti age"):
        office.skm.import_csv(SURVEY, older)
    paper = tmp_path / "paper.csv"
    paper.write_text(
        "u1,u2,u3,u4,u5,u6,u7,u8,u9,service_code,date,age,sex,education,occupation,occupation_other\n"
        "4,4,4,4,4,4,4,4,4,DPM-007,2026-11-02,45,P,SMA,Lainnya,Ibu rumah tangga\n"
        "4,4,4,4,4,4,4,4,4,DPM-007,2026-11-02,9,P,SMA,PNS,\n",
        encoding="utf-8",
    )
    with pytest.raises(SkmImportError) as caught:
        office.skm.import_csv(SURVEY, paper)
    assert caught.value.errors == [(3, "Umur harus 15 sampai 100 tahun (tertulis 9).")]
    paper.write_text(paper.read_text(encoding="utf-8").replace(",9,", ",59,"), encoding="utf-8")
    assert office.skm.import_csv(SURVEY, paper).rows == 2
    with office.database.read() as session:
        stored = session.execute(
            select(SkmResponse.age, SkmResponse.occupation, SkmResponse.occupation_other).order_by(SkmResponse.age)
        ).all()
    assert stored == [(45, "Lainnya", "Ibu rumah tangga"), (59, "PNS", None)]


def test_the_upgrade_keeps_older_profiles_and_renames_occupations_to_the_annex(sqlite_url):
    """Before skm_profile a response held an age band and the older occupation list: nothing is lost, the
    occupations take the annex's names ("Pelajar/Mahasiswa" is "Lainnya" named so), and downgrading gives them back."""
    from alembic import command
    from sqlalchemy import update

    from db.core import migrate
    from db.core.engine import Database

    office = open_services(sqlite_url, device_id="pc-1")
    ids = [office.skm.submit(SURVEY, "DPM-007", [4] * 9) for _ in range(4)]
    office.close()
    older = [
        {"age_band": "30-39", "occupation": "Swasta", "education": "D1-D4"},
        {"age_band": "60+", "occupation": "Pelajar/Mahasiswa", "education": "S2+"},
        {"age_band": None, "occupation": "Wirausaha", "education": "SMA"},
        {"age_band": None, "occupation": None, "education": None},
    ]
    database = Database(sqlite_url)
    table = SkmResponse.__table__
    with database.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "agencies")
        for response_id, values in zip(ids, older, strict=True):
            connection.execute(update(table).where(table.c.id == response_id).values(**values))
    migrate.upgrade(database)
    with database.engine.connect() as connection:
        rows = connection.execute(
            select(
                table.c.age, table.c.age_band, table.c.occupation, table.c.occupation_other, table.c.education
            ).where(table.c.id.in_(ids))
        ).all()
    assert sorted(rows, key=str) == sorted(
        [
            (None, "30-39", "SWASTA", None, "D1-D4"),
            (None, "60+", "Lainnya", "Pelajar/Mahasiswa", "S2+"),
            (None, None, "WIRAUSAHA", None, "SMA"),
            (None, None, None, None, None),
        ],
        key=str,
    )
    database.dispose()
    office = open_services(sqlite_url, device_id="pc-1")
    try:
        seen = counts(office.skm.report(date(2000, 1, 1), date(2100, 1, 1), actor=SUPERVISOR))
        assert seen["age"]["30-39"] == 1 and seen["age"]["60+"] == 1 and seen["age"]["tidak diisi"] == 2
        assert seen["education"]["D1-D4"] == 1 and seen["education"]["S2+"] == 1  # as recorded, not re-filed
        assert seen["occupation"]["SWASTA"] == 1 and seen["occupation_other"] == {"Pelajar/Mahasiswa": 1}
        office.skm.submit(SURVEY, "DPM-007", [4] * 9, profile=Profile(age=45, occupation="Lainnya"))
    finally:
        office.close()
    database = Database(sqlite_url)
    with database.engine.begin() as connection:
        command.downgrade(migrate.alembic_config(connection), "agencies")
        back = connection.execute(select(table.c.age_band, table.c.occupation)).all()
    database.dispose()
    assert sorted(back, key=str) == sorted(
        [("30-39", "Swasta"), ("60+", "Pelajar/Mahasiswa"), (None, "Wirausaha"), (None, None), ("40-49", "Lainnya")],
        key=str,
    )
