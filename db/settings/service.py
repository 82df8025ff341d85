"""Reading and changing settings; each change is validated, audited and committed as one transaction."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.core import audit
from db.core.actor import SUPERVISORS, Actor
from db.core.engine import Database
from db.core.errors import DomainError
from db.models.accounts import Role
from db.models.settings import OFFICE_SCOPE, Setting
from db.settings import registry
from printing.config import PrinterConfigError, ThermalConfig, validate

# This PC's settings that change what the PC is for the office: which counter it serves, where its archive and
# backups live, whom its sync trusts. A counter officer may pick a printer, but not these.
SUPERVISED_DEVICE_KEYS = frozenset({"counter.number", "archive.dir", "backup.keep", "sync.ca_file"})


@dataclass(frozen=True)
class SettingValue:
    key: str
    label: str
    meaning: str
    scope: str
    value: str

    def display(self) -> str:
        if self.key == "office.logo":
            return f"<gambar, {len(base64.b64decode(self.value)) // 1024} KB>" if self.value else "<tidak ada>"
        if registry.definition(self.key).secret:
            return registry.masked(self.value)
        return self.value


class SettingsService:
    """Settings of the office and of this PC (device_id). Which keys changed is published after commit on
    `database.changes` (topic db.core.changes.SETTINGS)."""

    def __init__(self, database: Database, device_id: str):
        self._db = database
        self.device_id = device_id

    def _scope(self, definition: registry.SettingDef) -> str:
        return OFFICE_SCOPE if definition.scope == registry.OFFICE else self.device_id

    def get(self, key: str) -> str:
        return self.get_many((key,))[key]

    def get_many(self, keys: Iterable[str]) -> dict[str, str]:
        """Only these keys, defaults filled in: cheap, and the logo is read only when it is one of them."""
        with self._db.read() as session:
            return read_in(session, keys, self.device_id)

    def office_zone(self) -> ZoneInfo:
        return office_zone(self.get_many((ZONE_KEY,)))

    def in_every_scope(self, key: str) -> list[tuple[str, str]]:
        """(scope, value) of a key as stored by the office and by every PC (e.g. each PC's last sync)."""
        with self._db.read() as session:
            return [
                tuple(row) for row in session.execute(select(Setting.scope, Setting.value).where(Setting.key == key))
            ]

    def all(self) -> list[SettingValue]:
        with self._db.read() as session:
            rows = session.execute(
                select(Setting.scope, Setting.key, Setting.value).where(
                    Setting.scope.in_([OFFICE_SCOPE, self.device_id])
                )
            )
            stored = {(scope, key): value for scope, key, value in rows}
        return [
            SettingValue(d.key, d.label, d.meaning, d.scope, stored.get((self._scope(d), d.key), d.default))
            for d in registry.DEFINITIONS
        ]

    def change_stamp(self) -> tuple:
        """Changes whenever a setting of this PC or of the office is written, on any PC: a screen that follows
        settings compares it instead of re-reading every value (the logo included)."""
        with self._db.read() as session:
            return tuple(
                session.execute(
                    select(func.count(Setting.id), func.max(Setting.updated_at)).where(
                        Setting.scope.in_([OFFICE_SCOPE, self.device_id])
                    )
                ).one()
            )

    def values(self) -> dict[str, str]:
        return {item.key: item.value for item in self.all()}

    def set(self, actor: Actor, key: str, raw_value: str) -> str:
        return self.set_many(actor, {key: raw_value})[key]

    def set_many(self, actor: Actor, changes: dict[str, str]) -> dict[str, str]:
        """Validate every change first; write all of them in one transaction or none."""
        parsed = {key: registry.definition(key).parse(raw) for key, raw in changes.items()}
        if any(registry.definition(key).scope == registry.OFFICE for key in parsed):
            actor.require(Role.ADMINISTRATOR)
        if SUPERVISED_DEVICE_KEYS & set(parsed):
            actor.require(*SUPERVISORS)
        current = self.values()
        merged = {**current, **parsed}
        self._check_printer(merged)
        changed = {key for key, value in parsed.items() if current.get(key) != value}
        if not changed:
            return parsed
        with self._db.transaction() as session:
            for key in sorted(changed):
                self._write(session, actor, key, parsed[key])
        return parsed

    def _write(self, session: Session, actor: Actor, key: str, value: str) -> None:
        definition = registry.definition(key)
        write_in(session, self._scope(definition), key, value, actor.username)
        if definition.scope == registry.OFFICE:
            from db.agencies.letterhead import write_through  # the agencies' module reads settings keys, not rows

            write_through(session, key, value)
        shown = "<diubah>" if key == "office.logo" or definition.secret else value
        audit.record(session, actor, "setting.set", "setting", key, scope=definition.scope, value=shown)

    @staticmethod
    def _check_printer(values: dict[str, str]) -> None:
        try:
            validate(thermal_config(values))
        except PrinterConfigError as error:
            raise DomainError(f"Printer termal: {error}.") from error

    def thermal_config(self) -> ThermalConfig:
        return thermal_config(self.get_many(THERMAL_SETTINGS))

    def counter_number(self) -> int:
        return int(self.get("counter.number"))


ZONE_KEY = "office.timezone"


def office_zone(values: Mapping[str, str]) -> ZoneInfo:
    """The office's time zone from settings values; the registry's default (one place) when it is not there."""
    return ZoneInfo(values.get(ZONE_KEY) or registry.definition(ZONE_KEY).default)


def office_today(session: Session, moment: datetime) -> date:
    """The office's local date of a moment, the zone read inside the caller's transaction."""
    return moment.astimezone(office_zone(read_in(session, (ZONE_KEY,)))).date()


def read_in(session: Session, keys: Iterable[str], device_id: str | None = None) -> dict[str, str]:
    """Settings read inside the caller's transaction (one snapshot with its other reads), defaults filled in.

    A PC-scoped key needs `device_id`; without it such a key has its default."""
    definitions = {key: registry.definition(key) for key in keys}
    scopes = {OFFICE_SCOPE} | ({device_id} if device_id else set())
    rows = session.execute(
        select(Setting.scope, Setting.key, Setting.value).where(
            Setting.scope.in_(scopes), Setting.key.in_(list(definitions))
        )
    )
    stored = {(scope, key): value for scope, key, value in rows}
    return {
        key: stored.get((OFFICE_SCOPE if d.scope == registry.OFFICE else device_id, key), d.default)
        for key, d in definitions.items()
    }


def write_in(session: Session, scope: str, key: str, value: str, updated_by: str) -> None:
    """Store one value inside the caller's transaction (a use case's own bookkeeping, e.g. the last sync)."""
    row = session.scalar(select(Setting).where(Setting.scope == scope, Setting.key == key))
    if row is None:
        session.add(Setting(scope=scope, key=key, value=value, updated_by=updated_by))
    else:
        row.value, row.updated_by = value, updated_by


THERMAL_SETTINGS = ("printer.thermal.kind", "printer.thermal.target", "printer.thermal.paper_width")


def thermal_config(values: Mapping[str, str]) -> ThermalConfig:
    return ThermalConfig(
        kind=values["printer.thermal.kind"],
        target=values["printer.thermal.target"],
        paper_width_mm=int(values["printer.thermal.paper_width"]),
    )


def seed_office(session: Session) -> int:
    """Write the office identity from the seeds into a new database; existing values are never overwritten."""
    present = set(session.scalars(select(Setting.key).where(Setting.scope == OFFICE_SCOPE)))
    missing = {key: value for key, value in registry.office_defaults().items() if key not in present}
    for key, value in missing.items():
        session.add(Setting(scope=OFFICE_SCOPE, key=key, value=value, updated_by="setup"))
    return len(missing)
