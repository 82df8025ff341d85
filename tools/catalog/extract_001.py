"""Mechanical extraction of seed 001 (Perbup Balangan 16/2021, SOP pelayanan perizinan terintegrasi).

Reads the OCR text and writes ``tools/catalog/out/001.extracted.json``: Pasal 7 (services by sector), the
Lampiran I requirement blocks and the Lampiran II SOP tables, each with 1-based source lines, plus the services
joined from both (Lampiran I block + SOP table, matched by normalised name). Nothing here is reviewed: the reviewed
corrections live in ``fixes_001.py``, which turns this output into ``resources/catalog/src/001.json``.

Usage: python tools/catalog/extract_001.py [path/to/001_e49251e3d62d5902.txt]
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEED_NAME = "001_e49251e3d62d5902.txt"
DEFAULT_SEED = REPO.parent / "shared" / "seeds" / SEED_NAME
OUT = HERE / "out" / "001.extracted.json"

LAMPIRAN_I_START = 388
LAMPIRAN_II_MARK = "LAMPIRAN II. ALUR PELAYANAN"
NON_LICENSING_NAMES = ("pelayanan pengaduan", "pelayanan informasi", "pelayanan konsultasi")

# ---------------------------------------------------------------- cleaning

_TAGS = re.compile(r"<\s*/?\s*(ul|li|p|i|b|br|ol|strong|em)\b[^>]*>", re.I)


def clean(text: str) -> str:
    """Remove OCR markup (HTML fragments, markdown marks, entities, tabs) and normalise spaces."""
    text = _TAGS.sub(" ", text)
    text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("**", "").replace("\t", " ")
    text = text.replace("\u00a0", " ").replace("•", " ")
    text = re.sub(r"(?<!\w)\*(?!\w)", " ", text)  # lone asterisks (markdown italics remains)
    text = re.sub(r"(?<=\w)\*(?=[\s,.;:)]|$)|(?<=[\s(])\*(?=\w)", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([,;:.)])", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    return text


def strip_list_mark(text: str) -> str:
    return re.sub(r"^[\s\-•*]+", "", text).strip()


def norm_name(name: str) -> str:
    """Normalised service name for matching: lower case, OCR typos of frequent words, no punctuation."""
    n = clean(name).lower()
    for a, b in (
        ("perkam", "perekam"),
        ("tanaga", "tenaga"),
        ("serifikat", "sertifikat"),
        ("kontruksi", "konstruksi"),
        ("site plan", "siteplan"),
        ("ortosis", "ortotis"),
        ("budi daya", "budidaya"),
    ):
        n = n.replace(a, b)
    n = re.sub(r"[^a-z0-9 ]+", " ", n)
    return re.sub(r"\s+", " ", n).strip()


# ---------------------------------------------------------------- conditions

_COND_PATTERNS = [
    re.compile(r"\((?P<c>(?:untuk|bila|bagi|apabila|jika|khusus|kecuali)\b[^)]*)\)", re.I),
    re.compile(r"(?P<c>\b(?:bila|apabila|jika)\b.*)$", re.I),
    re.compile(r"(?P<c>\bbagi yang\b.*)$", re.I),
    re.compile(r"(?P<c>\buntuk yang\b.*)$", re.I),
    re.compile(r"(?P<c>\bkecuali untuk\b.*)$", re.I),
    re.compile(r"(?P<c>\bbagi (?:lulusan|optikal|dokter)\b.*)$", re.I),
]


def find_condition(text: str) -> str | None:
    for pat in _COND_PATTERNS:
        m = pat.search(text)
        if m:
            cond = m.group("c").strip().rstrip(";.,").strip()
            return cond or None
    return None


# ---------------------------------------------------------------- Pasal 7


def parse_pasal7(lines: list[str]) -> list[dict]:
    """Services listed in Pasal 7 with their section (B: OSS, C: non berusaha, II: non perizinan) and sector."""
    out: list[dict] = []
    start = next(i for i, ln in enumerate(lines) if ln.strip() == "Pasal 7")
    end = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("BAB VII"))
    section = sector = None
    for i in range(start, end):
        raw = strip_list_mark(clean(lines[i]))
        if not raw:
            continue
        m = re.match(r"^([A-D])\.\s+(.*)$", raw)
        if m and m.group(1) == "A" and m.group(2).startswith("PELAYANAN PENDAMPINGAN"):
            out.append({"section": "A", "sector": None, "name": m.group(2).title(), "line": i + 1, "subitems": []})
            section = "A"
            continue
        if m and (m.group(2).startswith("PELAYANAN") or m.group(2).startswith("Layanan")):
            if m.group(2).startswith("Layanan"):
                out.append({"section": "II", "sector": None, "name": m.group(2).rstrip(";."), "line": i + 1})
                continue
            section = m.group(1)
            sector = None
            continue
        if raw.startswith("II. PELAYANAN NON PERIZINAN"):
            section = "II"
            continue
        m = re.match(r"^\d+\.\s+SEKTOR\s+(.*?)\.?$", raw)
        if m:
            sector = m.group(1).strip().title()
            continue
        m = re.match(r"^([a-z])\.\s+(.*)$", raw)
        if m and section in ("B", "C"):
            out.append(
                {
                    "section": section,
                    "sector": sector,
                    "letter": m.group(1),
                    "name": m.group(2).rstrip(";:. ").strip(),
                    "line": i + 1,
                    "subitems": [],
                }
            )
            continue
        m = re.match(r"^(\d+)\)\.?\s+(.*)$", raw)
        if m and section in ("B", "C") and out:
            out[-1]["subitems"].append({"name": m.group(2).rstrip(";:. ").strip(), "line": i + 1})
    return out


# ---------------------------------------------------------------- Lampiran I

_HEAD_RE = re.compile(r"^\s*(?:A\.\s*)?(?:[AB]\.\s*)?I\.?1\.(?:2\.1|3)(?:\.\d+){0,2}\.?\s+(?P<title>.+)$")
_SECTOR_RE = re.compile(r"^(?:Sektor|SEKTOR)\s+(?P<s>.+)$")
_MARKER_RE = re.compile(
    r"^(?:[a-e]\.\s*)?(?P<kind>Syarat|Persyaratan|Dasar\s+[Hh]ukum|Definisi)\b(?P<rest>[^:]*):?\s*(?P<after>.*)$"
)


def _is_variant_line(raw: str, stripped: str) -> bool:
    """A bold-only, un-numbered line that is not a section marker opens a named variant."""
    body = raw.strip().lstrip("-• ").strip()
    if not (body.startswith("**") and body.rstrip().endswith("**")):
        return False
    if _MARKER_RE.match(stripped) or re.match(r"^(\d+\)|[a-z]\)|[a-z]\.|\d+\.)", stripped):
        return False
    return True


def parse_lampiran1(lines: list[str], l2_start: int) -> list[dict]:
    """Blocks of Lampiran I, one per heading, each with its requirement tree (mechanical)."""
    heads: list[tuple[int, str]] = []
    sector = None
    sectors: dict[int, str | None] = {}
    i = LAMPIRAN_I_START - 1
    while i < l2_start:
        c = clean(lines[i])
        if c.startswith("AI121.10.1"):
            # the OCR lost the heading numbers of the fishery sector ("AI121.10" / "Sektor perikanan" / title)
            j = i + 1
            while not clean(lines[j]) or clean(lines[j]).lower().startswith("sektor"):
                if clean(lines[j]).lower().startswith("sektor"):
                    sector = clean(lines[j]).split(" ", 1)[1].title()
                j += 1
            heads.append((j, clean(lines[j])))
            sectors[j] = sector
            i = j + 1
            continue
        if re.match(r"^A\.\s*I\.1\.1\.\s+PELAYANAN PENDAMPINGAN", c):
            heads.append((i, c.split(" ", 2)[2].title()))
            sectors[i] = None
            i += 1
            continue
        m = _HEAD_RE.match(c)
        if m:
            title = m.group("title").strip()
            ms = _SECTOR_RE.match(title)
            if ms:
                sector = ms.group("s").strip()
            elif not title.isupper():
                heads.append((i, title))
                sectors[i] = sector
        i += 1
    heads.sort()
    # fix the sector of the block following the fishery block
    blocks = []
    for k, (i, title) in enumerate(heads):
        end = heads[k + 1][0] if k + 1 < len(heads) else l2_start
        # stop a block at a sector heading
        for j in range(i + 1, end):
            c = clean(lines[j])
            m = _HEAD_RE.match(c)
            if (m and _SECTOR_RE.match(m.group("title"))) or c.startswith("AI121") or c.startswith("B.I.1.3 "):
                end = j
                break
            if c.startswith("BUPATI BALANGAN"):
                end = j
                break
        blocks.append(_parse_block(lines, i, end, title, sectors.get(i)))
    return blocks


def _new_req(text: str, line: int) -> dict:
    cond = find_condition(text)
    req = {"text": text, "mandatory": cond is None, "condition": cond, "children": [], "line": line}
    return req


def _parse_block(lines: list[str], start: int, end: int, title: str, sector: str | None) -> dict:
    """Requirement tree of one Lampiran I block.

    Numbered items (``1)``, ``1.``, ``a)``) are requirements; un-numbered dash items following an item are its
    children; a bold-only line opens a named variant; "Syarat ..." lines open a requirement section.
    """
    block = {
        "title": clean(title).rstrip(";."),
        "sector": sector,
        "line_start": start + 1,
        "line_end": end,
        "requirements": [],
        "variants": [],
        "sections": [],
        "legal_basis": [],
    }
    letters_are_items = block["title"].lower().startswith("pelayanan pendampingan")  # "a. Nomor Induk ..."
    in_req = letters_are_items
    in_legal = False
    current_list = block["requirements"]
    current_variant = None
    last_item = None
    last_child = None
    last_variant_empty_name = None
    for j in range(start + 1, end):
        raw = lines[j]
        c = clean(raw)
        if not c:
            continue
        s = strip_list_mark(c)
        if not s:
            continue
        mk = _MARKER_RE.match(s)
        if mk:
            kind = mk.group("kind").lower()
            if kind.startswith("syarat") or kind.startswith("persyaratan"):
                # "1) **Persyaratan Izin Baru**" is an item, not a section marker
                in_req = True
                in_legal = False
                block["sections"].append({"name": clean(s).rstrip(":").strip(), "line": j + 1})
                rest = (mk.group("rest") or "").strip()
                lowered = rest.lower()
                if rest and not lowered.startswith(("administrasi", "teknis", "administrasi:")):
                    # e.g. "Syarat Izin Lingkungan (AMDAL)", "Syarat Untuk Perubahan Penanggung Jawab ..."
                    name = re.sub(r"^(?:[a-e]\.\s*)?Syarat\s+", "", clean(s)).rstrip(":").strip()
                    current_variant = {"name": name, "requirements": [], "line": j + 1}
                    block["variants"].append(current_variant)
                    current_list = current_variant["requirements"]
                    last_item = None
                continue
            in_req = False
            in_legal = kind.startswith("dasar")
            after = mk.group("after").strip()
            if in_legal and after:
                block["legal_basis"].append(after)
            continue
        if _is_variant_line(raw, s):
            name = s.rstrip(":").strip()
            if current_variant is not None and not current_variant["requirements"]:
                # nested heading (e.g. "SLF Bangunan Gedung baru" > "Bangunan Gedung rumah tinggal ...")
                parent = current_variant["name"]
                block["variants"].remove(current_variant)
                last_variant_empty_name = parent
                name = f"{parent}: {name}"
            elif last_variant_empty_name and current_variant is not None:
                name = f"{last_variant_empty_name}: {name}"
            current_variant = {"name": name, "requirements": [], "line": j + 1}
            block["variants"].append(current_variant)
            current_list = current_variant["requirements"]
            last_item = None
            in_req = False
            continue
        if in_legal:
            block["legal_basis"].append(re.sub(r"^(\d+\)|[a-z]\.)\s*", "", s))
            continue
        if not in_req:
            continue
        m = re.match(r"^(?:(\d+)\)|(\d+)\.|([a-z])\))\s*(.*)$", s)
        if not m and letters_are_items:
            m = re.match(r"^(?:(\d+)\)|(\d+)\.|([a-z])\.)\s*(.*)$", s)
        if m:
            text = clean(m.group(4)).strip()
            if m.group(3) and last_item is not None and last_item.get("group"):
                child = _new_req(text, j + 1)
                child["mark"] = "alpha"
                last_item["children"].append(child)
                last_child = child
                continue
            item = _new_req(text, j + 1)
            item["mark"] = "num" if (m.group(1) or m.group(2)) else "alpha"
            if raw.count("**") >= 2 and m.group(1):
                item["group"] = True  # "1) **Persyaratan Izin Baru**": a group heading, its a) items are children
            current_list.append(item)
            last_item = item
            last_child = None
            continue
        if re.match(r"^[a-z]\.\s", s):
            # "a. Habitat Alami", "a. Untuk Penanggung Jawab": letter sub-heading inside a requirement section
            name = re.sub(r"^[a-z]\.\s*", "", s).rstrip(":").strip()
            current_variant = {"name": name, "requirements": [], "line": j + 1}
            block["variants"].append(current_variant)
            current_list = current_variant["requirements"]
            last_item = None
            continue
        if last_item is not None:
            child = _new_req(s, j + 1)
            child["mark"] = "dash"
            (last_child if (last_item.get("group") and last_child is not None) else last_item)["children"].append(child)
        else:
            block.setdefault("unparsed", []).append({"text": s, "line": j + 1})
    return block


# ---------------------------------------------------------------- Lampiran II

ACTOR_NAMES = [
    "Pemohon",
    "Customer Service",
    "SKPD Teknis",
    "Front Office",
    "Back Office",
    "Tim Pengaduan",
    "Kasi",
    "Kabid",
    "Kepala Dinas",
]
_ROW_RE = re.compile(r"^\s*(\d+)\s*\.?\s*\t(.*)$")
_DUR_RE = re.compile(r"^\s*(?:(\d+)\s*-\s*)?(\d+)\s*(menit|jam|hari)\s*$", re.I)
_MARKS = re.compile(r"^\s*(\[?(Start|End|Process|Decision(?: \d)?)\]?|Y|T|\{\s*T\s*/\s*Y\s*\})\s*$", re.I)


def duration_minutes(text: str) -> int | None:
    """menit as is; jam x 60; hari = hari kerja x 8 jam x 60 (480). Ranges and footnote marks give None."""
    m = _DUR_RE.match(text or "")
    if not m or m.group(1):
        return None
    n = int(m.group(2))
    unit = m.group(3).lower()
    return n if unit == "menit" else n * 60 if unit == "jam" else n * 480


def infer_actor(text: str, seen: list[str], header: list[str]) -> str | None:
    """The OCR lost the flowchart symbols that mark the actor column of each row: infer the actor from the
    wording of the step, following the column order of the table (DOMAIN.md, flows)."""
    t = text.lower()
    if t.startswith(
        (
            "mengajukan",
            "meminta informasi",
            "menyampaikan pengaduan",
            "menyampaikan informasi yang",
            "menyampaikan konsultasi",
        )
    ):
        return "Pemohon"
    if t.startswith("memberikan informasi persyaratan"):
        return "Customer Service"
    if t.startswith("mendampingi pemohon"):
        return "Front Office"
    if t.startswith("menerima dan memverifikasi berkas"):
        return "SKPD Teknis"
    if t.startswith("menerima berkas permohonan lengkap"):
        return "Front Office"
    if t.startswith(
        ("mengevaluasi", "menilai dan memproses", "menyevaluasi", "memproses izin", "memproses persetujuan izin pada")
    ):
        return "Back Office"
    if t.startswith(("memverifikasi dan memaraf", "persetujuan izin")):
        return "Kabid" if "Kasi" in seen else "Kasi"
    if t.startswith("memeriksa draft"):
        return "Kasi"
    if t.startswith("menetapkan izin"):
        return "Kabid"
    if t.startswith("menandatangani"):
        return "Kepala Dinas"
    if t.startswith(("menyerahkan izin", "memberi nomor izin")):
        return "Customer Service"
    # non-licensing SOPs (pengaduan, informasi, konsultasi)
    if t.startswith("menerima, memberikan tanda terima"):
        return "Customer Service"
    if t.startswith("memeriksa kelengkapan dokumen pengaduan"):
        return "Front Office"
    if t.startswith("mengklasifikasi"):
        return "Kasi"
    if t.startswith(("menelaah", "merata usahakan")):
        return "Tim Pengaduan"
    if t.startswith("memantau"):
        return "Kabid"
    if t.startswith(
        (
            "mencatat informasi",
            "menerima dan mencatat konsultasi",
            "menyampaikan informasi kepada",
            "menyampaikan hasil konsultasi",
        )
    ):
        return "Front Office"
    if t.startswith(("memberi tanggapan",)):
        return "Kasi"
    if t.startswith("menganalisis konsultasi"):
        return "Kabid"
    return None


def _header_actors(line: str) -> list[str]:
    found = []
    for cell in line.split("\t"):
        cell = clean(cell).replace("Costumer", "Customer")
        if cell in ACTOR_NAMES:
            found.append(cell)
    return found


def parse_lampiran2(lines: list[str], l2_start: int) -> list[dict]:
    name_idx = [i for i in range(l2_start, len(lines)) if re.search(r"Nama SOP\t", lines[i])]
    tables = []
    for k, i in enumerate(name_idx):
        nxt = name_idx[k + 1] if k + 1 < len(name_idx) else len(lines)
        # the block begins at the office heading above "Nomor SOP" (or the name line when the OCR merged it)
        start = i
        for j in range(i - 1, max(l2_start, i - 12), -1):
            if "DINAS" in lines[j] or "Nomor SOP" in lines[j]:
                start = j
        name = clean(lines[i].split("Nama SOP", 1)[1])
        nomor = None
        for j in range(start, i):
            if "Nomor SOP" in lines[j]:
                nomor = clean(lines[j].split("Nomor SOP", 1)[1])
        table = {
            "name": name,
            "nomor": nomor,
            "line_start": start + 1,
            "line_name": i + 1,
            "header_actors": [],
            "flow": None,
            "rows": [],
            "notes": [],
        }
        in_table = False
        last_row = None
        for j in range(i + 1, nxt):
            ln = lines[j]
            c = clean(ln)
            if re.match(r"^(No\.?|o)\t(Uraian|Deskripsi) Kegiatan", ln.strip("\ufeff")) or (
                not in_table and re.match(r"^\s*(No\.?|o)\s+(Uraian|Deskripsi) Kegiatan", c)
            ):
                in_table = True
                table["header_line"] = j + 1
                table["header_actors"] = _header_actors(ln)
                continue
            if in_table and not table["header_actors"] or (in_table and ln.startswith("\t\t") and not last_row):
                acts = _header_actors(ln)
                if acts:
                    table["header_actors"] = table["header_actors"] + [
                        a for a in acts if a not in table["header_actors"]
                    ]
                    continue
            if c.startswith("Keterangan") or (c.startswith("DINAS") and in_table and last_row):
                break
            if c.startswith("*") and in_table:
                table["notes"].append({"text": c.lstrip("* ").strip(), "line": j + 1})
                continue
            if not in_table:
                if c == "NON BERUSAHA":
                    table["flow"] = "sicantik"
                continue
            m = _ROW_RE.match(ln)
            if m:
                cells = [x for x in m.group(2).split("\t")]
                text = clean(cells[0])
                rest = [clean(x) for x in cells[1:]]
                marks = [x for x in rest if x and _MARKS.match(x)]
                vals = [x for x in rest if x and not _MARKS.match(x)]
                dur_i = next((q for q, v in enumerate(vals) if _DUR_RE.match(v) or v == "*"), None)
                if dur_i is None:
                    kel, dur, out, ket = (vals[0] if vals else None), None, (vals[1] if len(vals) > 1 else None), None
                else:
                    kel = vals[dur_i - 1] if dur_i >= 1 else None
                    dur = vals[dur_i]
                    out = vals[dur_i + 1] if len(vals) > dur_i + 1 else None
                    ket = vals[dur_i + 2] if len(vals) > dur_i + 2 else None
                last_row = {
                    "no": int(m.group(1)),
                    "text": text,
                    "kelengkapan": kel,
                    "waktu": dur,
                    "output": out,
                    "ket": ket,
                    "marks": marks,
                    "line": j + 1,
                }
                table["rows"].append(last_row)
            elif c and last_row is not None:
                last_row["text"] = f"{last_row['text']} {c}".strip()
                last_row.setdefault("extra_lines", []).append(j + 1)
        table["line_end"] = table["rows"][-1]["line"] if table["rows"] else table["line_name"]
        for note in table["notes"]:
            table["line_end"] = max(table["line_end"], note["line"])
        if table["flow"] is None:
            texts = " ".join(r["text"].lower() for r in table["rows"])
            table["flow"] = (
                "sicantik"
                if "si canti" in texts or "menetapkan izin" in texts
                else "oss"
                if "oss" in texts
                else "non_perizinan"
                if table["rows"] and norm_name(name) in NON_LICENSING_NAMES
                else "unknown"
            )
        seen: list[str] = []
        for r in table["rows"]:
            r["actor"] = infer_actor(r["text"], seen, table["header_actors"])
            if r["actor"]:
                seen.append(r["actor"])
            r["duration_minutes"] = duration_minutes(r["waktu"]) if r["waktu"] else None
        tables.append(table)
    return tables


# ---------------------------------------------------------------- join


JOIN_ALIASES = {
    # Lampiran II names a service differently from Lampiran I (reviewed by reading both headings)
    "sertifikat laik higiene sanitasi depot air minum": "usaha depot air minum dam",
}


def _join_key(name: str) -> str:
    n = norm_name(name.split(":")[0])
    return JOIN_ALIASES.get(n, n)


def join(blocks: list[dict], tables: list[dict]) -> list[dict]:
    """Pair SOP tables with Lampiran I blocks of the same (normalised, fuzzy-matched) name: best pairs first,
    each block and table used once. Unpaired tables and blocks are kept as services of their own."""
    pairs = []
    for ti, t in enumerate(tables):
        if norm_name(t["name"]) in NON_LICENSING_NAMES:
            continue
        for bi, b in enumerate(blocks):
            score = difflib.SequenceMatcher(None, _join_key(t["name"]), _join_key(b["title"])).ratio()
            if score >= 0.6:
                pairs.append((-score, abs(ti - bi), ti, bi))
    pairs.sort()
    t_to_b: dict[int, tuple[int, float]] = {}
    used_b: set[int] = set()
    for neg, _, ti, bi in pairs:
        if ti in t_to_b or bi in used_b:
            continue
        t_to_b[ti] = (bi, -neg)
        used_b.add(bi)
    services = []
    for ti, t in enumerate(tables):
        if ti in t_to_b:
            bi, score = t_to_b[ti]
            services.append(
                {"name": blocks[bi]["title"], "block": blocks[bi], "table": t, "match_score": round(score, 3)}
            )
        else:
            services.append({"name": t["name"], "block": None, "table": t, "match_score": None})
    for bi, b in enumerate(blocks):
        if bi not in used_b:
            services.append({"name": b["title"], "block": b, "table": None, "match_score": None})
    return services


def extract(seed: Path) -> dict:
    lines = seed.read_text(encoding="utf-8").split("\n")
    l2 = next(i for i, ln in enumerate(lines) if LAMPIRAN_II_MARK in ln)
    pasal7 = parse_pasal7(lines)
    blocks = parse_lampiran1(lines, l2)
    tables = parse_lampiran2(lines, l2)
    return {
        "seed": seed.name,
        "line_count": len(lines),
        "lampiran2_line": l2 + 1,
        "pasal7": pasal7,
        "lampiran1": blocks,
        "sop_tables": tables,
        "joined": join(blocks, tables),
    }


def main(argv: list[str]) -> int:
    seed = Path(argv[1]) if len(argv) > 1 else DEFAULT_SEED
    data = extract(seed)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{OUT}: {len(data['lampiran1'])} blok Lampiran I, {len(data['sop_tables'])} tabel SOP, "
        f"{len(data['joined'])} layanan tergabung"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
