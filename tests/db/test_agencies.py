"""Agencies in one hall (issue 19, phase 1): the upgrade of a single office, the shipped data, the scope helper."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import func, select, text

from db.agencies import ids
from db.agencies.placement import general_codes, shipped
from db.agencies.scope import REFUSAL, AgencyScope, agency_for_new_record
from db.catalog.store import shipped_catalog
from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.documents import numbering
from db.models import Agency, Applicant
from db.models.accounts import Role
from db.services import open_services
from db.settings import registry
from tests.db.test_upgrade_fixtures import FIXTURES, copy_into_postgres

RECORD_TABLES = (
    "queue_groups",
    "counters",
    "tickets",
    "applicants",
    "file_checks",
    "applications",
    "issued_documents",
    "complaints",
    "info_consultations",
    "skm_responses",
    "registration_sequences",
)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def upgraded_office(request, loket_home):
    """The newest released single-office database (0007: queue, files, complaints, SKM, decrees), upgraded."""
    fixture = FIXTURES / "schema_0007.db"
    if request.param == "sqlite":
        target = loket_home / "loket.db"
        shutil.copy(fixture, target)
        url = f"sqlite:///{target}"
    else:
        url = request.getfixturevalue("pg_url")
        copy_into_postgres(fixture, "0007", url)
    services = open_services(url, device_id="pc-lama")
    yield services
    services.close()


def test_a_single_office_becomes_one_agency_in_one_hall_with_nothing_lost(upgraded_office):
    services = upgraded_office
    office = services.settings.get_many(
        ["office.short_name", "office.name", "office.address", "signing.name", "signing.nip", "decree.number_format"]
    )
    hall = services.agencies.hall()
    (agency,) = services.agencies.list(include_inactive=True)
    assert hall.short_name == office["office.short_name"] and hall.opening_hours
    assert (agency.code, agency.id) == ("DPMPTSP-BLG", ids.agency_id("DPMPTSP-BLG"))
    assert (agency.short_name, agency.name, agency.address) == (
        office["office.short_name"],
        office["office.name"],
        office["office.address"],
    )
    assert (agency.signer().name, agency.signer().nip) == (office["signing.name"], office["signing.nip"])
    assert agency.number_formats["decree"] == office["decree.number_format"]
    assert services.agencies.is_single()
    with services.database.read() as session:
        for table in RECORD_TABLES:
            total, unscoped = session.execute(
                text(f"SELECT count(*), count(*) - count(agency_id) FROM {table}")  # noqa: S608 - fixed names
            ).one()
            assert unscoped == 0, table
            assert total > 0 or table in ("info_consultations",), table  # the fixture holds each kind of record
        users = dict(session.execute(text("SELECT role, agency_id IS NULL FROM users")).all())
        assert users["administrator"]  # the office's administrator now runs the hall
        general = session.scalar(
            text("SELECT count(*) FROM catalog_services WHERE agency_id IS NULL")
        )  # the hall-wide services: LYN-*
        assert general == len(general_codes())
        # every number series continues: the fixture registered 503/0001/DPMPTSP/XI/2026
        assert numbering.next_in_series(session, "registration", 2026, agency.id) == 2
        session.rollback()


def test_every_shipped_catalog_entry_has_its_agency_and_unit_in_the_shipped_data():
    data = shipped()
    by_name = {record["short_name"]: record for record in data["agencies"]}
    catalog = shipped_catalog()
    for service in catalog.services:
        if service.code in general_codes():
            continue
        assert service.agency in by_name, service.code
        units = {unit["name"] for unit in by_name[service.agency]["units"]}
        assert (service.unit in units) if service.unit else not units, service.code
        assert service.sources, service.code  # each entry keeps its source lines
    setda = by_name["Sekretariat Daerah Kabupaten Balangan"]
    assert len(setda["units"]) == 8
    assert {s.unit for s in catalog.services if s.agency == setda["short_name"]} == {u["name"] for u in setda["units"]}
    assert general_codes() <= {s.code for s in catalog.services}


def test_shipped_agencies_number_documents_in_valid_patterns_that_never_clash():
    agencies = shipped()["agencies"]
    kinds = set(numbering.KINDS)
    for record in agencies:
        assert set(record["number_formats"]) == kinds, record["code"]
        for kind, pattern in record["number_formats"].items():
            registry.definition(numbering.KINDS[kind].setting).parse(pattern)  # raises on a bad pattern
        assert record["_source"] and record["signers"] and record["signers"][0]["title"]
        assert set(record["general_services"]) <= general_codes()
    numbers = [
        registry.registration_number(record["number_formats"][kind], 1, 11, 2026)
        for record in agencies
        for kind in kinds
    ]
    assert len(numbers) == len(set(numbers))


def test_a_fresh_database_is_a_hall_of_one_agency_serving_the_whole_catalog(services):
    (agency,) = services.agencies.list()
    assert agency.code == "DPMPTSP-BLG" and services.agencies.is_single()
    offered = services.agencies.catalog("dpmptsp-blg")
    assert len(offered) == services.catalog.count()
    assert {place.code for place in offered if place.general} == general_codes()


def test_adding_the_setda_moves_its_entries_to_its_bureaus(services):
    admin = Actor.system(services.device_id)
    with pytest.raises(PermissionDenied):
        services.agencies.add_shipped(Actor("petugas", services.device_id, role=Role.PETUGAS_LOKET), "SETDA-BLG")
    setda = services.agencies.add_shipped(admin, "setda-blg")
    assert [unit.code for unit in setda.units][:2] == ["PEM", "KESRA"] and len(setda.units) == 8
    assert not services.agencies.is_single()
    offered = services.agencies.catalog("SETDA-BLG")
    own = [place for place in offered if not place.general]
    assert len(own) == 63 and all(place.code.startswith("SETDA-") and place.unit for place in own)
    assert {place.unit for place in own if place.code.startswith("SETDA-HKM")} == {"Bagian Hukum"}
    assert {place.code for place in offered if place.general} == {"LYN-ADUAN", "LYN-INFO"}
    assert not any(p.code.startswith("SETDA-") for p in services.agencies.catalog("DPMPTSP-BLG"))
    with pytest.raises(DomainError, match="sudah ada"):
        services.agencies.add_shipped(admin, "SETDA-BLG")


def test_the_scope_refuses_another_agencys_record_and_lists_only_its_own(services):
    admin = Actor.system(services.device_id)
    dpmptsp = services.agencies.get("DPMPTSP-BLG")
    setda = services.agencies.add_shipped(admin, "SETDA-BLG")
    officer = Actor("sari", services.device_id, role=Role.PETUGAS_LOKET, agency_id=setda.id)
    scope = services.agencies.scope(officer)
    assert scope.allows(setda.id) and scope.allows(None) and not scope.allows(dpmptsp.id)
    with pytest.raises(PermissionDenied) as refused:
        scope.require(dpmptsp.id)
    assert str(refused.value) == REFUSAL
    assert AgencyScope(None).allows(dpmptsp.id) and AgencyScope(None).whole_hall
    with services.database.transaction() as session:
        for agency, nik in ((dpmptsp.id, "6311015508900001"), (setda.id, "6311015508900001")):
            session.add(Applicant(agency_id=agency, kind="person", nik=nik, name="Siti Aminah"))  # one per agency
    with services.database.read() as session:
        seen = session.scalars(select(Applicant.agency_id).where(scope.where_own(Applicant.agency_id))).all()
        everyone = session.scalar(
            select(func.count(Applicant.id)).where(AgencyScope(None).where_own(Applicant.agency_id))
        )
    assert seen == [setda.id] and everyone == 2
    with services.database.transaction() as session:
        assert agency_for_new_record(session, officer) == setda.id
        with pytest.raises(PermissionDenied):
            agency_for_new_record(session, officer, dpmptsp.id)
        with pytest.raises(DomainError, match="pilih instansi"):
            agency_for_new_record(session, admin)  # the hall's staff choose once the hall has two agencies
        assert agency_for_new_record(session, admin, dpmptsp.id) == dpmptsp.id


def test_each_agency_counts_its_own_number_series(services):
    admin = Actor.system(services.device_id)
    dpmptsp = services.agencies.get("DPMPTSP-BLG")
    setda = services.agencies.add_shipped(admin, "SETDA-BLG")
    with services.database.transaction() as session:
        taken = [numbering.next_in_series(session, "registration", 2026, a) for a in (dpmptsp.id, setda.id, setda.id)]
        assert numbering.next_in_series(session, "registration", 2026) == 2  # the hall's first agency: DPMPTSP
        assert session.scalar(select(func.count(Agency.id))) == 2
    assert taken == [1, 1, 2]


def test_the_administrator_lists_adds_and_shows_agencies_from_the_command_line(admin_cli, sqlite_services):
    sqlite_services.close()
    listed = admin_cli("agency", "list")
    assert listed.returncode == 0 and "DPMPTSP-BLG" in listed.stdout and "SETDA" not in listed.stdout
    added = admin_cli("agency", "add", "--shipped", "SETDA-BLG")
    assert added.returncode == 0 and "8 unit" in added.stdout, added.stdout + added.stderr
    shown = admin_cli("agency", "show", "setda-blg")
    assert "Bagian Hukum" in shown.stdout and "188/{nomor:04d}/SETDA" in shown.stdout
    missing = admin_cli("agency", "show", "DINKES")
    assert missing.returncode == 1 and "Instansi DINKES tidak ada" in missing.stdout + missing.stderr
    unknown = admin_cli("agency", "add", "--shipped", "DINKES")
    assert unknown.returncode == 1 and "SETDA-BLG" in unknown.stdout + unknown.stderr
