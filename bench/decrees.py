"""Decree benchmarks: rendering the F4 decree with its QR, and verifying a payload."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.harness import Result, compare, median_ms
from db.core.actor import Actor
from db.decrees import keys, payload
from db.decrees.service import _data
from db.documents.printing import office_header
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.lifecycle import roles
from db.models import Role
from db.services import open_services
from printing.decree_pdf import decree_pdf


def run() -> list[Result]:
    import os

    folder = Path(tempfile.mkdtemp(prefix="loket-bench-"))
    os.environ["LOKET_HOME"] = str(folder)
    services = open_services(f"sqlite:///{folder / 'loket.db'}", device_id="bench")
    officer = Actor("bench", "bench", role=Role.ADMINISTRATOR, full_name="Petugas Uji", counter_number=1)
    person = services.applicants.save_person(officer, PersonInput("6311015508900001", "Siti Aminah"))
    entry, items = services.intake.checklist("DPM-007")
    outcome = services.intake.submit(
        officer, person.id, entry.revision_id, None, {i.position: Mark("ada_sesuai") for i in items if i.markable}
    )
    info = services.tracking.get(outcome.application_id)
    while info.open and info.step_kind != roles.SIGN:  # each SOP step by the role it names, up to the signature
        role = sorted(info.waiting_roles)[0]
        holder = Actor(role.value, "bench", role=role, full_name="Petugas Uji")
        info = services.lifecycle.advance(holder, info.id).application
    head = Actor("kadis", "bench", role=Role.KEPALA_DINAS, full_name="Kepala Dinas Uji")
    decree = services.decrees.issue(head, info.id)
    from sqlalchemy import select

    from db.models import Decree

    with services.database.read() as session:
        content = session.scalar(select(Decree.content).where(Decree.decree_number == decree.decree_number))
    office = office_header(services.settings.values())
    data = _data(content, decree.payload, False, None)
    key = keys.load_private()
    claims, signed, signature = payload.read(decree.payload)
    public = key.public_key()
    results = [
        Result("decree PDF alone (F4, QR, logo)", median_ms(lambda: decree_pdf(data, office), 30), "-", 0.0, 30),
        compare(
            "decrees.verify (payload, with status lookup)",
            lambda: services.decrees.verify(decree.payload),
            "Ed25519 verify alone",
            lambda: payload.signature_valid(signed, signature, public),
            runs=200,
        ),
    ]
    services.close()
    return results
