"""Search-as-you-type over the catalog: case- and accent-insensitive, tolerant of common spelling variants.

Every word typed must match the start of some word of the entry (name, sector, product, requirements, agency).
Tolerance must not drown precision, so the ranking is, in order: entries whose name holds every word typed before
those found through their requirements or sector (typing "bangunan" gives Izin Mendirikan Bangunan, not Apotek
whose requirements mention a building); the words as a phrase in the name; whole words before prefixes; then the
shorter, more specific name ("koperasi": Izin Koperasi Simpan Pinjam before a consultation on twelve sectors).
The index lives in memory: the catalog is a few hundred entries.
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
        ranked = []
        for service in self._services:
            rank = _rank(service, words)
            if rank is not None:
                ranked.append((rank, service))
        ranked.sort(key=lambda pair: (pair[0], pair[1].name))
        return [SearchHit(s.code, s.name, s.sector, _score(rank)) for rank, s in ranked[:limit]]


def _rank(service: IndexedService, words: list[str]) -> tuple[int, ...] | None:
    """A sort key (smaller ranks first), or None when some word matches nothing of the entry."""
    in_name = exact = 0
    for word in words:
        if word in service.name_words:
            in_name, exact = in_name + 1, exact + 1
        elif any(name_word.startswith(word) for name_word in service.name_words):
            in_name += 1
        elif not any(other.startswith(word) for other in service.other_words):
            return None
    phrase = _as_phrase(words, service.name_words)
    return (-in_name, -phrase, -exact, len(service.name_words))


def _as_phrase(words: list[str], name_words: tuple[str, ...]) -> int:
    """1 when the words typed stand one after the other in the name (the last may be a prefix)."""
    size = len(words)
    for start in range(len(name_words) - size + 1):
        window = name_words[start : start + size]
        if list(window[:-1]) == words[:-1] and window[-1].startswith(words[-1]):
            return 1
    return 0


def _score(rank: tuple[int, ...]) -> int:
    """The rank as one number for display and tests: name words weigh most, then phrase, then whole words."""
    in_name, phrase, exact, _length = rank
    return -in_name * 100 - phrase * 50 - exact * 10


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
