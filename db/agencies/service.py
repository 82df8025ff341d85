"""services.agencies: the hall, its agencies with their units, and whom an actor may act for (reads)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.agencies.importer import check_entries, read_csv, read_json
from db.agencies.placement import general_codes, relink
from db.agencies.records import AgencyRecord, HallRecord, validated
from db.agencies.scope import AgencyScope, scope_of
from db.agencies.shipped import add_shipped_in
from db.agencies.writes import save_agency_in, save_hall_in
from db.catalog.store import CatalogStore
from db.core import audit
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
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


@dataclass(frozen=True)
class AgencyImport:
    """What an import did: the agency (created or updated) and its catalog entries added, changed, unchanged."""

    agency: AgencyInfo
    created: bool
    added: tuple[str, ...]
    changed: tuple[str, ...]
    unchanged: int

    def summary(self) -> str:
        what = "ditambahkan" if self.created else "diperbarui"
        return (
            f"Instansi {self.agency.code} ({self.agency.short_name}) {what}; layanan: {len(self.added)} baru, "
            f"{len(self.changed)} diubah, {self.unchanged} tetap."
        )


class AgencyService:
    """The hall and its agencies; `scope(actor)` is the check every scoped service uses. Changes are the
    administrator's, each one transaction, audited."""

    def __init__(self, database: Database, catalog: CatalogStore):
        self._db = database
        self._catalog = catalog

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

    def offered_codes(self, actor: Actor) -> frozenset[str] | None:
        """The services the actor's agency offers (its own and the hall-wide ones it lists), for the service lists
        of the counter screens; None: the hall's staff, who serve every agency's."""
        scope = scope_of(actor)
        if scope.whole_hall:
            return None
        return frozenset(place.code for place in self.catalog(self.get_by_id(scope.agency_id).code))

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

    def add(self, actor: Actor, data: dict) -> AgencyInfo:
        """A new agency from the administrator's form or command (fields of records.AgencyRecord)."""
        actor.require(Role.ADMINISTRATOR)
        record = validated(AgencyRecord, data, "Data instansi")
        with self._db.transaction() as session:
            if session.scalar(select(Agency.id).where(Agency.code == record.code)) is not None:
                raise DomainError(f"Instansi {record.code} sudah ada; ubah datanya, bukan menambah.")
            agency, _ = save_agency_in(session, record, f"ditambahkan oleh {actor.username}")
            relink(session)
            audit.record(session, actor, "agency.add", "agency", agency.code)
            return agency_by_id_in(session, agency.id)

    def update(self, actor: Actor, code: str, data: dict) -> AgencyInfo:
        """Change an agency's record (its code stays: numbers and ids are derived from it)."""
        actor.require(Role.ADMINISTRATOR)
        record = validated(AgencyRecord, {**data, "code": code.strip().upper()}, "Data instansi")
        with self._db.transaction() as session:
            existing = session.scalar(select(Agency).where(Agency.code == record.code))
            if existing is None:
                raise NotFound(f"Instansi {record.code} tidak ada.")
            agency, _ = save_agency_in(session, record, existing.source)
            relink(session)
            audit.record(session, actor, "agency.update", "agency", agency.code)
            return agency_by_id_in(session, agency.id)

    def record_of(self, code: str) -> dict:
        """The agency as the form edits it (records.AgencyRecord's fields, the logo included)."""
        with self._db.read() as session:
            agency = session.scalar(select(Agency).where(Agency.code == code.strip().upper()))
            if agency is None:
                raise NotFound(f"Instansi {code} tidak ada.")
            units = session.scalars(
                select(AgencyUnit)
                .where(AgencyUnit.agency_id == agency.id, AgencyUnit.active.is_(True))
                .order_by(AgencyUnit.sort_order, AgencyUnit.code)
            )
            record = {name: getattr(agency, name) for name in AgencyRecord.model_fields if hasattr(agency, name)}
            record["units"] = [{"code": unit.code, "name": unit.name} for unit in units]
            return record

    def update_hall(self, actor: Actor, data: dict) -> HallInfo:
        actor.require(Role.ADMINISTRATOR)
        record = validated(HallRecord, data, "Data aula")
        with self._db.transaction() as session:
            save_hall_in(session, record)
            audit.record(session, actor, "hall.update", "hall", record.short_name)
        return self.hall()

    def hall_record(self) -> dict:
        with self._db.read() as session:
            hall = session.scalar(select(Hall).limit(1))
            if hall is None:
                raise NotFound("Data aula belum ada (basis data belum dimigrasikan).")
            return {name: getattr(hall, name) for name in HallRecord.model_fields}

    def import_file(self, actor: Actor, path: Path, agency_code: str | None = None) -> AgencyImport:
        """An agency and its catalog from JSON, or an existing agency's services from CSV (`agency_code`); every
        entry is checked first, each problem reported with its line, and a file with any problem imports nothing."""
        actor.require(Role.ADMINISTRATOR)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise DomainError(f"Berkas {path} tidak dapat dibaca sebagai teks UTF-8 ({error}).") from error
        if path.suffix.lower() != ".csv":
            agency_code = None  # a JSON file names its agency itself
        if path.suffix.lower() == ".csv":
            if not agency_code:
                raise DomainError("Impor CSV berisi layanan satu instansi: sebutkan instansinya (--agency KODE).")
            agency = self.get(agency_code)
            found = read_csv(text, agency.short_name)
            record = validated(AgencyRecord, self.record_of(agency.code), "Data instansi")
        else:
            found = read_json(text)
            record = found.agency
        found.refuse_if_any(path.name)
        with self._db.transaction() as session:
            check_entries(session, found, record, general_codes())
            found.refuse_if_any(path.name)
            if agency_code:  # a CSV brings services only: the agency's record stays as it is
                agency, created = session.scalar(select(Agency).where(Agency.code == record.code)), False
            else:
                agency, created = save_agency_in(session, record, f"diimpor dari {path.name} oleh {actor.username}")
            services = [service for _, service in found.services]
            result = self._catalog.import_entries_in(session, actor, services, f"{record.code}: {path.name}")
            relink(session)
            audit.record(session, actor, "agency.import", "agency", agency.code, file=path.name, services=len(services))
            info = agency_by_id_in(session, agency.id)
        return AgencyImport(info, created, tuple(result.added), tuple(result.changed), result.unchanged)
