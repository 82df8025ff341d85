"""Which waiting ticket a counter calls next: the priority rule, as a pure function so it can be reasoned about.

UU 25/2009 Pasal 29 gives disabled, elderly, pregnant/nursing visitors and children priority. Two rules keep
everyone else from starving:
- interleave: priority tickets first, but at most N priority calls in a row at a counter while others wait;
- dedicated: priority tickets go to the priority desk(s) (Meja Pelayanan Khusus); other counters call them only
  when no priority desk is open.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

PRIORITY_CATEGORIES = {
    "disabilitas": "Penyandang disabilitas",
    "lansia": "Lanjut usia",
    "ibu_hamil": "Ibu hamil / menyusui",
    "anak": "Anak-anak",
}


@dataclass(frozen=True)
class Candidate:
    ticket_id: object
    issued_at: datetime
    priority: bool
    target_counter: int | None


@dataclass(frozen=True)
class CounterView:
    number: int
    priority_desk: bool
    priority_streak: int


def choose(
    candidates: list[Candidate], counter: CounterView, mode: str, max_in_row: int, priority_desk_open: bool
) -> Candidate | None:
    """The ticket to call, or None when nobody waits for this counter. Candidates are any order."""
    mine = [c for c in candidates if c.target_counter in (None, counter.number)]
    ordered = sorted(mine, key=lambda c: (c.target_counter is None, c.issued_at))
    if not ordered:
        return None
    priority = [c for c in ordered if c.priority]
    normal = [c for c in ordered if not c.priority]
    if mode == "dedicated" and priority_desk_open:
        if counter.priority_desk:
            return priority[0] if priority else normal[0]
        return normal[0] if normal else None
    if priority and (not normal or counter.priority_streak < max_in_row):
        return priority[0]
    return normal[0] if normal else priority[0]


def describe_rule(mode: str, max_in_row: int) -> str:
    """The rule in force, as shown on the counter screen."""
    if mode == "dedicated":
        return "Antrian prioritas dilayani di meja pelayanan khusus (loket lain membantu bila meja itu tutup)."
    return f"Antrian prioritas didahulukan, paling banyak {max_in_row} kali berturut-turut bila antrian biasa menunggu."
