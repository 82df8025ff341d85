"""Queue groups and counters: the administrator's setup, and sensible defaults for a new install."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.core import audit
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError
from db.models.accounts import Role
from db.models.catalog import CatalogService
from db.models.queue import Counter, QueueGroup


@dataclass(frozen=True)
class GroupInfo:
    code: str
    name: str
    service_codes: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class CounterInfo:
    number: int
    name: str
    group_codes: tuple[str, ...]
    priority_desk: bool
    active: bool
    open: bool


DEFAULT_GROUPS = [
    ("A", "Perizinan Berusaha", {"perizinan_berusaha"}),
    ("B", "Perizinan Non Berusaha", {"perizinan_non_berusaha"}),
    ("C", "Informasi & Pengaduan", {"non_perizinan"}),
    ("D", "Pengambilan SK", set()),
]
DEFAULT_COUNTERS = [(1, "Loket 1", ["A", "B"]), (2, "Loket 2", ["A", "B"]), (3, "Loket 3", ["C", "D"])]


def seed_queue_defaults(session: Session) -> None:
    """Groups from the catalog's kinds of service and counters 1 to 3, only when none exist yet."""
    if session.scalar(select(func.count(QueueGroup.id))):
        return
    for order, (code, name, kinds) in enumerate(DEFAULT_GROUPS):
        services = sorted(session.scalars(select(CatalogService.code).where(CatalogService.kind.in_(kinds))))
        session.add(QueueGroup(code=code, name=name, service_codes=services, sort_order=order))
    if not session.scalar(select(func.count(Counter.id))):
        for number, name, groups in DEFAULT_COUNTERS:
            session.add(Counter(number=number, name=name, group_codes=groups))


def _group_info(group: QueueGroup) -> GroupInfo:
    return GroupInfo(group.code, group.name, tuple(group.service_codes), group.active)


def _counter_info(counter: Counter) -> CounterInfo:
    return CounterInfo(
        counter.number, counter.name, tuple(counter.group_codes), counter.priority_desk, counter.active, counter.open
    )


class QueueSetup:
    def __init__(self, database: Database):
        self._db = database

    def groups(self, include_inactive: bool = False) -> list[GroupInfo]:
        with self._db.read() as session:
            query = select(QueueGroup).order_by(QueueGroup.sort_order, QueueGroup.code)
            return [_group_info(g) for g in session.scalars(query) if include_inactive or g.active]

    def counters(self) -> list[CounterInfo]:
        with self._db.read() as session:
            return [_counter_info(c) for c in session.scalars(select(Counter).order_by(Counter.number))]

    def save_group(
        self, actor: Actor, code: str, name: str, service_codes: list[str], active: bool = True
    ) -> GroupInfo:
        actor.require(Role.ADMINISTRATOR)
        code = code.strip().upper()
        if not re.fullmatch(r"[A-Z]{1,2}", code):
            raise DomainError("Kode grup antrian harus satu atau dua huruf (A, B, ... atau PR).")
        if not name.strip():
            raise DomainError("Nama grup antrian wajib diisi.")
        with self._db.transaction() as session:
            known = set(session.scalars(select(CatalogService.code)))
            unknown = sorted(set(service_codes) - known)
            if unknown:
                raise DomainError(f"Kode layanan tidak ada di katalog: {', '.join(unknown)}.")
            group = session.scalar(select(QueueGroup).where(QueueGroup.code == code))
            if group is None:
                order = session.scalar(select(func.coalesce(func.max(QueueGroup.sort_order), 0))) + 1
                group = QueueGroup(code=code, sort_order=order)
                session.add(group)
            group.name, group.service_codes, group.active = name.strip(), sorted(set(service_codes)), active
            audit.record(
                session,
                actor,
                "queue.group_save",
                "queue_group",
                code,
                name=group.name,
                services=len(group.service_codes),
                active=active,
            )
            return _group_info(group)

    def save_counter(
        self,
        actor: Actor,
        number: int,
        name: str,
        group_codes: list[str],
        priority_desk: bool = False,
        active: bool = True,
    ) -> CounterInfo:
        actor.require(Role.ADMINISTRATOR)
        if not 1 <= number <= 99:
            raise DomainError("Nomor loket harus 1 sampai 99.")
        with self._db.transaction() as session:
            known = set(session.scalars(select(QueueGroup.code)))
            unknown = sorted(set(group_codes) - known)
            if unknown or not group_codes:
                raise DomainError(f"Grup antrian tidak dikenal atau kosong: {', '.join(unknown) or '-'}.")
            counter = session.scalar(select(Counter).where(Counter.number == number))
            if counter is None:
                counter = Counter(number=number)
                session.add(counter)
            counter.name = name.strip() or f"Loket {number}"
            counter.group_codes, counter.priority_desk, counter.active = list(group_codes), priority_desk, active
            audit.record(
                session,
                actor,
                "queue.counter_save",
                "counter",
                number,
                groups=list(group_codes),
                priority_desk=priority_desk,
                active=active,
            )
            return _counter_info(counter)
