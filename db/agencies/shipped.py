"""Adding one of the shipped agencies (resources/agencies/agencies.json) to the hall, inside a transaction."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.agencies import ids
from db.agencies.placement import relink, shipped
from db.core.errors import DomainError, NotFound
from db.models.agencies import Agency, AgencyUnit, Hall

_FIELDS = (
    "short_name", "name", "government", "address", "city", "phone", "fax", "email", "website", "motto",
    "motto_text", "maklumat", "signers", "signing_mode", "number_formats", "general_services",
)  # fmt: skip


def shipped_codes() -> list[str]:
    return [record["code"] for record in shipped()["agencies"]]


def add_shipped_in(session: Session, code: str) -> Agency:
    """The shipped agency `code` with its units, after the hall's others; its catalog entries move to it."""
    record = next((r for r in shipped()["agencies"] if r["code"] == code.strip().upper()), None)
    if record is None:
        raise NotFound(f"Instansi bawaan {code} tidak ada. Pilihan: {', '.join(shipped_codes())}.")
    if session.scalar(select(Agency.id).where(Agency.code == record["code"])) is not None:
        raise DomainError(f"Instansi {record['code']} sudah ada di aula ini.")
    if session.scalar(select(Agency.id).where(Agency.short_name == record["short_name"])) is not None:
        raise DomainError(f"Nama singkat {record['short_name']} sudah dipakai instansi lain di aula ini.")
    hall_id = session.scalar(select(Hall.id).limit(1))
    last = session.scalar(select(func.max(Agency.sort_order))) or 0
    agency = Agency(
        id=ids.agency_id(record["code"]),
        hall_id=hall_id,
        code=record["code"],
        sort_order=last + 1,
        source=record["_source"],
        **{field: record[field] for field in _FIELDS},
    )
    session.add(agency)
    for order, unit in enumerate(record["units"]):
        session.add(
            AgencyUnit(
                id=ids.unit_id(record["code"], unit["code"]),
                agency_id=agency.id,
                code=unit["code"],
                name=unit["name"],
                sort_order=order,
            )
        )
    session.flush()
    relink(session)
    return agency
