"""A hall display's zone: the agencies it shows (display.agencies, a setting of the display's PC), and the agency
name beside each call where agencies share the hall.

An MPP hangs a TV per agency corner, or one for the whole hall; each shows and announces only its zone's calls. A
hall of one agency names no agency anywhere, as before agencies existed.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select, true
from sqlalchemy.orm import Session

from db.core.errors import DomainError
from db.models.agencies import Agency

# The abbreviations Indonesian offices write themselves ("Setda Kab. Balangan"), for the display's narrow lists.
ABBREVIATED = (
    ("Sekretariat Daerah", "Setda"),
    ("Kabupaten", "Kab."),
    ("Provinsi", "Prov."),
    ("Kalimantan Utara", "Kaltara"),
    ("Kalimantan Selatan", "Kalsel"),
)


def compact_name(name: str) -> str:
    """An agency's short name as its own letters abbreviate it: "Sekretariat Daerah Kabupaten Balangan" ->
    "Setda Kab. Balangan", "DPMPTSP Provinsi Kalimantan Utara" -> "DPMPTSP Prov. Kaltara"."""
    for long, short in ABBREVIATED:
        name = name.replace(long, short)
    return name


def parse_codes(value: str) -> list[str]:
    """The agency codes of a display.agencies value ("DPMPTSP-BLG, SETDA-BLG"); empty: the whole hall."""
    return [code.strip().upper() for code in (value or "").split(",") if code.strip()]


@dataclass(frozen=True)
class Zone:
    ids: frozenset[uuid.UUID] | None  # None: the whole hall
    names: dict[uuid.UUID, str]  # every agency's short name
    shared: bool  # two or more active agencies serve in the hall

    @classmethod
    def read(cls, session: Session, codes: Collection[str] | None) -> Zone:
        """The zone of these agency codes; DomainError naming an unknown code and the codes there are."""
        rows = session.execute(select(Agency.id, Agency.code, Agency.short_name, Agency.active)).all()
        by_code = {row.code: row.id for row in rows}
        wanted = [code.strip().upper() for code in codes or () if code.strip()]
        unknown = [code for code in wanted if code not in by_code]
        if unknown:
            raise DomainError(
                f"Zona layar memuat instansi yang tidak ada: {', '.join(unknown)}. Instansi di aula ini: "
                f"{', '.join(sorted(by_code)) or '-'} (pengaturan display.agencies PC ini)."
            )
        ids = frozenset(by_code[code] for code in wanted) if wanted else None
        shared = sum(1 for row in rows if row.active) > 1
        return cls(ids, {row.id: row.short_name for row in rows}, shared)

    def where(self, column) -> ColumnElement[bool]:
        """Rows of the zone's agencies; every row (the hall's own queues too) when it is the whole hall."""
        return true() if self.ids is None else column.in_(sorted(self.ids))

    def said(self, agency_id: uuid.UUID | None) -> str:
        """The agency named beside a call: its short name where agencies share the hall, else nothing."""
        return self.names.get(agency_id, "") if self.shared and agency_id else ""

    def shown_names(self) -> list[str]:
        if self.ids is None:
            return []
        return sorted(self.names[agency_id] for agency_id in self.ids)
