"""services.agencies: the hall, its agencies with their units, and whom an actor may act for (reads)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.agencies.scope import AgencyScope, scope_of
from db.agencies.shipped import add_shipped_in
from db.core import audit
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import NotFound
from db.models.accounts import Role
from db.models.agencies import Agency, AgencyUnit, Hall
from db.models.catalog import CatalogService


@dataclass(frozen=True)
class Signer:
    """A signing official: `role` is the Loket role whose step they sign (kepala_dinas signs the decree)."""

    role: str
    title: str
    name: str
    rank: str
    nip: str


@dataclass(frozen=True)
class UnitInfo:
    id: uuid.UUID
    code: str
    name: str
    active: bool


@dataclass(frozen=True)
class AgencyInfo:
    """One agency as documents and screens need it (the logo is read apart: `AgencyService.logo`)."""

    id: uuid.UUID
    code: str
    short_name: str
    name: str
    government: str
    address: str
    city: str
    phone: str
    fax: str
    email: str
    website: str
    has_logo: bool
    motto: str
    motto_text: str
    maklumat: str
    signers: tuple[Signer, ...]
    signing_mode: str
    number_formats: dict[str, str]
    general_services: tuple[str, ...]
    units: tuple[UnitInfo, ...]
    sort_order: int
    active: bool
    source: str

    def signer(self, role: str = "kepala_dinas") -> Signer | None:
        return next((s for s in self.signers if s.role == role), self.signers[0] if self.signers else None)


@dataclass(frozen=True)
class HallInfo:
    id: uuid.UUID
    name: str
    short_name: str
    address: str
    has_logo: bool
    maklumat: str
    opening_hours: tuple[dict, ...]  # {"days": "Senin-Kamis", "opens": "08:30", "closes": "16:00"}


@dataclass(frozen=True)
class CatalogPlace:
    """A service an agency offers, with the unit that serves it (None: the agency itself, or a hall-wide one)."""

    code: str
    name: str
    unit: str | None
    general: bool


def agency_info(agency: Agency, units: list[AgencyUnit]) -> AgencyInfo:
    return AgencyInfo(
        id=agency.id,
        code=agency.code,
        short_name=agency.short_name,
        name=agency.name,
        government=agency.government,
        address=agency.address,
        city=agency.city,
        phone=agency.phone,
        fax=agency.fax,
        email=agency.email,
        website=agency.website,
        has_logo=bool(agency.logo),
        motto=agency.motto,
        motto_text=agency.motto_text,
        maklumat=agency.maklumat,
        signers=tuple(
            Signer(**{k: s.get(k, "") for k in ("role", "title", "name", "rank", "nip")}) for s in agency.signers
        ),
        signing_mode=agency.signing_mode,
        number_formats=dict(agency.number_formats),
        general_services=tuple(agency.general_services),
        units=tuple(
            UnitInfo(u.id, u.code, u.name, u.active) for u in sorted(units, key=lambda u: (u.sort_order, u.code))
        ),
        sort_order=agency.sort_order,
        active=agency.active,
        source=agency.source,
    )


def agencies_in(session: Session, *, include_inactive: bool = False) -> list[AgencyInfo]:
    """Every agency of the hall in its display order, read inside the caller's transaction."""
    query = select(Agency).order_by(Agency.sort_order, Agency.code)
    if not include_inactive:
        query = query.where(Agency.active.is_(True))
    agencies = list(session.scalars(query))
    units: dict[uuid.UUID, list[AgencyUnit]] = {}
    for unit in session.scalars(select(AgencyUnit).where(AgencyUnit.agency_id.in_([a.id for a in agencies]))):
        units.setdefault(unit.agency_id, []).append(unit)
    return [agency_info(a, units.get(a.id, [])) for a in agencies]


def agency_by_id_in(session: Session, agency_id: uuid.UUID) -> AgencyInfo:
    agency = session.get(Agency, agency_id)
    if agency is None:
        raise NotFound("Instansi tidak ditemukan.")
    return agency_info(agency, list(session.scalars(select(AgencyUnit).where(AgencyUnit.agency_id == agency_id))))


