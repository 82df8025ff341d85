"""Merge ``resources/catalog/src/*.json`` into the shipped ``resources/catalog/catalog.json``.

Rules for a code present in both 000.json (service standards, the checklist) and 001.json (Perbup 16/2021 SOP):
- requirements/variants: 000 wins; where 000 has none, 001's are taken and a note says so; every difference between
  the two lists is written to review_notes for the administrator;
- steps: 001's SOP steps replace 000's when 000's are coarser (none, fewer steps, or fewer timed steps);
- sources and review_notes of both are kept; any other field: 000 first, 001 fills gaps.
Entries of other src files (003.json, 004.json, ...) pass through unchanged. Missing src files are skipped.
Then fixes_review.py gives requirements their kind (rekomendasi at intake, later conditions, alternatives, whom a
conditional item concerns), each with its note.
Output is deterministic: services sorted by code, version = hash of the content.

Usage: python tools/catalog/build.py [--src DIR] [--out FILE]
"""

from __future__ import annotations

import argparse
import copy
import difflib
import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

SRC = REPO / "resources" / "catalog" / "src"
OUT = REPO / "resources" / "catalog" / "catalog.json"
CHECKLIST, SOP = "000.json", "001.json"

# 000 lists that belong to another service (reviewed by hand): the checklist comes from 001 instead, and 000's
# printed list is kept in the notes for the administrator.
BROKEN_000_LISTS = {
    "DPM-042": "daftar persyaratan 000 untuk Izin Pembuangan Air Limbah adalah salinan kata demi kata daftar DPM-041 "
    "(Penyimpanan Limbah B3) dan tidak menyebut air limbah sama sekali",
}


def _norm(text: str) -> str:
    t = text.lower()
    t = re.sub(r"\([^)]*\)", " ", t) if len(t) > 40 else t
    t = re.sub(r"[^a-z0-9 ]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _flat(service: dict) -> list[str]:
    out: list[str] = []

    def walk(reqs):
        for r in reqs:
            out.append(r["text"])
            walk(r.get("children", []))

    walk(service.get("requirements", []))
    for v in service.get("variants", []):
        walk(v.get("requirements", []))
    return out


def _missing(a: list[str], b: list[str]) -> list[str]:
    """Items of a with no close counterpart in b."""
    nb = [_norm(x) for x in b]
    result = []
    for x in a:
        nx = _norm(x)
        if not any(nx == y or difflib.SequenceMatcher(None, nx, y).ratio() >= 0.85 for y in nb):
            result.append(x)
    return result


def _timed(steps: list[dict]) -> int:
    return sum(1 for s in steps if s.get("duration_minutes") is not None)


def _empty(v) -> bool:
    return v is None or v == [] or v == "" or v == {}


def merge_pair(std: dict, sop: dict) -> dict:
    """000 entry (std) merged with the 001 entry (sop) of the same code."""
    out = copy.deepcopy(std)
    notes = list(out.get("review_notes", []))
    std_items, sop_items = _flat(std), _flat(sop)
    broken = BROKEN_000_LISTS.get(std["code"])
    if broken and sop_items:
        out["requirements"] = copy.deepcopy(sop.get("requirements", []))
        out["variants"] = copy.deepcopy(sop.get("variants", []))
        notes.append(
            f"Checklist diambil dari 001 Lampiran I karena {broken}. Daftar 000 yang tercetak: " + "; ".join(std_items)
        )
    elif not std_items and sop_items:
        out["requirements"] = copy.deepcopy(sop.get("requirements", []))
        out["variants"] = copy.deepcopy(sop.get("variants", []))
        notes.append("Daftar persyaratan 000 kosong; persyaratan diambil dari 001 Lampiran I (perlu ditinjau).")
    else:
        extra = _missing(sop_items, std_items)
        lacking = _missing(std_items, sop_items)
        if extra:
            notes.append("001 Lampiran I juga menyebut: " + "; ".join(extra))
        if lacking:
            notes.append("000 menyebut " + "; ".join(lacking) + " yang tidak ada di 001")
    std_steps, sop_steps = std.get("steps", []), sop.get("steps", [])
    if sop_steps and (not std_steps or len(std_steps) < len(sop_steps) or _timed(std_steps) < _timed(sop_steps)):
        out["steps"] = copy.deepcopy(sop_steps)
        notes.append("Langkah diambil dari SOP 001 (Lampiran II), lebih rinci dari prosedur 000.")
    for key, val in sop.items():
        if key in ("code", "requirements", "variants", "steps", "sources", "review_notes"):
            continue
        if _empty(out.get(key)) and not _empty(val):
            out[key] = copy.deepcopy(val)
    sources = list(out.get("sources", []))
    for s in sop.get("sources", []):
        if s not in sources:
            sources.append(s)
    out["sources"] = sources
    for n in sop.get("review_notes", []):
        notes.append(f"[001] {n}")
    out["review_notes"] = notes
    return out


def build(src_dir: Path) -> dict:
    files = sorted(p for p in src_dir.glob("*.json") if p.is_file())
    by_file: dict[str, dict[str, dict]] = {}
    for p in files:
        data = json.loads(p.read_text(encoding="utf-8"))
        by_file[p.name] = {s["code"]: s for s in data.get("services", [])}
    merged: dict[str, dict] = {}
    origin: dict[str, str] = {}
    std = by_file.get(CHECKLIST, {})
    sop = by_file.get(SOP, {})
    for code in sorted(set(std) | set(sop)):
        if code in std and code in sop:
            merged[code] = merge_pair(std[code], sop[code])
        else:
            merged[code] = copy.deepcopy(std.get(code) or sop[code])
        origin[code] = CHECKLIST if code in std else SOP
    for name, services in by_file.items():
        if name in (CHECKLIST, SOP):
            continue
        for code, s in services.items():
            if code in merged:
                raise ValueError(f"kode {code} ada di {origin[code]} dan {name}")
            merged[code] = copy.deepcopy(s)
            origin[code] = name
    import fixes_review

    fixes_review.apply(merged, sop)
    services = [merged[c] for c in sorted(merged)]
    body = json.dumps(services, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    version = "catalog-" + hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]
    catalog = {"version": version, "services": services}
    from db.catalog.schema import Catalog

    Catalog.model_validate(catalog)
    return catalog


def write(catalog: dict, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=SRC)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    catalog = build(args.src)
    write(catalog, args.out)
    print(f"{args.out}: {len(catalog['services'])} layanan, versi {catalog['version']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
