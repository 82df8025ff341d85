"""The public pages' reads (db.public) on both engines: a ticket's page through its life, a file's page through its
SOP, links and codes that open only their own page, a read-only connection, and the QR on the slip and receipt."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import EnvironmentFault, LoketError, NotFound
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.intake.registration import ProxyInput
from db.models import Role
from db.models.settings import Setting
from db.public import links
from db.services import open_public, open_services
from tests.db.test_decrees import WOMAN_NIK
from tests.lifecycle_helpers import as_role, holder, sign, walk
from tests.unit.printing_fixtures import read_escpos

BASE = "https://antrian.dpmptsp.example.go.id"


@pytest.fixture
def clock_tick():
    return timedelta(seconds=1)  # tickets issued one after another, as at a real kiosk


@pytest.fixture
def office(database_url, clock, tmp_path):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    opened.settings.set_many(
        Actor("admin", "pc-1", role=Role.ADMINISTRATOR),
        {
            "archive.dir": str(tmp_path / "arsip"),
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "printer.bin"),
        },
    )
    yield opened
    opened.close()


@pytest.fixture
def public(office, database_url, clock):
    service = open_public(database_url, clock=clock)
    yield service
    service.close()


def kiosk():
    return Actor("kios", "pc-1", role=Role.CUSTOMER_SERVICE)


def counter(number=1):
    return Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=number)


def link_of(row) -> str:
    return links.link(row.id, row.public_token)


def test_a_ticket_page_follows_the_ticket_from_waiting_to_called_and_expires_the_next_day(office, public, clock):
    first, second, third = (office.queue.issue(kiosk(), "A") for _ in range(3))
    office.queue.call_next(counter(), 1)
    clock.now += timedelta(minutes=6)
    office.queue.finish(counter(), 1)  # today's service time: 6 minutes at one open counter

    page = public.ticket_page(link_of(third))
    assert (page.label, page.state, page.people_ahead, page.estimated_wait_minutes) == ("A-003", "waiting", 1, 6)
    assert page.group_name and page.counter_name is None and page.office_name

    office.queue.call_next(counter(), 1)
    called = public.ticket_page(link_of(second))
    assert (called.state, called.counter_name, called.people_ahead) == ("called", "Loket 1", 0)
    assert public.ticket_page(link_of(third)).people_ahead == 0
    office.queue.start_serving(counter(), 1)
    assert public.ticket_page(link_of(second)).state == "serving"
    assert public.ticket_page(link_of(first)).state == "done"

    clock.now += timedelta(days=1)
    expired = public.ticket_page(link_of(third))
    assert (expired.state, expired.label, expired.people_ahead) == ("expired", "A-003", 0)


def test_a_link_opens_its_own_page_only_and_never_says_why_not(office, public):
    mine, other = office.queue.issue(kiosk(), "A"), office.queue.issue(kiosk(), "A")
    assert mine.public_token != other.public_token and len(mine.public_token) == links.TOKEN_LENGTH
    refused = [
        links.link(mine.id, other.public_token),  # someone else's token on my ticket
        links.link(mine.id, "A" * links.TOKEN_LENGTH),
        link_of(mine)[:-1],  # cut short
        link_of(mine) + "x",
        "../" + link_of(mine)[3:],
        "",
    ]
    messages = set()
    for segment in refused:
        with pytest.raises(NotFound) as raised:
            public.ticket_page(segment)
        messages.add(raised.value.message)
    with pytest.raises(NotFound) as raised:
        public.file_page(link_of(mine))  # a ticket's link is no file's link
    messages.add(raised.value.message)
    assert len(messages) == 1


def test_a_typed_code_opens_the_same_page_however_it_is_typed(office, public):
    ticket = office.queue.issue(kiosk(), "A")
    code = ticket.public_code
    assert len(code) == links.CODE_LENGTH and set(code) <= set(links.CODE_ALPHABET)
    sloppy = f" {links.shown_code(code).lower()} ".replace("0", "o").replace("1", "l")
    found = public.find_code(sloppy)
    assert (found.kind, found.segment) == (links.TICKET_PATH, link_of(ticket))
    for wrong in ("", "ABC", "!" * 10, "ZZZZZZZZZZ" if code != "ZZZZZZZZZZ" else "YYYYYYYYYY"):
        with pytest.raises(NotFound):
            public.find_code(wrong)


def register(office, proxy=None):
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1)
    person = office.applicants.save_person(
        officer, PersonInput(WOMAN_NIK, "Siti Aminah Rahmawati", address="Jl. Rahasia 7, Paringin")
    )
    entry, items = office.intake.checklist("DPM-007")
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    return office.intake.submit(officer, person.id, entry.revision_id, None, marks, proxy=proxy)


def _link(office, application_id) -> str:
    from db.models.intake import Application

    with office.database.read() as session:
        app = session.get(Application, application_id)
        return links.link(app.id, app.public_token)


def test_a_file_page_says_where_the_file_is_in_plain_words_and_what_to_bring_once_signed(office, public):
    outcome = register(office)
    segment = _link(office, outcome.application_id)
    page = public.file_page(segment)
    assert (page.state, page.initials, page.registration_number) == (
        "in_progress",
        "S. A. R.",
        outcome.registration_number,
    )
    steps_done = office.tracking.get(outcome.application_id).current_step  # registration records the first ones
    assert (page.step_number, page.step_count) == (
        steps_done + 1,
        len(office.tracking.get(outcome.application_id).steps),
    )
    assert page.due_on is not None and not page.ready
    shown = repr(page)
    assert WOMAN_NIK not in shown and "Rahasia" not in shown and "Siti" not in shown

    said = []
    info = office.tracking.get(outcome.application_id)
    while info.step_kind != "sign":
        said.append(public.file_page(segment).step_text)
        info = office.lifecycle.advance(holder(info), outcome.application_id).application
    said.append(public.file_page(segment).step_text)
    assert said[-2:] == ["menunggu paraf Kabid", "menunggu tanda tangan Kepala Dinas"], said
    assert "menunggu paraf Kasi" in said

    sign(office, outcome.application_id)
    walk(office, outcome.application_id)
    ready = public.file_page(segment)
    assert ready.ready and ready.step_text == "SK sudah ditandatangani dan siap diambil"
    assert ready.bring[0] == "KTP asli pemohon" and any("surat kuasa" in item for item in ready.bring)

    desk = as_role(Role.CUSTOMER_SERVICE)
    office.handovers.hand_over(desk, outcome.application_id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)
    taken = public.file_page(segment)
    assert (taken.state, taken.step_text, taken.bring) == ("handed_over", "SK sudah diambil", ())
    assert taken.handed_over_on is not None


def test_a_file_brought_by_a_proxy_asks_for_the_proxy_letter_first(office, public):
    proxy = ProxyInput("Ahmad Fauzi", "6311011203850002", "Surat kuasa bermeterai 12/2026")
    outcome = register(office, proxy=proxy)
    sign(office, outcome.application_id)
    walk(office, outcome.application_id)
    page = public.file_page(_link(office, outcome.application_id))
    assert page.ready and "surat kuasa" in page.bring[0] and "Ahmad" not in repr(page)


def test_the_public_connection_cannot_write(office, database_url):
    database = Database(database_url, read_only=True)
    try:
        with pytest.raises(LoketError), database.transaction() as session:
            session.add(Setting(scope="office", key="public.base_url", value="http://x", updated_by="publik"))
    finally:
        database.dispose()
    assert office.settings.get("public.base_url") == ""


def test_the_public_service_never_migrates_and_refuses_an_old_schema(loket_home):
    old = loket_home / "lama.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_0007.db", old)
    before = old.read_bytes()
    with pytest.raises(EnvironmentFault, match="loket-admin db upgrade"):
        open_public(f"sqlite:///{old}")
    assert old.read_bytes() == before


def test_the_slip_prints_the_page_qr_and_code_only_when_the_office_has_a_public_address(office, tmp_path):
    ticket = office.queue.issue(kiosk(), "A")
    plain = read_escpos(office.documents.ticket(ticket.id).data)
    assert plain.qr_payloads == [] and not any("Kode" in line.text for line in plain.lines)
    assert office.page_links.ticket_url(ticket.id) == ""

    office.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "public.base_url", BASE + "/")
    slip = read_escpos(office.documents.ticket(ticket.id).data)
    assert slip.qr_payloads == [f"{BASE}/antrian/{link_of(ticket)}".encode()]
    assert office.page_links.ticket_url(ticket.id) == f"{BASE}/antrian/{link_of(ticket)}"
    texts = [line.text.strip() for line in slip.lines]
    assert f"atau ketik kode {links.shown_code(ticket.public_code)}" in texts
    assert "di antrian.dpmptsp.example.go.id/kode" in texts


def test_the_receipt_carries_the_file_page_and_the_handover_desk_reads_it(office):
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    office.settings.set(admin, "public.file_base_url", "https://pusat.example.go.id")
    outcome = register(office)
    segment = _link(office, outcome.application_id)
    rendered = office.documents.outcome_documents(outcome)
    receipt = read_escpos(rendered.thermal)
    assert receipt.qr_payloads == [f"https://pusat.example.go.id/berkas/{segment}".encode()]
    assert office.page_links.file_url(outcome.application_id) == f"https://pusat.example.go.id/berkas/{segment}"
    import pypdfium2

    document = pypdfium2.PdfDocument(rendered.pdf)
    text = "".join(document[index].get_textpage().get_text_range() for index in range(len(document)))
    document.close()
    from db.models.intake import Application

    with office.database.read() as session:
        code = session.get(Application, outcome.application_id).public_code
    assert f"Kode {links.shown_code(code)}" in text and "pusat.example.go.id/kode" in text.replace("\r\n", "")

    sign(office, outcome.application_id)
    walk(office, outcome.application_id)
    scanned = office.handovers.find(f"https://pusat.example.go.id/berkas/{segment}")
    assert [found.registration_number for found in scanned] == [outcome.registration_number]
    forged = f"https://pusat.example.go.id/berkas/{segment[:32]}{'B' * links.TOKEN_LENGTH}"
    assert office.handovers.find(forged) == []
    assert len(office.handovers.find(f"LOKET-REG:{outcome.registration_number}")) == 1  # old receipts still scan


def test_an_office_upgraded_to_public_links_sends_its_open_files_links_once(sqlite_url, tmp_path):
    """The migration fills the links without the ORM; the start that ran it queues the open files for the central
    server, so its file page finds files registered before the upgrade. Later starts queue nothing more."""
    import json

    from alembic import command
    from sqlalchemy import select

    from db.core import migrate
    from db.models.sync import SyncOutbox

    def queued_links(services) -> list[str]:
        with services.database.read() as session:
            rows = session.scalars(select(SyncOutbox.data).where(SyncOutbox.table_name == "applications"))
            return [json.loads(row).get("public_token") for row in rows]

    office = open_services(sqlite_url, device_id="pc-1")
    office.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "archive.dir", str(tmp_path / "arsip"))
    outcome = register(office)
    office.close()
    database = Database(sqlite_url)
    with database.engine.connect() as connection:
        # a downgrade rebuilds referenced tables as the upgrade does: foreign keys off, as migrate.upgrade does
        connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        with connection.begin():
            command.downgrade(migrate.alembic_config(connection), "0009")
    database.dispose()

    office = open_services(sqlite_url, device_id="pc-1")
    try:
        with office.database.read() as session:
            from db.models.intake import Application

            token = session.get(Application, outcome.application_id).public_token
        assert token and queued_links(office)[-1] == token
        count = len(queued_links(office))
    finally:
        office.close()
    again = open_services(sqlite_url, device_id="pc-1")
    try:
        assert len(queued_links(again)) == count
    finally:
        again.close()


def test_a_hall_of_several_agencies_names_the_agency_on_the_ticket_page(office, public, clock):
    from sqlalchemy import update

    from db.models.queue import QueueGroup

    hall_own = office.queue.issue(kiosk(), "A")
    assert public.ticket_page(link_of(hall_own)).agency_name == ""  # one office: its name is said once, above
    setda = office.agencies.add_shipped(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "SETDA-BLG")
    with office.database.transaction() as session:
        session.execute(update(QueueGroup).where(QueueGroup.code == "C").values(agency_id=setda.id))
    theirs = office.queue.issue(kiosk(), "C")
    fresh = open_public(office.database.url.render_as_string(hide_password=False), clock=clock)  # names read anew
    try:
        page = fresh.ticket_page(link_of(theirs))
        assert page.agency_name == "Sekretariat Daerah Kabupaten Balangan"
        assert page.office_name == office.agencies.hall().short_name
    finally:
        fresh.close()
