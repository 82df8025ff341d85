"""The complaint SOP (Perbup Balangan 16/2021 Lampiran II, "Pelayanan Pengaduan"): its steps, who does each, and
the working days to settle a complaint by priority."""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.core.errors import DomainError, PermissionDenied
from db.models.accounts import Role
from db.settings.service import read_in

# Defaults of the complaint.days_* settings: no seed gives days per priority (the SOP's legal basis, PermenPANRB
# 62/2018 on SP4N-LAPOR, 001 line 7214, leaves them to the office), so the office sets them.
PRIORITY_DAYS = {"tinggi": 5, "sedang": 10, "rendah": 14}
DEFAULT_PRIORITY = "sedang"
CLASSIFY_STEP = 1
# The SOP's steps after the recording (001 lines 7226-7235, the 8-step table of "Pelayanan Pengaduan"), then 000's
# last stage of complaint handling, "Penjelasan tindak lanjut pengaduan" (000 line 105). The OCR lost the marks of the
# Pelaksana columns (Pemohon, Customer Service, Front Office, Kasi, Tim Pengaduan, Kabid, Kepala Dinas); each step's
# actor is given by its meaning and by 000's list of the staff handling complaints (line 105: Petugas Front Office,
# Kepala Seksi Pengaduan, Kepala Bidang Pengaduan, Kepala DPMPTSP).
STEPS = (
    ("kelengkapan", "Memeriksa kelengkapan dokumen pengaduan"),
    ("klasifikasi", "Mengklasifikasi dan memprioritaskan penyelesaian"),
    ("telaah", "Menelaah dan menanggapi pengaduan"),
    # 001 line 7231 reads "Merata usahakan dan melaporkan ..." (OCR): the step makes the handling happen
    # ("mengusahakan" penyelesaian) and reports its result; the earlier "Mengoordinasikan" had no source.
    ("koordinasi", "Mengusahakan penyelesaian dan melaporkan hasil penanganan pengaduan"),
    ("pemantauan", "Memantau dan mengevaluasi tindak lanjut pengaduan"),
    ("laporan", "Menandatangani laporan pengaduan"),
    ("penjelasan", "Menyampaikan penjelasan tindak lanjut pengaduan kepada pengadu"),
)
# "Tim Pengaduan" is not a role: a team the Kepala Dinas appoints from the office's staff (its members are named in
# the complaint.team setting); any member records its step, so it is open to the roles its members hold.
TEAM = (Role.KASI, Role.KABID, Role.BACK_OFFICE, Role.CUSTOMER_SERVICE, Role.PETUGAS_LOKET)
STEP_ACTORS: dict[str, tuple[str, tuple[Role, ...]]] = {
    "kelengkapan": ("Front Office / Customer Service", (Role.PETUGAS_LOKET, Role.CUSTOMER_SERVICE)),
    "klasifikasi": ("Kasi", (Role.KASI,)),
    "telaah": ("Tim Pengaduan", TEAM),
    "koordinasi": ("Tim Pengaduan", TEAM),
    "pemantauan": ("Kabid", (Role.KABID,)),
    "laporan": ("Kepala Dinas", (Role.KEPALA_DINAS,)),
    "penjelasan": ("Customer Service", (Role.CUSTOMER_SERVICE, Role.PETUGAS_LOKET)),
}
EXPLAIN_STEP = len(STEPS) - 1


def priority_days(session: Session) -> dict[str, int]:
    """Working days to settle a complaint, per priority: the office's complaint.days_* settings, else the defaults."""
    keys = {f"complaint.days_{priority}": priority for priority in PRIORITY_DAYS}
    stored = read_in(session, keys)
    return {priority: int(stored.get(key) or PRIORITY_DAYS[priority]) for key, priority in keys.items()}


def step_performer(session: Session, step: int, role: Role, person: str) -> tuple[str, tuple[Role, ...]]:
    """Who did the step, and the SOP roles that may record it; PermissionDenied for another role (supervisors and
    administrators record for anyone). A Tim Pengaduan step left unnamed is the team named in complaint.team."""
    label, roles = STEP_ACTORS[STEPS[step][0]]
    if not person.strip() and label == "Tim Pengaduan":
        team = read_in(session, ("complaint.team",))["complaint.team"].strip()
        person = f"Tim Pengaduan ({team})" if team else ""
    if not person.strip():
        raise DomainError("Nama pelaksana langkah wajib diisi.")
    if role not in (*roles, Role.SUPERVISOR, Role.ADMINISTRATOR):
        raise PermissionDenied(f"Langkah '{STEPS[step][1]}' dilaksanakan oleh {label} menurut SOP pengaduan.")
    return person, roles


def check_explanation(channel: str | None, note: str, channels: dict[str, str]) -> None:
    """The explanation to the complainant (000 line 105) says how it was given and what was said."""
    if channel not in channels:
        raise DomainError("Pilih cara penjelasan disampaikan: " + ", ".join(channels) + ".")
    if len(note.strip()) < 10:
        raise DomainError("Tuliskan penjelasan tindak lanjut yang disampaikan (paling sedikit 10 huruf).")
