"""Mechanical extraction of seed 000 (Keputusan Kepala DPMPTSP Kabupaten Balangan 2021 tentang Standar Pelayanan).

Reads the OCR text and writes ``tools/catalog/out/000.extracted.json``: one entry per "Jenis Pelayanan" standard
(83 of them), in seed order, coded DPM-001 .. DPM-083, with every part pointing back to its 1-based seed lines.
Nothing here is reviewed: the parser is deliberately literal (lettered lists must run a., b., c., ... in order) and
records what it could not parse in ``_flags``. The reviewed corrections live in ``fixes_000.py``; run with
``--reviewed`` to apply them and write ``resources/catalog/src/000.json``.

Usage:
    python tools/catalog/extract_000.py [path/to/000_81ace2c4cef73151.txt]              # extracted JSON only
    python tools/catalog/extract_000.py --reviewed [path/to/000_81ace2c4cef73151.txt]   # + reviewed catalog
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEED_NAME = "000_81ace2c4cef73151.txt"
DEFAULT_SEED = REPO.parent / "shared" / "seeds" / SEED_NAME
OUT = HERE / "out" / "000.extracted.json"
SHIPPED = REPO / "resources" / "catalog" / "src" / "000.json"
VERSION = "000-2021"
AGENCY = "DPMPTSP Kabupaten Balangan"
FIRST_STANDARD_LINE = 85  # the Lampiran with the standards starts here

# ---------------------------------------------------------------- cleaning

_TAGS = re.compile(r"<\s*/?\s*(ul|li|p|i|b|br|ol|strong|em)\b[^>]*>", re.I)


def clean(text: str) -> str:
    """Remove OCR markup (HTML fragments, markdown marks, entities, tabs) and normalise spaces."""
    text = _TAGS.sub(" ", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("**", "").replace("\t", " ")
    text = text.replace("\u00a0", " ")
    text = re.sub(r"(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])", "", text)  # markdown italics *x*
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,;:.)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"(?<=[a-z])\((?=[A-Za-z])", " (", text)  # "Berusaha(NIB)" -> "Berusaha (NIB)"
    return text


def tidy_item(text: str) -> str:
    """A list item's text without its leading "dan" and trailing separator (";", ",", "; dan", ".", ":")."""
    text = re.sub(r"^(dan|atau)\s+", "", text.strip())
    previous = None
    while previous != text:
        previous = text
        text = re.sub(r"\s*[;,:]\s*(dan|atau)\s*$", "", text)
        text = re.sub(r"\s*[;,.:]+\s*$", "", text)
    return text.strip()


# ---------------------------------------------------------------- numbers

_UNITS = {
    "nol": 0,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
}


def words_to_int(words: str) -> int | None:
    """Indonesian number words to int: "dua belas" -> 12, "enam puluh satu" -> 61; None if not a number."""
    total = cur = 0
    seen = False
    for tok in words.lower().split():
        if tok in _UNITS:
            cur += _UNITS[tok]
        elif tok == "belas":
            total += cur + 10
            cur = 0
        elif tok == "puluh":
            total += cur * 10
            cur = 0
        elif tok == "ratus":
            total += cur * 100
            cur = 0
        else:
            return None
        seen = True
    return total + cur if seen else None


# ---------------------------------------------------------------- rows

PARTS = {  # label keyword -> part name (None: component the catalog does not carry)
    "persyaratan": "persyaratan",
    "sistem": "prosedur",
    "jangka": "jangka_waktu",
    "biaya": "biaya",
    "produk": "produk",
    "penanganan": "pengaduan",
    "dasar hukum": "dasar_hukum",
    "jumlah pelaksana": "pelaksana",
    "sarana": None,
    "kompetensi": None,
    "pengawasan": None,
    "jaminan": None,
    "evaluasi": None,
}
_HEADER = re.compile(r"^(NO\tKOMPONEN|1\t2\t3|KOMPONEN MANUFACTURING|PENYAMPAIAN PELAYANAN|-+\t)")
_ROW = re.compile(r"^(?:\S+ )?(\d)\.?\t([^\t<]+)\t?(.*)$")
_TITLE = re.compile(r"^Jenis Pelayanan\s*:\s*(?:\*\*)?\s*(\d+)\.\s*(?:\*\*)?\s*(.+?)\s*(?:\*\*)?\s*$")


