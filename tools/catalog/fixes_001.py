"""Reviewed fixes for seed 001: turns ``out/001.extracted.json`` into ``resources/catalog/src/001.json``.

Every correction is an explicit entry of FIXES (code, what, reason); applying one also appends its reason to the
entry's ``review_notes`` so the administrator sees it. Codes come from ``map_001_to_000.json`` (reviewed by hand).

Usage: python tools/catalog/fixes_001.py            (runs extract_001 first when the extraction is missing)
"""

from __future__ import annotations

import copy
import difflib
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(HERE))

import extract_001 as ex  # noqa: E402

EXTRACTED = HERE / "out" / "001.extracted.json"
MAP = HERE / "map_001_to_000.json"
OUT = REPO / "resources" / "catalog" / "src" / "001.json"
SEED = ex.SEED_NAME
AGENCY = "DPMPTSP Kabupaten Balangan"
VERSION = "001-2021"

NOTE_ACTORS = (
    "Pelaksana tiap langkah SOP disimpulkan dari uraian kegiatan dan urutan kolom Pelaksana: simbol bagan "
    "alir yang menandai kolom pelaksana hilang di OCR."
)

SECTOR_NAMES = {  # Pasal 7 headings, capitalised as in Lampiran I
    "Kesehatan": "Kesehatan",
    "Pertanian": "Pertanian",
    "Perindustrian, Mikro Kecil Dan Koperasi": "Perindustrian, Mikro Kecil dan Koperasi",
    "Pendidikan": "Pendidikan",
    "Kepariwisataan": "Kepariwisataan",
    "Perdagangan": "Perdagangan",
    "Pekerjaan Umum": "Pekerjaan Umum",
    "Lingkungan Hidup": "Lingkungan Hidup",
    "Ketenagakerjaan": "Ketenagakerjaan",
    "Perikanan": "Perikanan",
    "Perhubungan": "Perhubungan",
    "Perumahan Dan Permukiman": "Perumahan dan Permukiman",
    "Sosial": "Sosial",
}

STEP_TYPOS = [
    ("Webfrom", "Webform"),
    ("SI CANTIUK", "SI CANTIK"),
    ("SI CANTI,", "SI CANTIK,"),
    ("Costumer", "Customer"),
    ("Prizinan", "Perizinan"),
    ("Menyevaluasi", "Mengevaluasi"),
]


# ---------------------------------------------------------------- building blocks


def src(line_start: int, line_end: int | None, part: str) -> dict:
    return {"file": SEED, "line_start": line_start, "line_end": line_end or line_start, "part": part}


def req_out(r: dict) -> dict:
    out = {
        "text": r["text"].rstrip(";").rstrip(),
        "mandatory": r["mandatory"],
        "condition": r["condition"],
        "children": [req_out(c) for c in r["children"]],
        "source": src(r["line"], None, "persyaratan"),
    }
    out["text"] = re.sub(r"[;,]?\s*(dan|dan/atau)$", "", out["text"]).rstrip(" ;,") or out["text"]
    return out


def templates(tables: list[dict]) -> dict[str, list[dict]]:
    """The modal step rows of each flow (OSS: 10 steps, SiCantik: 9), taken from the complete tables."""
    result = {}
    for flow, n in (("oss", 10), ("sicantik", 9)):
        full = [t for t in tables if t["flow"] == flow and len(t["rows"]) == n and "SKPD Teknis" in t["header_actors"]]
        rows = []
        for k in range(n):
            key = Counter(
                (
                    t["rows"][k]["text"],
                    t["rows"][k]["kelengkapan"],
                    t["rows"][k]["output"],
                    t["rows"][k]["waktu"] if k != 2 else None,
                )
                for t in full
            ).most_common(1)[0][0]
            rows.append(
                {
                    "no": k + 1,
                    "text": key[0],
                    "kelengkapan": key[1],
                    "output": key[2],
                    "waktu": key[3],
                    "count": len(full),
                }
            )
        result[flow] = rows
    return result


def step_out(row: dict, actor: str | None, line: int | None) -> dict:
    text = row["text"]
    for a, b in STEP_TYPOS:
        text = text.replace(a, b)
    dur = row.get("waktu")
    return {
        "actor": actor or "Tidak disebut",
        "text": text,
        "duration_minutes": ex.duration_minutes(dur) if dur else None,
        "duration_text": dur if dur and dur != "*" else None,
        "output": row.get("output"),
        "source": src(line, None, "sop") if line else None,
    }


