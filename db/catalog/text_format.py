"""A plain-text form of a requirement list, so an administrator can revise it without editing JSON.

    - Fotokopi KTP pemohon
    - Surat kuasa [jika: jika dikuasakan]
      - bermeterai
    == Badan hukum ==
    - Akta pendirian

Two spaces of indent per level; "[jika: ...]" makes an item conditional; "== name ==" starts a named variant.
The requirement's kind is written as tags after the text: "[untuk: badan hukum]" (or perorangan, dikuasakan),
"[diperiksa: sebelum tanda tangan]" (or sebelum penyerahan), "[salah satu]" on a heading whose sub-items are
alternatives, and "[bukti setor]" for a payment slip. Sources of unchanged items are kept by matching their text.
"""

from __future__ import annotations

import re

from pydantic import ValidationError

from db.catalog.schema import AppliesTo, Evidence, Requirement, RequirementKind, Variant
from db.core.errors import DomainError

_ITEM = re.compile(r"^(?P<indent> *)- (?P<text>.+?)(?P<tags>(?: \[[^\[\]]+\])*)$")
_TAG = re.compile(r" \[([^\[\]]+)\]")
_LATER = {
    "sebelum tanda tangan": RequirementKind.SEBELUM_TANDA_TANGAN,
    "sebelum penyerahan": RequirementKind.SEBELUM_PENYERAHAN,
}
_FOR = {value.value.replace("_", " "): value for value in AppliesTo}
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
        lines.append(f"{'  ' * level}- {item.text}{_tags(item)}")
        _write(item.children, level + 1, lines)


def _tags(item: Requirement) -> str:
    tags = [f"jika: {item.condition}"] if item.condition else []
    if item.applies_to:
        tags.append(f"untuk: {item.applies_to.value.replace('_', ' ')}")
    if item.kind == RequirementKind.SALAH_SATU:
        tags.append("salah satu")
    elif item.kind != RequirementKind.DOKUMEN:
        tags.append(f"diperiksa: {item.kind.value.replace('_', ' ')}")
    if item.evidence == Evidence.BUKTI_SETOR:
        tags.append("bukti setor")
    return "".join(f" [{tag}]" for tag in tags)


def _parse_tags(tags: str, number: int) -> dict:
    fields: dict = {}
    for tag in _TAG.findall(tags):
        key, _, value = (part.strip() for part in tag.partition(":"))
        if key == "jika" and value:
            fields["condition"] = value
        elif key == "untuk" and value in _FOR:
            fields["applies_to"] = _FOR[value]
        elif key == "diperiksa" and value in _LATER:
            fields["kind"] = _LATER[value]
        elif tag == "salah satu":
            fields["kind"] = RequirementKind.SALAH_SATU
        elif tag == "bukti setor":
            fields["evidence"] = Evidence.BUKTI_SETOR
        else:
            raise DomainError(
                f"Baris {number}: tanda [{tag}] tidak dikenal. Yang ada: [jika: ...], [untuk: badan hukum|perorangan|"
                "dikuasakan], [diperiksa: sebelum tanda tangan|sebelum penyerahan], [salah satu], [bukti setor]."
            )
    return fields


def from_text(text: str, previous: list[Requirement], previous_variants: list[Variant]):
    """Parse the text form back; DomainError names the line that cannot be read."""
    sources = {}
    _collect_sources(previous, sources)
    for variant in previous_variants:
        _collect_sources(variant.requirements, sources)
    sections: list[tuple[str | None, list[dict]]] = [(None, [])]
    stack: list[tuple[int, list[dict]]] = [(-1, sections[0][1])]
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
        fields = _parse_tags(match.group("tags"), number)
        node = {
            "number": number,
            "text": match.group("text").strip(),
            "mandatory": "condition" not in fields,
            "source": _next_source(sources, match.group("text").strip()),
            "fields": fields,
            "children": [],
        }
        stack[-1][1].append(node)
        stack.append((level, node["children"]))
    requirements = [_requirement(node) for node in sections[0][1]]
    variants = [Variant(name=name, requirements=[_requirement(n) for n in nodes]) for name, nodes in sections[1:]]
    return requirements, variants


def _requirement(node: dict) -> Requirement:
    """Built once its sub-items are known, so a rule on them (two alternatives at least) can be checked."""
    children = [_requirement(child) for child in node["children"]]
    try:
        return Requirement(
            text=node["text"],
            mandatory=node["mandatory"],
            source=node["source"],
            children=children,
            **node["fields"],
        )
    except ValidationError as error:
        reason = error.errors()[0]["msg"].removeprefix("Value error, ")
        raise DomainError(f"Baris {node['number']}: {reason}.") from None


def _collect_sources(requirements: list[Requirement], into: dict) -> None:
    """Sources by text, in document order: a text repeated in several variants keeps each its own line."""
    for item in requirements:
        into.setdefault(item.text, []).append(item.source)
        _collect_sources(item.children, into)


def _next_source(sources: dict, text: str):
    queue = sources.get(text)
    return queue.pop(0) if queue else None
