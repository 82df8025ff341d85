"""The complaint receipt: built from a recorded complaint, printed on the thermal printer, archived as A4 PDF."""

from __future__ import annotations

from sqlalchemy import select

from db.complaints.service import ComplaintInfo
from db.core import validators
from db.core.actor import Actor
from db.documents import print_jobs
from db.documents.printing import local_time, office_header
from db.models.queue import Counter
from db.settings.service import thermal_config
from printing.adapters import send
from printing.complaint_receipt import ComplaintReceiptData, complaint_receipt_bytes, complaint_receipt_pdf


def _counter_name(session, number: int | None) -> str:
    if number is None:
        return "-"
    return session.scalar(select(Counter.name).where(Counter.number == number)) or f"Loket {number}"


def receipt_data(services, info: ComplaintInfo, reprint: bool = False) -> ComplaintReceiptData:
    """From the record `ComplaintService.record` or `get` returned (so the visibility rule already applied)."""
    values = services.settings.values()
    contact = " / ".join(filter(None, [validators.format_phone(info.phone) if info.phone else None, info.email]))
    related = ", ".join(
        filter(
            None,
            [
                f"Permohonan {info.registration_number}" if info.registration_number else None,
                f"Antrian {info.ticket_label}" if info.ticket_label else None,
            ],
        )
    )
    with services.database.read() as session:
        counter = _counter_name(session, info.counter_number)
    return ComplaintReceiptData(
        tracking_number=info.tracking_number,
        complainant=info.complainant_label,
        contact=contact or "-",
        channel=info.channel_label,
        category=info.category_label,
        description=info.description,
        related=related or "-",
        received_at=local_time(info.received_at, values),
        due_on=info.due_on,
        officer_name=info.officer_name,
        counter_name=counter,
        printed_at=local_time(services.clock(), values),
        reprint=reprint,
    )


def issue_complaint_receipt(services, actor: Actor, info: ComplaintInfo, reprint: bool = False):
    """Print the receipt on the thermal printer and archive its PDF (the original once; a reprint is counted).
    Returns (PrintRecord, archived path); a printer fault is recorded, never raised."""
    values = services.settings.values()
    office = office_header(values)
    config = thermal_config(values)
    data = receipt_data(services, info, reprint)
    if reprint:
        services.archive.record_copy(actor, "complaint", info.tracking_number)
        path = services.archive.original("complaint", info.tracking_number).path
    else:
        pdf = complaint_receipt_pdf(data, office, values.get("documents.paper", "A4"))
        path = services.archive.store(actor, "complaint", info.tracking_number, pdf).path
    printed = send(config, complaint_receipt_bytes(data, config.paper_width_mm, office))
    record = print_jobs.record(
        services.database, actor, "complaint", info.id, info.tracking_number, printed.state, printed.message, reprint
    )
    return record, str(path)
