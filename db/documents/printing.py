"""Turn domain records into the plain records `printing` renders (the use cases live in db.documents.service)."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import TYPE_CHECKING

from db.catalog.kinds import Evidence, RequirementKind
from db.public import links
from db.queue.policy import PRIORITY_CATEGORIES
from db.queue.tickets import TicketInfo
from db.settings.service import office_zone
from printing.records import OfficeHeader, RequirementLine, RequirementListData, TicketData

if TYPE_CHECKING:
    from db.catalog.schema import Requirement, Service


def office_header(values: dict[str, str]) -> OfficeHeader:
    logo = base64.b64decode(values["office.logo"]) if values.get("office.logo") else None
    return OfficeHeader(
        government=values["office.government"],
        name=values["office.name"],
        address=values["office.address"],
        phone=values.get("office.phone", ""),
        email=values.get("office.email", ""),
        website=values.get("office.website", ""),
        logo_png=logo,
        motto=values.get("office.motto", ""),
        motto_text=values.get("office.motto_text", ""),
    )


def local_time(moment: datetime, values: dict[str, str]) -> datetime:
    return moment.astimezone(office_zone(values))


def ticket_data(ticket: TicketInfo, values: dict[str, str], reprint: bool = False) -> TicketData:
    priority = f"PRIORITAS - {PRIORITY_CATEGORIES[ticket.priority]}" if ticket.priority else None
    base = values.get("public.base_url", "")
    page = links.page_url(base, links.TICKET_PATH, ticket.id, ticket.public_token) if ticket.public_token else ""
    return TicketData(
        office_name=values["office.short_name"],
        group_code=ticket.group_code,
        group_name=ticket.group_name,
        service_name=ticket.service_name,
        number=ticket.label,
        issued_at=local_time(ticket.issued_at, values),
        people_ahead=ticket.people_ahead,
        estimated_wait_minutes=ticket.estimated_wait_minutes,
        priority_label=priority,
        qr_payload=page,
        motto=values.get("office.motto", ""),
        motto_text=values.get("office.motto_text", ""),
        reprint=reprint,
        public_code=links.shown_code(ticket.public_code) if page else "",
        code_url=links.code_url(base) if page else "",
    )


STAGE_NOTES = {
    RequirementKind.SEBELUM_TANDA_TANGAN: "dipenuhi setelah pendaftaran, sebelum SK ditandatangani",
    RequirementKind.SEBELUM_PENYERAHAN: "dipenuhi setelah permohonan disetujui, sebelum SK diserahkan",
}


def _lines(items: list[Requirement], level: int = 0) -> tuple[RequirementLine, ...]:
    return tuple(
        RequirementLine(
            item.text, item.mandatory, item.condition, _lines(item.children, level + 1), level, requirement_note(item)
        )
        for item in items
    )


def requirement_note(item: Requirement) -> str | None:
    """What a visitor must know of how the item is met, beyond bringing it."""
    notes = []
    if item.kind == RequirementKind.SALAH_SATU:
        notes.append("cukup salah satu")
    elif item.kind in STAGE_NOTES:
        notes.append(STAGE_NOTES[item.kind])
    if item.evidence == Evidence.BUKTI_SETOR:
        notes.append("dengan bukti setor; kantor tidak menerima uang tunai")
    return "; ".join(notes) or None


def requirement_list_data(service: Service, values: dict[str, str], now: datetime) -> RequirementListData:
    sla = service.sla_text or (f"{service.sla_working_days} hari kerja" if service.sla_working_days else "")
    fee = service.fee_text or ("Gratis" if service.fee_rupiah == 0 else f"Rp {service.fee_rupiah:,}".replace(",", "."))
    return RequirementListData(
        office_name=values["office.short_name"],
        service_code=service.code,
        service_name=service.name,
        requirements=_lines(service.requirements),
        variants=tuple((variant.name, _lines(variant.requirements)) for variant in service.variants),
        sla_text=sla,
        fee_text=fee,
        product=service.product or "",
        printed_at=local_time(now, values),
        motto=values.get("office.motto", ""),
    )
