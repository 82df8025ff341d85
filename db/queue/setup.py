"""Queue groups and counters: the administrator's setup, per agency, and sensible defaults for a new install.

Groups and counters belong to an agency (or, with no agency, to the hall itself: an information desk). A group's
code is its tickets' letters, unique in the hall (db/queue/letters.py); a group offers only its agency's services
and the hall-wide ones; an agency's counter serves only its agency's groups and the hall's; a hall counter any.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.agencies.scope import scope_of
from db.core import audit
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.models.accounts import Role
from db.models.agencies import Agency
from db.models.catalog import CatalogService
from db.models.queue import Counter, QueueGroup
from db.queue import letters

HALL_OWN = ""  # the agency code that means "the hall's own group or counter" (no agency)


@dataclass(frozen=True)
class GroupInfo:
    code: str
    name: str
    service_codes: tuple[str, ...]
    active: bool
    agency_id: uuid.UUID | None = None  # None: the hall's own group
    agency_name: str = ""  # the agency's short name, "" for the hall's own


@dataclass(frozen=True)
class CounterInfo:
    number: int
    name: str
    group_codes: tuple[str, ...]
    priority_desk: bool
    active: bool
    open: bool
    agency_id: uuid.UUID | None = None
    agency_name: str = ""


DEFAULT_GROUPS = [
    ("A", "Perizinan Berusaha", {"perizinan_berusaha"}),
    ("B", "Perizinan Non Berusaha", {"perizinan_non_berusaha"}),
    ("C", "Informasi & Pengaduan", {"non_perizinan"}),
    ("D", "Pengambilan SK", set()),
]
DEFAULT_COUNTERS = [(1, "Loket 1", ["A", "B"]), (2, "Loket 2", ["A", "B"]), (3, "Loket 3", ["C", "D"])]


def seed_queue_defaults(session: Session) -> None:
    """Groups from the catalog's kinds of service and counters 1 to 3, only when none exist yet; in a hall of one
    agency (a new install) they are that agency's."""
    if session.scalar(select(func.count(QueueGroup.id))):
        return
    agencies = list(session.scalars(select(Agency.id).where(Agency.active.is_(True)).limit(2)))
    owner = agencies[0] if len(agencies) == 1 else None
    for order, (code, name, kinds) in enumerate(DEFAULT_GROUPS):
        services = sorted(session.scalars(select(CatalogService.code).where(CatalogService.kind.in_(kinds))))
        session.add(QueueGroup(code=code, name=name, service_codes=services, sort_order=order, agency_id=owner))
    if not session.scalar(select(func.count(Counter.id))):
        for number, name, groups in DEFAULT_COUNTERS:
            session.add(Counter(number=number, name=name, group_codes=groups, agency_id=owner))


def _names(session: Session) -> dict[uuid.UUID, str]:
    return dict(session.execute(select(Agency.id, Agency.short_name)).all())


def _group_info(group: QueueGroup, names: dict[uuid.UUID, str]) -> GroupInfo:
    return GroupInfo(
        group.code,
        group.name,
        tuple(group.service_codes),
        group.active,
        group.agency_id,
        names.get(group.agency_id, "") if group.agency_id else "",
    )


def _counter_info(counter: Counter, names: dict[uuid.UUID, str]) -> CounterInfo:
    return CounterInfo(
        counter.number,
        counter.name,
        tuple(counter.group_codes),
        counter.priority_desk,
        counter.active,
        counter.open,
        counter.agency_id,
        names.get(counter.agency_id, "") if counter.agency_id else "",
    )


def _agency_by_code(session: Session, code: str) -> uuid.UUID | None:
    """The agency an administrator named ("" = the hall's own); NotFound with the codes there are."""
    if code.strip() == HALL_OWN:
        return None
    agency_id = session.scalar(select(Agency.id).where(Agency.code == code.strip().upper()))
    if agency_id is None:
        known = ", ".join(session.scalars(select(Agency.code).order_by(Agency.sort_order)))
        raise NotFound(f"Instansi {code} tidak ada. Instansi di aula ini: {known or '-'}.")
    return agency_id


def _default_agency(session: Session) -> uuid.UUID:
    """A new group's agency when none is named: the only agency of a hall of one (as before agencies existed)."""
    agencies = list(session.scalars(select(Agency.id).where(Agency.active.is_(True)).limit(2)))
    if len(agencies) != 1:
        raise DomainError("Aula ini melayani beberapa instansi: pilih instansi pemilik grup atau loket ini.")
    return agencies[0]


def _check_services(session: Session, service_codes: list[str], agency_id: uuid.UUID | None) -> None:
    """Every service exists, and an agency's group offers only its own services and the hall-wide ones."""
    owners = dict(
        session.execute(
            select(CatalogService.code, CatalogService.agency_id).where(CatalogService.code.in_(service_codes))
        ).all()
    )
    unknown = sorted(set(service_codes) - set(owners))
    if unknown:
        raise DomainError(f"Kode layanan tidak ada di katalog: {', '.join(unknown)}.")
    foreign = sorted(code for code, owner in owners.items() if agency_id and owner and owner != agency_id)
    if foreign:
        names = _names(session)
        raise DomainError(
            f"Layanan {', '.join(foreign)} milik {names.get(owners[foreign[0]], 'instansi lain')}, bukan instansi "
            "grup ini."
        )


