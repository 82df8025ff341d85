"""The catalog in the database: import (idempotent, versioned), export, read, search and administrator edits."""

from __future__ import annotations

import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.agencies.placement import placement
from db.catalog.search import CatalogIndex, SearchHit
from db.core import audit
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.models.accounts import Role
from db.models.catalog import CatalogService, CatalogVersion, ServiceRevision

if TYPE_CHECKING:  # pydantic and the catalog's models load on first use, not on the way to the sign-in window
    from pydantic import ValidationError

    from db.catalog.schema import Catalog, Service

SHIPPED_NAME = "catalog/catalog.json"


@dataclass(frozen=True)
class ImportResult:
    version: str
    already_imported: bool = False
    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    kept_local_edits: list[str] = field(default_factory=list)
    deactivated: list[str] = field(default_factory=list)
    unchanged: int = 0

    def summary(self) -> str:
        if self.already_imported:
            return f"Katalog {self.version} sudah pernah diimpor; tidak ada yang berubah."
        return (
            f"Katalog {self.version}: {len(self.added)} layanan baru, {len(self.changed)} berubah, "
            f"{self.unchanged} tetap, {len(self.deactivated)} dinonaktifkan, "
            f"{len(self.kept_local_edits)} dipertahankan karena diubah administrator."
        )


@dataclass(frozen=True)
class ServiceEntry:
    """A service as it stands now, with the revision a checklist would snapshot."""

    service: Service
    revision_id: object
    revision: int
    active: bool
    agency_id: object = None  # the agency that serves it (db/agencies/placement.py); None: a hall-wide service


def _canonical(service: Service) -> str:
    return json.dumps(service.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def _same(stored: dict, service: Service) -> bool:
    """Is a stored snapshot the same entry? Read through today's schema, so a field added with its default (as the
    requirement kinds were) does not turn every stored entry into a change."""
    from pydantic import ValidationError

    from db.catalog.schema import Service

    try:
        return _canonical(Service.model_validate(stored)) == _canonical(service)
    except ValidationError:
        return False


_FIELD_ERRORS = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "int_type": "harus bilangan bulat",
    "int_parsing": "harus bilangan bulat",
    "bool_type": "harus true/false",
    "list_type": "harus berupa daftar",
    "extra_forbidden": "kolom tidak dikenal",
    "enum": "nilai tidak dikenal",
    "greater_than_equal": "tidak boleh negatif",
    "string_pattern_mismatch": "format kode salah (huruf besar, angka dan tanda hubung)",
    "too_short": "tidak boleh kosong",
}


def validation_reasons(error: ValidationError) -> list[str]:
    """Every problem of an invalid catalog, one line each, in Indonesian."""
    reasons = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        message = _FIELD_ERRORS.get(item["type"]) or str(item.get("ctx", {}).get("error") or item["msg"])
        reasons.append(f"{where}: {message}")
    return reasons


def parse_catalog(text: str) -> Catalog:
    """Validate a catalog file's text; DomainError lists every reason when it is invalid."""
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise DomainError(f"Berkas katalog bukan JSON yang sah (baris {error.lineno}): {error.msg}") from error
    if isinstance(raw, list):  # the export format: a plain list of services
        raw = {"version": "", "services": raw}
    from pydantic import ValidationError

    from db.catalog.schema import Catalog

    try:
        catalog = Catalog.model_validate(raw)
    except ValidationError as error:
        reasons = validation_reasons(error)
        raise DomainError("Katalog tidak sah, tidak ada yang diimpor:\n- " + "\n- ".join(reasons)) from error
    if not catalog.version:
        catalog = catalog.model_copy(update={"version": _content_version(catalog)})
    return catalog


def _content_version(catalog: Catalog) -> str:
    import hashlib

    digest = hashlib.sha256("".join(_canonical(s) for s in catalog.services).encode("utf-8")).hexdigest()
    return f"catalog-{digest[:16]}"


def shipped_version() -> str | None:
    """The version the shipped catalog declares, read from the head of the file without parsing its 1.3 MB: each
    start asks whether it is imported already, and almost always it is."""
    with resources.files("resources").joinpath(SHIPPED_NAME).open("r", encoding="utf-8") as stream:
        head = stream.read(512)
    found = re.search(r'"version"\s*:\s*"([^"]+)"', head)
    return found.group(1) if found else None


