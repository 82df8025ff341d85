"""A file's whole life by the right people: each step only by its role (or a recorded Plt./Plh.), the signature
issuing the SK, the handover recording the last step, rejection with its letter, files without a decree finishing,
and the report of which desk holds files with the Pasal 10(1) note for overdue ones."""

from datetime import UTC, date, datetime, timedelta

import pypdfium2
import pytest

from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.intake.registration import RecommendationInput
from db.models import Role
from db.reports import ReportQuery
from db.services import open_services
from tests.lifecycle_helpers import ROLE_USERS, as_role, finish, walk

NIK = "6311015508900001"
SUPERVISOR = Actor("spv", "pc-1", role=Role.SUPERVISOR)


@pytest.fixture
def clock_start() -> datetime:
    return datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # Monday 23 Nov 2026, 09:00 WITA (the shared FakeClock)


@pytest.fixture
def office(database_url, clock, tmp_path):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    opened.settings.set(admin, "archive.dir", str(tmp_path / "arsip"))
    for role, (username, full_name) in ROLE_USERS.items():
        opened.accounts.add_user(admin, username, full_name, role, "sandi-rahasia-1")
    yield opened
    opened.close()


def register(office, code="DPM-051", recommendation=None):
    front = as_role(Role.PETUGAS_LOKET)
    person = office.applicants.save_person(front, PersonInput(NIK, "Siti Aminah", address="Paringin"))
    entry, items = office.intake.checklist(code)
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    outcome = office.intake.submit(front, person.id, entry.revision_id, None, marks, recommendation=recommendation)
    return office.tracking.get(outcome.application_id)


def pdf_text(path) -> str:
    document = pypdfium2.PdfDocument(str(path))
    try:
        return "".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_only_the_holder_of_each_step_records_it(office):
    app = register(office)
    assert app.waiting_roles == {Role.BACK_OFFICE} and app.action_label == "Draf selesai (Back Office)"
    for intruder in (Role.PETUGAS_LOKET, Role.KASI, Role.ADMINISTRATOR, Role.SUPERVISOR):
        with pytest.raises(PermissionDenied, match="hanya dapat dicatat oleh Back Office"):
            office.lifecycle.advance(
                as_role(intruder) if intruder in ROLE_USERS else Actor("x", "pc-1", role=intruder), app.id
            )
    app = office.lifecycle.advance(as_role(Role.BACK_OFFICE), app.id, "draf dibuat").application
    assert app.action_label == "Paraf Kasi"
    app = office.lifecycle.advance(as_role(Role.KASI), app.id).application
    assert app.action_label == "Paraf Kabid"
    with pytest.raises(PermissionDenied):
        office.tracking.record_step(as_role(Role.BACK_OFFICE), app.id)
    app = office.lifecycle.advance(as_role(Role.KABID), app.id).application
    assert app.action_label == "Tandatangani SK"
    with pytest.raises(DomainError, match="Tandatangani SK"):  # a plain step call cannot sign
        office.tracking.record_step(as_role(Role.KEPALA_DINAS), app.id)
    signed = office.lifecycle.advance(as_role(Role.KEPALA_DINAS), app.id)
    assert signed.decree is not None and signed.application.status == "ready"
    history = office.tracking.history(app.id)
    assert [entry.who for entry in history[-4:]] == ["rina", "kasi", "kabid", "kadis"]
    with pytest.raises(DomainError, match="Penyerahan"):
        office.lifecycle.advance(as_role(Role.CUSTOMER_SERVICE), app.id)
    with pytest.raises(PermissionDenied, match="Customer Service"):
        office.handovers.hand_over(as_role(Role.BACK_OFFICE), app.id, proxy=False, name="Siti Aminah", nik=NIK)
    office.handovers.hand_over(as_role(Role.CUSTOMER_SERVICE), app.id, proxy=False, name="Siti Aminah", nik=NIK)
    handed = office.tracking.get(app.id)
    assert handed.status == "handed_over" and handed.current_step == len(handed.steps)
    assert office.tracking.history(app.id)[-1].what.startswith(f"Langkah {len(handed.steps)}: Customer Service")
    with pytest.raises(DomainError, match="Customer Service"):
        office.lifecycle.archive(as_role(Role.KASI), app.id)
    assert office.lifecycle.archive(as_role(Role.BACK_OFFICE), app.id).status == "archived"


