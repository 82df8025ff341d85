"""Decree templates per kind of service: JSON in resources/templates/decree, overridable by the administrator by
placing a file of the same name in the data folder's templates/decree/ (no code to change)."""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from db.core.errors import DomainError
from db.core.paths import data_dir
from db.decrees import legal

FIELDS = (
    "pemohon",
    "identitas",
    "alamat",
    "layanan",
    "kode_layanan",
    "varian",
    "nomor_pendaftaran",
    "tanggal_diterima",
    "nomor_sk",
    "tanggal_sk",
    "tahun",
    "tahun_terbilang",
    "kantor",
    "kantor_singkat",
    "kota",
    "jabatan_penandatangan",
    "produk",
    "masa_berlaku",
    "berlaku_sampai",
    "perpanjangan",
)
ORDINALS = ("KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA", "KEENAM", "KETUJUH", "KEDELAPAN", "KESEMBILAN")


def _shipped(kind: str) -> str | None:
    folder = resources.files("resources").joinpath("templates/decree")
    candidate = folder.joinpath(f"{kind}.json")
    return candidate.read_text(encoding="utf-8") if candidate.is_file() else None


def load(kind: str) -> dict:
    """The template for a kind of service: the office's own, else the shipped one for the kind, else the default."""
    override = Path(data_dir()) / "templates" / "decree" / f"{kind}.json"
    try:
        text = override.read_text(encoding="utf-8") if override.exists() else (_shipped(kind) or _shipped("default"))
        template = json.loads(text)
    except (OSError, ValueError) as error:
        raise DomainError(f"Template SK '{kind}' tidak dapat dibaca: {error}.") from error
    for key in ("title", "considerations", "decisions"):
        if key not in template:
            raise DomainError(f"Template SK '{kind}' tidak memuat '{key}'.")
    return template


def fill(text: str, values: dict[str, str]) -> str:
    """Fill {fields}; an unknown field is named in the error so the administrator can fix the template."""
    for _literal, name, _spec, _conversion in string.Formatter().parse(text):
        if name is not None and name not in values:
            raise DomainError(
                f"Kolom '{{{name}}}' pada template SK tidak dikenal. Kolom yang ada: {', '.join(FIELDS)}."
            )
    return text.format_map(values)


def decision_texts(template: dict) -> list[str]:
    """The decisions' texts in order; an older template's [label, text] pairs give their text (labels are ours)."""
    return [entry[1] if isinstance(entry, list | tuple) else entry for entry in template["decisions"]]


def labelled(texts: list[str]) -> list[list[str]]:
    """KESATU, KEDUA, ... in order, so inserting a decision (the period of validity) never leaves a gap or a twin."""
    if len(texts) > len(ORDINALS):
        raise DomainError(f"Template SK memuat {len(texts)} diktum; paling banyak {len(ORDINALS)}.")
    return [[label, text] for label, text in zip(ORDINALS, texts, strict=False)]


def general_bases(template: dict, settings: Mapping[str, str] | None = None) -> list[str]:
    """The template's general legal bases: keys of resources/legal/bases.json (with the office's confirmed
    references from `settings`), then any literal texts of an office's own template (legal_basis_prefix, the older
    form)."""
    keyed = [legal.basis(key, settings) for key in template.get("legal_bases", [])]
    return keyed + list(template.get("legal_basis_prefix", []))
