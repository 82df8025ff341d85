"""The digital archive: every issued document as a PDF named by its number, its SHA-256 in the database.

The original is written once; a reprint is a marked copy (SALINAN) and only counted. `check` finds files that went
missing or were altered.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from db.core import audit
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database, translate_faults
from db.core.errors import DomainError, NotFound
from db.core.paths import archive_dir
from db.models.decrees import IssuedDocument
from db.settings.service import SettingsService

FOLDERS = {
    "receipt": "tanda-terima",
    "return_slip": "pengembalian",
    "decree": "sk",
    "decree_copy": "sk-salinan",
    "handover": "penyerahan",
    "complaint": "pengaduan",
    "rejection": "penolakan",
}


@dataclass(frozen=True)
class ArchivedDocument:
    kind: str
    number: str
    path: Path
    sha256: str


@dataclass
class ArchiveReport:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered


def issuing_agency(session, kind: str, number: str, application_id) -> uuid.UUID | None:
    """The agency whose document this is: its file's; a return slip's check's; a complaint receipt's complaint's."""
    from db.models.intake import Application, FileCheck
    from db.models.public_services import Complaint

    if application_id is not None:
        return session.scalar(select(Application.agency_id).where(Application.id == application_id))
    if kind == "return_slip":
        return session.scalar(select(FileCheck.agency_id).where(FileCheck.slip_number == number))
    if kind == "complaint":
        return session.scalar(select(Complaint.agency_id).where(Complaint.tracking_number == number))
    return None


def file_name(number: str) -> str:
    return number.replace("/", "-").replace("\\", "-") + ".pdf"


@dataclass
class PendingFile:
    """A document written beside its final name, recorded in the caller's transaction, put in place after commit."""

    temporary: Path
    target: Path
    relative: str
    sha256: str
    size: int

    def record(self, session, actor: Actor, kind: str, number: str, application_id, issued_at) -> None:
        session.add(
            IssuedDocument(
                agency_id=issuing_agency(session, kind, number, application_id),
                kind=kind,
                number=number,
                application_id=application_id,
                relative_path=self.relative,
                sha256=self.sha256,
                size=self.size,
                issued_at=issued_at,
                issued_by=actor.username,
            )
        )
        audit.record(session, actor, "archive.store", kind, number, sha256=self.sha256)

    def commit(self) -> Path:
        with translate_faults():
            self.temporary.replace(self.target)
        return self.target

    def discard(self) -> None:
        self.temporary.unlink(missing_ok=True)


class ArchiveService:
    """The archive folder (setting `archive.dir`) and the IssuedDocument rows that vouch for its files."""

    def __init__(self, database: Database, settings: SettingsService, clock: Clock = utc_now):
        self._db = database
        self._settings = settings
        self._now = clock

    def root(self) -> Path:
        return archive_dir(self._settings.get("archive.dir"))

    def prepare(self, kind: str, number: str, pdf: bytes) -> PendingFile:
        relative = Path(FOLDERS[kind]) / file_name(number)
        target = self.root() / relative
        # Unique per attempt: two counters may render the same receipt number at once (only one commits it).
        temporary = target.with_name(f"{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        with translate_faults():
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(pdf)
        return PendingFile(temporary, target, relative.as_posix(), hashlib.sha256(pdf).hexdigest(), len(pdf))

    def store(
        self, actor: Actor, kind: str, number: str, pdf: bytes, application_id: uuid.UUID | None = None
    ) -> ArchivedDocument:
        """Archive the original of a document, once. Issuing the same number again returns the existing original."""
        root = self.root()
        with self._db.read() as session:
            existing = session.scalar(
                select(IssuedDocument).where(IssuedDocument.kind == kind, IssuedDocument.number == number)
            )
            if existing is not None:
                return ArchivedDocument(kind, number, root / existing.relative_path, existing.sha256)
        pending = self.prepare(kind, number, pdf)
        try:
            with self._db.transaction() as session:
                pending.record(session, actor, kind, number, application_id, self._now())
            return ArchivedDocument(kind, number, pending.commit(), pending.sha256)
        except BaseException:
            pending.discard()
            raise

    def record_copy(self, actor: Actor, kind: str, number: str) -> int:
        """A reprint (marked SALINAN) is logged; returns how many copies have been printed."""
        with self._db.transaction() as session:
            document = session.scalar(
                select(IssuedDocument)
                .where(IssuedDocument.kind == kind, IssuedDocument.number == number)
                .with_for_update()
            )
            if document is None:
                raise NotFound(f"Dokumen {number} belum diarsipkan.")
            document.copies_printed += 1
            audit.record(session, actor, "archive.copy", kind, number, copy=document.copies_printed)
            return document.copies_printed

    def original(self, kind: str, number: str) -> ArchivedDocument:
        with self._db.read() as session:  # columns, not the row: leaving a read session expires its rows
            document = session.execute(
                select(IssuedDocument.relative_path, IssuedDocument.sha256).where(
                    IssuedDocument.kind == kind, IssuedDocument.number == number
                )
            ).first()
        if document is None:
            raise NotFound(f"Dokumen {number} belum diarsipkan.")
        return ArchivedDocument(kind, number, self.root() / document.relative_path, document.sha256)

    def check(self) -> ArchiveReport:
        """Every archived document present and unchanged?"""
        root = self.root()
        report = ArchiveReport()
        with self._db.read() as session:
            documents = session.execute(
                select(IssuedDocument.number, IssuedDocument.relative_path, IssuedDocument.sha256)
            ).all()
        for number, relative, digest in documents:
            report.checked += 1
            path = root / relative
            try:
                actual = hashlib.sha256(path.read_bytes()).hexdigest()
            except FileNotFoundError:
                report.missing.append(f"{number} ({relative})")
                continue
            except OSError as error:
                raise DomainError(f"Arsip tidak dapat dibaca: {path} ({error.strerror}).") from error
            if actual != digest:
                report.altered.append(f"{number} ({relative})")
        return report

    def matching_document(self, pdf: bytes) -> tuple[str, str] | None:
        """(kind, number) of the archived original whose SHA-256 equals these bytes, if any."""
        digest = hashlib.sha256(pdf).hexdigest()
        with self._db.read() as session:
            row = session.execute(
                select(IssuedDocument.kind, IssuedDocument.number).where(IssuedDocument.sha256 == digest)
            ).first()
        return None if row is None else (row.kind, row.number)