def test_a_plt_stands_in_only_while_delegated_and_the_sk_names_them(office, clock):
    app = walk(office, register(office).id, stop_at="sign")
    kabid = as_role(Role.KABID)
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    with pytest.raises(PermissionDenied):
        office.delegations.add(kabid, "kabid", Role.KEPALA_DINAS, "Plt.", date(2026, 11, 23), date(2026, 11, 30), "x")
    with pytest.raises(PermissionDenied, match="Kepala Dinas"):
        office.decrees.issue(kabid, app.id)
    later = office.delegations.add(
        admin,
        "kabid",
        Role.KEPALA_DINAS,
        "Plh.",
        date(2026, 11, 24),
        date(2026, 11, 25),
        "SPT 800/2",
        "197001011990031001",
    )
    with pytest.raises(PermissionDenied):  # not yet: the delegation starts tomorrow
        office.decrees.issue(kabid, app.id)
    office.delegations.revoke(admin, later.id)
    office.delegations.add(
        admin, "kabid", Role.KEPALA_DINAS, "Plt.", date(2026, 11, 23), date(2026, 12, 31), "SP 800/1"
    )
    decree = office.decrees.issue(kabid, app.id)
    text = pdf_text(decree.pdf_path)
    assert "Plt." in text and ROLE_USERS[Role.KABID][1] in text
    assert any("Plt. Kepala Dinas" in entry.who for entry in office.tracking.history(app.id))
    assert office.lifecycle.waiting_for(kabid) == []


def test_rejection_prints_a_numbered_letter_and_ends_the_file(office):
    app = register(office)
    with pytest.raises(DomainError, match="Alasan"):
        office.lifecycle.reject(as_role(Role.BACK_OFFICE), app.id, "  ")
    first = office.lifecycle.reject(as_role(Role.BACK_OFFICE), app.id, "Lokasi tidak sesuai tata ruang")
    assert (
        first.letter_number.startswith("503/0001/TOLAK/") and first.application.rejection_number == first.letter_number
    )
    text = pdf_text(first.pdf_path)
    assert "SURAT PENOLAKAN PERMOHONAN" in text and "Lokasi tidak sesuai tata ruang" in text
    assert "Rina Back Office" in text
    with pytest.raises(DomainError, match="berstatus Ditolak"):
        office.lifecycle.advance(as_role(Role.BACK_OFFICE), app.id)
    second = walk(office, register(office).id, stop_at="sign")
    assert office.lifecycle.reject(as_role(Role.KEPALA_DINAS), second.id, "Tidak disetujui").letter_number.startswith(
        "503/0002/TOLAK/"
    )


def test_a_service_without_a_decree_completes_at_its_last_step(office):
    app = register(office, "DPM-001")  # its SOP ends at the front office (001 lines 2457-2461)
    assert app.status == "completed" and not app.overdue and not app.has_decree
    with pytest.raises(DomainError, match="berstatus Selesai"):
        office.lifecycle.advance(as_role(Role.PETUGAS_LOKET), app.id)


def test_the_rekomendasi_dates_are_the_technical_agencys_step(office):
    with pytest.raises(DomainError, match="Tanggal rekomendasi"):
        register(office, recommendation=RecommendationInput("503/12/DINKES", date(2026, 11, 20), date(2026, 11, 10)))
    app = register(office, recommendation=RecommendationInput("503/12/DINKES", date(2026, 11, 2), date(2026, 11, 16)))
    with office.database.read() as session:
        from sqlalchemy import select

        from db.models import ApplicationStep

        technical = session.scalar(
            select(ApplicationStep).where(
                ApplicationStep.application_id == app.id, ApplicationStep.actor == "SKPD Teknis"
            )
        )
        assert (technical.started_on, technical.done_on) == (date(2026, 11, 2), date(2026, 11, 16))
        assert "503/12/DINKES" in technical.note


