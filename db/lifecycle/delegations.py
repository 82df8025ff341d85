"""The administrator's recorded delegations: a Plt./Plh. stands in for a role (mostly the Kepala Dinas) for a
period. A step recorded that way says who stood in, and an SK signed that way prints the stand-in's name."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.core import audit
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.models.accounts import Role, User
from db.models.lifecycle import RoleDelegation

TITLES = ("Plt.", "Plh.")


@dataclass(frozen=True)
class DelegationInfo:
    id: uuid.UUID
    username: str
    full_name: str
    role: Role
    title: str
    nip: str
    rank: str
    starts_on: date
    ends_on: date
    reason: str
    revoked: bool

    @property
    def acting_as(self) -> str:
        return f"{self.title} {self.role.label}"


def active_delegation(session: Session, username: str, role: Role, day: date) -> DelegationInfo | None:
    """The delegation letting `username` act as `role` on `day`, if the administrator recorded one."""
    row = session.scalar(
        select(RoleDelegation)
        .where(
            RoleDelegation.username == username,
            RoleDelegation.role == role.value,
            RoleDelegation.starts_on <= day,
            RoleDelegation.ends_on >= day,
            RoleDelegation.revoked_at.is_(None),
        )
        .order_by(RoleDelegation.created_at.desc())
        .limit(1)
    )
    return None if row is None else _info(session, row)


def _info(session: Session, row: RoleDelegation) -> DelegationInfo:
    full_name = session.scalar(select(User.full_name).where(User.username == row.username)) or row.username
    return DelegationInfo(
        row.id,
        row.username,
        full_name,
        Role(row.role),
        row.title,
        row.nip,
        row.rank,
        row.starts_on,
        row.ends_on,
        row.reason,
        row.revoked_at is not None,
    )


class DelegationService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def add(
        self,
        actor: Actor,
        username: str,
        role: Role,
        title: str,
        starts_on: date,
        ends_on: date,
        reason: str,
        nip: str = "",
        rank: str = "",
    ) -> DelegationInfo:
        """Let `username` stand in for `role` from `starts_on` to `ends_on` (inclusive); administrator only."""
        actor.require(Role.ADMINISTRATOR)
        if title not in TITLES:
            raise DomainError("Jenis pelaksana harus Plt. atau Plh.")
        if ends_on < starts_on:
            raise DomainError("Tanggal akhir penugasan tidak boleh sebelum tanggal mulai.")
        if not reason.strip():
            raise DomainError("Dasar penugasan (nomor surat perintah) wajib diisi.")
        if nip and (not nip.isdigit() or len(nip) != 18):
            raise DomainError("NIP harus 18 angka.")
        with self._db.transaction() as session:
            user = session.scalar(select(User).where(User.username == username.strip()))
            if user is None or not user.active:
                raise NotFound(f"Akun {username} tidak ada atau tidak aktif.")
            if user.role == role.value:
                raise DomainError(f"{user.full_name} sudah berperan {role.label}; tidak perlu penugasan.")
            row = RoleDelegation(
                username=user.username,
                role=role.value,
                title=title,
                nip=nip,
                rank=rank.strip(),
                starts_on=starts_on,
                ends_on=ends_on,
                reason=reason.strip(),
                created_at=self._now(),
                created_by=actor.username,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor,
                "delegation.add",
                "user",
                user.username,
                role=role.value,
                title=title,
                starts_on=starts_on.isoformat(),
                ends_on=ends_on.isoformat(),
                reason=reason.strip(),
            )
            return _info(session, row)

    def revoke(self, actor: Actor, delegation_id: uuid.UUID) -> DelegationInfo:
        actor.require(Role.ADMINISTRATOR)
        with self._db.transaction() as session:
            row = session.get(RoleDelegation, delegation_id)
            if row is None:
                raise NotFound("Penugasan tidak ditemukan.")
            row.revoked_at = self._now()
            audit.record(session, actor, "delegation.revoke", "user", row.username, role=row.role)
            return _info(session, row)

    def list(self) -> list[DelegationInfo]:
        with self._db.read() as session:
            rows = session.scalars(select(RoleDelegation).order_by(RoleDelegation.starts_on.desc()))
            return [_info(session, row) for row in rows]
