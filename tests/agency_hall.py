"""A hall with three agencies and one hand-made day whose every per-agency figure is known (issue 19 reports).

DPMPTSP Kabupaten Balangan serves queue group A at counter 1, the Setda group B at counter 2, the provincial DPMPTSP
group C at counter 3 (the administrator's queue setup, written here directly). The day, 25-11-2026 from 08:00 WITA:
- DPMPTSP: A-001 waits 5 and is served 10, A-002 waits 15 and does not come, A-003 waits 13 and is served 12;
  two files checked (one returned, one registered); a file registered on 20-11 is finished on time.
- Setda: B-001 waits 20 and is served 8, B-002 is still waiting at closing; one file registered (SETDA-HKM-01).
- Province: C-001 waits 2 and is served 3; no file.
- SKM: two responses about DPM-007 all 4 (IKM 100, A), one about SETDA-HKM-01 all 3 (75, C), one about LYN-INFO
  (a hall-wide service) all 2 at counter 3, so the province's (50, D); the hall's IKM over the four: 81,25 (B).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, update

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import ADA_SESUAI, TIDAK_ADA, Mark
from db.models import Role
from db.models.catalog import CatalogService
from db.models.intake import Applicant, Application, FileCheck
from db.models.queue import Counter, QueueGroup, Ticket
from tests.lifecycle_helpers import finish

DAY = date(2026, 11, 25)
EIGHT = datetime(2026, 11, 25, 0, 0, tzinfo=UTC)  # 08:00 WITA
ADMIN = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
KIOSK = Actor("kiosk", "pc-1")
SURVEY = Actor("survey", "pc-1")
CODES = ("DPMPTSP-BLG", "SETDA-BLG", "DPMPTSP-KALTARA")
PLACES = {"DPMPTSP-BLG": ("A", 1), "SETDA-BLG": ("B", 2), "DPMPTSP-KALTARA": ("C", 3)}


def agency_ids(services) -> dict[str, object]:
    return {code: services.agencies.get(code).id for code in CODES}


def officer(services, code: str, username: str, role: Role = Role.PETUGAS_LOKET) -> Actor:
    group, counter = PLACES[code]
    return Actor(username, "pc-1", role=role, counter_number=counter, agency_id=services.agencies.get(code).id)


def supervisor(services, code: str) -> Actor:
    return Actor(f"spv-{code.lower()}", "pc-1", role=Role.SUPERVISOR, agency_id=services.agencies.get(code).id)


def open_hall(services) -> dict[str, object]:
    """The three agencies, each with its queue group and counter."""
    admin = Actor.system(services.device_id)
    for code in CODES[1:]:
        services.agencies.add_shipped(admin, code)
    ids = agency_ids(services)
    with services.database.transaction() as session:
        # The information desk (group D) is the hall's own: a new database gives every group to its one agency.
        session.execute(update(QueueGroup).where(QueueGroup.code == "D").values(agency_id=None))
        for code, (group, counter) in PLACES.items():
            session.execute(update(QueueGroup).where(QueueGroup.code == group).values(agency_id=ids[code]))
            session.execute(
                update(Counter).where(Counter.number == counter).values(agency_id=ids[code], group_codes=[group])
            )
    return ids


def place_records(services) -> None:
    """Each record under the agency it derives from (a ticket: its group's; a file: its service's), for the records
    the queue and intake left without one: once they place every record themselves this changes nothing."""
    with services.database.transaction() as session:
        group_agency = select(QueueGroup.agency_id).where(QueueGroup.code == Ticket.group_code).scalar_subquery()
        session.execute(update(Ticket).where(Ticket.agency_id.is_(None)).values(agency_id=group_agency))
        for model in (FileCheck, Application):
            service_agency = (
                select(CatalogService.agency_id).where(CatalogService.code == model.service_code).scalar_subquery()
            )
            session.execute(update(model).where(model.agency_id.is_(None)).values(agency_id=service_agency))
        file_agency = select(FileCheck.agency_id).where(FileCheck.applicant_id == Applicant.id).limit(1)
        session.execute(
            update(Applicant).where(Applicant.agency_id.is_(None)).values(agency_id=file_agency.scalar_subquery())
        )


def _register(services, actor: Actor, nik: str, service_code: str, *, missing: bool = False):
    person = services.applicants.save_person(actor, PersonInput(nik, "Pemohon Contoh"))
    entry, items = services.intake.checklist(service_code)
    checkable = [i for i in items if not i.heading]
    marks = {i.position: Mark(ADA_SESUAI) for i in checkable}
    if missing:
        marks[checkable[0].position] = Mark(TIDAK_ADA)
    return services.intake.submit(actor, person.id, entry.revision_id, None, marks)


def build_day(services, clock) -> None:
    """The day of the module docstring (the hall must be open: `open_hall`)."""
    dpm = officer(services, "DPMPTSP-BLG", "budi")
    setda = officer(services, "SETDA-BLG", "sari")
    province = officer(services, "DPMPTSP-KALTARA", "rahmat")
    clock.now = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)  # 09:00 WITA on 20-11
    earlier = _register(services, dpm, "6311011203850005", "DPM-007")
    queue = services.queue
    script = [
        (0, lambda: queue.issue(KIOSK, "A")),
        (1, lambda: queue.issue(KIOSK, "A")),
        (2, lambda: queue.issue(KIOSK, "B")),
        (3, lambda: queue.issue(KIOSK, "B")),
        (4, lambda: queue.issue(KIOSK, "C")),
        (5, lambda: queue.issue(KIOSK, "A")),
        (5, lambda: queue.call_next(dpm, 1)),  # A-001 waited 5
        (6, lambda: queue.call_next(province, 3)),  # C-001 waited 6 - 4 = 2
        (9, lambda: queue.finish(province, 3)),  # served 3
        (15, lambda: queue.finish(dpm, 1)),  # served 10
        (16, lambda: queue.call_next(dpm, 1)),  # A-002 waited 15
        (17, lambda: queue.no_show(dpm, 1)),
        (18, lambda: queue.call_next(dpm, 1)),  # A-003 waited 13
        (22, lambda: queue.call_next(setda, 2)),  # B-001 waited 20
        (30, lambda: queue.finish(dpm, 1)),  # served 12
        (30, lambda: queue.finish(setda, 2)),  # served 8
        (120, lambda: services.queue_days.close_day(ADMIN)),  # B-002 unserved
    ]
    for minute, step in script:
        clock.now = EIGHT + timedelta(minutes=minute)
        step()
    clock.now = EIGHT + timedelta(minutes=130)
    _register(services, dpm, "6311015508900001", "DPM-007", missing=True)
    _register(services, dpm, "6311015508900001", "DPM-007")
    _register(services, setda, "6311015508900002", "SETDA-HKM-01")
    place_records(services)
    finish(services, earlier.application_id)
    for code, scores, counter in (
        ("DPM-007", 4, 1),
        ("DPM-007", 4, 1),
        ("SETDA-HKM-01", 3, 2),
        ("LYN-INFO", 2, 3),
    ):
        services.skm.submit(SURVEY, code, [scores] * 9, counter_number=counter)