class AgencyService:
    """Reads of the hall and its agencies; `scope(actor)` is the check every scoped service uses."""

    def __init__(self, database: Database):
        self._db = database

    def hall(self) -> HallInfo:
        with self._db.read() as session:
            hall = session.scalar(select(Hall).limit(1))
            if hall is None:
                raise NotFound("Data aula belum ada (basis data belum dimigrasikan).")
            return HallInfo(
                hall.id,
                hall.name,
                hall.short_name,
                hall.address,
                bool(hall.logo),
                hall.maklumat,
                tuple(hall.opening_hours or ()),
            )

    def list(self, *, include_inactive: bool = False) -> list[AgencyInfo]:
        with self._db.read() as session:
            return agencies_in(session, include_inactive=include_inactive)

    def get(self, code: str) -> AgencyInfo:
        """By its code (DPMPTSP-BLG), any letter case; NotFound with the codes there are."""
        with self._db.read() as session:
            agency = session.scalar(select(Agency).where(Agency.code == code.strip().upper()))
            if agency is None:
                known = ", ".join(session.scalars(select(Agency.code).order_by(Agency.sort_order, Agency.code)))
                raise NotFound(f"Instansi {code} tidak ada. Instansi di aula ini: {known or '-'}.")
            return agency_by_id_in(session, agency.id)

    def get_by_id(self, agency_id: uuid.UUID) -> AgencyInfo:
        with self._db.read() as session:
            return agency_by_id_in(session, agency_id)

    def logo(self, agency_id: uuid.UUID) -> bytes:
        """The agency's logo (PNG/JPEG bytes), or the hall's when the agency has none; b"" when neither has one."""
        import base64

        with self._db.read() as session:
            agency = session.get(Agency, agency_id)
            stored = (agency.logo if agency else "") or session.scalar(select(Hall.logo).limit(1)) or ""
        return base64.b64decode(stored) if stored else b""

    def is_single(self) -> bool:
        """A hall of one active agency: every screen skips the choice of agency, as before agencies existed."""
        with self._db.read() as session:
            return len(list(session.scalars(select(Agency.id).where(Agency.active.is_(True)).limit(2)))) == 1

    @staticmethod
    def scope(actor: Actor) -> AgencyScope:
        return scope_of(actor)

    def for_actor(self, actor: Actor) -> list[AgencyInfo]:
        """The agencies the actor may act for: their own, or every active one for the hall's staff."""
        scope = scope_of(actor)
        return [a for a in self.list() if scope.agency_id is None or a.id == scope.agency_id]

    def catalog(self, code: str) -> list[CatalogPlace]:
        """The services an agency offers: its own entries (with their unit) and the hall-wide ones it lists."""
        agency = self.get(code)
        units = {u.id: u.name for u in agency.units}
        with self._db.read() as session:
            rows = session.execute(
                select(CatalogService.code, CatalogService.name, CatalogService.unit_id, CatalogService.agency_id)
                .where(CatalogService.active.is_(True))
                .where(
                    (CatalogService.agency_id == agency.id)
                    | (CatalogService.agency_id.is_(None) & CatalogService.code.in_(agency.general_services))
                )
                .order_by(CatalogService.code)
            )
            return [CatalogPlace(c, n, units.get(u) if u else None, a is None) for c, n, u, a in rows]

    def add_shipped(self, actor: Actor, code: str) -> AgencyInfo:
        """An administrator adds a shipped agency (SETDA-BLG, DPMPTSP-KALTARA, ...) to the hall; audited."""
        actor.require(Role.ADMINISTRATOR)
        with self._db.transaction() as session:
            agency = add_shipped_in(session, code)
            audit.record(session, actor, "agency.add", "agency", agency.code, source="bawaan aplikasi")
            return agency_by_id_in(session, agency.id)
