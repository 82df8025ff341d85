"""Reviewed fixes for seed 004, applied to tools/catalog/out/004.extracted.json to produce
resources/catalog/src/004.json. Each fix carries its reason, which is also written to the entry's review_notes.

Usage: python tools/catalog/fixes_004.py [extracted.json]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from extract_004 import OUT as EXTRACTED  # noqa: E402
from extract_004 import SEED_NAME

REPO = HERE.parents[1]
TARGET = REPO / "resources" / "catalog" / "src" / "004.json"
AGENCY = "DPMPTSP Provinsi Kalimantan Utara"

# text replacements applied to every requirement/legal-basis/channel string: (old, new, reason)
TYPOS = [
    ("Peremouan", "Perempuan", "salah ketik OCR 'Peremouan' -> 'Perempuan'"),
    ("Sekretarian LKS", "Sekretariat LKS", "salah ketik 'Sekretarian' -> 'Sekretariat'"),
    ("dpmpptsp.", "dpmptsp.", "alamat web 'dpmpptsp' (ketik ganda) -> 'dpmptsp' seperti di tiga standar lain"),
]

# conditional requirements: (service index, start of item text) -> (text without the condition, condition words)
CONDITIONS = {
    (1, "Surat Keterangan Terdaftar dari kemenkumham"): (
        "Surat Keterangan Terdaftar dari kemenkumham",
        "Bagi yang Berbadan Hukum",
    ),
    (2, "Untuk penyelenggara undian yang berasal dari luar negeri"): (
        "Diajukan oleh organisasi/badan/perwakilan yang berkedudukan di Indonesia",
        "Untuk penyelenggara undian yang berasal dari luar negeri",
    ),
    (3, "Surat Pernyataan Persetujuan Calon Anak Angkat"): (
        "Surat Pernyataan Persetujuan Calon Anak Angkat Diatas Kertas Bermaterai Cukup atas Hasil Laporan Pekerja "
        "Sosial",
        "Bagi Anak yang telah Mampu Menyampaikan Pendapatnya",
    ),
}

FIXES = {
    1: dict(
        kind="non_perizinan",
        sla_text="14 Hari Kerja (OPD Teknis) + 5 Hari Kerja (DPMPTSP)",
        notes=[
            "jenis: rekomendasi (bukan izin) -> non_perizinan",
            "jangka waktu di seed kehilangan ')' setelah 'OPD Teknis' (baris 14): ditutup, bentuk sama dengan 3 "
            "standar lain",
        ],
    ),
    2: dict(
        kind="perizinan_non_berusaha",
        variant_names=["Lembaga yang Berbadan Hukum", "Lembaga yang tidak berbadan Hukum atau Kepanitiaan"],
        notes=[
            "jenis: surat izin penyelenggaraan UGB dari Kemensos (bukan perizinan berusaha OSS) -> "
            "perizinan_non_berusaha",
            "persyaratan A (berbadan hukum) dan B (tidak berbadan hukum/kepanitiaan) -> dua variants; nama varian "
            "dipendekkan dari judul A/B di seed (baris 34, 36)",
        ],
    ),
    3: dict(
        kind="perizinan_non_berusaha",
        sla_days=None,
        sla_parts=[],
        notes=[
            "jenis: SK pengangkatan anak (izin, non-usaha) -> perizinan_non_berusaha",
            "jangka waktu 'Minimal 1 Tahun (OPD Teknis) + 5 Hari Kerja (DPMPTSP)': bagian OPD teknis bukan hari kerja "
            "dan tanpa batas atas; skema SlaPart hanya bisa hari kerja, jadi sla_parts dan sla_working_days kosong, "
            "sla_text utuh",
        ],
    ),
    4: dict(
        kind="non_perizinan",
        notes=["jenis: rekomendasi teknis untuk izin operasional -> non_perizinan"],
    ),
}


def _norm(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"<[^>]+>", " ", s).lower()).strip()


def locate(lines: list[str], text: str, lo: int, hi: int, cursor: int | None = None) -> tuple[int, int]:
    """The lines holding the whole item: the first line where it starts (its first words), from `cursor` on (items
    come in document order, so a variant's item is not taken for the same words of an earlier variant), down to
    the line where it ends; else the line of its first words."""
    target = _norm(text)
    words = target.split()
    start = max(lo, cursor or lo)
    probe = " ".join(words[: min(3, len(words))])
    for first in range(start, hi + 1):
        if probe not in _norm(lines[first - 1]):
            continue
        joined = ""
        for last in range(first, min(hi, first + 6) + 1):
            joined = f"{joined} {_norm(lines[last - 1])}".strip()
            if target in joined:
                return first, last
    for n in (5, 4, 3, 2):
        if len(words) >= n:
            probe = " ".join(words[:n])
            for ln in range(start, hi + 1):
                if probe in _norm(lines[ln - 1]):
                    return ln, ln
    return lo, hi


def src(rng: tuple[int, int], part: str) -> dict:
    return {"file": SEED_NAME, "line_start": rng[0], "line_end": rng[1], "part": part}


OCR_TAIL = re.compile(r"[;\s]*(?:--\s*)+$")  # 004 line 63: an empty table row "--\t--" glued to the item before


def fix_text(text: str, notes: list[str]) -> str:
    if OCR_TAIL.search(text):
        text = OCR_TAIL.sub("", text)
        notes.append("sisa OCR '; -- --' (baris tabel kosong, 004 baris 63) dibuang dari akhir butir")
    text = text.strip().rstrip(".;").strip()
    for old, new, reason in TYPOS:
        if old in text:
            text = text.replace(old, new)
            notes.append(reason)
    return text


def requirement(idx: int, item: dict, lines, rng, notes) -> dict:
    text = fix_text(item["text"], notes)
    req = {"text": text, "mandatory": True, "condition": None, "children": []}
    for (sidx, start), (new_text, cond) in CONDITIONS.items():
        if sidx == idx and text.startswith(start):
            req.update(text=new_text, mandatory=False, condition=cond)
            notes.append(f"persyaratan bersyarat: kondisi '{cond}' dari teks seed dipisah ke condition")
    raw = OCR_TAIL.sub("", item["text"])
    span = locate(lines, raw, *rng, cursor=_CURSOR.get(idx))
    _CURSOR[idx] = span[0]
    req["source"] = src(span, "persyaratan")
    req["children"] = [requirement(idx, c, lines, rng, notes) for c in item.get("children", [])]
    return req


_CURSOR: dict[int, int] = {}  # per service: the line of the last item located (items come in document order)


def channels(text: str, notes: list[str]) -> list[str]:
    direct = re.search(r"Pengaduan langsung\s*:\s*(.+?)\s*Pengaduan tidak langsung", text)
    out = []
    if direct:
        office = direct.group(1)
        office = office.replace(" Jln.", ", Jln.")
        out.append("Pengaduan langsung: " + office)
    indirect = text.split("Pengaduan tidak langsung:", 1)[-1]
    indirect = re.sub(r"(?:(?<=\s)|^)[a-g]\.\s+", " ", indirect)
    for label in ("Telp", "WhatsApp", "Web", "E-mail", "Facebook", "Twitter", "Instagram"):
        m = re.search(
            rf"{label}\s*:\s*(.*?)(?=\s*(?:Telp|WhatsApp|Web|E-mail|Facebook|Twitter|Instagram)\s*:|$)", indirect
        )
        if not m:
            continue
        value = m.group(1).strip()
        if not value:
            notes.append(f"saluran '{label}' tanpa isi di seed: tidak dicantumkan")
            continue
        out.append(fix_text(f"{label}: {value}", notes))
    return out


def build(extracted: dict, seed: Path) -> dict:
    _CURSOR.clear()
    lines = seed.read_text(encoding="utf-8").splitlines()
    services = []
    for idx, svc in enumerate(extracted["services"], start=1):
        fix = FIXES[idx]
        notes: list[str] = list(fix.get("notes", []))
        rows = svc["rows"]
        req_rng = (rows["persyaratan"]["line_start"], rows["persyaratan"]["line_end"])
        groups = svc["requirement_groups"]
        requirements, variants = [], []
        if len(groups) == 1:
            requirements = [requirement(idx, it, lines, req_rng, notes) for it in groups[0]["items"]]
        else:
            names = fix["variant_names"]
            for name, group in zip(names, groups, strict=True):
                variants.append(
                    {
                        "name": name,
                        "requirements": [requirement(idx, it, lines, req_rng, notes) for it in group["items"]],
                    }
                )
        proc = rows["prosedur"]
        steps = [
            {
                "actor": "Pemohon",
                "text": fix_text(proc["text"], notes),
                "duration_minutes": None,
                "duration_text": None,
                "output": None,
                "source": src((proc["line_start"], proc["line_end"]), "prosedur"),
            }
        ]
        notes.append(
            "prosedur: satu butir di seed; aktor tidak disebut, diisi 'Pemohon' (yang memasukkan berkas), "
            "bukan 'Petugas'"
        )
        sla_text = fix.get("sla_text", svc["sla_text"])
        if "sla_parts" in fix:
            parts = fix["sla_parts"]
        else:
            parts = [{"label": p["label"], "working_days": p["working_days"]} for p in svc["sla_parts"]]
        days = fix.get("sla_days", sum(p["working_days"] for p in parts) if parts else None)
        sec = rows["jaminan_keamanan"]["text"]
        notes.append(f"jaminan keamanan (tidak ada kolom di skema): {sec.rstrip('.')}")
        services.append(
            {
                "code": f"KALTARA-{idx:02d}",
                "name": fix_text(svc["name"], notes),
                "agency": AGENCY,
                "unit": None,
                "sector": None,
                "kind": fix["kind"],
                "requirements": requirements,
                "variants": variants,
                "steps": steps,
                "sla_working_days": days,
                "sla_text": sla_text,
                "sla_parts": parts,
                "fee_rupiah": svc["fee_rupiah"] if svc["fee_rupiah"] is not None else 0,
                "fee_text": svc["fee_text"],
                "product": fix_text(rows["produk"]["text"], notes),
                "legal_basis": [fix_text(t, notes) for t in svc["legal_basis"]],
                "complaint_channels": channels(rows["pengaduan"]["text"], notes),
                "staff_count_text": rows["jumlah_pelaksana"]["text"],
                "sources": [src((svc["line_start"], svc["line_end"]), "layanan")]
                + [
                    src((rows[k]["line_start"], rows[k]["line_end"]), part)
                    for k, part in (
                        ("persyaratan", "persyaratan"),
                        ("prosedur", "prosedur"),
                        ("waktu", "jangka_waktu"),
                        ("biaya", "biaya"),
                        ("produk", "produk"),
                        ("pengaduan", "pengaduan"),
                        ("dasar_hukum", "dasar_hukum"),
                        ("jumlah_pelaksana", "jumlah_pelaksana"),
                        ("jaminan_keamanan", "jaminan_keamanan"),
                    )
                ],
                "review_notes": list(dict.fromkeys(notes)),
            }
        )
    return {"version": "004", "services": services}


def main(argv: list[str]) -> int:
    extracted_path = Path(argv[1]) if len(argv) > 1 else EXTRACTED
    extracted = json.loads(extracted_path.read_text(encoding="utf-8"))
    catalog = build(extracted, REPO.parent / "shared" / "seeds" / SEED_NAME)
    sys.path.insert(0, str(REPO))
    from db.catalog.schema import Catalog

    Catalog.model_validate(catalog)
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(json.dumps(catalog, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(catalog['services'])} services -> {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
