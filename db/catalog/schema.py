"""The shape of a service catalog entry, validated before anything is imported.

The catalog ships as reviewed JSON in resources/catalog/; every part of an entry points back to the seed line it came
from, so a reviewer can check it against the regulation.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from db.catalog.kinds import LATER_KINDS, AppliesTo, Evidence, RequirementKind, ServiceKind  # noqa: F401

OCR_NOISE = re.compile(r"<\s*/?\s*(ul|li|p|i|b|br|ol|strong|em)\b|\*\*|&nbsp;|&amp;|\t")


class Source(BaseModel):
    """Where a part of an entry comes from: seed file and 1-based line range."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    file: str
    line_start: int = Field(ge=1)
    line_end: int = Field(ge=1)
    part: str = Field(description="which part: persyaratan, prosedur, jangka_waktu, biaya, produk, sop, ...")


def _clean_text(value: str) -> str:
    if OCR_NOISE.search(value):
        raise ValueError(f"teks masih mengandung sisa OCR: {value[:60]!r}")
    if value != value.strip() or not value:
        raise ValueError("teks kosong atau berspasi di tepi")
    return value


class Requirement(BaseModel):
    """One requirement. Conditional items carry the seed's own condition words; kind, applies_to and evidence say
    when it is checked, for whom, and what is recorded (all default to a plain document checked at intake)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    mandatory: bool = True
    condition: str | None = None
    kind: RequirementKind = RequirementKind.DOKUMEN
    applies_to: AppliesTo | None = None
    evidence: Evidence | None = None
    children: list[Requirement] = Field(default_factory=list)
    source: Source | None = None

    _check_text = field_validator("text")(_clean_text)

    @model_validator(mode="after")
    def _conditional_has_condition(self) -> Requirement:
        if not self.mandatory and not self.condition:
            raise ValueError(f"persyaratan bersyarat tanpa kondisi: {self.text[:60]!r}")
        if self.kind == RequirementKind.SALAH_SATU and len(self.children) < 2:
            raise ValueError(f"pilihan 'salah satu' perlu sedikitnya dua alternatif: {self.text[:60]!r}")
        if self.kind in LATER_KINDS and self.children:
            raise ValueError(f"syarat yang diperiksa kemudian tidak boleh bercabang: {self.text[:60]!r}")
        return self


class Variant(BaseModel):
    """A named alternative requirement set (e.g. badan hukum / perorangan)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    name: str
    requirements: list[Requirement]


class Step(BaseModel):
    """One SOP step: who does it, what, and the standard time."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    actor: str
    text: str
    duration_minutes: int | None = Field(default=None, ge=0)
    duration_text: str | None = None
    output: str | None = None
    source: Source | None = None

    _check_text = field_validator("text", "actor")(_clean_text)


class SlaPart(BaseModel):
    """One part of a composite time limit (004: 14 hari kerja OPD teknis + 5 hari kerja DPMPTSP)."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    label: str
    working_days: int = Field(ge=0)


class Service(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    code: str = Field(pattern=r"^[A-Z0-9]+(-[A-Z0-9]+)*$")
    name: str
    agency: str
    unit: str | None = None
    sector: str | None = None
    kind: ServiceKind
    requirements: list[Requirement] = Field(default_factory=list)
    variants: list[Variant] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    sla_working_days: int | None = Field(default=None, ge=0)
    sla_text: str | None = None
    sla_parts: list[SlaPart] = Field(default_factory=list)
    fee_rupiah: int = Field(default=0, ge=0)
    fee_text: str | None = None
    product: str | None = None
    legal_basis: list[str] = Field(default_factory=list)
    complaint_channels: list[str] = Field(default_factory=list)
    staff_count_text: str | None = None
    sources: list[Source] = Field(min_length=1)
    review_notes: list[str] = Field(
        default_factory=list, description="what the reviewed pass fixed or where seeds disagree"
    )

    _check_name = field_validator("name")(_clean_text)

    @model_validator(mode="after")
    def _has_requirements_or_variants(self) -> Service:
        if self.sla_parts and self.sla_working_days is not None:
            total = sum(part.working_days for part in self.sla_parts)
            if total != self.sla_working_days:
                raise ValueError(f"{self.code}: jumlah bagian waktu {total} != {self.sla_working_days}")
        return self


class Catalog(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    version: str
    services: list[Service]

    @model_validator(mode="after")
    def _unique_codes(self) -> Catalog:
        seen: set[str] = set()
        for service in self.services:
            if service.code in seen:
                raise ValueError(f"kode layanan ganda: {service.code}")
            seen.add(service.code)
        return self