# ---------------------------------------------------------------- fixes


def fix_perkebunan(e, ctx):
    reqs = e.pop("requirements")
    e["variants"].insert(0, {"name": "Usaha Budidaya Tanaman Perkebunan", "requirements": reqs})
    e["requirements"] = []


def fix_slf(e, ctx):
    names = [
        "SLF Bangunan Gedung baru: " + v["name"].split(": ", 1)[1] if i < 3 else v["name"].split(": ", 1)[1]
        for i, v in enumerate(e["variants"])
    ]
    for v, n in zip(e["variants"], names, strict=True):
        v["name"] = n.replace("Ada,Bangunan", "Ada, Bangunan")

    def walk(reqs):
        for r in reqs:
            r["text"] = r["text"].replace("(K RK)", "(KRK)")
            if r["text"].endswith(" SK IMB terakhir beserta lampiran rencana teknis bangunan gedungnya."):
                r["text"] = r["text"].removesuffix(
                    " SK IMB terakhir beserta lampiran rencana teknis bangunan gedungnya."
                )
            if r["text"].startswith("Dokumen rencana teknis bangunan gedung dalam lampiran IMB terakhir"):
                r["mandatory"], r["condition"] = True, None
            kids = r["children"]
            for i in range(len(kids) - 1, 0, -1):
                if kids[i]["text"].startswith("Bangunan Gedung bila ada perbaikan"):
                    kids[i - 1]["text"] += " Bangunan Gedung bila ada perbaikan"
                    kids[i - 1]["condition"] = "bila ada perbaikan"
                    kids[i - 1]["mandatory"] = False
                    del kids[i]
            walk(kids)

    for v in e["variants"]:
        walk(v["requirements"])


def fix_air_limbah(e, ctx):
    perm, tanah = e["variants"][0], e["variants"][1]
    groups = perm["requirements"]
    admin, teknis = groups[:6], groups[6:]
    variants = []
    for a, t in zip(admin, teknis, strict=True):
        kind = a["text"].removeprefix("Persyaratan ").strip()
        reqs = [dict(c) for c in a["children"]] + [dict(c) for c in t["children"]]
        variants.append({"name": f"{perm['name']}: {kind}", "requirements": reqs})
    e["variants"] = variants + [tanah]

    def walk(reqs):
        for r in reqs:
            if r["text"].startswith("Dokumen kajian pembuangan air limbah"):
                r["mandatory"], r["condition"] = True, None
            walk(r["children"])

    for v in e["variants"]:
        walk(v["requirements"])


def fix_lpk(e, ctx):
    reqs = e["requirements"]
    swasta, pemerintah = reqs[:3], reqs[3:6]
    pemerintah_head = swasta[2]["children"]
    swasta[2]["children"] = []
    label = pemerintah_head[0]["text"] if pemerintah_head else "Untuk Pemerintah atau Perusahaan"
    rest = [v for v in e["variants"] if v["requirements"]]
    for v in rest:
        v["name"] = f"Perubahan {v['name'][0].lower()}{v['name'][1:]}".replace("Perubahan untuk ", "Perubahan ")
    e["requirements"] = []
    e["variants"] = [
        {"name": "Untuk Swasta/Masyarakat", "requirements": swasta},
        {"name": label, "requirements": pemerintah},
    ] + rest


def fix_lingkungan(e, ctx):
    alt = ctx["alt_lingkungan"]
    e["sources"].append(src(alt["line_start"], alt["line_end"], "sop_alternatif"))
    foot = " ".join(n["text"] for n in alt["notes"])
    e["review_notes"].append(
        f"001 memuat tabel SOP kedua untuk layanan ini (baris {alt['line_name']}, alur SiCantik, 9 langkah); skema "
        f"hanya memuat satu alur, jadi yang dipakai alur OSS (Pasal 7 B.8.d). Catatan kaki tabel kedua: {foot}"
    )


def fix_row_split(e, ctx):
    for s in e["steps"]:
        if s["text"].endswith(" Memverifikasi dan Memaraf"):
            s["text"] = s["text"].removesuffix(" Memverifikasi dan Memaraf")
        elif s["text"] == "Persetujuan Izin":
            s["text"] = "Memverifikasi dan Memaraf Persetujuan Izin"


