"""The printing use cases as separate steps: prepare or render (reads), archive (writes), send (printer, no
database), record the outcome (writes); and the same steps in a row for the CLI."""

import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.complaints.service import ComplaintInput
from db.core.actor import Actor
from db.core.write_thread import WrongThreadWrite
from db.models import IssuedDocument, PrintJob, Role
from db.services import open_services
from tests.db.test_decrees import WOMAN_NIK, finished_application
from tests.lifecycle_helpers import sign, walk


@pytest.fixture
def office(sqlite_url, tmp_path):
    opened = open_services(sqlite_url, device_id="pc-1")
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    opened.settings.set_many(
        admin,
        {
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "printer.bin"),
            "archive.dir": str(tmp_path / "arsip"),
        },
    )
    yield opened
    opened.close()


def cs():
    return Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, full_name="Sari Dewi", counter_number=3)


def jobs(office) -> list[tuple[str, str, str, bool]]:
    with office.database.read() as session:
        rows = session.execute(select(PrintJob.kind, PrintJob.reference_label, PrintJob.state, PrintJob.reprint))
        return [tuple(row) for row in rows]


def test_sending_a_request_needs_no_database_and_recording_it_is_a_separate_step(office, tmp_path):
    ticket = office.queue.issue(cs(), "A")
    request = office.documents.ticket(ticket.id)
    office.close()  # the printer step must not touch the database: it works with the engine disposed
    outcome = office.print_jobs.send(request)
    assert outcome.state == "printed" and ticket.label.encode() in (tmp_path / "printer.bin").read_bytes()
    assert jobs(office) == []  # nothing recorded until the worker records the outcome
    record = office.print_jobs.record(cs(), request, outcome)
    assert record.state == "printed" and jobs(office) == [("ticket", ticket.label, "printed", False)]


def test_a_printer_fault_is_recorded_not_raised(office):
    admin = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
    office.settings.set_many(admin, {"printer.thermal.kind": "none", "printer.thermal.target": ""})
    ticket = office.queue.issue(cs(), "A")
    record = office.print_jobs.run(cs(), office.documents.ticket(ticket.id, reprint=True))
    assert record.state == "not_configured" and "belum diatur" in record.message
    assert jobs(office) == [("ticket", ticket.label, "not_configured", True)]


def test_a_complaint_receipt_is_archived_once_and_a_reprint_is_a_counted_copy(office, tmp_path):
    info = office.complaints.record(
        cs(), ComplaintInput("langsung", "pelaksanaan", "Antrian terlalu lama.", anonymous=True)
    )
    rendered = office.documents.complaint_receipt(info)
    assert rendered.pdf.startswith(b"%PDF") and not list(
        (tmp_path / "arsip").rglob("*.pdf")
    )  # rendering archives nothing
    request = office.documents.archive(cs(), rendered)
    assert Path(request.archived_path).read_bytes() == rendered.pdf
    record = office.print_jobs.run(cs(), request)
    assert record.archived_path == request.archived_path and record.state == "printed"
    copy = office.documents.archive(cs(), office.documents.complaint_receipt(info, reprint=True))
    assert copy.archived_path == request.archived_path
    assert b"SALINAN" in copy.data
    with office.database.read() as session:
        assert session.scalar(select(IssuedDocument.copies_printed)) == 1
        assert session.scalar(select(func.count()).select_from(IssuedDocument)) == 1


def test_intake_documents_and_the_handover_receipt_print_through_the_same_steps(office, tmp_path):
    app = finished_application(office, complete=False)
    sign(office, app.id)
    walk(office, app.id)  # the steps after the signature: ready for pickup
    handed = office.handovers.hand_over(cs(), app.id, proxy=False, name="Siti Aminah", nik=WOMAN_NIK)
    assert jobs(office) == []  # handing over records and archives; it no longer talks to the printer
    record = office.print_jobs.run(cs(), office.documents.handover_receipt(handed))
    assert record.archived_path == handed.pdf_path
    assert ("handover", handed.receipt_number, "printed", False) in jobs(office)
    assert handed.receipt_number.encode() in (tmp_path / "printer.bin").read_bytes()


def test_the_old_all_in_one_call_from_a_printing_thread_is_refused(office):
    """What the io pool used to do: record and print in one go. With a designated worker it is a bug, loudly."""
    ticket = office.queue.issue(cs(), "A")
    request = office.documents.ticket(ticket.id)
    worker = threading.Thread(target=office.database.writer.designate_current)
    worker.start()
    worker.join()
    with pytest.raises(WrongThreadWrite):
        office.print_jobs.run(cs(), request)
    assert jobs(office) == []