def shipped_catalog() -> Catalog:
    return parse_catalog(resources.files("resources").joinpath(SHIPPED_NAME).read_text(encoding="utf-8"))


class CatalogStore:
    def __init__(self, database: Database):
        self._db = database
        self._index: CatalogIndex | None = None
        self._lock = threading.Lock()

    def is_imported(self, version: str) -> bool:
        with self._db.read() as session:
            return session.scalar(select(CatalogVersion.id).where(CatalogVersion.version == version)) is not None

    def import_file(self, actor: Actor, path: Path) -> ImportResult:
        """Import a catalog JSON file (`loket-admin catalog import FILE`); an unreadable file is a DomainError."""
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            raise DomainError(f"Berkas katalog tidak dapat dibaca: {path} ({error.strerror}).") from error
        return self.import_catalog(actor, parse_catalog(text), str(path))

    def import_catalog(self, actor: Actor, catalog: Catalog, source: str) -> ImportResult:
        """Bring the database to `catalog` in one transaction. Services edited by an administrator keep their
        edit; services absent from the catalog are deactivated, never deleted (past records point at them)."""
        actor.require(Role.ADMINISTRATOR)
        with self._db.transaction() as session:
            if session.scalar(select(CatalogVersion.id).where(CatalogVersion.version == catalog.version)):
                return ImportResult(catalog.version, already_imported=True)
            version = CatalogVersion(
                version=catalog.version,
                source=source[:255],
                imported_by=actor.username,
                service_count=len(catalog.services),
                changed_count=0,
            )
            session.add(version)
            session.flush()
            result = self._apply(session, actor, catalog, version)
            version.changed_count = len(result.added) + len(result.changed)
            audit.record(
                session,
                actor,
                "catalog.import",
                "catalog",
                catalog.version,
                source=source,
                added=len(result.added),
                changed=len(result.changed),
                deactivated=len(result.deactivated),
            )
        self._index = None
        return result

    def _apply(self, session: Session, actor: Actor, catalog: Catalog, version: CatalogVersion) -> ImportResult:
        current = {row.code: row for row in session.scalars(select(CatalogService))}
        revisions = {
            rev.id: rev
            for rev in session.scalars(
                select(ServiceRevision).where(ServiceRevision.id.in_([r.current_revision_id for r in current.values()]))
            )
        }
        added, changed, kept, unchanged = [], [], [], 0
        for service in catalog.services:
            row = current.get(service.code)
            if row is None:
                self._new_revision(session, actor, service, 1, version.id, "impor katalog")
                added.append(service.code)
                continue
            old = revisions[row.current_revision_id]
            if row.edited_locally:
                kept.append(service.code)
                continue
            if _same(old.data, service) and row.active:
                unchanged += 1
                continue
            self._new_revision(session, actor, service, old.revision + 1, version.id, "impor katalog", row)
            changed.append(service.code)
        codes = {service.code for service in catalog.services}
        # an entry the office made or edited itself (an agency's import) is its own: a new app catalog keeps it
        deactivated = [
            code for code, row in current.items() if code not in codes and row.active and not row.edited_locally
        ]
        for code in deactivated:
            current[code].active = False
        return ImportResult(catalog.version, False, added, changed, kept, deactivated, unchanged)

    def _new_revision(
        self,
        session: Session,
        actor: Actor,
        service: Service,
        number: int,
        version_id,
        reason: str,
        row: CatalogService | None = None,
        edited: bool = False,
    ) -> ServiceRevision:
        revision = ServiceRevision(
            code=service.code,
            revision=number,
            data=service.model_dump(mode="json"),
            catalog_version_id=version_id,
            created_by=actor.username,
            reason=reason,
        )
        session.add(revision)
        session.flush()
        if row is None:
            row = CatalogService(code=service.code, current_revision_id=revision.id)
            session.add(row)
        row.name, row.kind, row.agency = service.name, service.kind.value, service.agency
        row.agency_id, row.unit_id = placement(session).place(service.code, service.agency, service.unit)
        row.sector, row.sla_working_days = service.sector, service.sla_working_days
        row.current_revision_id, row.active, row.edited_locally = revision.id, True, edited
        return revision

    def import_entries_in(self, session: Session, actor: Actor, services: list[Service], source: str) -> ImportResult:
        """An agency's own entries (db/agencies import) inside the caller's transaction: added or revised, marked
        as the office's (a later app catalog keeps them); no other entry is touched."""
        import hashlib

        digest = hashlib.sha256("".join(_canonical(s) for s in services).encode("utf-8")).hexdigest()[:16]
        version = CatalogVersion(
            version=f"instansi-{digest}-{uuid.uuid4().hex[:8]}",
            source=source[:255],
            imported_by=actor.username,
            service_count=len(services),
            changed_count=0,
        )
        session.add(version)
        session.flush()
        current = {
            row.code: row
            for row in session.scalars(
                select(CatalogService).where(CatalogService.code.in_([s.code for s in services]))
            )
        }
        added, changed, unchanged = [], [], 0
        for service in services:
            row = current.get(service.code)
            if row is None:
                self._new_revision(session, actor, service, 1, version.id, "impor instansi", edited=True)
                added.append(service.code)
                continue
            old = session.get(ServiceRevision, row.current_revision_id)
            if _same(old.data, service) and row.active:
                unchanged += 1
                continue
            self._new_revision(session, actor, service, old.revision + 1, version.id, "impor instansi", row, True)
            changed.append(service.code)
        version.changed_count = len(added) + len(changed)
        self._index = None
        return ImportResult(version.version, False, added, changed, [], [], unchanged)

    def update_entry(self, actor: Actor, service: Service, reason: str) -> ServiceEntry:
        """An administrator's revision of one entry (the office revises its standards yearly); audited."""
        actor.require(Role.ADMINISTRATOR)
        if not reason.strip():
            raise DomainError("Alasan perubahan wajib diisi (misalnya nomor SK standar pelayanan yang baru).")
        from db.catalog.schema import Service

        service = Service.model_validate(service.model_dump())
        with self._db.transaction() as session:
            row = session.scalar(select(CatalogService).where(CatalogService.code == service.code))
            if row is None:
                raise NotFound(f"Layanan {service.code} tidak ada di katalog.")
            old = session.get(ServiceRevision, row.current_revision_id)
            if json.dumps(old.data, sort_keys=True, ensure_ascii=False) == _canonical(service):
                raise DomainError("Tidak ada perubahan pada layanan ini.")
            revision = self._new_revision(
                session, actor, service, old.revision + 1, old.catalog_version_id, reason.strip(), row, edited=True
            )
            audit.record(
                session,
                actor,
                "catalog.edit",
                "service",
                service.code,
                revision=revision.revision,
                reason=reason.strip(),
            )
            entry = ServiceEntry(service, revision.id, revision.revision, row.active, row.agency_id)
        self._index = None
        return entry

    def get(self, code: str) -> ServiceEntry:
        from db.catalog.schema import Service

        with self._db.read() as session:
            row = session.scalar(select(CatalogService).where(CatalogService.code == code))
            if row is None:
                raise NotFound(f"Layanan {code} tidak ada di katalog.")
            revision = session.get(ServiceRevision, row.current_revision_id)
            service = Service.model_validate(revision.data)
            return ServiceEntry(service, revision.id, revision.revision, row.active, row.agency_id)

    def revision(self, revision_id) -> Service:
        """A past snapshot, exactly as it was when a file was checked against it."""
        from db.catalog.schema import Service

        with self._db.read() as session:
            revision = session.get(ServiceRevision, revision_id)
            if revision is None:
                raise NotFound("Revisi katalog tidak ditemukan.")
            return Service.model_validate(revision.data)

    def export(self) -> list[dict]:
        """Every active service as the catalog JSON form, sorted by code (what `catalog import` accepts back)."""
        with self._db.read() as session:
            rows = session.execute(
                select(ServiceRevision.data)
                .join(CatalogService, CatalogService.current_revision_id == ServiceRevision.id)
                .where(CatalogService.active.is_(True))
                .order_by(CatalogService.code)
            )
            return [data for (data,) in rows]

    def count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count(CatalogService.id)).where(CatalogService.active.is_(True)))

    def current_version(self) -> str | None:
        with self._db.read() as session:
            return session.scalar(select(CatalogVersion.version).order_by(CatalogVersion.imported_at.desc()).limit(1))

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return self.index().search(query, limit)

    def index(self) -> CatalogIndex:
        with self._lock:
            if self._index is None:
                self._index = CatalogIndex.build(self.export())
            return self._index