class Cell:
    """The text of one table cell, kept as (line, cleaned fragment) pairs so positions map back to seed lines."""

    def __init__(self) -> None:
        self.frags: list[tuple[int, str]] = []

    def add(self, line: int, raw: str) -> None:
        self.frags.append((line, raw))

    @property
    def text(self) -> str:
        return " ".join(t for _, t in self.joined_spans())

    def joined_spans(self) -> list[tuple[int, str]]:
        return [(ln, clean(raw)) for ln, raw in self.frags if clean(raw)]

    def line_at(self, offset: int) -> int:
        """Seed line of the character at ``offset`` of ``text``."""
        pos = 0
        spans = self.joined_spans()
        for ln, t in spans:
            if offset < pos + len(t) + 1:
                return ln
            pos += len(t) + 1
        return spans[-1][0] if spans else self.frags[0][0]

    @property
    def line_start(self) -> int:
        return self.frags[0][0]

    @property
    def line_end(self) -> int:
        return self.frags[-1][0]

    def to_json(self) -> dict:
        return {
            "text": self.text,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "spans": [[ln, t] for ln, t in self.joined_spans()],
        }


def split_blocks(lines: list[str]) -> list[dict]:
    """One block per "Jenis Pelayanan" title: seed number, title line and the cells of its rows."""
    blocks: list[dict] = []
    current: Cell | None = None
    for no, line in enumerate(lines, start=1):
        if no < FIRST_STANDARD_LINE:
            continue
        m = _TITLE.match(line)
        if m and "**" in line:
            blocks.append({"seed_no": int(m.group(1)), "title": m.group(2).strip("* "), "title_line": no, "cells": {}})
            current = None
            continue
        if not blocks or not line.strip():
            continue
        if _HEADER.match(line):
            current = None
            continue
        m = _ROW.match(line)
        if m:
            label = m.group(2).strip().lower()
            part = next((p for key, p in PARTS.items() if label.startswith(key)), "?")
            if part == "?":
                raise ValueError(f"line {no}: unknown component {m.group(2)!r}")
            current = Cell() if part else None
            if part:
                if part in blocks[-1]["cells"]:
                    raise ValueError(f"line {no}: component {part} twice in one standard")
                blocks[-1]["cells"][part] = current
                current.add(no, m.group(3))
            continue
        if current is not None and "\t" in line:  # continuation of the current cell (page break in the table)
            cols = line.split("\t")
            current.add(no, " ".join(cols[2:]) if len(cols) >= 3 else cols[1])
    return blocks


# ---------------------------------------------------------------- lists

_LETTER = re.compile(r"(?:(?<=\s)|^)([a-z])[.)](?=\s|$)")
_DASH = re.compile(r"(?:(?<=\s)|^)-\s+")
_NUMBERED = re.compile(r"(?:(?<=\s)|^)(\d{1,2})\)(?=\s)")


def split_lettered(text: str, *, strict: bool = True) -> tuple[str, list[tuple[int, str]]]:
    """Split "a. x b. y" into [(offset, "x"), (offset, "y")] plus the text before "a.".

    strict: the markers must run a., b., c., ... without a gap, starting at "a." (a literal reading of the seed);
    otherwise any strictly increasing run of letters is accepted (for restarted or skipped lettering).
    """
    marks: list[re.Match] = []
    for m in _LETTER.finditer(text):
        letter = m.group(1)
        if strict:
            expected = chr(ord("a") + len(marks))
            if letter == expected:
                marks.append(m)
        elif not marks or letter > marks[-1].group(1):
            marks.append(m)
    if not marks:
        return text, []
    head = text[: marks[0].start()].strip()
    items = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        items.append((m.end() + 1 if m.end() < len(text) else m.end(), text[m.end() : end].strip()))
    return head, items