def fix_pengumpulan(e, ctx):
    r = e["requirements"][0]
    r["mandatory"], r["condition"] = True, None


def fix_iumk(e, ctx):
    pass  # note only: the rekomendasi item names another service; kept verbatim


FIXES: list[dict] = [
    {
        "code": "DPM-013",
        "fn": fix_perkebunan,
        "reason": "Lampiran I: subjudul 'Usaha Budidaya Tanaman Perkebunan' (baris 613) tidak bercetak tebal di OCR, "
        "sehingga tiga persyaratannya terbaca sebagai persyaratan umum; dipindah ke varian itu.",
    },
    {
        "code": "DPM-039",
        "fn": fix_slf,
        "reason": "SLF: nama varian dirapikan (tiga varian pertama di bawah 'SLF Bangunan Gedung baru'), baris patah "
        "'Bangunan Gedung bila ada perbaikan' digabung ke butir sebelumnya, teks ganda 'SK IMB terakhir ...' "
        "yang menempel pada butir Pengkaji Teknis dibuang, '(K RK)' -> '(KRK)'; butir 'Dokumen rencana teknis "
        "... apabila tidak ada perubahan .../Gambar terbangun ... apabila ada perubahan' adalah pilihan antara "
        "dua dokumen, bukan persyaratan bersyarat, jadi tetap wajib.",
    },
    {
        "code": "DPM-042",
        "fn": fix_air_limbah,
        "reason": "Izin Pembuangan Air Limbah ke Air Permukaan: Lampiran I memisah syarat administrasi dan teknis per "
        "jenis permohonan (izin baru, perpanjangan, daftar ulang, perubahan titik penataan, perubahan debit, "
        "pencabutan); disusun ulang menjadi satu varian per jenis permohonan (administrasi lalu teknis). "
        "Keterangan dalam kurung pada 'Dokumen kajian pembuangan air limbah' menjelaskan acuan, bukan syarat.",
    },
    {
        "code": "DPM-046",
        "fn": fix_lpk,
        "reason": "LPK: Lampiran I memuat varian 'Untuk Swasta' (judul), 'Untuk Pemerintah atau Perusahaan' (baris 1534, "
        "terbaca sebagai sub-butir) dan syarat perubahan penanggung jawab/lokasi; disusun sebagai varian.",
    },
    {
        "code": "DPM-043",
        "fn": fix_lingkungan,
        "reason": "Izin Lingkungan: dua tabel SOP di 001 (OSS baris 4884, SiCantik baris 7083).",
    },
    {
        "code": "DPM-022",
        "fn": fix_row_split,
        "reason": "SOP baris 3476-3477: kata 'Memverifikasi dan Memaraf' dari langkah 6 terbawa ke akhir langkah 5 di "
        "OCR; dikembalikan ke langkah 6.",
    },
    {
        "code": "DPM-080",
        "fn": fix_pengumpulan,
        "reason": "Butir 1 (surat permohonan) selalu wajib; anak kalimat 'jika wilayah pengumpulan ... maka ditujukan "
        "kepada gubernur/Menteri Sosial' hanya mengatur alamat surat, bukan membuat butir itu bersyarat.",
    },
    {
        "code": "DPM-029",
        "fn": fix_iumk,
        "reason": "Masalah naskah (tidak diubah): butir 3 IUMK menyebut 'Rekomendasi Izin Pembukaan Kantor Kas Koperasi "
        "Simpan Pinjam' (salin-tempel di 001 baris 927); administrator perlu memastikan.",
    },
    {
        "code": "DPM-073",
        "fn": fix_iumk,
        "reason": "Masalah naskah (tidak diubah): butir 9 Tenaga Gizi menyebut 'Rekomendasi Surat Izin Praktik Ortosis "
        "Prostesis' (salin-tempel di 001 baris 2153).",
    },
    {
        "code": "DPM-054",
        "fn": fix_iumk,
        "reason": "Lampiran I (baris 1774) hanya memuat dasar hukum dan definisi Izin Operasional Puskesmas, tanpa "
        "persyaratan; daftar persyaratan 001 kosong.",
    },
]


# ---------------------------------------------------------------- assembly

PASAL7_ALIASES = {  # Pasal 7 names a service differently from Lampiran I
    "Tanda Pencatatan Usaha Pembudidayaan Ikan": "Surat Izin Usaha Perikanan (Tanda Pencatatan Usaha Budidaya kan)",
}


