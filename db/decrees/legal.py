"""The legal text of a decree beyond its template: the general legal bases (resources/legal/bases.json, each with its
seed source), their order in "Mengingat", the product's period of validity and the tembusan (copies to).

The data is kept in resources/ so a reviewer checks it against the seeds line by line (a test does the same); the
code only orders and selects.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

from db.core.errors import DomainError
from printing.terbilang import angka_terbilang

if TYPE_CHECKING:
    from db.catalog.schema import Service

# Hierarchy of Indonesian legislation (UU 12/2011 Pasal 7, then ministerial and regional rules): Mengingat lists
# higher norms first, whatever order the template and the catalog give them in.
RANKS = (
    (r"^undang-undang dasar", 0),
    (r"^undang-undang|^uu\b", 1),
    (r"^peraturan pemerintah pengganti", 1),
    (r"^peraturan pemerintah", 2),
    (r"^peraturan presiden|^perpres\b", 3),
    (r"^peraturan menteri|^permen|^peraturan (kepala |)(badan|lembaga|ombudsman)|^perka\b|^peraturan direktur", 4),
    (r"^keputusan menteri|^kepmen|^surat edaran", 5),
    (r"^peraturan daerah provinsi", 6),
    (r"^peraturan daerah|^perda\b", 7),
    (r"^peraturan gubernur", 8),
    (r"^peraturan bupati|^perbup\b|^pasal \d+ ayat \(\d+\) peraturan bupati", 9),
    (r"^keputusan|^surat keputusan|^sk\b", 10),
)
UNRANKED = 11
RECOMMENDING_HEAD = re.compile(r"dari\s+(kepala\s+dinas\s+[a-z ,&]+?)(?:\s+kabupaten\b|[.;]|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Validity:
    years: int
    renewable: bool
    source: str

    def until(self, signed_on: date) -> date:
        """The last day of validity: the day before the same date `years` later (29 February falls to 28)."""
        try:
            end = signed_on.replace(year=signed_on.year + self.years)
        except ValueError:
            end = signed_on.replace(year=signed_on.year + self.years, day=28)
        return date.fromordinal(end.toordinal() - 1)

    def words(self) -> str:
        """'5 (lima) tahun', as Indonesian decrees write a period."""
        return f"{angka_terbilang(self.years)} tahun"


@cache
def data() -> dict:
    text = resources.files("resources").joinpath("legal/bases.json").read_text(encoding="utf-8")
    return json.loads(text)


def basis(key: str, settings: Mapping[str, str] | None = None) -> str:
    """The text of a general legal basis by its key; DomainError naming the known keys for a template's typo.

    A basis whose promulgation reference (Berita Daerah) the seeds do not give takes it from the office's setting
    named in its "promulgation" entry; while that setting is empty the basis is cited without the reference, never
    with a guessed number (see `unconfirmed`)."""
    bases = data()["bases"]
    if key not in bases:
        raise DomainError(f"Dasar hukum '{key}' tidak dikenal. Yang ada: {', '.join(sorted(bases))}.")
    entry = bases[key]
    promulgation = entry.get("promulgation")
    value = (settings or {}).get(promulgation["setting"], "").strip() if promulgation else ""
    if not value:
        return entry["text"]
    return f"{entry['text'].rstrip(';')} {promulgation['text'].format(value=value)};"


@dataclass(frozen=True)
class Unconfirmed:
    """A reference the seeds do not hold, to be confirmed by the office before it is printed."""

    setting: str
    note: str


def unconfirmed(settings: Mapping[str, str]) -> list[Unconfirmed]:
    """The promulgation references still missing: their setting is empty, so decrees cite the basis without it."""
    missing = []
    for entry in data()["bases"].values():
        promulgation = entry.get("promulgation")
        if promulgation and not settings.get(promulgation["setting"], "").strip():
            missing.append(Unconfirmed(promulgation["setting"], promulgation["review_note"]))
    return missing


def rank(text: str) -> int:
    lowered = re.sub(r"^lampiran\s+(\w\s+)?(lampiran\s+persyaratan\s+teknis\s+)?", "", text.strip().lower())
    for pattern, value in RANKS:
        if re.search(pattern, lowered):
            return value
    return UNRANKED


def _identity(text: str) -> str:
    """Two citations of one instrument (type, number, year) are the same basis, however their titles are written."""
    lowered = re.sub(r"\s+", " ", text.lower())
    match = re.search(r"^(.*?)nomor\s+([\w/.\-]+)\s+tahun\s+(\d{4})", lowered)
    if not match or lowered.startswith("pasal"):
        return lowered
    kind = re.sub(r"republik indonesia|\s", "", match[1])
    return f"{kind}|{match[2]}|{match[3]}"


def mengingat(general: list[str], specific: list[str]) -> list[str]:
    """The template's general bases and the service's own, duplicates dropped (the first citation kept), ordered by
    the hierarchy of legislation; within a rank the given order stays. Each ends with ';' as a list point does."""
    seen: set[str] = set()
    points: list[tuple[int, int, str]] = []
    for position, text in enumerate([*general, *specific]):
        cleaned = text.strip().rstrip(".;,") + ";"
        identity = _identity(cleaned)
        if identity in seen:
            continue
        seen.add(identity)
        points.append((rank(cleaned), position, cleaned))
    points.sort()
    return [text for _rank, _position, text in points]


def validity(service_code: str) -> Validity | None:
    """The product's period of validity where the seeds give one (001 line 1758: Izin Optikal, 5 years)."""
    entry = data()["validity"].get(service_code)
    if entry is None:
        return None
    return Validity(int(entry["years"]), bool(entry["renewable"]), entry["source"])


def copies_to(service: Service, region: str, template: dict | None = None) -> list[str]:
    """Tembusan: the Bupati (who delegated the signing), the head of each technical agency whose rekomendasi the
    service requires (named by the requirement or by the catalog's review notes), and the archive. An office's
    template may give its own first and last lines (copies_to_first, copies_to_last)."""
    plan = {**data()["copies_to"]}
    for key, field in (("always_first", "copies_to_first"), ("always_last", "copies_to_last")):
        if template and field in template:
            plan[key] = list(template[field])
    heads: list[str] = []
    texts = [requirement.text for requirement in _requirements(service)] + list(service.review_notes)
    for text in texts:
        if "rekomendasi" not in text.lower():
            continue
        for match in RECOMMENDING_HEAD.finditer(text):
            head = " ".join(word.capitalize() for word in match[1].split())
            line = f"{head} {region}".strip()
            if line not in heads:
                heads.append(line)
    return [*plan["always_first"], *heads, *plan["always_last"]]


def _requirements(service: Service):
    stack = list(service.requirements)
    for variant in service.variants:
        stack += variant.requirements
    while stack:
        requirement = stack.pop(0)
        yield requirement
        stack[:0] = requirement.children
