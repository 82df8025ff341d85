"""Saving a document the officer asked for (a report, a requirement list) to a file of their choice."""

from __future__ import annotations

from pathlib import Path

from db.core.engine import translate_faults
from db.core.errors import DomainError


def save(path: str | Path, data: bytes) -> Path:
    """Write the whole file or leave none: the bytes go to a temporary file beside it, then take its name.

    A full or read-only disk is an EnvironmentFault; any other refusal (no permission, no such folder) a DomainError
    with the reason. An existing file of that name is replaced only once the new one is complete."""
    target = Path(path)
    partial = target.with_name(target.name + ".tmp")
    try:
        with translate_faults():
            partial.write_bytes(data)
            partial.replace(target)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise DomainError(f"Berkas tidak dapat disimpan ke {target}: {error.strerror or error}.") from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target
