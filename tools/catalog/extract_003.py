"""Mechanical extraction of seed 003 (Keputusan Sekretaris Daerah Kabupaten Balangan 2024: standar pelayanan of the
eight bureaus of the Sekretariat Daerah) into tools/catalog/out/003.extracted.json.

Mechanical only: no per-service knowledge lives here. It finds the bureau decrees, the service blocks ("Jenis
Layanan : N. ..."), the 14 components of each block (by their label cell, else by their row number), cleans the OCR
noise and splits numbered / ";"-separated lists. A block whose heading the OCR lost (a second "Persyaratan" row after a
finished block) becomes an entry with ``heading_missing: true`` and ``number`` = previous + 1; fixes_003.py names it.

Usage: python tools/catalog/extract_003.py [seed_path]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEED_NAME = "003_13d4438e569f3e1c.txt"
DEFAULT_SEED = REPO.parent / "shared" / "seeds" / SEED_NAME
OUT = HERE / "out" / "003.extracted.json"

BUREAUS = [
    # (code, unit, regex on the decree title "STANDAR PELAYANAN PUBLIK BAGIAN ...")
    ("PEM", "Bagian Pemerintahan", r"BAGIAN PEMERINTAHAN"),
    ("KESRA", "Bagian Kesejahteraan Rakyat", r"BAGIAN KESEJAHTERAAN RAKYAT"),
    ("HKM", "Bagian Hukum", r"BAGIAN HUKUM"),
    ("EKO", "Bagian Perekonomian dan Sumber Daya Alam", r"BAGIAN PEREKONOMIAN"),
    ("PBJ", "Bagian Pengadaan Barang dan Jasa", r"BAGIAN PENGADAAN BARANG"),
    ("UMUM", "Bagian Umum", r"BAGIAN UMUM"),
    ("ORG", "Bagian Organisasi", r"BAGIAN ORGANISASI"),
    ("PROKOPIM", "Bagian Protokol dan Komunikasi Pimpinan", r"BAGIAN PROTOKOL"),
]

# component number -> key, and the label words that open it
COMPONENTS = {
    1: ("persyaratan", r"^Persyara"),
    2: ("prosedur", r"^(Sistem|Mekanisme|Prosedur|dan Prosedur)"),
    3: ("jangka_waktu", r"^Jangka"),
    4: ("biaya", r"^Biaya"),
    5: ("produk", r"^Produk"),
    6: ("pengaduan", r"^(Penanganan|Pengaduan)"),
    7: ("dasar_hukum", r"^Dasar Hukum"),
    8: ("sarana", r"^Sarana"),
    9: ("kompetensi", r"^Kompetensi"),
    10: ("pengawasan", r"^Pengawasan"),
    11: ("jumlah_pelaksana", r"^Jumlah Pelaksana"),
    12: ("jaminan_pelayanan", r"^Jaminan Pelayanan"),
    13: ("jaminan_keamanan", r"^Jaminan Keamanan"),
    14: ("evaluasi", r"^Evaluasi"),
}
KEY_OF = {n: key for n, (key, _) in COMPONENTS.items()}

HEADING = re.compile(r"^Jenis Layanan\s*:\s*(\d{1,2})\.\s*(.+?)\s*$")
DECREE_TITLE = re.compile(r"^STANDAR PELAYANAN PUBLIK (BAGIAN .+?) SEKRETARIAT DAE(?:R?A)?H KABUPATEN BALANGAN\s*$")
BLOCK_END = re.compile(r"^(SEKRETARIS DAERAH KAB|MAKLUMAT PELAYANAN)")
SECTION_MARK = re.compile(r"(PENYAMP|PENGELOL|MANUFACTURING|Service Delivery)", re.I)

TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def clean(text: str) -> str:
    """Remove OCR/HTML noise and normalise whitespace (content words are left alone)."""
    text = TAG.sub(" ", text)
    text = text.replace("**", " ").replace("&nbsp;", " ").replace("&amp;", "&").replace("\t", " ")
    text = text.replace("•", " ").replace("✓", " ; ").replace("\u00a0", " ")
    text = re.sub(r"\(\s*(MANUFACTURING|Service Delivery)\s*\)", " ", text, flags=re.I)
    text = re.sub(
        r"\b(PENYAMPAIA?N?|PENGELOLAA?N?)\s+(N\s+)?(PE\s+|PEI\s+)?(LAYANAN|PELAYANAN|AN PELAYANAN)\b", " ", text
    )
    text = re.sub(r"\s+", " ", text)
    return text.strip(" ;,")


def tidy_item(text: str) -> str:
    text = clean(text)
    text = re.sub(r"\s+([;,.:])", r"\1", text)
    text = re.sub(r"(;|,)\s*(dan|atau)?$", "", text).strip()
    text = re.sub(r"\s*;$", "", text).strip()
    text = text.rstrip(";,").strip()
    return text


NUM_MARK = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[;.:]))(\d{1,2})\s?\.\s+(?=\S)")
LETTER_MARK = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[;:]))([a-h])\.\s+(?=\S)")


def _split_sequential(text: str, pattern: re.Pattern[str], first: str) -> list[str] | None:
    """Split at markers that follow the sequence first, next, ... (1., 2., ... or a., b., ...)."""
    expected = first
    cuts: list[tuple[int, int]] = []
    for m in pattern.finditer(text):
        if m.group(1) == expected:
            cuts.append((m.start(), m.end()))
            expected = str(int(expected) + 1) if expected.isdigit() else chr(ord(expected) + 1)
    if len(cuts) < 2:
        return None
    parts = [text[: cuts[0][0]]] if text[: cuts[0][0]].strip() else []
    for i, (_, end) in enumerate(cuts):
        stop = cuts[i + 1][0] if i + 1 < len(cuts) else len(text)
        parts.append(text[end:stop])
    return parts


def split_items(text: str) -> list[dict]:
    """Split a component's text into items: numbered markers, else ';'. Letter markers become children."""
    text = clean(text)
    if not text:
        return []
    parts = _split_sequential(text, NUM_MARK, "1")
    if parts is None:
        parts = [p for p in re.split(r";\s*", text)]
    items = []
    for part in parts:
        children = _split_sequential(part, LETTER_MARK, "a")
        if children:
            head = tidy_item(children[0].rstrip(": ")) if not LETTER_MARK.match(part.strip()) else ""
            kids = [tidy_item(c) for c in (children[1:] if head else children)]
            if head:
                items.append({"text": head, "children": [{"text": k} for k in kids if k]})
                continue
            items.extend({"text": k} for k in kids if k)
            continue
        t = tidy_item(part)
        if t:
            items.append({"text": t})
    return items


