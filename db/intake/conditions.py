"""Requirements the SOP checks after intake (kind sebelum_tanda_tangan / sebelum_penyerahan): listed per application,
fulfilled once with who recorded it and when (a payment with its bukti setor), and enforced before the decree is
signed or handed over (require_fulfilled, called by db.decrees).

At intake such an item is stored as "menunggu" on the file check's items (db.intake.registration); nothing here
reads the catalog except to learn whether an item needs a payment slip.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.agencies.scope import scope_of
from db.core import audit
from db.core.actor import Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.intake import checklist
from db.models.accounts import Role
from db.models.catalog import ServiceRevision
from db.models.intake import Application, CheckItem, FileCheck

RECORDERS = (
    Role.PETUGAS_LOKET,
    Role.CUSTOMER_SERVICE,
    Role.BACK_OFFICE,
    Role.SUPERVISOR,
    Role.ADMINISTRATOR,
)


@dataclass(frozen=True)
class ConditionInfo:
    position: int
    label: str
    text: str
    kind: str  # sebelum_tanda_tangan | sebelum_penyerahan
    stage: str  # "sebelum SK ditandatangani" / "sebelum SK diserahkan"
    needs_payment_slip: bool
    fulfilled: bool
    evidence: dict | None  # {slip_number, amount, paid_on, recorded_by, recorded_at, note}


class ConditionService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def for_application(self, application_id: uuid.UUID, actor: Actor | None = None) -> list[ConditionInfo]:
        with self._db.read() as session:
            app = _application(session, application_id)
            if actor is not None:
                scope_of(actor).require(app.agency_id)
            return [_info(row, needs) for row, needs in _conditions(session, app)]

    def fulfil(
        self,
        actor: Actor,
        application_id: uuid.UUID,
        position: int,
        payment: checklist.PaymentSlip | None = None,
        note: str | None = None,
    ) -> ConditionInfo:
        """Record that a later condition is met; a payment needs its slip (number, amount, date). Once only."""
        actor.require(*RECORDERS)
        with self._db.transaction() as session:
            app = _application(session, application_id, lock=True)
            scope_of(actor).require(app.agency_id)
            found = [(row, needs) for row, needs in _conditions(session, app) if row.position == position]
            if not found:
                raise NotFound(f"Butir {position} bukan syarat yang diperiksa kemudian pada {app.registration_number}.")
            row, needs = found[0]
            if row.status == checklist.ADA_SESUAI:
                raise DomainError(f"Butir {row.label} {row.text[:50]} sudah dipenuhi.")
            item = checklist.ChecklistItem(row.position, row.label, row.level, row.text, True, None, False)
            evidence: dict = {}
            if needs:
                checklist.validate_payment(item, payment)
            if payment is not None:
                evidence.update(payment.as_record())
            evidence.update(recorded_by=actor.username, recorded_at=self._now().isoformat())
            if note and note.strip():
                evidence["note"] = note.strip()
            row.status, row.evidence = checklist.ADA_SESUAI, evidence
            audit.record(
                session,
                actor,
                "intake.condition_fulfilled",
                "application",
                app.registration_number,
                item=row.label,
                slip=evidence.get("slip_number"),
            )
            return _info(row, needs)


def require_fulfilled(session: Session, application_id: uuid.UUID, kinds: Sequence[str]) -> None:
    """DomainError naming every condition of those kinds still open: the decree waits for them."""
    app = _application(session, application_id)
    open_items = [row for row, _ in _conditions(session, app) if row.kind in kinds and row.status != "ada_sesuai"]
    if open_items:
        names = "; ".join(f"{row.label} {row.text[:60]}" for row in open_items)
        stage = checklist.STAGES[open_items[0].kind]
        raise DomainError(f"Syarat yang harus dipenuhi {stage} belum dipenuhi: {names}.")


def _application(session: Session, application_id: uuid.UUID, lock: bool = False) -> Application:
    query = select(Application).where(Application.id == application_id)
    app = session.scalar(query.with_for_update() if lock else query)
    if app is None:
        raise NotFound("Permohonan tidak ditemukan.")
    return app


def _conditions(session: Session, app: Application) -> list[tuple[CheckItem, bool]]:
    rows = list(
        session.scalars(
            select(CheckItem)
            .where(CheckItem.check_id == app.check_id, CheckItem.kind.in_(tuple(checklist.STAGES)))
            .order_by(CheckItem.position)
        )
    )
    if not rows:
        return []
    from db.catalog.schema import Evidence, Service  # pydantic: loaded when a file's conditions are first read

    check = session.get(FileCheck, app.check_id)
    service = Service.model_validate(session.get(ServiceRevision, check.revision_id).data)
    items = {item.position: item for item in checklist.build(service, check.variant)}
    return [(row, getattr(items.get(row.position), "evidence", None) == Evidence.BUKTI_SETOR) for row in rows]


def _info(row: CheckItem, needs: bool) -> ConditionInfo:
    return ConditionInfo(
        row.position,
        row.label,
        row.text,
        row.kind,
        checklist.STAGES[row.kind],
        needs,
        row.status == checklist.ADA_SESUAI,
        row.evidence,
    )
