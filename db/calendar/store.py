"""The office's working-day calendar: national holidays and cuti bersama (setting), plus the office's closures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.calendar.working_days import WorkCalendar
from db.core import audit
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError
from db.models.accounts import Role
from db.models.intake import OfficeClosure
from db.settings.service import read_in


@dataclass(frozen=True)
class Closure:
    day: date
    reason: str


def calendar_in(session: Session, *, ignore_cuti_bersama: bool = False) -> WorkCalendar:
    """The office's calendar read in the caller's transaction. Cuti bersama are days off when the office observes
    them (setting calendar.cuti_bersama, "ya" by default), unless the caller asks to count them as working days."""
    closures = {row.day: row.reason for row in session.scalars(select(OfficeClosure))}
    cuti = read_in(session, ("calendar.cuti_bersama",))["calendar.cuti_bersama"]
    return WorkCalendar(closures, include_cuti_bersama=(cuti or "ya") == "ya" and not ignore_cuti_bersama)


class CalendarStore:
    def __init__(self, database: Database):
        self._db = database

    def calendar(self, *, ignore_cuti_bersama: bool = False) -> WorkCalendar:
        with self._db.read() as session:
            return calendar_in(session, ignore_cuti_bersama=ignore_cuti_bersama)

    def closures(self) -> list[Closure]:
        with self._db.read() as session:
            return [
                Closure(r.day, r.reason) for r in session.scalars(select(OfficeClosure).order_by(OfficeClosure.day))
            ]

    def add_closure(self, actor: Actor, day: date, reason: str) -> Closure:
        actor.require(Role.ADMINISTRATOR)
        if not reason.strip():
            raise DomainError("Alasan penutupan kantor wajib diisi.")
        with self._db.transaction() as session:
            if session.scalar(select(OfficeClosure.id).where(OfficeClosure.day == day)):
                raise DomainError(f"Tanggal {day:%d-%m-%Y} sudah tercatat sebagai hari tutup.")
            session.add(OfficeClosure(day=day, reason=reason.strip()))
            audit.record(session, actor, "calendar.closure_add", "office_closure", day.isoformat(), reason=reason)
        return Closure(day, reason.strip())

    def remove_closure(self, actor: Actor, day: date) -> None:
        actor.require(Role.ADMINISTRATOR)
        with self._db.transaction() as session:
            row = session.scalar(select(OfficeClosure).where(OfficeClosure.day == day))
            if row is None:
                raise DomainError(f"Tanggal {day:%d-%m-%Y} bukan hari tutup kantor.")
            session.delete(row)
            audit.record(session, actor, "calendar.closure_remove", "office_closure", day.isoformat())
