"""Search-as-you-type over the catalog: case- and accent-insensitive, tolerant of common spelling variants.

Every word typed must match the start of some word of the entry (name, sector, product, requirements, agency);
matches in the name rank first. The index lives in memory: the catalog is a few hundred entries.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Spellings officers and citizens use interchangeably, mapped to one form (the seeds use both).
VARIANTS = {
    "apotik": "apotek",
    "praktek": "praktik",
    "ijin": "izin",
    "sertipikat": "sertifikat",
    "propinsi": "provinsi",
    "nomer": "nomor",
    "fotocopy": "fotokopi",
    "fotocopi": "fotokopi",
    "photocopy": "fotokopi",
    "akte": "akta",
    "tehnis": "teknis",
    "analisa": "analisis",
    "resiko": "risiko",
    "kwalitas": "kualitas",
    "wallet": "walet",
    "kontruksi": "konstruksi",
}
_WORD = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> list[str]:
    """Lower-case words without accents, each mapped to its canonical spelling."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return [VARIANTS.get(word, word) for word in _WORD.findall(plain)]


@dataclass(frozen=True)
class SearchHit:
    code: str
    name: str
    sector: str | None
    score: int


@dataclass(frozen=True)
class IndexedService:
    code: str
    name: str
    sector: str | None
    name_words: tuple[str, ...]
    other_words: frozenset[str]


class CatalogIndex:
    def __init__(self, services: list[IndexedService]):
        self._services = services

    @classmethod
    def build(cls, entries: list[dict]) -> CatalogIndex:
        """`entries`: catalog entries as dicts (the JSON form)."""
        return cls([_index(entry) for entry in entries])

    def __len__(self) -> int:
        return len(self._services)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        words = normalise(query)
        if not words:
            return [SearchHit(s.code, s.name, s.sector, 0) for s in sorted(self._services, key=lambda s: s.name)][
                :limit
            ]
        hits = []
        for service in self._services:
            score = _score(service, words)
            if score:
                hits.append(SearchHit(service.code, service.name, service.sector, score))
        hits.sort(key=lambda hit: (-hit.score, hit.name))
        return hits[:limit]


def _score(service: IndexedService, words: list[str]) -> int:
    score = 0
    for word in words:
        if any(name_word.startswith(word) for name_word in service.name_words):
            score += 10
        elif any(other.startswith(word) for other in service.other_words):
            score += 1
        else:
            return 0
    return score


def _texts(requirements: list[dict]) -> list[str]:
    texts = []
    for requirement in requirements:
        texts.append(requirement["text"])
        texts.extend(_texts(requirement.get("children", [])))
    return texts


def _index(entry: dict) -> IndexedService:
    others = [entry.get("sector") or "", entry.get("product") or "", entry.get("agency") or "", entry.get("unit") or ""]
    others += [entry["code"]]
    others += _texts(entry.get("requirements", []))
    for variant in entry.get("variants", []):
        others.append(variant["name"])
        others += _texts(variant["requirements"])
    other_words = frozenset(word for text in others for word in normalise(text))
    return IndexedService(
        entry["code"], entry["name"], entry.get("sector"), tuple(normalise(entry["name"])), other_words
    )
