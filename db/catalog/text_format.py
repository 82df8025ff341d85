"""A plain-text form of a requirement list, so an administrator can revise it without editing JSON.

    - Fotokopi KTP pemohon
    - Surat kuasa [jika: jika dikuasakan]
      - bermeterai
    == Badan hukum ==
    - Akta pendirian

Two spaces of indent per level; "[jika: ...]" makes an item conditional; "== name ==" starts a named variant.
Sources of unchanged items are kept by matching their text.
"""

from __future__ import annotations

import re

from db.catalog.schema import Requirement, Variant
from db.core.errors import DomainError

_ITEM = re.compile(r"^(?P<indent> *)- (?P<text>.+?)(?: \[jika: (?P<condition>[^\]]+)\])?$")
_VARIANT = re.compile(r"^== (?P<name>.+) ==$")


def to_text(requirements: list[Requirement], variants: list[Variant]) -> str:
    lines: list[str] = []
    _write(requirements, 0, lines)
    for variant in variants:
        lines.append(f"== {variant.name} ==")
        _write(variant.requirements, 0, lines)
    return "\n".join(lines)


def _write(requirements: list[Requirement], level: int, lines: list[str]) -> None:
    for item in requirements:
        condition = f" [jika: {item.condition}]" if item.condition else ""
        lines.append(f"{'  ' * level}- {item.text}{condition}")
        _write(item.children, level + 1, lines)


def from_text(text: str, previous: list[Requirement], previous_variants: list[Variant]):
    """Parse the text form back; DomainError names the line that cannot be read."""
    sources = {}
    _collect_sources(previous, sources)
    for variant in previous_variants:
        _collect_sources(variant.requirements, sources)
    sections: list[tuple[str | None, list[Requirement]]] = [(None, [])]
    stack: list[tuple[int, list[Requirement]]] = [(-1, sections[0][1])]
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        variant = _VARIANT.match(line.strip())
        if variant:
            sections.append((variant.group("name").strip(), []))
            stack = [(-1, sections[-1][1])]
            continue
        match = _ITEM.match(line.rstrip())
        if not match or len(match.group("indent")) % 2:
            raise DomainError(
                f"Baris {number} tidak dapat dibaca: awali dengan '- ' dan indentasi kelipatan dua spasi."
            )
        level = len(match.group("indent")) // 2
        while stack[-1][0] >= level:
            stack.pop()
        if level > stack[-1][0] + 1:
            raise DomainError(f"Baris {number}: indentasi melompat lebih dari satu tingkat.")
        condition = match.group("condition")
        item = Requirement(
            text=match.group("text").strip(),
            mandatory=condition is None,
            condition=condition,
            source=_next_source(sources, match.group("text").strip()),
        )
        stack[-1][1].append(item)
        stack.append((level, item.children))
    requirements = sections[0][1]
    variants = [Variant(name=name, requirements=items) for name, items in sections[1:]]
    return requirements, variants


def _collect_sources(requirements: list[Requirement], into: dict) -> None:
    """Sources by text, in document order: a text repeated in several variants keeps each its own line."""
    for item in requirements:
        into.setdefault(item.text, []).append(item.source)
        _collect_sources(item.children, into)


def _next_source(sources: dict, text: str):
    queue = sources.get(text)
    return queue.pop(0) if queue else None