def pasal7_for(name: str, pasal7: list[dict]) -> dict | None:
    if name in PASAL7_ALIASES:
        return next(p for p in pasal7 if p["name"] == PASAL7_ALIASES[name])
    best, score = None, 0.0
    for p in pasal7:
        for cand in [p["name"]] + [si["name"] for si in p.get("subitems", [])]:
            sc = difflib.SequenceMatcher(None, ex.norm_name(name), ex.norm_name(cand)).ratio()
            if sc > score:
                best, score = p, sc
    return best if score >= 0.75 else None


def build_steps(table: dict, tmpl: dict, notes: list[str]) -> list[dict]:
    flow = table["flow"]
    rows = table["rows"]
    steps = []
    seen: list[str] = []
    if not rows and flow == "unknown":
        return steps
    for r in rows:
        actor = r["actor"]
        seen.append(actor)
        if (
            flow in tmpl
            and r["waktu"] is None
            and r["kelengkapan"] is None
            and r["output"] is None
            and r["no"] <= len(tmpl[flow])
        ):
            t = tmpl[flow][r["no"] - 1]
            r = dict(r, kelengkapan=t["kelengkapan"], waktu=t["waktu"], output=t["output"])
            notes.append(
                f"Langkah {r['no']} (baris {r['line']}): sel waktu/keluaran hilang di OCR, diisi dari alur "
                f"baku yang sama di {t['count']} tabel lain ({t['waktu']})."
            )
        steps.append(step_out(r, actor, r["line"]))
    if flow in tmpl and 0 < len(rows) < len(tmpl[flow]) and "SKPD Teknis" in table["header_actors"]:
        missing = tmpl[flow][len(rows) :]
        seen_list: list[str] = [s["actor"] for s in steps]
        for t in missing:
            actor = ex.infer_actor(t["text"], seen_list, table["header_actors"])
            seen_list.append(actor)
            steps.append(step_out(t, actor, None))
        notes.append(
            f"Tabel SOP terpotong di OCR setelah langkah {len(rows)} (baris {rows[-1]['line']}); langkah "
            f"{len(rows) + 1}-{len(tmpl[flow])} diisi dari alur baku yang identik di {missing[0]['count']} "
            f"tabel lain."
        )
    return steps


def empty_table_flow(table: dict, tables: list[dict]) -> str:
    """An empty table takes the flow of the table before it (Lampiran II groups OSS first, then SiCantik)."""
    i = tables.index(table)
    return next(t["flow"] for t in reversed(tables[:i]) if t["flow"] in ("oss", "sicantik"))


def fill_empty_table(flow: str, table: dict, tmpl: dict, notes: list[str]) -> list[dict]:
    steps, seen = [], []
    for t in tmpl[flow]:
        actor = ex.infer_actor(t["text"], seen, [])
        seen.append(actor)
        steps.append(step_out(t, actor, None))
    notes.append(
        f"Tabel SOP (judul baris {table['line_name']}) kosong di OCR: tidak ada baris kegiatan. Langkah diisi "
        f"dari alur baku {flow.upper()} yang identik di {tmpl[flow][0]['count']} tabel lain; waktu "
        f"verifikasi SKPD teknis (langkah 3) berbeda per layanan sehingga dibiarkan kosong."
    )
    return steps


