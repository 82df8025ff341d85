"""The letters of the hall's queue tickets: unique in the hall, and telling whose queue a number is.

A ticket's label is its group's code and the group's number of the day (A-001, SA-012); group codes are unique in
the hall (a unique column), so no two agencies ever print, show or call the same number, and each group keeps its
own daily numbering. The letters are read aloud one by one ("es, a, nol, dua belas"), so they stay short: one to
three letters.

An administrator may reserve a prefix for an agency (S for the Setda, K for the provincial office): then every
group code of that agency starts with it and no other agency's (nor the hall's own) may, so the first letter alone
tells a visitor and an officer whose queue a number belongs to. Every clash is refused with the agency it clashes
with named, before anything is written.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.core.errors import DomainError
from db.models.agencies import Agency
from db.models.queue import QueueGroup

GROUP_CODE = re.compile(r"[A-Z]{1,3}")
PREFIX = re.compile(r"[A-Z]{1,2}")
HALL = "pengelola aula"  # the owner named when a hall-wide group (no agency) is the one clashing


def _owner(session: Session, agency_id: uuid.UUID | None) -> str:
    if agency_id is None:
        return HALL
    return session.scalar(select(Agency.short_name).where(Agency.id == agency_id)) or HALL


def check_group_code(session: Session, code: str, agency_id: uuid.UUID | None) -> None:
    """Refuse (DomainError) a code for a group of `agency_id` (None: the hall's) that is not 1-3 letters, that
    another agency's group already has (a group never moves to another agency: its numbers are its agency's), that
    lacks the agency's own prefix, or that starts with another agency's prefix."""
    if not GROUP_CODE.fullmatch(code):
        raise DomainError("Kode grup antrian harus satu sampai tiga huruf (A, B, ... atau SA).")
    holder = session.execute(select(QueueGroup.agency_id).where(QueueGroup.code == code)).first()
    if holder is not None and holder.agency_id != agency_id:
        raise DomainError(
            f"Kode grup {code} sudah dipakai {_owner(session, holder.agency_id)}; nomor antrian harus unik "
            "di seluruh aula. Pilih huruf lain."
        )
    for other_id, short_name, prefix in session.execute(
        select(Agency.id, Agency.short_name, Agency.queue_prefix).where(Agency.queue_prefix != "")
    ):
        if other_id == agency_id and not code.startswith(prefix):
            raise DomainError(f"Kode grup {short_name} harus diawali huruf {prefix} (awalan nomor antrian instansi).")
        if other_id != agency_id and code.startswith(prefix):
            raise DomainError(
                f"Huruf {prefix} adalah awalan nomor antrian {short_name}; kode grup {code} bentrok dengannya. "
                "Pilih huruf lain."
            )


def check_prefix(session: Session, agency_id: uuid.UUID, prefix: str) -> None:
    """Refuse (DomainError) a prefix that is not 1-2 letters, that overlaps another agency's prefix, that another
    agency's (or the hall's) group code starts with, or that the agency's own groups do not yet start with."""
    if not PREFIX.fullmatch(prefix):
        raise DomainError("Awalan nomor antrian harus satu atau dua huruf, mis. S atau DK (kosong = tanpa awalan).")
    for other_id, short_name, other in session.execute(
        select(Agency.id, Agency.short_name, Agency.queue_prefix).where(Agency.queue_prefix != "")
    ):
        if other_id != agency_id and (other.startswith(prefix) or prefix.startswith(other)):
            raise DomainError(f"Awalan {prefix} bentrok dengan awalan {other} milik {short_name}. Pilih huruf lain.")
    mine: list[str] = []
    for code, owner in session.execute(select(QueueGroup.code, QueueGroup.agency_id).order_by(QueueGroup.code)):
        if owner == agency_id:
            mine += [] if code.startswith(prefix) else [code]
        elif code.startswith(prefix):
            raise DomainError(
                f"Kode grup {code} milik {_owner(session, owner)} sudah diawali {prefix}; awalan ini akan membuat "
                "nomor antrian bentrok. Pilih huruf lain."
            )
    if mine:
        raise DomainError(
            f"Grup antrian instansi ini belum diawali {prefix}: {', '.join(mine)}. Ubah dulu kode grupnya "
            f"(mis. {prefix}{mine[0][-1]}) atau pilih awalan lain."
        )
