"""The archive's crash window, closed at the next start, and its gaps reported.

An archived original is written beside its final name (`.tmp`), recorded in the document's transaction, and
renamed into place after the commit. A crash between the commit and the rename used to leave a valid SK whose
original exists only as `.tmp`, and nothing noticed. `heal` runs at every start: a `.tmp` whose record was
committed and whose SHA-256 matches is put in place; one whose transaction never committed is removed once it is
old enough not to belong to a transaction still running on another counter. `gaps` lists what `db check` reports.
"""

from __future__ import annotations

import hashlib
import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from db.core.engine import Database
from db.models.decrees import IssuedDocument

STALE_AFTER_S = 600  # a leftover of a rolled-back transaction; no running one takes ten minutes
log = logging.getLogger(__name__)


@dataclass
class ArchiveGaps:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    altered: list[str] = field(default_factory=list)
    healed: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.missing and not self.altered


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _records(database: Database, relatives: list[str]) -> dict[str, tuple[str, str]]:
    """relative path -> (number, sha256) of the committed records among `relatives`."""
    if not relatives:
        return {}
    with database.read() as session:
        rows = session.execute(
            select(IssuedDocument.relative_path, IssuedDocument.number, IssuedDocument.sha256).where(
                IssuedDocument.relative_path.in_(relatives)
            )
        ).all()
    return {relative: (number, digest) for relative, number, digest in rows}


def final_name(temporary: Path) -> Path:
    """Where a temporary belongs: X.pdf.<token>.tmp (and the older X.tmp) -> X.pdf."""
    name = temporary.name
    if ".pdf." in name:
        return temporary.with_name(name[: name.rindex(".pdf.") + 4])
    return temporary.with_suffix(".pdf")


def heal(database: Database, root: Path, now: float | None = None) -> list[str]:
    """Finish every rename a crash cut off; returns the numbers of the documents put in place."""
    if not root.is_dir():
        return []
    temporaries = sorted(root.glob("*/*.tmp"))
    targets = {tmp: final_name(tmp) for tmp in temporaries}
    records = _records(database, [target.relative_to(root).as_posix() for target in targets.values()])
    now = time.time() if now is None else now
    healed = []
    for tmp, target in targets.items():
        record = records.get(target.relative_to(root).as_posix())
        try:
            if record is not None and not target.exists() and _sha256(tmp) == record[1]:
                tmp.replace(target)
                healed.append(record[0])
                log.warning("archive: %s put in place after an interrupted commit", record[0])
            elif now - tmp.stat().st_mtime > STALE_AFTER_S:
                tmp.unlink()  # its transaction rolled back (or its original is already in place)
        except OSError:
            log.exception("archive: could not repair %s", tmp)
    return healed


def gaps(database: Database, root: Path) -> ArchiveGaps:
    """Every recorded document present and unchanged? (What `db check` and `archive check` report.)"""
    report = ArchiveGaps()
    with database.read() as session:
        documents = session.execute(
            select(IssuedDocument.number, IssuedDocument.relative_path, IssuedDocument.sha256)
        ).all()
    for number, relative, digest in documents:
        report.checked += 1
        path = root / relative
        if not path.is_file():
            leftovers = [*path.parent.glob(f"{path.name}.*.tmp"), path.with_suffix(".tmp")]
            left = " (hanya berkas sementara .tmp tersisa)" if any(item.is_file() for item in leftovers) else ""
            report.missing.append(f"{number} ({relative}){left}")
        elif _sha256(path) != digest:
            report.altered.append(f"{number} ({relative})")
    return report