def _counter_agency(session: Session, group_codes: list[str], named: str | None, current: Counter | None):
    """The counter's agency: the one named, else the one it has, else its groups' single agency (the hall's when
    they are the hall's or several agencies'); its groups must be its agency's or the hall's."""
    owners = dict(session.execute(select(QueueGroup.code, QueueGroup.agency_id)).all())
    unknown = sorted(set(group_codes) - set(owners))
    if unknown or not group_codes:
        raise DomainError(f"Grup antrian tidak dikenal atau kosong: {', '.join(unknown) or '-'}.")
    if named is not None:
        agency_id = _agency_by_code(session, named)
    elif current is not None:
        agency_id = current.agency_id
    else:
        theirs = {owners[code] for code in group_codes} - {None}
        agency_id = theirs.pop() if len(theirs) == 1 else None
    foreign = [code for code in group_codes if agency_id and owners[code] not in (None, agency_id)]
    if foreign:
        names = _names(session)
        raise DomainError(
            f"Grup {', '.join(foreign)} milik {names.get(owners[foreign[0]], 'instansi lain')}; loket sebuah "
            "instansi hanya melayani grup instansinya sendiri dan grup aula."
        )
    return agency_id


class QueueSetup:
    def __init__(self, database: Database):
        self._db = database

    def groups(self, include_inactive: bool = False) -> list[GroupInfo]:
        """Every group of the hall in its order, each with its agency (the kiosk and the displays group them)."""
        with self._db.read() as session:
            names = _names(session)
            query = select(QueueGroup).order_by(QueueGroup.sort_order, QueueGroup.code)
            return [_group_info(g, names) for g in session.scalars(query) if include_inactive or g.active]

    def counters(self) -> list[CounterInfo]:
        with self._db.read() as session:
            names = _names(session)
            return [_counter_info(c, names) for c in session.scalars(select(Counter).order_by(Counter.number))]

    def save_group(
        self,
        actor: Actor,
        code: str,
        name: str,
        service_codes: list[str],
        active: bool = True,
        agency: str | None = None,
    ) -> GroupInfo:
        """Add or change a group. `agency`: its agency's code, HALL_OWN for the hall's own group, None to keep the
        group's (a new group in a hall of one agency is that agency's)."""
        actor.require(Role.ADMINISTRATOR)
        code = code.strip().upper()
        if not name.strip():
            raise DomainError("Nama grup antrian wajib diisi.")
        with self._db.transaction() as session:
            group = session.scalar(select(QueueGroup).where(QueueGroup.code == code))
            if agency is not None:
                agency_id = _agency_by_code(session, agency)
            else:
                agency_id = group.agency_id if group is not None else _default_agency(session)
            scope_of(actor).require(agency_id)
            letters.check_group_code(session, code, agency_id)
            _check_services(session, service_codes, agency_id)
            if group is None:
                order = session.scalar(select(func.coalesce(func.max(QueueGroup.sort_order), 0))) + 1
                group = QueueGroup(code=code, sort_order=order)
                session.add(group)
            group.name, group.service_codes, group.active = name.strip(), sorted(set(service_codes)), active
            group.agency_id = agency_id
            audit.record(
                session,
                actor,
                "queue.group_save",
                "queue_group",
                code,
                name=group.name,
                services=len(group.service_codes),
                active=active,
                agency=str(agency_id) if agency_id else "",
            )
            return _group_info(group, _names(session))

    def save_counter(
        self,
        actor: Actor,
        number: int,
        name: str,
        group_codes: list[str],
        priority_desk: bool = False,
        active: bool = True,
        agency: str | None = None,
    ) -> CounterInfo:
        """Add or change a counter. `agency` as for save_group; None keeps the counter's, or takes its groups'."""
        actor.require(Role.ADMINISTRATOR)
        if not 1 <= number <= 99:
            raise DomainError("Nomor loket harus 1 sampai 99.")
        with self._db.transaction() as session:
            counter = session.scalar(select(Counter).where(Counter.number == number))
            if counter is not None:
                scope_of(actor).require(counter.agency_id)
            agency_id = _counter_agency(session, list(group_codes), agency, counter)
            scope_of(actor).require(agency_id)
            if counter is None:
                counter = Counter(number=number)
                session.add(counter)
            counter.name = name.strip() or f"Loket {number}"
            counter.group_codes, counter.priority_desk, counter.active = list(group_codes), priority_desk, active
            counter.agency_id = agency_id
            audit.record(
                session,
                actor,
                "queue.counter_save",
                "counter",
                number,
                groups=list(group_codes),
                priority_desk=priority_desk,
                active=active,
                agency=str(agency_id) if agency_id else "",
            )
            return _counter_info(counter, _names(session))

    def set_prefix(self, actor: Actor, agency: str, prefix: str) -> str:
        """Reserve the letters an agency's queue numbers start with ("" frees them); returns the prefix set.
        Refused with the clashing agency named (db/queue/letters.py)."""
        actor.require(Role.ADMINISTRATOR)
        prefix = prefix.strip().upper()
        with self._db.transaction() as session:
            agency_id = _agency_by_code(session, agency)
            if agency_id is None:
                raise DomainError("Awalan nomor antrian hanya untuk instansi; grup aula memakai hurufnya sendiri.")
            scope_of(actor).require(agency_id)
            if prefix:
                letters.check_prefix(session, agency_id, prefix)
            row = session.get(Agency, agency_id)
            row.queue_prefix = prefix
            audit.record(session, actor, "queue.prefix_set", "agency", row.code, prefix=prefix)
            return prefix