def split_children(text: str) -> tuple[str, list[str]]:
    """ "Dokumen : - x; - y" -> ("Dokumen", ["x", "y"]); no dash list -> (text, [])."""
    parts = _DASH.split(text)
    if len(parts) < 2:
        return text, []
    return tidy_item(parts[0]), [tidy_item(p) for p in parts[1:] if tidy_item(p)]


def requirement(text: str, line: int) -> dict:
    parent, kids = split_children(text)
    return {
        "text": tidy_item(parent),
        "mandatory": True,
        "condition": None,
        "children": [
            {"text": k, "mandatory": True, "condition": None, "children": [], "source": src(line, line, "persyaratan")}
            for k in kids
        ],
        "source": src(line, line, "persyaratan"),
    }


def src(start: int, end: int, part: str) -> dict:
    return {"file": SEED_NAME, "line_start": start, "line_end": end, "part": part}


_ACTORS = [  # (how the step text starts, actor)
    (r"Petugas Front Office|Front Office", "Front Office"),
    (r"Petugas Back Office|Back Office", "Back Office"),
    (r"Petugas Customer Service|Customer Service", "Customer Service"),
    (r"SKPD Teknis", "SKPD Teknis"),
    (r"Pemohon", "Pemohon"),
    (r"Kasi\b", "Kasi"),
    (r"Kabid\b", "Kabid"),
    (r"Kepala Dinas", "Kepala Dinas"),
]


def actor_of(text: str) -> str:
    for pattern, actor in _ACTORS:
        if re.match(pattern, text):
            return actor
    return "Petugas"


def step(text: str, line: int) -> dict:
    text = tidy_item(text)
    return {
        "actor": actor_of(text),
        "text": text,
        "duration_minutes": None,
        "duration_text": None,
        "output": None,
        "source": src(line, line, "prosedur"),
    }


# ---------------------------------------------------------------- service

_SMALL = {"dan", "atau", "di", "ke", "dari", "yang", "untuk", "oleh"}


def title_case(name: str) -> str:
    """Only for names the seed prints in capitals: "IZIN OPERASIONAL KLINIK" -> "Izin Operasional Klinik"."""
    if name != name.upper():
        return name
    words = name.lower().split()
    return " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def parse_sla(text: str) -> tuple[int | None, list[str]]:
    flags = []
    m = re.search(r"Maksimal\s+(\d+)\s*\(([^)]*)\)\s*hari kerja", text)
    if m:
        digits, words = int(m.group(1)), words_to_int(m.group(2))
        if words is not None and words != digits:
            flags.append(f"sla: digits {digits} disagree with words {m.group(2)!r}")
        return digits, flags
    m = re.search(r"Maksimal\s+([a-z ]+?)\s*\(([^)]*)\)\s*hari kerja", text)
    if m and words_to_int(m.group(1)) is not None:
        flags.append(f"sla: number given only in words {m.group(1)!r}")
        return words_to_int(m.group(1)), flags
    flags.append(f"sla: no single number of working days in {text!r}")
    return None, flags


def parse_fee(text: str) -> int | None:
    m = re.search(r"Rp\.?\s*([\d.]+)(?:,\d+)?", text)
    if m:
        return int(m.group(1).replace(".", "") or 0)
    if re.search(r"gratis|tidak dipungut", text, re.I):
        return 0
    return None


