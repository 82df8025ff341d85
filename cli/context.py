"""What a command needs, opened only when it asks (so `db check` never migrates)."""

from __future__ import annotations

import getpass
import sys
from pathlib import Path

from db.core import migrate
from db.core.actor import Actor
from db.core.engine import Database
from db.core.errors import DomainError
from db.core.migrate import MigrationResult
from db.core.paths import default_database_url
from db.documents import files
from db.services import Services, open_services


class CommandContext:
    def __init__(self, database_url: str | None):
        self.database_url = database_url or default_database_url()
        self._services: Services | None = None

    @property
    def services(self) -> Services:
        """The services of a command that works on the data; the first use opens them (migrating, as the app does)."""
        if self._services is None:
            self._services = open_services(self.database_url)
        return self._services

    def upgrade(self) -> MigrationResult:
        """`db upgrade`: migrate to the latest schema (a copy taken first) and seed what the new schema needs."""
        if self._services is None:
            self._services = open_services(self.database_url)
            return self._services.migration
        return migrate.upgrade(self._services.database)

    def raw_database(self) -> Database:
        """The database without migrating it (for checks)."""
        return Database(self.database_url)

    def actor(self) -> Actor:
        services = self.services
        return Actor.system(services.device_id)

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


def write_output(path: Path, data: bytes | str) -> Path:
    """Write what a command produced to the file the administrator named, whole or not at all (files.save); a
    missing folder is refused by name and never created."""
    path = Path(path).expanduser()
    if not path.parent.is_dir():
        raise DomainError(f"Folder {path.parent} tidak ada: {path.name} tidak ditulis.")
    return files.save(path, data.encode("utf-8") if isinstance(data, str) else data)


def read_new_password(from_stdin: bool) -> str:
    """A new password from standard input (scripts) or typed twice at a terminal."""
    if from_stdin or not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Kata sandi baru: ")
    if getpass.getpass("Ulangi kata sandi: ") != first:
        raise DomainError("Kedua kata sandi tidak sama.")
    return first
