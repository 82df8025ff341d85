"""This PC's identity: a UUID created once and kept in the data folder (not in a shared database)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

from db.core.paths import data_dir


def device_id(folder: Path | None = None) -> str:
    path = (folder or data_dir()) / "device.json"
    if path.exists():
        try:
            return str(uuid.UUID(json.loads(path.read_text(encoding="utf-8"))["device_id"]))
        except (ValueError, KeyError, TypeError):
            pass  # A damaged identity file is replaced; nothing else depends on its old content.
    new_id = str(uuid.uuid4())
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"device_id": new_id}), encoding="utf-8")
    temporary.replace(path)
    return new_id
