"""Which role records which SOP step, and what kind of step it is (001 Lampiran II names actors as text).

The SOP tables name the actor of each step ("Back Office", "Kasi", "Kepala Dinas", ...). Inside the office each of
those is a role; steps of other offices' SOPs ("Petugas", "Unit Pelayanan", ...) may be recorded by any counter or
back-office officer. The steps before and at the front office's receipt (Pemohon, Customer Service, SKPD Teknis,
Front Office) are recorded by registration itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.models.accounts import Role

GENERAL_STAFF = frozenset({Role.PETUGAS_LOKET, Role.CUSTOMER_SERVICE, Role.BACK_OFFICE})
# Looked up in this order on the lower-cased actor text: "Kepala Dinas" before "Kasi" ("kasi" is not in it, but a
# "Kepala Seksi" must not be read as general staff).
_ACTOR_WORDS: tuple[tuple[tuple[str, ...], Role], ...] = (
    (("kepala dinas",), Role.KEPALA_DINAS),
    (("kabid", "kepala bidang"), Role.KABID),
    (("kasi", "kepala seksi"), Role.KASI),
    (("back office",), Role.BACK_OFFICE),
    (("front office",), Role.PETUGAS_LOKET),
    (("customer service",), Role.CUSTOMER_SERVICE),
)
SIGN_WORDS = ("menandatangan", "tanda tangan", "tandatangan")

DRAFT, INITIAL, SIGN, HANDOVER, WORK = "draft", "initial", "sign", "handover", "work"


def step_roles(actor: str) -> frozenset[Role]:
    """The roles that may record a step done by this SOP actor."""
    text = actor.strip().lower()
    if text == "fo":
        return frozenset({Role.PETUGAS_LOKET})
    for words, role in _ACTOR_WORDS:
        if any(word in text for word in words):
            return frozenset({role})
    return GENERAL_STAFF


def step_kind(steps: Sequence[dict], index: int) -> str:
    """draft (the Back Office's evaluation), initial (paraf), sign (the Kepala Dinas signs the SK), handover (the last
    step, handing the signed SK over) or work (anything else)."""
    step = steps[index]
    roles, text = step_roles(step["actor"]), step["text"].lower()
    if Role.KEPALA_DINAS in roles and any(word in text for word in SIGN_WORDS):
        return SIGN
    if index == len(steps) - 1 and "menyerahkan" in text and sign_index(steps) is not None:
        return HANDOVER
    sign = sign_index(steps)
    checks = roles & {Role.KASI, Role.KABID}
    # Kasi and Kabid check and initial the draft before the signature ("Memverifikasi dan Memaraf", SiCantik's
    # "Memeriksa draft izin" / "Menetapkan izin").
    if "paraf" in text or "memaraf" in text or (checks and sign is not None and index < sign):
        return INITIAL
    if (
        Role.BACK_OFFICE in roles
        and roles != GENERAL_STAFF
        and not any(step_roles(s["actor"]) == roles for s in steps[:index])
    ):
        return DRAFT
    return WORK


def sign_index(steps: Sequence[dict]) -> int | None:
    """Where the Kepala Dinas signs the SK; None for a service without a decree (consultation, DPM-001)."""
    for index, step in enumerate(steps):
        if Role.KEPALA_DINAS in step_roles(step["actor"]) and any(w in step["text"].lower() for w in SIGN_WORDS):
            return index
    return None


def has_decree(steps: Sequence[dict]) -> bool:
    return sign_index(steps) is not None


def action_label(steps: Sequence[dict], index: int) -> str:
    """What the button for this step says, naming the step (Indonesian; the screen translates the fixed words)."""
    kind = step_kind(steps, index)
    actor = steps[index]["actor"]
    if kind == SIGN:
        return "Tandatangani SK"
    if kind == HANDOVER:
        return "Serahkan SK"
    if kind == INITIAL:
        return f"Paraf {actor}"
    if kind == DRAFT:
        return "Draf selesai (Back Office)"
    return f"Selesai: {actor}"


# The provincial standards (seed 004: KALTARA-01..04) give one line of procedure, the applicant's "Pemasukan berkas
# ... ditujukan kepada Gubernur ... Cq. DPMPTSP"; the same standard names who does the rest ("Jumlah Pelaksana:
# Petugas front office, petugas back office, Kepala Seksi dan kepala Bidang", "Kepala Bidang melakukan verifikasi
# dokumen perizinan") and that the decree is signed ("Surat keputusan dibubuhi tandatangan elektronik"). For a permit
# the file then follows those people inside the office, up to the Kepala Dinas's signature and the handover at
# the Customer Service desk (as in every other SOP of the catalog that ends with a decree).
OFFICE_STEPS: tuple[dict, ...] = (
    {"actor": "Front Office", "text": "Menerima dan memeriksa kelengkapan berkas permohonan"},
    {"actor": "Back Office", "text": "Memproses berkas dan menyiapkan draf surat izin"},
    {"actor": "Kepala Seksi", "text": "Memverifikasi dan memaraf draf surat izin"},
    {"actor": "Kepala Bidang", "text": "Memverifikasi dokumen perizinan dan memaraf draf surat izin"},
    {"actor": "Kepala Dinas", "text": "Menandatangani surat izin secara elektronik"},
    {"actor": "Customer Service", "text": "Menyerahkan surat izin kepada pemohon"},  # the office's handover desk
)


def office_steps(steps: Sequence[dict], kind: str) -> list[dict]:
    """The SOP's steps, completed by the office's own steps when a permit's SOP names only the applicant's submission
    (the provincial standards of seed 004); any other SOP is kept as it is."""
    steps = list(steps)
    if kind == "non_perizinan" or not steps or any(step["actor"].strip().lower() != "pemohon" for step in steps):
        return steps
    return steps + [{**step, "minutes": None} for step in OFFICE_STEPS]
