"""The complaint SOP (Perbup Balangan 16/2021 Lampiran II, "Pelayanan Pengaduan"): its steps, who does each, and
the working days to settle a complaint by priority."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models.accounts import Role
from db.models.settings import OFFICE_SCOPE, Setting

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
    stored = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.scope == OFFICE_SCOPE, Setting.key.in_(list(keys)))
        ).all()
    )
    return {priority: int(stored.get(key) or PRIORITY_DAYS[priority]) for key, priority in keys.items()}