def test_report_shows_which_desk_holds_files_and_the_overdue_with_pasal_10(office, clock):
    held = register(office)
    done = register(office)
    clock.now += timedelta(minutes=40)
    finish(office, done.id)
    report = office.reports.daily(ReportQuery(date(2026, 11, 23), date(2026, 11, 23)), actor=SUPERVISOR)
    desks = {row.desk: row for row in report.lifecycle.desks}
    assert desks["Back Office"].holding_now == 1 and desks["Kepala Dinas"].steps_done == 1
    assert desks["Back Office"].steps_done == 1 and desks["Back Office"].median_minutes == pytest.approx(40, abs=1)
    assert report.lifecycle.overdue == ()
    clock.now += timedelta(days=30)
    late_day = clock.now.date()
    report = office.reports.daily(ReportQuery(late_day, late_day), actor=SUPERVISOR)
    assert [row.registration_number for row in report.lifecycle.overdue] == [held.registration_number]
    assert report.lifecycle.overdue[0].held_by == "Back Office" and "Pasal 10 ayat (1)" in report.lifecycle.note
    from db.reports import export

    overdue_table = next(table for table in export.tables(report) if table.key == "overdue")
    assert "dianggap berlaku efektif" in overdue_table.note
    back_office = office.lifecycle.near_due(as_role(Role.BACK_OFFICE))
    assert [info.id for info in back_office] == [held.id]
    assert office.lifecycle.near_due(as_role(Role.KASI)) == []
    assert [info.id for info in office.lifecycle.near_due(SUPERVISOR)] == [held.id]


def test_files_from_before_the_snapshot_digest_and_the_sop_time_give_the_same_desk_figures(office, clock):
    """A file from before revision 0022 (no snapshot digest, no held-since) is read from its own steps and snapshot;
    one from before the snapshot carried the SOP's minutes is measured against its catalog revision's."""
    from sqlalchemy import update

    from db.models import Application

    held = register(office)
    done = register(office)
    clock.now += timedelta(minutes=40)
    finish(office, done.id)
    later = register(office)
    clock.now += timedelta(days=1)
    walk(office, later.id, stop_at="sign")  # moves on after the reported day: read back to its step before
    day = ReportQuery(date(2026, 11, 23), date(2026, 11, 23))

    def figures():
        lifecycle = office.reports.daily(day, actor=SUPERVISOR).lifecycle
        return {row.desk: row for row in lifecycle.desks}, lifecycle.overdue

    with_digest = figures()
    desks = with_digest[0]
    assert desks["Back Office"].sop_minutes is not None and desks["Back Office"].holding_now == 1
    assert desks["Kepala Dinas"].holding_now == 1  # `later`, held since its registration (its steps came after)

    with office.database.transaction() as session:
        for app_id in (held.id, done.id, later.id):
            before_0022 = update(Application).where(Application.id == app_id).values(snapshot_key=None, held_since=None)
            session.execute(before_0022)
    assert figures() == with_digest
    with office.database.transaction() as session:
        for app_id in (held.id, done.id, later.id):
            steps = session.get(Application, app_id).steps
            bare = [{key: value for key, value in step.items() if key != "minutes"} for step in steps]
            session.execute(update(Application).where(Application.id == app_id).values(steps=bare))
    assert figures() == with_digest


def test_the_upgrade_finishes_files_left_in_progress_with_every_step_done(sqlite_url):
    """Before 0008 a DPM-001 file was registered with all its steps done and stayed "in progress" forever."""
    from alembic import command
    from sqlalchemy import update

    from db.core import migrate
    from db.core.engine import Database
    from db.models import Application

    office = open_services(sqlite_url, device_id="pc-1")
    stuck = register(office, "DPM-001")
    open_file = register(office)
    office.close()
    database = Database(sqlite_url)
    with database.engine.connect() as connection:
        # a downgrade rebuilds referenced tables as the upgrade does: foreign keys off, as migrate.upgrade does
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with connection.begin():
            command.downgrade(migrate.alembic_config(connection), "0007")
            connection.execute(
                update(Application.__table__).where(Application.id == stuck.id).values(status="in_progress")
            )
    migrate.upgrade(database)
    database.dispose()
    office = open_services(sqlite_url, device_id="pc-1")
    try:
        assert office.tracking.get(stuck.id).status == "completed"
        assert office.tracking.get(open_file.id).status == "in_progress"
    finally:
        office.close()
