"""The shape of an agency and of the hall as an administrator types or imports them, validated field by field.

Every rule gives an Indonesian reason; `record_reasons` turns pydantic's errors into lines an administrator can act
on. A number pattern must be one the settings accept (db/settings/registry), with {nomor} and {tahun}.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from db.agencies.placement import general_codes
from db.core.errors import DomainError
from db.models.accounts import Role
from db.settings import registry

CODE = r"^[A-Z0-9]+(-[A-Z0-9]+)*$"
NUMBER_KINDS = {  # the agency's number_formats keys -> the office setting with the same rules
    "registration": "intake.registration_format",
    "decree": "decree.number_format",
    "return_slip": "return_slip.number_format",
    "handover": "handover.number_format",
    "complaint": "complaint.number_format",
    "rejection": "rejection.number_format",
}
NUMBER_LABELS = {  # the kinds as the administrator reads them
    "registration": "pendaftaran (tanda terima berkas)",
    "decree": "SK",
    "return_slip": "surat pengembalian berkas",
    "handover": "tanda terima penyerahan SK",
    "complaint": "pengaduan",
    "rejection": "surat penolakan",
}
FIELD_NAMES = {
    "code": "kode",
    "short_name": "nama singkat",
    "name": "nama instansi",
    "government": "pemerintah daerah",
    "address": "alamat",
    "city": "kota penetapan",
    "signers": "penandatangan",
    "title": "jabatan",
    "role": "peran",
    "nip": "NIP",
    "number_formats": "format nomor",
    "general_services": "layanan umum",
    "units": "unit",
    "signing_mode": "cara penandatanganan",
    "opening_hours": "jam pelayanan",
    "email": "email",
}
_MESSAGES = {
    "missing": "wajib diisi",
    "string_type": "harus berupa teks",
    "list_type": "harus berupa daftar",
    "dict_type": "harus berupa objek",
    "extra_forbidden": "kolom tidak dikenal",
    "literal_error": "nilai tidak dikenal",
    "string_pattern_mismatch": "hanya huruf besar, angka dan tanda hubung (mis. DINKES-BLG)",
    "string_too_short": "kosong atau terlalu pendek",
    "string_too_long": "terlalu panjang",
    "enum": "nilai tidak dikenal",
    "int_type": "harus bilangan bulat",
    "int_parsing": "harus bilangan bulat",
    "bool_type": "harus true/false",
    "greater_than_equal": "tidak boleh negatif",
}
# a catalog entry's fields (db/catalog/schema.Service) as the import documentation names them
SERVICE_FIELDS = {
    "code": "kode",
    "name": "nama",
    "kind": "jenis",
    "agency": "instansi",
    "unit": "unit",
    "requirements": "persyaratan",
    "variants": "varian",
    "steps": "langkah",
    "sources": "sumber",
    "text": "teks",
    "actor": "pelaksana",
    "sla_working_days": "waktu_hari_kerja",
    "fee_rupiah": "biaya_rupiah",
}


def record_reasons(error: ValidationError, names: dict[str, str] = FIELD_NAMES) -> list[str]:
    """One Indonesian line per problem, naming the field as the administrator knows it."""
    reasons = []
    for item in error.errors():
        where = " ".join(
            names.get(str(part), str(part + 1) if isinstance(part, int) else str(part)) for part in item["loc"]
        )
        context = item.get("ctx", {})
        message = _MESSAGES.get(item["type"]) or str(context.get("error") or item["msg"])
        if "expected" in context:
            message += f" (pilihan: {context['expected'].replace(' or ', ', ')})"
        reasons.append(f"{where}: {message.removeprefix('Value error, ')}" if where else message)
    return reasons


def _setting(key: str, value: str) -> str:
    """A value checked by the rules of the office setting of the same meaning (a ValueError for pydantic)."""
    definition = registry.definition(key)
    try:
        return definition.parse(value)
    except DomainError as error:
        raise ValueError(str(error).removeprefix(f"{definition.label}: ")) from None


def _text(value: str) -> str:
    return " ".join(value.split())


class SignerRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: str = Role.KEPALA_DINAS.value
    title: str = Field(min_length=1, max_length=200)
    name: str = Field(default="", max_length=200)
    rank: str = Field(default="", max_length=100)
    nip: str = ""

    @field_validator("role")
    @classmethod
    def _known_role(cls, value: str) -> str:
        if value not in {role.value for role in Role}:
            raise ValueError(f"peran '{value}' tidak dikenal ({', '.join(role.value for role in Role)})")
        return value

    @field_validator("nip")
    @classmethod
    def _nip(cls, value: str) -> str:
        return _setting("signing.nip", value) if value.strip() else ""


class UnitRecord(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(pattern=CODE, max_length=20)
    name: str = Field(min_length=2, max_length=200)


class AgencyRecord(BaseModel):
    """An agency as the JSON import and the administrator's screen give it."""

    model_config = ConfigDict(extra="forbid")
    code: str = Field(pattern=CODE, max_length=20)
    short_name: str = Field(min_length=2, max_length=120)
    name: str = Field(min_length=2, max_length=200)
    government: str = Field(default="", max_length=200)
    address: str = Field(default="", max_length=500)
    city: str = Field(default="", max_length=100)
    phone: str = Field(default="", max_length=60)
    fax: str = Field(default="", max_length=60)
    email: str = Field(default="", max_length=200)
    website: str = Field(default="", max_length=200)
    logo: str = ""  # base64 PNG/JPEG, as the office.logo setting
    motto: str = Field(default="", max_length=60)
    motto_text: str = Field(default="", max_length=200)
    maklumat: str = Field(default="", max_length=2000)
    signers: list[SignerRecord] = Field(default_factory=list)
    signing_mode: Literal["basah", "elektronik"] = "basah"
    number_formats: dict[str, str] = Field(default_factory=dict)
    general_services: list[str] = Field(default_factory=list)
    units: list[UnitRecord] = Field(default_factory=list)

    _clean = field_validator("short_name", "name", "government", "city")(_text)

    @field_validator("email")
    @classmethod
    def _email(cls, value: str) -> str:
        return _setting("office.email", value)

    @field_validator("logo")
    @classmethod
    def _logo(cls, value: str) -> str:
        return _setting("office.logo", value)

    @field_validator("number_formats")
    @classmethod
    def _formats(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = sorted(set(value) - set(NUMBER_KINDS))
        if unknown:
            raise ValueError(f"jenis dokumen tidak dikenal: {', '.join(unknown)} (pilihan: {', '.join(NUMBER_KINDS)})")
        checked = {}
        for kind, pattern in value.items():
            checked[kind] = _setting(NUMBER_KINDS[kind], pattern)
        return checked

    @field_validator("general_services")
    @classmethod
    def _general(cls, value: list[str]) -> list[str]:
        unknown = sorted(set(value) - general_codes())
        if unknown:
            raise ValueError(
                f"bukan layanan umum aula: {', '.join(unknown)} (pilihan: {', '.join(sorted(general_codes()))})"
            )
        return sorted(set(value))

    @model_validator(mode="after")
    def _units_unique(self) -> AgencyRecord:
        for attribute in ("code", "name"):
            seen = [getattr(unit, attribute) for unit in self.units]
            doubled = sorted({value for value in seen if seen.count(value) > 1})
            if doubled:
                raise ValueError(f"unit ganda: {', '.join(doubled)}")
        return self


_HOURS = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class OpeningHours(BaseModel):
    model_config = ConfigDict(extra="forbid")
    days: str = Field(min_length=3, max_length=60)
    opens: str
    closes: str

    @model_validator(mode="after")
    def _times(self) -> OpeningHours:
        if not (_HOURS.match(self.opens) and _HOURS.match(self.closes)):
            raise ValueError(f"{self.days}: jam ditulis JJ:MM, misalnya 08:00")
        if self.closes <= self.opens:
            raise ValueError(f"{self.days}: jam tutup harus sesudah jam buka")
        return self


class HallRecord(BaseModel):
    """The hall's management as the administrator edits it."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=2, max_length=200)
    short_name: str = Field(min_length=2, max_length=120)
    address: str = Field(default="", max_length=500)
    logo: str = ""
    maklumat: str = Field(default="", max_length=2000)
    opening_hours: list[OpeningHours] = Field(default_factory=list)

    _clean = field_validator("name", "short_name")(_text)

    @field_validator("logo")
    @classmethod
    def _logo(cls, value: str) -> str:
        return _setting("office.logo", value)


def validated(model, data: dict, what: str):
    """`model` from `data`, or a DomainError listing every reason (nothing is written)."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise DomainError(f"{what} tidak sah:\n- " + "\n- ".join(record_reasons(error))) from None


_MARKS = {"registration": "", "decree": "SK/", "return_slip": "KB/", "handover": "SER/", "complaint": "ADU/",
          "rejection": "TOLAK/"}  # fmt: skip


def default_formats(mark: str, classification: str = "503") -> dict[str, str]:
    """The DPMPTSP's numbering (000/001: 503/0001/SK/DPMPTSP/XI/2026) with another agency's mark in its place, so
    a new agency's numbers never collide with the others' (e.g. mark DINKES: 503/0001/SK/DINKES/XI/2026)."""
    return {
        kind: f"{classification}/{{nomor:04d}}/{document}{mark}/{{bulan}}/{{tahun}}"
        for kind, document in _MARKS.items()
    }


_HOURS_LINE = re.compile(r"^(?P<days>.+?)\s+(?P<opens>\d{1,2}[.:]\d{2})\s*-\s*(?P<closes>\d{1,2}[.:]\d{2})$")
_UNIT_LINE = re.compile(r"^(?P<code>\S+)\s+(?P<name>.+)$")


def _time(text: str) -> str:
    hours, minutes = re.split(r"[.:]", text)
    return f"{int(hours):02d}:{minutes}"


def hours_from_text(text: str) -> list[dict]:
    """'Senin-Kamis 08.30-16.00', one line a row (as the administrator types it) -> opening_hours."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _HOURS_LINE.match(line.strip())
        if match is None:
            raise DomainError(f"Jam pelayanan baris {number}: tulis hari lalu jam, mis. 'Senin-Kamis 08:30-16:00'.")
        rows.append({"days": match["days"], "opens": _time(match["opens"]), "closes": _time(match["closes"])})
    return rows


def hours_to_text(rows: list[dict]) -> str:
    return "\n".join(f"{row['days']} {row['opens']}-{row['closes']}" for row in rows)


def units_from_text(text: str) -> list[dict]:
    """'HKM Bagian Hukum', one unit a line: its code, then its name."""
    units = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _UNIT_LINE.match(line.strip())
        if match is None:
            raise DomainError(f"Unit baris {number}: tulis kode lalu nama, mis. 'HKM Bagian Hukum'.")
        units.append({"code": match["code"].upper(), "name": " ".join(match["name"].split())})
    return units


def units_to_text(units: list[dict]) -> str:
    return "\n".join(f"{unit['code']} {unit['name']}" for unit in units)