def parse_days(sla: str) -> int | None:
    m = re.search(r"(\d+)\s*(\([a-z ]+\)\s*)?hari kerja", sla, re.I)
    return int(m.group(1)) if m else None


def component_of(cells: list[str], current: int) -> tuple[int | None, list[str]]:
    """Which component a table row opens (None: a continuation row) and the row's content cells."""
    stripped = [c.strip() for c in cells]
    for idx in range(min(3, len(stripped))):
        label = stripped[idx]
        for num, (_key, rx) in COMPONENTS.items():
            if label and re.match(rx, label):
                # "Prosedur" / "Pengaduan" alone are also the wrapped tail of a label: only open when ahead
                if num < current and not re.match(r"^\d{1,2}\.", stripped[0] or ""):
                    return None, cells[idx + 1 :]
                return num, cells[idx + 1 :]
    m = re.match(r"^(\d{1,2})\.$", stripped[0]) if stripped else None
    if m and len(stripped) > 1 and stripped[1] == "" and current < int(m.group(1)) <= 14:
        return int(m.group(1)), cells[2:]
    return None, cells[1:] if len(cells) > 1 and re.match(r"^[\d.\s]*$|^[^\w]*$", stripped[0]) else cells


def dedupe_rows(rows: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """OCR repeated rows: drop a row that the next row repeats (same text or a prefix of it)."""
    out: list[tuple[int, str]] = []
    for i, (ln, text) in enumerate(rows):
        nxt = rows[i + 1][1] if i + 1 < len(rows) else None
        norm = clean(text)
        if nxt is not None and norm and clean(nxt).startswith(norm):
            continue
        out.append((ln, text))
    return out


def extract(seed: Path) -> dict:
    lines = seed.read_text(encoding="utf-8").splitlines()
    services: list[dict] = []
    bureau: tuple[str, str] | None = None
    bureau_lists: dict[str, dict] = {}
    svc: dict | None = None
    current = 0
    in_list = False

    def close() -> None:
        nonlocal svc
        if svc is not None:
            finish(svc)
            services.append(svc)
        svc = None

    def open_service(number: int, name: str | None, ln: int, missing: bool) -> None:
        nonlocal svc, current
        close()
        svc = {
            "bureau": bureau[0],
            "unit": bureau[1],
            "number": number,
            "name": name,
            "heading_missing": missing,
            "line_start": ln,
            "line_end": ln,
            "components": {},
        }
        current = 0

    for ln, raw in enumerate(lines, start=1):
        line = raw.rstrip("\n")
        m = DECREE_TITLE.match(line.strip())
        if m:
            close()
            title = m.group(1)
            for code, unit, rx in BUREAUS:
                if re.search(rx, title):
                    bureau = (code, unit)
            in_list = False
            continue
        if bureau is None:
            continue
        if line.startswith("A. JENIS PELAYANAN"):
            in_list = True
            bureau_lists[bureau[0]] = {"line_start": ln, "line_end": ln, "text": ""}
            continue
        if in_list:
            if line.startswith("B. KOMPONEN"):
                in_list = False
                continue
            if line.strip():
                entry = bureau_lists[bureau[0]]
                entry["line_end"] = ln
                entry["text"] = clean(entry["text"] + " " + line)
            continue
        h = HEADING.match(line.strip())
        if h:
            open_service(int(h.group(1)), h.group(2), ln, False)
            continue
        if BLOCK_END.match(line.strip()):
            close()
            continue
        cells = line.split("\t")
        num, content = component_of(cells, current)
        if num == 1 and svc is None and services and services[-1]["bureau"] == bureau[0]:
            # a block after the bureau's closing signature would be odd; treat as missing heading too
            open_service(services[-1]["number"] + 1, None, ln, True)
        elif num == 1 and svc is not None and current >= 3:
            open_service(svc["number"] + 1, None, ln, True)
        if svc is None:
            continue
        text = " ".join(c for c in content if c.strip())
        if num is not None:
            current = num
        if current == 0 or not text.strip():
            continue
        if SECTION_MARK.search(text) and len(clean(text)) < 3:
            continue
        comp = svc["components"].setdefault(KEY_OF[current], {"line_start": ln, "line_end": ln, "rows": []})
        comp["line_end"] = ln
        comp["rows"].append((ln, text))
        svc["line_end"] = ln
    close()
    return {"seed": SEED_NAME, "bureau_lists": bureau_lists, "services": services}


def finish(svc: dict) -> None:
    for key, comp in svc["components"].items():
        rows = dedupe_rows(comp.pop("rows"))
        comp["text"] = clean(" ".join(t for _, t in rows))
        if key in ("persyaratan", "prosedur", "dasar_hukum", "pengaduan", "produk", "sarana"):
            comp["items"] = split_items(comp["text"])
    sla = svc["components"].get("jangka_waktu", {}).get("text", "")
    svc["sla_text"] = sla or None
    svc["sla_working_days"] = parse_days(sla) if sla else None
    fee = svc["components"].get("biaya", {}).get("text", "")
    svc["fee_text"] = fee or None
    svc["fee_rupiah"] = 0 if re.search(r"tanpa dipungut biaya|tidak dipungut biaya|gratis", fee, re.I) else None


def main(argv: list[str]) -> int:
    seed = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    data = extract(seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    per = {}
    for s in data["services"]:
        per.setdefault(s["bureau"], []).append(s["number"])
    print(f"{len(data['services'])} services -> {OUT}")
    for code, nums in per.items():
        print(f"  {code}: {nums}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
