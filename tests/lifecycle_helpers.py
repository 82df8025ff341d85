"""Moving a file through its SOP in tests, each step by an officer holding that step's role."""

from __future__ import annotations

from db.core.actor import Actor
from db.lifecycle import roles
from db.models import Role

ROLE_USERS = {
    Role.PETUGAS_LOKET: ("budi", "Budi Santoso"),
    Role.CUSTOMER_SERVICE: ("sari", "Sari Dewi"),
    Role.BACK_OFFICE: ("rina", "Rina Back Office"),
    Role.KASI: ("kasi", "Hendra Kasi"),
    Role.KABID: ("kabid", "Yuliana Kabid"),
    Role.KEPALA_DINAS: ("kadis", "Dr. H. Kepala Dinas"),
}


def as_role(role: Role, device: str = "pc-1") -> Actor:
    username, full_name = ROLE_USERS[role]
    return Actor(username, device, role=role, full_name=full_name)


def holder(info, device: str = "pc-1") -> Actor:
    """An officer who may record the file's current step."""
    return as_role(sorted(info.waiting_roles)[0], device)


def walk(services, application_id, *, stop_at: str | None = None, device: str = "pc-1"):
    """Record steps until the file waits for the signature (stop_at="sign"), is ready, or is finished."""
    info = services.tracking.get(application_id)
    while info.open and info.status != "ready" and info.step_kind != stop_at:
        info = services.lifecycle.advance(holder(info, device), application_id).application
    return info


def sign(services, application_id, device: str = "pc-1"):
    walk(services, application_id, stop_at=roles.SIGN, device=device)
    return services.decrees.issue(as_role(Role.KEPALA_DINAS, device), application_id)


def finish(services, application_id, device: str = "pc-1"):
    """The whole life: every step, the signature, and the handover to the applicant in person."""
    info = services.tracking.get(application_id)
    if info.has_decree:
        sign(services, application_id, device)
    info = walk(services, application_id, device=device)
    if info.status == "ready":
        nik = info.applicant_identity.removeprefix("NIK ")
        desk = as_role(Role.CUSTOMER_SERVICE, device)
        services.handovers.hand_over(desk, application_id, proxy=False, name=info.applicant_name, nik=nik)
    return services.tracking.get(application_id)
