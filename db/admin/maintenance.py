"""Checks an administrator runs on a database without changing it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import text

from db.core import migrate
from db.core.engine import Database, translate_faults
from db.core.errors import LoketError


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class Maintenance:
    """Checks on one database that change nothing: works on a database that is not migrated (or not Loket's)."""

    def __init__(self, database: Database):
        self._db = database

    def check(self) -> CheckReport:
        """SQLite's integrity_check (or a round trip to PostgreSQL) plus the schema revision against the app's head."""
        report = CheckReport(facts=[f"Basis data: {self._db.describe()}"])
        try:
            with translate_faults(), self._db.engine.connect() as connection:
                if self._db.is_sqlite:
                    rows = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check").fetchall()]
                    if rows == ["ok"]:
                        report.facts.append("Integritas: ok")
                    else:
                        report.problems.append("Integritas rusak: " + "; ".join(rows[:10]))
                else:
                    connection.execute(text("SELECT 1"))
                    report.facts.append("Server: menjawab")
            current = migrate.current_revision(self._db)
            migrate.check_not_newer(current)
        except LoketError as error:
            report.problems.append(error.message)
            return report
        head = migrate.head_revision()
        if current is None:
            report.problems.append("Skema belum dibuat: jalankan 'loket-admin db upgrade'.")
        elif current != head:
            report.problems.append(f"Skema {current} belum versi terbaru {head}: jalankan 'loket-admin db upgrade'.")
        else:
            report.facts.append(f"Skema: {current} (terbaru)")
        return report

    def ping(self) -> str:
        """A quick round trip for the status bar; raises EnvironmentFault with the reason when it fails."""
        with translate_faults(), self._db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return "tersambung"
