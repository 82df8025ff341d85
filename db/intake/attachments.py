"""Scans of an applicant's file (PDF or image), kept in the archive folder with their SHA-256."""

from __future__ import annotations

import hashlib
import shutil
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from db.agencies.scope import scope_of
from db.core import audit
from db.core.actor import Actor
from db.core.engine import Database, translate_faults
from db.core.errors import DomainError, NotFound
from db.documents.archive import ArchiveService
from db.models.intake import Application, Attachment

SIGNATURES = {b"%PDF": "PDF", b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"II*\x00": "TIFF", b"MM\x00*": "TIFF"}
MAX_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    file_name: str
    archive_path: str
    sha256: str
    size: int
    added_at: datetime


def _kind(head: bytes) -> str | None:
    return next((kind for magic, kind in SIGNATURES.items() if head.startswith(magic)), None)


class AttachmentService:
    """Scans attached to an application: copied into the archive folder, recorded with their SHA-256."""

    def __init__(self, database: Database, archive: ArchiveService):
        self._db = database
        self._archive = archive

    def attach(self, actor: Actor, application_id: uuid.UUID, source: str) -> AttachmentInfo:
        """Copy a scan into the archive and record it; a file that is not a PDF or an image is refused."""
        path = Path(source)
        try:
            with path.open("rb") as handle:
                head = handle.read(8)
            size = path.stat().st_size
        except OSError as error:
            raise DomainError(f"Berkas tidak dapat dibaca: {path.name} ({error.strerror}).") from error
        if _kind(head) is None:
            raise DomainError(f"{path.name} bukan PDF atau gambar (PNG, JPEG, TIFF).")
        if size > MAX_BYTES:
            raise DomainError(f"{path.name} terlalu besar (maksimal 50 MB).")
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        with self._db.read() as session:
            found = session.execute(
                select(Application.registration_number, Application.agency_id).where(Application.id == application_id)
            ).first()
        if found is None:
            raise NotFound("Permohonan tidak ditemukan.")
        number, agency_id = found
        scope_of(actor).require(agency_id)
        folder = self._archive.root() / "lampiran" / number.replace("/", "-")
        target = folder / f"{digest[:12]}-{path.name}"
        with translate_faults():
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        try:
            with self._db.transaction() as session:
                row = Attachment(
                    application_id=application_id,
                    file_name=path.name,
                    archive_path=str(target),
                    sha256=digest,
                    size=size,
                    added_by=actor.username,
                )
                session.add(row)
                session.flush()
                audit.record(
                    session, actor, "application.attach", "application", application_id, file=path.name, sha256=digest
                )
                return AttachmentInfo(row.id, row.file_name, row.archive_path, row.sha256, row.size, row.added_at)
        except BaseException:
            target.unlink(missing_ok=True)  # no record, no orphan copy
            raise

    def of_application(self, application_id: uuid.UUID, actor: Actor | None = None) -> list[AttachmentInfo]:
        with self._db.read() as session:
            if actor is not None:
                scope_of(actor).require(
                    session.scalar(select(Application.agency_id).where(Application.id == application_id))
                )
            rows = session.scalars(
                select(Attachment).where(Attachment.application_id == application_id).order_by(Attachment.added_at)
            )
            return [AttachmentInfo(r.id, r.file_name, r.archive_path, r.sha256, r.size, r.added_at) for r in rows]
