"""Intake benchmarks: the largest checklist, a registration with its receipt PDF, a search over 100,000 files."""

from __future__ import annotations

import random
import sqlite3
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from bench.harness import Result, compare, median_ms
from db.core.actor import Actor
from db.documents.printing import office_header
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark, build
from db.intake.documents import receipt_data
from db.models import Application, FileCheck, Role
from db.services import open_services
from printing.receipt_pdf import receipt_pdf

APPLICATIONS = 100_000
NAMES = ["Siti", "Ahmad", "Budi", "Rina", "Dewi", "Hasan", "Nur", "Yusuf", "Lina", "Rahmat", "Fitri", "Agus"]


def _largest(services) -> tuple[str, str | None, int]:
    best = ("", None, 0)
    for data in services.catalog.export():
        service = services.catalog.get(data["code"]).service
        for variant in [None] + [v.name for v in service.variants]:
            try:
                count = len(build(service, variant))
            except Exception:  # noqa: BLE001 - a variant-only service has no plain checklist
                continue
            if count > best[2]:
                best = (service.code, variant, count)
    return best


def _fill(services, check_id, applicant_id, revision_id) -> None:
    chooser = random.Random(7)
    start = date(2026, 1, 1)
    rows = []
    for number in range(APPLICATIONS):
        name = f"{chooser.choice(NAMES)} {chooser.choice(NAMES)}"
        registration = f"503/{number:06d}/DPMPTSP/I/2026"
        received = start + timedelta(days=number % 300)
        rows.append(
            {
                "id": uuid.uuid4(),
                "registration_number": registration,
                "check_id": check_id,
                "applicant_id": applicant_id,
                "service_code": "DPM-007",
                "service_name": "Izin Apotek",
                "revision_id": revision_id,
                "received_on": received,
                "due_on": received + timedelta(days=16),
                "sla_text": "12 hari kerja",
                "status": chooser.choice(["in_progress", "completed", "handed_over"]),
                "current_step": 3,
                "steps": [],
                "registered_at": services.clock(),
                "registered_by": "bench",
                "search_text": f"{registration} {name} 63110155089{number:05d} dpm-007 izin apotek".lower(),
            }
        )
    with services.database.transaction() as session:
        for offset in range(0, len(rows), 10_000):
            session.execute(insert(Application), rows[offset : offset + 10_000])


def run() -> list[Result]:
    folder = Path(tempfile.mkdtemp(prefix="loket-bench-"))
    services = open_services(f"sqlite:///{folder / 'loket.db'}", device_id="bench")
    officer = Actor("bench", "bench", role=Role.PETUGAS_LOKET, counter_number=1, full_name="Petugas Uji")
    code, variant, size = _largest(services)
    results = [
        Result(
            f"intake.checklist (largest: {code}, {size} items)",
            median_ms(lambda: services.intake.checklist(code, variant), 50),
            "-",
            0.0,
            50,
        )
    ]
    person = services.applicants.save_person(officer, PersonInput("6311015508900001", "Siti Aminah"))
    entry, items = services.intake.checklist("DPM-007")
    marks = {item.position: Mark("ada_sesuai") for item in items if item.markable}
    office = office_header(services.settings.values())

    def register_with_receipt() -> None:
        outcome = services.intake.submit(officer, person.id, entry.revision_id, None, marks)
        receipt_pdf(receipt_data(services, outcome.application_id, False), office, "A4")

    raw = sqlite3.connect(folder / "raw.db", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("CREATE TABLE a (id TEXT PRIMARY KEY, number TEXT, search TEXT)")

    def raw_insert() -> None:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("INSERT INTO a VALUES (?, ?, ?)", (uuid.uuid4().hex, "503/x", "siti aminah"))
        raw.execute("COMMIT")

    results.append(
        compare(
            "intake.submit (registered) + receipt PDF",
            register_with_receipt,
            "sqlite3 INSERT+COMMIT",
            raw_insert,
            runs=30,
        )
    )
    registered = services.intake.submit(officer, person.id, entry.revision_id, None, marks)
    receipt = receipt_data(services, registered.application_id, False)
    results.append(
        Result("receipt PDF alone (A4, QR)", median_ms(lambda: receipt_pdf(receipt, office, "A4"), 30), "-", 0.0, 30)
    )
    with services.database.read() as session:
        check_id = session.scalar(select(FileCheck.id).limit(1))
    _fill(services, check_id, person.id, entry.revision_id)
    con = sqlite3.connect(folder / "loket.db")
    results.append(
        compare(
            f"tracking.search over {APPLICATIONS:,} applications ('rahmat fitri')",
            lambda: services.tracking.search("rahmat fitri"),
            "sqlite3 LIKE scan of search_text",
            lambda: con.execute(
                "SELECT id FROM applications WHERE search_text LIKE '%rahmat%' AND search_text LIKE '%fitri%' LIMIT 200"
            ).fetchall(),
            runs=20,
        )
    )
    results.append(
        compare(
            "tracking.search by registration number",
            lambda: services.tracking.search("503/054321/"),
            "sqlite3 LIKE scan of search_text",
            lambda: con.execute("SELECT id FROM applications WHERE search_text LIKE '%503/054321/%'").fetchall(),
            runs=20,
        )
    )
    services.close()
    return results
