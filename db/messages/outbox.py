"""Queueing a message to the applicant inside the transaction of its cause: the SK signed, the file returned
incomplete at the counter, the application rejected. A cause rolled back queues nothing; a cause committed queues
exactly one message, because its idempotency key names the cause (the decree, the check, the rejected file).

Nothing here talks to the network or can refuse the cause: a file without a usable number gets a "skipped" row
saying why (so the outbox view explains the silence), and a file whose applicant declined messages gets nothing.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.core import validators
from db.core.actor import Actor
from db.core.errors import DomainError
from db.models.agencies import Agency
from db.models.intake import Applicant, Application, FileCheck
from db.models.messages import Message
from db.public import links
from db.settings import message_settings
from db.settings.service import read_in

STATUS_LABELS = {
    "queued": "Menunggu dikirim",
    "sending": "Sedang dikirim",
    "sent": "Terkirim",
    "failed": "Gagal",
    "uncertain": "Perlu dicek",
    "manual": "Kirim manual",
    "handed": "Diserahkan ke petugas",
    "skipped": "Tidak dikirim",
}
PROBLEMS_SHOWN = 5
SETTINGS = (
    "messages.enabled",
    "messages.gateway.url",
    "office.short_name",
    "public.file_base_url",  # the file's page as the receipt's QR opens it (the central server, for outside)
    "public.base_url",
    *(f"messages.template.{event}" for event in message_settings.TEMPLATE_FIELDS),
)


def queue_signed(session: Session, actor: Actor, app: Application, decree_id: uuid.UUID, now: datetime) -> None:
    """The SK is signed: the applicant may come for it."""
    _queue(
        session,
        actor,
        now,
        key=f"sk:{decree_id}",
        event="signed",
        check=session.get(FileCheck, app.check_id),
        application=app,
        fields={"nomor": app.registration_number},
    )


def queue_rejected(
    session: Session, actor: Actor, app: Application, letter_number: str, reason: str, now: datetime
) -> None:
    _queue(
        session,
        actor,
        now,
        key=f"tolak:{app.id}",
        event="rejected",
        check=session.get(FileCheck, app.check_id),
        application=app,
        fields={"nomor": app.registration_number, "alasan": reason, "nomor_surat": letter_number},
    )


def queue_returned(
    session: Session, actor: Actor, check: FileCheck, service_name: str, problems: tuple, now: datetime
) -> None:
    """The file was returned at the counter with a numbered slip: what to complete, in the applicant's pocket."""
    _queue(
        session,
        actor,
        now,
        key=f"kembali:{check.id}",
        event="returned",
        check=check,
        application=None,
        fields={"nomor": check.slip_number, "kekurangan": missing_items(problems), "layanan": service_name},
    )


def missing_items(problems: tuple) -> str:
    """The returned items in a line: '1. Fotokopi KTP; 2. Pas foto', the rest counted."""
    names = [f"{label} {_shorten(text, 60)}" for label, text, _status, _reason in problems]
    shown = "; ".join(names[:PROBLEMS_SHOWN])
    return shown + (f"; dan {len(names) - PROBLEMS_SHOWN} butir lainnya" if len(names) > PROBLEMS_SHOWN else "")


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3].rstrip() + "..."


def _queue(
    session: Session,
    actor: Actor,
    now: datetime,
    *,
    key: str,
    event: str,
    check: FileCheck,
    application: Application | None,
    fields: dict[str, str],
) -> None:
    values = read_in(session, SETTINGS)
    if values["messages.enabled"] != "ya" or check.messages_declined:
        return
    if session.scalar(select(Message.id).where(Message.idempotency_key == key)) is not None:
        return  # the cause was recorded before (a retried transaction): one message per cause
    applicant = session.get(Applicant, check.applicant_id)
    recipient, problem = recipient_of(session, applicant)
    text_fields = {
        "nama": applicant.name,
        "layanan": application.service_name if application else "",
        "kantor": _office_name(session, check, values["office.short_name"]),
        "tautan": _file_link(values, application),
        **fields,
    }
    if problem:
        status = "skipped"
    else:
        status = "queued" if values["messages.gateway.url"] else "manual"
    session.add(
        Message(
            idempotency_key=key,
            event=event,
            application_id=application.id if application else None,
            check_id=check.id,
            recipient=recipient,
            recipient_name=applicant.name,
            body=render(values[f"messages.template.{event}"], event, text_fields),
            status=status,
            next_attempt_at=now,
            last_error=problem,
            created_at=now,
            created_by=actor.username,
        )
    )


def _file_link(values: dict[str, str], application: Application | None) -> str:
    """The file's public page, the receipt QR's address ('' for a returned file, or without a public address)."""
    if application is None or not application.public_token:
        return ""
    base = values["public.file_base_url"] or values["public.base_url"]
    return links.page_url(base, links.FILE_PATH, application.id, application.public_token)


def _office_name(session: Session, check: FileCheck, hall_default: str) -> str:
    """The agency the file belongs to (issue 19: a hall serves several), where the applicant collects and asks."""
    agency = session.get(Agency, check.agency_id) if check.agency_id else None
    return agency.short_name if agency is not None else hall_default


def recipient_of(session: Session, applicant: Applicant) -> tuple[str | None, str | None]:
    """(the number to message, None) or (None, why there is none): a business's own phone, else its contact's."""
    phone = applicant.phone
    if not phone and applicant.contact_person_id:
        contact = session.get(Applicant, applicant.contact_person_id)
        phone = contact.phone if contact else None
    if not phone:
        return None, "Pemohon tidak mencantumkan nomor HP."
    try:
        return validators.messaging_number(phone), None
    except DomainError as error:
        return None, error.message


def render(template: str, event: str, fields: dict[str, str]) -> str:
    """The message text; a template the registry accepted always renders, anything else falls back to the
    default (a message is never what stops a signature)."""
    try:
        text = template.format_map(fields)
    except (KeyError, ValueError, IndexError, AttributeError):
        text = message_settings.DEFAULT_TEMPLATES[event].format_map(fields)
    return re.sub(r"\s+", " ", text).strip()
