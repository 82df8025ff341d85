"""The kinds a catalog entry is made of, as plain enums: the checklist, the documents and the conditions read them
without loading pydantic and the entry models (db.catalog.schema), which only validation needs.
"""

from __future__ import annotations

from enum import StrEnum


class ServiceKind(StrEnum):
    PERIZINAN_BERUSAHA = "perizinan_berusaha"
    PERIZINAN_NON_BERUSAHA = "perizinan_non_berusaha"
    NON_PERIZINAN = "non_perizinan"
    LAYANAN_SEKRETARIAT = "layanan_sekretariat"


class RequirementKind(StrEnum):
    """When and how a requirement is satisfied (issue 18: not every requirement is a paper brought to the counter).

    dokumen: a document checked at intake (the default). sebelum_tanda_tangan / sebelum_penyerahan: a condition
    the SOP checks later, before the decree is signed or before it is handed over (KALTARA-02's fee "setelah
    permohonan disetujui"); intake never blocks on it, the receipt lists it as still to come. salah_satu: its
    children are alternatives and one of them satisfies it (SETDA-ORG-05: an official letter, or coming in person).
    """

    DOKUMEN = "dokumen"
    SEBELUM_TANDA_TANGAN = "sebelum_tanda_tangan"
    SEBELUM_PENYERAHAN = "sebelum_penyerahan"
    SALAH_SATU = "salah_satu"


LATER_KINDS = (RequirementKind.SEBELUM_TANDA_TANGAN, RequirementKind.SEBELUM_PENYERAHAN)


class AppliesTo(StrEnum):
    """Whom a conditional requirement concerns: decided from the applicant and the proxy at intake."""

    BADAN_HUKUM = "badan_hukum"  # a legal entity (NIB applicant), not a person
    PERORANGAN = "perorangan"  # a person (NIK applicant)
    DIKUASAKAN = "dikuasakan"  # only when a proxy with a surat kuasa submits the file


class Evidence(StrEnum):
    """What the officer records as the requirement's evidence beside its mark."""

    BUKTI_SETOR = "bukti_setor"  # a levy's payment slip: its number, amount and date (000 line 544: no cash)
