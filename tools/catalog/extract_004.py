"""Mechanical extraction of seed 004 (four standar pelayanan of DPMPTSP Provinsi Kalimantan Utara) into
tools/catalog/out/004.extracted.json.

Each standard is a 15-row table "NO. KOMPONEN URAIAN"; rows may wrap onto following lines (continuation lines start
with a tab). The extractor cleans the HTML/markdown noise, splits numbered lists, splits "A. ... B. ..." requirement
groups into named sets, and parses "N Hari Kerja (label) + M Hari Kerja (label)" time limits into parts.

Usage: python tools/catalog/extract_004.py [seed_path]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from extract_003 import clean, split_items  # noqa: E402

REPO = HERE.parents[1]
SEED_NAME = "004_b9f0899b63695d17.txt"
DEFAULT_SEED = REPO.parent / "shared" / "seeds" / SEED_NAME
OUT = HERE / "out" / "004.extracted.json"

ROW = re.compile(r"^(\d{1,2})\.\t([^\t]+)\t?(.*)$")
KEYS = {
    1: "jenis_layanan",
    2: "dasar_hukum",
    3: "persyaratan",
    4: "prosedur",
    5: "waktu",
    6: "biaya",
    7: "produk",
    8: "pengaduan",
    9: "sarana",
    10: "kompetensi",
    11: "pengawasan",
    12: "jumlah_pelaksana",
    13: "jaminan_pelaksanaan",
    14: "jaminan_keamanan",
    15: "evaluasi",
}


def parse_sla_parts(text: str) -> list[dict]:
    """'14 Hari Kerja (OPD Teknis) + 5 Hari Kerja (DPMPTSP)' -> parts; a part not in hari kerja gets days None."""
    parts = []
    for chunk in text.split("+"):
        label = re.search(r"\(([^()]+)\)?\s*$", chunk.strip())
        days = re.search(r"(\d+)\s*Hari Kerja", chunk, re.I)
        parts.append(
            {
                "text": clean(chunk),
                "label": label.group(1).strip() if label else None,
                "working_days": int(days.group(1)) if days else None,
            }
        )
    return parts if len(parts) > 1 else []


def split_groups(text: str) -> list[dict]:
    """'A. title: 1. .. B. title: 1. ..' -> named groups; else one unnamed group."""
    marks = list(re.finditer(r"(?:(?<=\s)|^)([A-H])\.\s+(.+?):", text))
    if len(marks) < 2:
        return [{"name": None, "items": split_items(text)}]
    groups = []
    for i, m in enumerate(marks):
        stop = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        groups.append({"name": clean(m.group(2)), "items": split_items(text[m.end() : stop])})
    return groups


def extract(seed: Path) -> dict:
    lines = seed.read_text(encoding="utf-8").splitlines()
    services: list[dict] = []
    svc = None
    current = None
    title: list[str] = []
    for ln, line in enumerate(lines, start=1):
        if line.strip().startswith("**STANDAR PELAYANAN") or line.strip().startswith("STANDAR PELAYANAN"):
            svc = {"line_start": ln, "line_end": ln, "title": "", "rows": {}}
            services.append(svc)
            title = [line]
            current = None
            continue
        if svc is None:
            continue
        if title and not line.startswith("NO.") and current is None and line.strip():
            title.append(line)
            continue
        if line.startswith("NO."):
            svc["title"] = clean(" ".join(title))
            title = []
            continue
        m = ROW.match(line)
        if m and int(m.group(1)) in KEYS and m.group(2).strip():
            current = KEYS[int(m.group(1))]
            svc["rows"][current] = {"line_start": ln, "line_end": ln, "raw": m.group(3)}
            svc["line_end"] = ln
            continue
        if current and line.strip():
            row = svc["rows"][current]
            row["raw"] += " " + line
            row["line_end"] = ln
            svc["line_end"] = ln
    for svc in services:
        for row in svc["rows"].values():
            row["text"] = clean(row.pop("raw"))
        rows = svc["rows"]
        svc["name"] = rows["jenis_layanan"]["text"]
        svc["requirement_groups"] = split_groups(rows["persyaratan"]["text"])
        svc["legal_basis"] = [i["text"] for i in split_items(rows["dasar_hukum"]["text"])]
        svc["sla_text"] = rows["waktu"]["text"]
        svc["sla_parts"] = parse_sla_parts(rows["waktu"]["text"])
        fee = rows["biaya"]["text"]
        svc["fee_text"] = fee
        svc["fee_rupiah"] = 0 if re.search(r"Rp\.?\s*0\b|gratis", fee, re.I) else None
    return {"seed": SEED_NAME, "services": services}


def main(argv: list[str]) -> int:
    seed = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    data = extract(seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['services'])} services -> {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
