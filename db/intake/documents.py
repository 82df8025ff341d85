"""The receipt and the return slip of a file check, built from the records for the printer and the archive."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select

from db.agencies.letterhead import values_of_record
from db.core.errors import NotFound
from db.documents.print_jobs import RenderedDocument
from db.documents.printing import local_time, office_header
from db.intake.checklist import MENUNGGU, STAGES
from db.models.intake import Applicant, Application, CheckItem, FileCheck
from db.models.queue import Counter
from db.public import links
from db.settings.service import thermal_config
from printing.intake_escpos import receipt_bytes, return_slip_bytes
from printing.receipt_pdf import receipt_pdf
from printing.records import CheckedItem, PaymentRecord, ReceiptData, ReturnSlipData
from printing.return_slip_pdf import return_slip_pdf


def _counter_name(session, number: int | None) -> str:
    if number is None:
        return "-"
    name = session.scalar(select(Counter.name).where(Counter.number == number))
    return name or f"Loket {number}"


def _items(session, check_id: uuid.UUID, only_problems: bool = False) -> tuple[CheckedItem, ...]:
    rows = list(session.scalars(select(CheckItem).where(CheckItem.check_id == check_id).order_by(CheckItem.position)))
    items = []
    group: CheckItem | None = None  # the "salah satu" heading whose alternatives follow
    for row in rows:
        if group is not None and row.level <= group.level:
            group = None
        if row.status is None:  # a heading: its sub-items carry the marks
            group = row if row.kind == "salah_satu" else None
            if not only_problems:
                items.append(CheckedItem(row.label, row.text, "ada_sesuai", None, row.level))
            elif group is not None:
                items += _missing_alternatives(row, rows)
            continue
        if only_problems and (row.status not in ("tidak_ada", "tidak_sesuai") or group is not None):
            continue
        items.append(CheckedItem(row.label, row.text, row.status, _reason(row), row.level, _payment(row.evidence)))
    return tuple(items)


def _missing_alternatives(heading: CheckItem, rows: list[CheckItem]) -> list[CheckedItem]:
    """On the return slip an unmet "salah satu" group is one line: any one of its alternatives will do."""
    after = [row for row in rows if row.position > heading.position]
    children = []
    for row in after:
        if row.level <= heading.level:
            break
        children.append(row)
    if any(row.status == "ada_sesuai" for row in children):
        return []
    missing = [row for row in children if row.status in ("tidak_ada", "tidak_sesuai")]
    if not missing:
        return []
    text = f"{heading.text}: " + "; atau ".join(row.text for row in children)
    reasons = "; ".join(f"{row.label} {row.reason}" for row in missing if row.reason)
    status = "tidak_sesuai" if any(row.status == "tidak_sesuai" for row in missing) else "tidak_ada"
    return [CheckedItem(heading.label, text, status, reasons or "tidak ada satu pun", heading.level)]


def _reason(row: CheckItem) -> str | None:
    """A condition checked later says when (and, once met, that it was); other items carry the officer's reason."""
    if row.kind in STAGES and row.status == MENUNGGU:
        return f"diperiksa {STAGES[row.kind]}"
    if row.kind in STAGES and row.evidence:
        return f"dipenuhi {STAGES[row.kind]}"
    return row.reason


def _payment(evidence: dict | None) -> PaymentRecord | None:
    if not evidence or "slip_number" not in evidence:
        return None
    return PaymentRecord(evidence["slip_number"], int(evidence["amount"]), date.fromisoformat(evidence["paid_on"]))


def _identity(applicant: Applicant) -> str:
    return f"NIK {applicant.nik}" if applicant.kind == "person" else f"NIB {applicant.nib} - {applicant.name}"


def receipt_data(services, application_id: uuid.UUID, reprint: bool) -> ReceiptData:
    values = values_of_record(services.database, Application, application_id, services.settings.values())
    with services.database.read() as session:
        app = session.get(Application, application_id)
        if app is None:
            raise NotFound("Permohonan tidak ditemukan.")
        check = session.get(FileCheck, app.check_id)
        applicant = session.get(Applicant, app.applicant_id)
        proxy = check.proxy
        # The file's public page when the office has one (the handover desk reads that QR too); else the plain
        # tracking code the desk has always scanned.
        base = values.get("public.file_base_url") or values.get("public.base_url", "")
        page = links.page_url(base, links.FILE_PATH, app.id, app.public_token)
        proxy_line = (
            f"Dikuasakan kepada {proxy['name']} (NIK {proxy['nik']}) dengan surat kuasa: {proxy['letter']}"
            if proxy
            else None
        )
        return ReceiptData(
            registration_number=app.registration_number,
            applicant_name=applicant.name,
            applicant_identity=_identity(applicant),
            proxy_line=proxy_line,
            service_code=app.service_code,
            service_name=app.service_name,
            variant=app.variant,
            items=_items(session, check.id),
            received_on=app.received_on,
            due_on=app.due_on,
            sla_text=app.sla_text,
            officer_name=check.officer_name,
            counter_name=_counter_name(session, check.counter_number),
            qr_payload=page or f"LOKET-REG:{app.registration_number}",
            printed_at=local_time(services.clock(), values),
            reprint=reprint,
            public_code=links.shown_code(app.public_code) if page else "",
            code_url=links.code_url(base) if page else "",
        )


def return_slip_data(services, check_id: uuid.UUID, reprint: bool) -> ReturnSlipData:
    values = values_of_record(services.database, FileCheck, check_id, services.settings.values())
    with services.database.read() as session:
        check = session.get(FileCheck, check_id)
        if check is None or check.slip_number is None:
            raise NotFound("Surat pengembalian tidak ditemukan.")
        applicant = session.get(Applicant, check.applicant_id)
        service_name = services.catalog.revision(check.revision_id).name
        return ReturnSlipData(
            slip_number=check.slip_number,
            applicant_name=applicant.name,
            applicant_identity=_identity(applicant),
            service_code=check.service_code,
            service_name=service_name,
            variant=check.variant,
            problems=_items(session, check.id, only_problems=True),
            officer_name=check.officer_name,
            counter_name=_counter_name(session, check.counter_number),
            checked_at=local_time(check.checked_at, values),
            printed_at=local_time(services.clock(), values),
            reprint=reprint,
        )


def render_outcome(documents, outcome, reprint: bool) -> RenderedDocument:
    """The receipt or return slip for the thermal printer and, for the original, its PDF (A4 or F4, a setting)
    for the archive; reads only. `documents` is the DocumentService (database, settings, catalog, clock). The
    letterhead is the file's agency's."""
    values = values_of_record(documents.database, FileCheck, outcome.check_id, documents.settings.values())
    office = office_header(values)
    config = thermal_config(values)
    paper = values.get("documents.paper", "A4")
    if outcome.complete:
        data = receipt_data(documents, outcome.application_id, reprint)
        raw = receipt_bytes(data, config.paper_width_mm, office)
        pdf = None if reprint else receipt_pdf(data, office, paper)
        kind, number, reference = "receipt", data.registration_number, outcome.application_id
    else:
        data = return_slip_data(documents, outcome.check_id, reprint)
        raw = return_slip_bytes(data, config.paper_width_mm, office)
        pdf = None if reprint else return_slip_pdf(data, office, paper)
        kind, number, reference = "return_slip", data.slip_number, outcome.check_id
    return RenderedDocument(kind, number, reference, outcome.application_id, pdf, raw, config, reprint)
