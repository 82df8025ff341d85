"""The complaint receipt: built from a recorded complaint, for the thermal printer and the A4 archive PDF."""

from __future__ import annotations

from sqlalchemy import select

from db.agencies.letterhead import values_of_record
from db.complaints.service import ComplaintInfo
from db.core import validators
from db.documents.print_jobs import RenderedDocument
from db.documents.printing import local_time, office_header
from db.models.public_services import Complaint
from db.models.queue import Counter
from db.settings.service import thermal_config
from printing.complaint_receipt import ComplaintReceiptData, complaint_receipt_bytes, complaint_receipt_pdf


def _counter_name(session, number: int | None) -> str:
    if number is None:
        return "-"
    return session.scalar(select(Counter.name).where(Counter.number == number)) or f"Loket {number}"


def receipt_data(services, info: ComplaintInfo, reprint: bool = False) -> ComplaintReceiptData:
    """From the record `ComplaintService.record` or `get` returned (so the visibility rule already applied)."""
    values = values_of_record(services.database, Complaint, info.id, services.settings.values())
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


def render_receipt(documents, info: ComplaintInfo, reprint: bool = False) -> RenderedDocument:
    """The receipt for the thermal printer and, for the original, its A4/F4 PDF for the archive (reads only).
    `documents` is the DocumentService (anything with database, settings and clock). The letterhead is the
    complaint's agency's."""
    values = values_of_record(documents.database, Complaint, info.id, documents.settings.values())
    office = office_header(values)
    config = thermal_config(values)
    data = receipt_data(documents, info, reprint)
    pdf = None if reprint else complaint_receipt_pdf(data, office, values.get("documents.paper", "A4"))
    thermal = complaint_receipt_bytes(data, config.paper_width_mm, office)
    return RenderedDocument("complaint", info.tracking_number, info.id, None, pdf, thermal, config, reprint)
