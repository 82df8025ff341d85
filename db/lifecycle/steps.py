"""Recording the current SOP step inside a caller's transaction: who may, what it does to the file's state.

Used by every transition (a plain step, the Kepala Dinas's signature with the SK, the handover, a rejection), so the
role rule and the state rule are written once. The caller has locked the application row.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.agencies.scope import scope_of
from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.lifecycle import roles
from db.lifecycle.delegations import DelegationInfo, active_delegation
from db.models.accounts import Role
from db.models.intake import Application, ApplicationStep

STATUS_LABELS = {
    "in_progress": "Diproses",
    "ready": "Siap diambil",
    "handed_over": "Diserahkan",
    "completed": "Selesai",
    "rejected": "Ditolak",
    "archived": "Diarsipkan",
}
OPEN_STATUSES = ("in_progress", "ready")


def snapshot_key(steps: list) -> str:
    """The digest of a file's SOP snapshot: files whose snapshots are equal share it, so the desk report reads
    one snapshot per group of files (migration 0022 computes the same for the files before it)."""
    canonical = json.dumps(steps, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha1(canonical.encode("utf-8"), usedforsecurity=False).hexdigest()


@dataclass(frozen=True)
class Authority:
    """In which role the actor records a step; `delegation` when a Plt./Plh. stands in."""

    role: Role
    delegation: DelegationInfo | None = None

    @property
    def acting_as(self) -> str | None:
        return self.delegation.acting_as if self.delegation else None


def authorise(session: Session, actor: Actor, step: dict, day: date) -> Authority:
    """The actor holds the step's role, or the administrator recorded a delegation of it; else PermissionDenied."""
    allowed = roles.step_roles(step["actor"])
    if actor.role in allowed:
        return Authority(actor.role)
    for role in sorted(allowed):
        delegation = active_delegation(session, actor.username, role, day)
        if delegation is not None:
            return Authority(role, delegation)
    names = ", ".join(role.label for role in sorted(allowed))
    raise PermissionDenied(f'Langkah "{step["actor"]}: {_short(step["text"])}" hanya dapat dicatat oleh {names}.')


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def current_step(app: Application) -> dict:
    if app.status not in OPEN_STATUSES:
        raise DomainError(
            f"Permohonan {app.registration_number} berstatus {STATUS_LABELS[app.status]}; langkah tidak dapat dicatat."
        )
    if app.current_step >= len(app.steps):
        raise DomainError(f"Semua langkah SOP permohonan {app.registration_number} sudah tercatat.")
    return app.steps[app.current_step]


def check_current(
    session: Session, app: Application, actor: Actor, today: date, *, kind: str, done_on: date | None = None
) -> Authority:
    """What record_current checks, without recording: the file may take this kind of step now and the actor holds
    its role (or a Plt./Plh. delegation of it). Lets a caller render a document before its write transaction, which
    records the step again under the lock. An officer of another agency is refused (db/agencies)."""
    scope_of(actor).require(app.agency_id)
    step = current_step(app)
    done_on = done_on or today
    actual = roles.step_kind(app.steps, app.current_step)
    special = (roles.SIGN, roles.HANDOVER)
    if actual in special and kind != actual:
        what = "ditandatangani lewat Tandatangani SK" if actual == roles.SIGN else "dicatat saat SK diserahkan"
        raise DomainError(f"Langkah {app.current_step + 1} ({step['actor']}) {what}.")
    if kind in special and actual != kind:
        raise DomainError(
            f"Permohonan {app.registration_number} masih menunggu langkah {app.current_step + 1}: "
            f"{step['actor']} - {_short(step['text'])}."
        )
    if app.status == "ready" and actual != roles.HANDOVER:
        raise DomainError(f"SK {app.registration_number} sudah siap diambil.")
    if done_on > today or done_on < app.received_on:
        raise DomainError("Tanggal langkah harus antara tanggal berkas diterima dan hari ini.")
    return authorise(session, actor, step, today)


def record_current(
    session: Session,
    app: Application,
    actor: Actor,
    now: datetime,
    today: date,
    *,
    kind: str,
    note: str = "",
    done_on: date | None = None,
) -> Authority:
    """Record the current step as done by `actor` and move the file on. `kind` is what the caller does (roles.SIGN
    for the SK, roles.HANDOVER for the handover, roles.WORK for any other step): a plain step call cannot sign or
    hand over, and signing cannot skip a step."""
    done_on = done_on or today
    authority = check_current(session, app, actor, today, kind=kind, done_on=done_on)
    step = app.steps[app.current_step]
    actual = roles.step_kind(app.steps, app.current_step)
    session.add(
        ApplicationStep(
            application_id=app.id,
            step_index=app.current_step,
            actor=step["actor"],
            text=step["text"],
            outcome="done",
            note=note.strip(),
            done_on=done_on,
            recorded_at=now,
            recorded_by=actor.username,
            recorded_role=authority.role.value,
            acting_as=authority.acting_as,
            came_at=came_to_desk(session, app),
        )
    )
    app.current_step += 1
    app.held_since = now
    settle(app, now, handed_over=actual == roles.HANDOVER)
    return authority


def came_to_desk(session: Session, app: Application) -> datetime:
    """When the file came to the desk holding it: its held-since (revision 0022), else its last step's record (a
    file synced from a version before it), else its registration."""
    if app.held_since is not None:
        return app.held_since
    last = session.scalar(select(func.max(ApplicationStep.recorded_at)).where(ApplicationStep.application_id == app.id))
    return last or app.registered_at


def settle(app: Application, now: datetime, *, handed_over: bool = False) -> None:
    """The state that follows from the steps done: ready once the SK is signed and only the handover is left,
    handed over after it, completed after the last step of a service without a decree."""
    if handed_over:
        app.status, app.finished_at = "handed_over", now
        return
    sign = roles.sign_index(app.steps)
    remaining = len(app.steps) - app.current_step
    if sign is None:
        if remaining <= 0:
            app.status, app.finished_at = "completed", now
        return
    if app.current_step > sign and (remaining <= 0 or roles.step_kind(app.steps, app.current_step) == roles.HANDOVER):
        app.status = "ready"


def check_rejection(session: Session, app: Application, actor: Actor, today: date) -> tuple[Authority, dict]:
    """Whether `actor` may reject the file now (it is in progress and they hold its current step): the authority and
    the step it is rejected at; else DomainError or PermissionDenied. Nothing is recorded."""
    if app.status != "in_progress":
        raise DomainError(
            f"Permohonan {app.registration_number} berstatus {STATUS_LABELS[app.status]}; tidak dapat ditolak."
        )
    index = min(app.current_step, len(app.steps) - 1)
    step = app.steps[index] if app.steps else {"actor": "Back Office", "text": "-"}
    return authorise(session, actor, step, today), step


def record_rejection(session: Session, app: Application, actor: Actor, reason: str, now: datetime, today: date):
    """The holder of the current step rejects the file (001 Lampiran II: the Back Office drafts the refusal)."""
    authority, step = check_rejection(session, app, actor, today)
    session.add(
        ApplicationStep(
            application_id=app.id,
            step_index=app.current_step,
            actor=step["actor"],
            text=step["text"],
            outcome="rejected",
            note=reason,
            done_on=today,
            recorded_at=now,
            recorded_by=actor.username,
            recorded_role=authority.role.value,
            acting_as=authority.acting_as,
            came_at=came_to_desk(session, app),
        )
    )
    app.status, app.rejection_reason, app.finished_at, app.held_since = "rejected", reason, now, now
    return authority