def build_service(index: int, block: dict) -> dict:
    code = f"DPM-{index:03d}"
    cells: dict[str, Cell] = block["cells"]
    flags: list[str] = []
    sources = [src(block["title_line"], block["title_line"], "judul")]
    for part in ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan", "dasar_hukum", "pelaksana"):
        if part in cells:
            sources.append(src(cells[part].line_start, cells[part].line_end, part))
        else:
            flags.append(f"{part}: row missing")

    def text_of(part: str) -> str:
        return cells[part].text if part in cells else ""

    # requirements
    requirements = []
    if text_of("persyaratan"):
        head, items = split_lettered(text_of("persyaratan"))
        if head or not items:
            flags.append(f"persyaratan: text outside a., b., ... list: {(head or text_of('persyaratan'))[:80]!r}")
        if not items:
            items = [(0, text_of("persyaratan"))]
        requirements = [requirement(t, cells["persyaratan"].line_at(off)) for off, t in items if tidy_item(t)]
    else:
        flags.append("persyaratan: empty")

    # steps
    steps = []
    if text_of("prosedur"):
        head, items = split_lettered(text_of("prosedur"))
        if head or not items:
            flags.append(f"prosedur: text outside a., b., ... list: {(head or text_of('prosedur'))[:80]!r}")
        if not items:
            items = [(0, text_of("prosedur"))]
        steps = [step(t, cells["prosedur"].line_at(off)) for off, t in items if tidy_item(t)]
    else:
        flags.append("prosedur: empty")

    sla_days, sla_flags = parse_sla(text_of("jangka_waktu"))
    flags += sla_flags
    fee = parse_fee(text_of("biaya"))
    if fee is None:
        flags.append(f"biaya: no amount in {text_of('biaya')!r}")

    # legal basis: "a. x b. y" or "• x • y" or one item
    legal = []
    dh = text_of("dasar_hukum")
    if dh:
        if "•" in dh:
            legal = [tidy_item(p) for p in dh.split("•") if tidy_item(p)]
        else:
            head, items = split_lettered(dh)
            if items:
                legal = ([tidy_item(head)] if head else []) + [tidy_item(t) for _, t in items]
            else:
                legal = [tidy_item(dh)]
    else:
        flags.append("dasar_hukum: empty")

    # complaint channels: the a.-f. list before "Ruang lingkup"
    channels = []
    pg = text_of("pengaduan")
    if pg:
        intro = pg.split("Ruang lingkup")[0]
        intro = intro.split("melalui:", 1)[-1]
        _, items = split_lettered(intro)
        channels = [tidy_item(t) for _, t in items if tidy_item(t)]
    if not channels:
        flags.append("pengaduan: no channel list")

    return {
        "code": code,
        "name": title_case(clean(block["title"])),
        "agency": AGENCY,
        "unit": None,
        "sector": None,
        "kind": None,
        "requirements": requirements,
        "variants": [],
        "steps": steps,
        "sla_working_days": sla_days,
        "sla_text": text_of("jangka_waktu") or None,
        "sla_parts": [],
        "fee_rupiah": fee if fee is not None else 0,
        "fee_text": text_of("biaya") or None,
        "product": tidy_item(text_of("produk")) or None,
        "legal_basis": legal,
        "complaint_channels": channels,
        "staff_count_text": tidy_item(text_of("pelaksana")) or None,
        "sources": sources,
        "review_notes": [],
        "_seed_no": block["seed_no"],
        "_flags": flags,
        "_raw": {part: cell.to_json() for part, cell in cells.items()},
    }


def extract(seed: Path) -> dict:
    lines = seed.read_text(encoding="utf-8").split("\n")
    blocks = split_blocks(lines)
    services = [build_service(i, b) for i, b in enumerate(blocks, start=1)]
    return {"version": VERSION, "seed": SEED_NAME, "services": services}


def main(argv: list[str]) -> int:
    reviewed = "--reviewed" in argv
    args = [a for a in argv if a != "--reviewed"]
    seed = Path(args[0]) if args else DEFAULT_SEED
    data = extract(seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['services'])} services")
    if reviewed:
        sys.path.insert(0, str(HERE))
        import fixes_000  # noqa: PLC0415 - the reviewed pass is optional

        catalog = fixes_000.apply_all(data)
        SHIPPED.parent.mkdir(parents=True, exist_ok=True)
        SHIPPED.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{SHIPPED}: {len(catalog['services'])} services")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