def assemble(data: dict, mapping: dict) -> list[dict]:
    tables = data["sop_tables"]
    tmpl = templates(tables)
    joined = data["joined"]
    by_lines = {((s["block"] or {}).get("line_start"), (s["table"] or {}).get("line_name")): s for s in joined}
    services = []
    for m in mapping["services"]:
        if m.get("role") == "sop_alternatif":
            continue
        s = by_lines[(m["lampiran1_line"], m["sop_line"])]
        block, table = s["block"], s["table"]
        notes: list[str] = []
        name = m.get("variant") or ex.clean(s["name"])
        name = (
            re.sub(r"\bPerkam\b", "Perekam", name)
            .replace("SIK Perekam Medis", "(SIK Perekam Medis)")
            .replace("Kontruksi", "Konstruksi")
        )
        p7 = pasal7_for(name if not m.get("variant") else m["variant"], data["pasal7"]) if block else None
        if table and ex.norm_name(table["name"]) in ex.NON_LICENSING_NAMES:
            kind, sector = "non_perizinan", None
            p7 = next(
                p
                for p in data["pasal7"]
                if p["section"] == "II" and ex.norm_name(p["name"]).split()[-1] in ex.norm_name(table["name"])
            )
        else:
            flow = table["flow"] if table else "unknown"
            if table and not table["rows"]:
                flow = empty_table_flow(table, tables)
            section = p7["section"] if p7 else None
            kind = "perizinan_berusaha" if flow == "oss" or section in ("A", "B") else "perizinan_non_berusaha"
            sector = SECTOR_NAMES.get(p7["sector"]) if p7 and p7.get("sector") else (block or {}).get("sector")
        entry = {
            "code": m["code"],
            "name": name,
            "agency": AGENCY,
            "unit": None,
            "sector": sector,
            "kind": kind,
            "requirements": [],
            "variants": [],
            "steps": [],
            "sla_working_days": None,
            "legal_basis": [],
            "sources": [],
            "review_notes": [],
        }
        if block:
            reqs = block["requirements"]
            variants = block["variants"]
            if m.get("variant"):
                v = next(v for v in variants if v["name"].startswith(m["variant"].split(" (")[0]))
                reqs, variants = v["requirements"], []
                entry["review_notes"].append(
                    f"001 memuat layanan ini sebagai sub-jenis '{m['variant']}' dari Izin Usaha Jasa Konstruksi "
                    f"(satu tabel SOP bersama); 000 memisahkannya menjadi standar sendiri."
                )
            entry["requirements"] = [req_out(r) for r in reqs]
            entry["variants"] = [
                {"name": v["name"], "requirements": [req_out(r) for r in v["requirements"]]} for v in variants
            ]
            entry["legal_basis"] = [lb for lb in (ex.clean(x) for x in block["legal_basis"]) if lb]
            entry["sources"].append(src(block["line_start"], block["line_end"], "persyaratan"))
        else:
            notes.append("001 Lampiran I tidak memuat persyaratan layanan ini.")
        if table:
            if table["rows"]:
                entry["steps"] = build_steps(table, tmpl, notes)
            elif kind != "non_perizinan":
                entry["steps"] = fill_empty_table(empty_table_flow(table, tables), table, tmpl, notes)
            entry["sources"].append(src(table["line_start"], max(table["line_end"], table["line_name"]), "sop"))
            if entry["steps"]:
                notes.insert(0, NOTE_ACTORS)
            if kind == "non_perizinan":
                notes.append("Tabel SOP ini tidak memuat kelengkapan, waktu maupun keluaran per langkah.")
        if p7:
            entry["sources"].append(src(p7["line"], p7["line"], "pasal7"))
        if m.get("reason") and m["code"].startswith("DPM-1"):
            notes.append(f"Tidak ada di 000: {m['reason']}.")
        entry["review_notes"].extend(notes)
        services.append(entry)
    return services


def apply_fixes(services: list[dict], data: dict) -> None:
    tables = data["sop_tables"]
    alt_line = next(
        m for m in json.loads(MAP.read_text(encoding="utf-8"))["services"] if m.get("role") == "sop_alternatif"
    )["sop_line"]
    ctx = {"alt_lingkungan": next(t for t in tables if t["line_name"] == alt_line)}
    by_code = {s["code"]: s for s in services}
    for fx in FIXES:
        e = by_code[fx["code"]]
        fx["fn"](e, ctx)
        e["review_notes"].append(fx["reason"])


def clean_none(obj):
    if isinstance(obj, dict):
        return {k: clean_none(v) for k, v in obj.items() if v is not None}
    if isinstance(obj, list):
        return [clean_none(v) for v in obj]
    return obj


def main() -> int:
    if not EXTRACTED.exists():
        ex.main([ex.__file__])
    data = json.loads(EXTRACTED.read_text(encoding="utf-8"))
    mapping = json.loads(MAP.read_text(encoding="utf-8"))
    services = assemble(data, mapping)
    apply_fixes(services, data)
    services.sort(key=lambda s: s["code"])
    catalog = {"version": VERSION, "services": [clean_none(copy.deepcopy(s)) for s in services]}
    from db.catalog.schema import Catalog

    Catalog.model_validate(catalog)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(services)} layanan")
    return 0


if __name__ == "__main__":
    sys.exit(main())
