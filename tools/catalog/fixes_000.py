"""Reviewed corrections to the mechanical extraction of seed 000 (``extract_000.py``).

Every correction is one ``Fix``: an id, the explicit service codes it touches, the part, the reason (what a human
saw in the seed), and the operation. ``apply_all`` applies them in order, checks that each fix really changes every
service it names (so the list cannot go stale silently), writes the fix into that service's ``review_notes``, adds
the review notes that are not corrections (``NOTES``), sets the reviewed classification (kind, sector), drops the
extraction-only keys and validates the result with ``db.catalog.schema.Catalog``.

Nothing here adds a requirement the seed does not have: operations only re-split, join, nest, drop OCR noise,
correct spelling, or move the seed's own condition words into ``condition``.

Run: python tools/catalog/extract_000.py --reviewed
"""

from __future__ import annotations

import copy
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE))

import extract_000 as ex  # noqa: E402


@dataclass(frozen=True)
class Fix:
    id: str
    codes: tuple[str, ...]
    part: str
    reason: str
    apply: Callable[[dict], None] | None = None  # None: a note about a fix made in another step (no change check)
    notes: dict[str, str] = field(default_factory=dict)  # per-code detail appended to the reason


def codes(*numbers: int) -> tuple[str, ...]:
    return tuple(f"DPM-{n:03d}" for n in numbers)


# ---------------------------------------------------------------- operations


def _walk_requirements(reqs: list[dict]):
    for r in reqs:
        yield r
        yield from _walk_requirements(r["children"])


def _all_requirements(svc: dict):
    yield from _walk_requirements(svc["requirements"])
    for v in svc["variants"]:
        yield from _walk_requirements(v["requirements"])


def replace(old: str, new: str, *fields: str) -> Callable[[dict], None]:
    """Replace ``old`` by ``new`` in the named string fields (requirements, steps, name, product, ...)."""

    def op(svc: dict) -> None:
        hits = 0
        for f in fields:
            if f == "requirements":
                for r in _all_requirements(svc):
                    if old in r["text"]:
                        r["text"] = r["text"].replace(old, new)
                        hits += 1
            elif f == "steps":
                for s in svc["steps"]:
                    if old in s["text"]:
                        s["text"] = s["text"].replace(old, new)
                        hits += 1
            elif isinstance(svc[f], list):
                for i, v in enumerate(svc[f]):
                    if old in v:
                        svc[f][i] = v.replace(old, new)
                        hits += 1
            elif svc[f] and old in svc[f]:
                svc[f] = svc[f].replace(old, new)
                hits += 1
        if not hits:
            raise AssertionError(f"{svc['code']}: {old!r} not found in {fields}")

    return op


def chain(*ops: Callable[[dict], None]) -> Callable[[dict], None]:
    def op(svc: dict) -> None:
        for o in ops:
            o(svc)

    return op


def resplit_requirements_lenient(svc: dict) -> None:
    """Re-read the Persyaratan cell accepting restarted or skipped lettering (j., k., ... or a., b., g., h.)."""
    cell = svc["_raw"]["persyaratan"]
    head, items = ex.split_lettered(cell["text"], strict=False)
    assert not head, head
    svc["requirements"] = [ex.requirement(t, _line_at(cell, off)) for off, t in items]


def _line_at(cell: dict, offset: int) -> int:
    pos = 0
    for ln, t in cell["spans"]:
        if offset < pos + len(t) + 1:
            return ln
        pos += len(t) + 1
    return cell["spans"][-1][0]


OSS_STEPS = (
    r"Pemohon mengajukan",
    r"Customer Service Memberikan",
    r"SKPD Teknis menerima",
    r"Petugas Front Office",
    r"Petugas Back Office mengevaluasi",
    r"Kasi memverifikasi",
    r"Kabid memverifikasi",
    r"Kepala Dinas menandatangani",
    r"Petugas Back Office memproses izin pada webform",
    r"Petugas Customer Service menyerahkan",
)
SICANTIK_STEPS = (
    r"Pemohon mengajukan",
    r"Customer Service Memberikan",
    r"SKPD Teknis menerima",
    r"Petugas Front Office",
    r"Petugas Back Office memproses Izin",
    r"Kasi memeriksa",
    r"Kabid menetapkan",
    r"Kepala Dinas menandatangani",
    r"Petugas Customer Service ?memberi",
)


def resplit_steps(svc: dict) -> None:
    """Re-split the procedure at the opening words of each SOP step (the OSS or the SiCantik flow of 001 Lampiran
    II), dropping the step letters OCR moved into the middle of a sentence or to its end."""
    cell = svc["_raw"]["prosedur"]
    text = cell["text"]
    template = SICANTIK_STEPS if "SI CANTIK" in text else OSS_STEPS
    starts, pos = [], 0
    for phrase in template:
        m = re.compile(phrase).search(text, pos)
        if not m:
            raise AssertionError(f"{svc['code']}: step {phrase!r} not found")
        starts.append(m.start())
        pos = m.end()
    steps = []
    for i, start in enumerate(starts):
        seg = text[start : starts[i + 1] if i + 1 < len(starts) else len(text)]
        seg = ex._LETTER.sub(" ", seg)
        seg = re.sub(r"\s+", " ", seg)
        steps.append(ex.step(seg, _line_at(cell, start)))
    svc["steps"] = steps


def join_requirements(first_prefix: str) -> Callable[[dict], None]:
    """Join the requirement starting with ``first_prefix`` with the next one (one item split by a stray letter)."""

    def op(svc: dict) -> None:
        reqs = svc["requirements"]
        i = next(i for i, r in enumerate(reqs) if r["text"].startswith(first_prefix))
        reqs[i]["text"] = f"{reqs[i]['text']} {reqs[i + 1]['text']}"
        del reqs[i + 1]

    return op


def nest_following(parent_prefix: str, count: int) -> Callable[[dict], None]:
    """Make the ``count`` requirements after the one starting with ``parent_prefix`` its children ("berupa:")."""

    def op(svc: dict) -> None:
        reqs = svc["requirements"]
        i = next(i for i, r in enumerate(reqs) if r["text"].startswith(parent_prefix))
        reqs[i]["children"] = reqs[i + 1 : i + 1 + count]
        del reqs[i + 1 : i + 1 + count]

    return op


def drop_requirement(prefix: str) -> Callable[[dict], None]:
    def op(svc: dict) -> None:
        before = len(svc["requirements"])
        svc["requirements"] = [r for r in svc["requirements"] if not r["text"].startswith(prefix)]
        assert len(svc["requirements"]) == before - 1

    return op


def set_field(name: str, value) -> Callable[[dict], None]:
    def op(svc: dict) -> None:
        svc[name] = value

    return op


def conditional(selector: str, condition: str, *, strip: bool = True) -> Callable[[dict], None]:
    """Mark the requirement whose text contains ``selector`` as conditional on the seed's own words ``condition``;
    with strip, the condition words (and their brackets) leave the text, the rest stays as the text."""

    def op(svc: dict) -> None:
        found = [r for r in _all_requirements(svc) if selector in r["text"] and condition in r["text"]]
        if len(found) != 1:
            raise AssertionError(f"{svc['code']}: {len(found)} requirements match {selector!r} / {condition!r}")
        r = found[0]
        r["mandatory"] = False
        r["condition"] = condition
        if strip:
            text = re.sub(r"\s*,?\s*\(?\s*" + re.escape(condition) + r"\s*\)?", " ", r["text"], count=1)
            text = ex.tidy_item(re.sub(r"\s+", " ", text).replace(" ,", ",").strip(" ,;"))
            r["text"] = text[:1].upper() + text[1:]

    return op


def walet_variants(svc: dict) -> None:
    """Persyaratan of 81 are two alternative sets, "a. Habitat Alami" (numbered 1) - 11)) and "b. Habitat Buatan"
    (lettered a. - j.), each with a dash sub-list: variants instead of one flat list."""
    cell = svc["_raw"]["persyaratan"]
    text = cell["text"]
    a_mark, b_mark = "a. Habitat Alami", "b. Habitat Buatan"
    a_at, b_at = text.index(a_mark), text.index(b_mark)
    alami = text[a_at + len(a_mark) : b_at]
    buatan = text[b_at + len(b_mark) :]
    marks = list(ex._NUMBERED.finditer(alami))
    assert [int(m.group(1)) for m in marks] == list(range(1, 12)), [m.group(1) for m in marks]
    alami_items = [
        (a_at + len(a_mark) + m.end(), alami[m.end() : marks[i + 1].start() if i + 1 < len(marks) else None])
        for i, m in enumerate(marks)
    ]
    head, buatan_items = ex.split_lettered(buatan)
    assert not head and len(buatan_items) == 10, (head, len(buatan_items))
    buatan_items = [(b_at + len(b_mark) + off, t) for off, t in buatan_items]
    svc["variants"] = [
        {"name": "Habitat Alami", "requirements": [ex.requirement(t, _line_at(cell, o)) for o, t in alami_items]},
        {"name": "Habitat Buatan", "requirements": [ex.requirement(t, _line_at(cell, o)) for o, t in buatan_items]},
    ]
    svc["requirements"] = []


# ---------------------------------------------------------------- the fixes, in order

CANON_WEBSITE = "Website: http://dpmptsp.balangkab.go.id"
CANON_EMAIL = "Email: dpmptsp.balangan@gmail.com"


def canonical_channels(svc: dict) -> None:
    ch = svc["complaint_channels"]
    assert ch[1].startswith("Website:") and ch[2].startswith("Email:"), ch
    ch[1], ch[2] = CANON_WEBSITE, CANON_EMAIL


FIXES: list[Fix] = [
    # --- structure of the requirement lists
    Fix(
        "F01",
        codes(42),
        "persyaratan",
        "restarted lettering: the list runs j. to r. instead of a. to i.; re-read as 9 requirements "
        "(the third, 'Dokumen', with its 4 dash sub-items)",
        resplit_requirements_lenient,
    ),
    Fix(
        "F02",
        codes(9),
        "persyaratan",
        "skipped lettering: the list runs a., b., g., h., i.; re-read as 5 requirements instead of 2",
        resplit_requirements_lenient,
    ),
    Fix(
        "F03",
        codes(81),
        "persyaratan",
        "two alternative requirement sets ('a. Habitat Alami' numbered 1)-11), 'b. Habitat Buatan' lettered a.-j.) "
        "moved into named variants; requirements left empty",
        walet_variants,
    ),
    Fix(
        "F04",
        codes(37),
        "persyaratan",
        "one requirement split by a stray letter: 'g. (Pekerjaan kontruksi dan pekerjaan konstruksi terintegrasi)' "
        "is the bracketed tail of f. and joined to it; OCR typo 'kontruksi' -> 'konstruksi'",
        chain(join_requirements("Memenuhi kriteria teknis"), replace("kontruksi", "konstruksi", "requirements")),
    ),
    Fix(
        "F05",
        codes(39),
        "persyaratan",
        "c. 'Laporan Pemeriksaan Kelaikan Fungsi Bangunan Gedung berupa:' introduces d. and e. (daftar simak, "
        "surat pernyataan kelaikan fungsi), which OCR lettered in the main list; nested as its children",
        nest_following("Laporan Pemeriksaan Kelaikan Fungsi", 2),
    ),
    Fix(
        "F06",
        codes(29),
        "persyaratan",
        "item a. 'Izin Usaha Mikro dan Kecil adalah izin yang diterbitkan oleh lembaga OSS untuk Usaha Mikro dan "
        "Usaha Kecil' is a definition, not a document to bring; removed from the checklist (text kept here)",
        drop_requirement("Izin Usaha Mikro dan Kecil adalah"),
    ),
    Fix(
        "F07",
        codes(33),
        "persyaratan",
        "stray ';' before the KBLI bracket in 'Bidang Usaha Swalayan; (KBLI ...)' and "
        "'Bidang Usaha Pusat Perbelanjaan; (KBLI 68110)' removed; OCR typo 'social' -> 'sosial'",
        chain(
            replace("Swalayan; (KBLI", "Swalayan (KBLI", "requirements"),
            replace("Perbelanjaan; (KBLI", "Perbelanjaan (KBLI", "requirements"),
            replace("kondisi social", "kondisi sosial", "requirements"),
        ),
    ),
    # --- steps
    Fix(
        "F10",
        codes(
            9,
            12,
            13,
            14,
            15,
            16,
            17,
            18,
            19,
            20,
            21,
            22,
            24,
            25,
            27,
            28,
            29,
            30,
            33,
            34,
            35,
            36,
            37,
            38,
            39,
            40,
            41,
            42,
            44,
            45,
            46,
            47,
            48,
            49,
            51,
            60,
            64,
            66,
            67,
            68,
            69,
            71,
            74,
            75,
            77,
            79,
            81,
            82,
            83,
        ),
        "prosedur",
        "OCR displaced the step letters (a letter inside a sentence, e.g. 'Rekomendasi e. sesuai', a missing or "
        "trailing 'j.', a repeated 'f.', or a list lettered k.-t.); steps re-split at the opening words of each "
        "step of the seed's OSS (10 steps) or SiCantik (9 steps) procedure",
        resplit_steps,
    ),
    Fix(
        "F11",
        codes(81),
        "prosedur",
        "step b. is split across seed lines 2340 and 2342 by a page break ('... informasi persyaratan' / "
        "'memenuhi komitmen izin ...'); joined into one step (done by F10)",
    ),
    Fix(
        "F12",
        codes(82),
        "prosedur",
        "step a. repeats words ('Pemohon mengajukan permohonan pemenuhan Pemohon mengajukan permohonan melalui "
        "Customer Service'); the repeated fragment removed",
        replace("Pemohon mengajukan permohonan pemenuhan Pemohon mengajukan", "Pemohon mengajukan", "steps"),
    ),
    Fix(
        "F13",
        codes(54, 55, 56, 58, 59, 60),
        "prosedur",
        "OCR joined words 'Customer Servicememberi' -> 'Customer Service memberi'",
        replace("Customer Servicememberi", "Customer Service memberi", "steps"),
    ),
    Fix(
        "F14",
        codes(1),
        "prosedur",
        "OCR typo 'Costumer Service' -> 'Customer Service'",
        replace("Costumer Service", "Customer Service", "steps"),
    ),
    # --- spelling in requirement texts
    Fix(
        "F20",
        codes(4),
        "persyaratan",
        "OCR joined words 'RumahSakit' -> 'Rumah Sakit'",
        replace("RumahSakit", "Rumah Sakit", "requirements"),
    ),
    Fix(
        "F21",
        codes(5, 6),
        "persyaratan",
        "OCR split word 'di kecualikan' -> 'dikecualikan'",
        replace("di kecualikan", "dikecualikan", "requirements"),
    ),
    Fix(
        "F22",
        codes(21),
        "persyaratan",
        "stray letter removed: 'sebagaimana d diatur' -> 'sebagaimana diatur'",
        replace("sebagaimana d diatur", "sebagaimana diatur", "requirements"),
    ),
    Fix(
        "F23",
        codes(35),
        "persyaratan",
        "OCR typo 'penganggungjawab' -> 'penanggung jawab'",
        replace("penganggungjawab", "penanggung jawab", "requirements"),
    ),
    Fix(
        "F24",
        codes(46),
        "persyaratan",
        "OCR joined words 'dilengkapidengan' -> 'dilengkapi dengan'",
        replace("dilengkapidengan", "dilengkapi dengan", "requirements"),
    ),
    Fix(
        "F25",
        codes(69),
        "persyaratan",
        "OCR typo 'pimpinan serana pelayanan' -> 'pimpinan sarana pelayanan'",
        replace("serana pelayanan", "sarana pelayanan", "requirements"),
    ),
    Fix(
        "F26",
        codes(60),
        "persyaratan",
        "abbreviation in lower case 'strpa' -> 'STRPA'",
        replace("Fotocopy strpa", "Fotocopy STRPA", "requirements"),
    ),
    # --- names, products, legal basis, staff, channels
    Fix(
        "F30",
        codes(42),
        "produk",
        "Produk Layanan repeats the previous standard ('Izin Penyimpanan Limbah Berbahaya dan Beracun (Limbah B3) "
        "Untuk Penghasil'); set to the service's own licence 'Izin Pembuangan Air Limbah'",
        set_field("product", "Izin Pembuangan Air Limbah"),
    ),
    Fix(
        "F31",
        codes(75),
        "judul",
        "OCR typo 'Tanaga' -> 'Tenaga' in name and product",
        replace("Tanaga", "Tenaga", "name", "product"),
    ),
    Fix(
        "F32",
        codes(67),
        "judul",
        "repeated words: 'Surat Izin Kerja Perekam Medis SIK Perekam Medis' -> 'Surat Izin Kerja Perekam Medis "
        "(SIK Perekam Medis)' in name and product",
        replace("Perekam Medis SIK Perekam Medis", "Perekam Medis (SIK Perekam Medis)", "name", "product"),
    ),
    Fix(
        "F33",
        codes(7),
        "produk",
        "nonstandard spelling 'Izin Apotik' -> 'Izin Apotek' (as the service name)",
        set_field("product", "Izin Apotek"),
    ),
    Fix(
        "F34",
        codes(5, 6),
        "produk",
        "product capitalised as the service name",
        lambda svc: svc.update(product=svc["name"]),
    ),
    Fix(
        "F35",
        codes(43),
        "dasar_hukum",
        "OCR typo 'kessanggupan' -> 'kesanggupan'",
        replace("kessanggupan", "kesanggupan", "legal_basis"),
    ),
    Fix(
        "F36",
        codes(69),
        "dasar_hukum",
        "OCR typo 'Trapis Wicara' -> 'Terapis Wicara'",
        replace("Trapis Wicara", "Terapis Wicara", "legal_basis"),
    ),
    Fix(
        "F37",
        codes(70),
        "dasar_hukum",
        "OCR typo 'Perkerjaan' -> 'Pekerjaan'",
        replace("Perkerjaan", "Pekerjaan", "legal_basis"),
    ),
    Fix(
        "F38",
        codes(16, 19, 37, 48, 58, 63, 72, 81),
        "pelaksana",
        "OCR typo in the office's abbreviation ('DPMPSTP'/'DPMPSTSP') -> 'DPMPTSP'",
        lambda svc: svc.update(staff_count_text=re.sub(r"DPMP(STP|STSP)\b", "DPMPTSP", svc["staff_count_text"])),
    ),
    Fix(
        "F39",
        codes(
            5,
            7,
            8,
            9,
            12,
            13,
            14,
            16,
            17,
            19,
            22,
            23,
            24,
            25,
            29,
            30,
            31,
            32,
            35,
            36,
            38,
            39,
            42,
            44,
            48,
            50,
            51,
            52,
            54,
            60,
            61,
            62,
            64,
            65,
            66,
            68,
            69,
            76,
            77,
            79,
            81,
            83,
        ),
        "pengaduan",
        "website/email misspelled by OCR ('dpmpstsp', 'dpmpptsp', 'dpmpdsp', 'balangankab'); set to the spelling "
        f"most standards use: '{CANON_WEBSITE}', '{CANON_EMAIL}'",
        canonical_channels,
    ),
    # --- time limit
    Fix(
        "F40",
        codes(76),
        "jangka_waktu",
        "digits and words disagree ('Maksimal 11 (dua belas) hari kerja'); 12 taken: the words, the other health "
        "standards, and the SOP in 001 (11 hari at the SKPD Teknis plus about 3.5 hours at the office) agree",
        set_field("sla_working_days", 12),
    ),
]

# The seed's own condition words moved into ``condition`` (Requirement.mandatory = False): (code, selector, words).
CONDITIONS: list[tuple[int, str, str, bool]] = [
    (1, "Akta Pendirian", "untuk perusahaan nonperseorangan", True),
    (1, "Nomor Pokok Wajib Pajak", "kecuali untuk Izin Usaha Mikro", True),
    (1, "Surat Kuasa", "bagi yang pengurusannya diwakilkan", True),
    (4, "Sertifikat akreditasi", "untuk perpanjangan izin", True),
    (5, "Berbadan Hukum", "untuk yang menyelenggarakan rawat inap", True),
    (6, "Berbadan Hukum", "dikecualikan milik Pemerintah/Pemerintah daerah", True),
    (9, "Badan hukum", "untuk usaha swasta", True),
    (15, "rekomendasi keamanan hayati", "apabila menggunakan tanaman hasil rekayasa genetika", True),
    (
        21,
        "Surat Keterangan",
        "bagi Perusahaan Industri yang dikecualikan dari kewajiban berlokasi di kawasan Industri",
        True,
    ),
    (21, "persyaratan tertentu", "Bagi jenis industri tertentu", True),
    (
        23,
        "Surat Keterangan",
        "bagi Perusahaan Industri yang dikecualikan dari kewajiban berlokasi di kawasan Industri",
        True,
    ),
    (
        24,
        "Surat Keterangan",
        "bagi Perusahaan Industri yang dikecualikan dari kewajiban berlokasi di kawasan Industri",
        True,
    ),
    (25, "Dewan Pengawas Syariah", "bagi KSPPS dan USPPS Koperasi", True),
    (26, "Dewan Pengawas Syariah", "KSPPS dan USPPS", False),
    (32, "Izin Lokasi Perairan", "khusus usaha pariwisata yang menggunakan ruang laut secara menetap", True),
    (33, "Bidang Usaha Swalayan", "Bidang Usaha Swalayan", False),
    (33, "Bidang Usaha Pusat Perbelanjaan", "Bidang Usaha Pusat Perbelanjaan", False),
    (33, "analisa kondisi sosial", "dikecualikan untuk Mini market", True),
    (35, "KTP pemilik", "yang berkewarganegaraan Indonesia", True),
    (35, "Passport dan KITAS", "bagi penanggung jawab perusahaan jasa pergudangan yang berkewarganegaraan asing", True),
    (36, "kualifikasi 8", "Untuk jasa Konsultansi Konstruksi", True),
    (36, "kualifikasi 5", "Untuk Pekerjaan Konstruksi", True),
    (38, "Perhitungan struktur", "bagi bangunan 2 (dua) lantai atau lebih", True),
    (38, "Perhitungan utilitas", "bagi bangunan gedung bukan hunian rumah tinggal", True),
    (39, "Surat kuasa", "bila pemohon bukan Pemilik Bangunan Gedung", True),
    (39, "Gambar terbangun", "apabila ada perbedaan antara bangunan yang sudah terbangun dengan SK IMB", True),
    (39, "Hasil pengujian material", "bila ada", True),
    (39, "Hasil pengetesan", "bila ada", True),
    (39, "Manual pengoperasian", "bila ada", True),
    (39, "Rekomendasi teknis", "bila ada", True),
    (43, "Surat Kuasa", "apabila dikuasakan ke orang lain", True),
    (51, "akta pendirian usaha", "untuk yang berbentuk badan", True),
    (51, "Rekomendasi dari Camat", "khusus untuk pemasangan reklame di luar wilayah kelurahan", True),
    (52, "akta pendirian badan hukum", "kecuali badan hukum pemerintah, BUMN dan BUMD", True),
    (54, "Kajian kelayakan", "untuk Puskesmas yang baru akan didirikan, direlokasi, atau akan dikembangkan", True),
    (54, "Fotokopi surat keputusan", "untuk puskesmas yang mengajukan permohonan perpanjangan izin operasional", True),
    (54, "Profil puskesmas", "untuk puskesmas yang mengajukan permohonan perpanjangan izin operasional", True),
    (56, "BAPETEN", "untuk alat yang menggunakan radiasi pengion/sinar X", True),
    (57, "laboratorium dispensing", "bagi optikal yang tidak memiliki laboratorium", True),
    (58, "SPPL", "bagi yang praktik mandiri", True),
    (61, "SK pangkat terakhir", "bagi yang memiliki", True),
    (65, "adaptasi", "bagi lulusan luar negeri", True),
    (
        72,
        "persetujuan dari atasan",
        "bagi Dokter dan Dokter Gigi yang bekerja pada instansi/fasilitas pelayanan "
        "kesehatan pemerintah atau pada instansi/fasilitas pelayanan kesehatan lain secara purna waktu",
        True,
    ),
    (81, "Akta pendirian", "bagi yang berbadan hukum", True),
]


def _condition_fixes() -> list[Fix]:
    by_code: dict[int, list[tuple[str, str, bool]]] = {}
    for n, selector, words, strip in CONDITIONS:
        by_code.setdefault(n, []).append((selector, words, strip))
    return [
        Fix(
            f"F50-{n:03d}",
            codes(n),
            "persyaratan",
            "conditional items marked mandatory=false with the seed's own words as condition: "
            + "; ".join(f"'{w}'" for _, w, _ in items),
            chain(*(conditional(s, w, strip=strip) for s, w, strip in items)),
        )
        for n, items in sorted(by_code.items())
    ]


# Review notes that are not corrections: what the reviewer checked and left as the seed has it.
NOTES: dict[str, list[str]] = {
    "DPM-001": [
        "seed numbers this standard '1.' and the next one '1.' again; codes follow seed order, not the "
        "printed numbers (DPM-NNN = NNN-th standard of 000)",
        "kind non_perizinan: an assistance service (pendampingan) at the counter, not a licence, "
        "although the applicant's NIB is issued in OSS; sector left empty (all sectors)",
    ],
    "DPM-002": ["seed prints number 1 (restarted after the Pendampingan standard); this is the 2nd standard"],
    "DPM-018": ["time limit written only in words ('Maksimal dua belas (dua belas) hari kerja'): 12 working days"],
    "DPM-026": [
        "the seed skips number 26: the standard printed as 27 follows this one, so from DPM-027 on the code "
        "number equals the printed number"
    ],
    "DPM-028": [
        "the seed's Persyaratan cell is empty (line 857): requirements left empty, to be merged from 001 "
        "Lampiran I; nothing invented"
    ],
    "DPM-039": ["the seed's Dasar Hukum cell is empty (line 1177): legal_basis left empty"],
    "DPM-042": [
        "the requirement list is word for word the list of DPM-041 (Izin Penyimpanan Limbah B3 untuk "
        "Penghasil) and speaks of 'Limbah B3', not of waste water: probably copied by mistake in the seed; "
        "kept as printed, to be checked against 001 Lampiran I (Pembuangan Air Limbah)"
    ],
    "DPM-043": [
        "time limit is a range ('Maksimal 14-180 hari kerja'): sla_working_days left empty, the schema has "
        "no range; 001 gives 7 (SPPL), 14 (UKL-UPL) up to 180 (AMDAL) working days by document type",
        "requirements include 'Fotocopy Izin Lingkungan' for an Izin Lingkungan application: kept as printed",
    ],
    "DPM-052": ["kind non_perizinan: the product is a rekomendasi, not a licence (registered through SiCantik)"],
}


# ---------------------------------------------------------------- classification

SECTORS: dict[str, tuple[int, ...]] = {
    "Kesehatan": (*range(2, 13), *range(54, 78)),
    "Pertanian": tuple(range(13, 21)),
    "Perindustrian": tuple(range(21, 25)),
    "Koperasi": tuple(range(25, 30)),
    "Pendidikan": (30, 31),
    "Pariwisata": (32,),
    "Perdagangan": (33, 34, 35, 82),
    "Pekerjaan Umum": (36, 37, 38, 39, 53),
    "Lingkungan Hidup": tuple(range(40, 45)),
    "Ketenagakerjaan": (45, 46),
    "Kelautan dan Perikanan": (47,),
    "Perhubungan": (48, 49),
    "Pertanahan": (50,),
    "Tata Ruang": (52,),
    "Sosial": (78, 79, 80),
    "Perumahan": (83,),
}  # not clear from the seed, left empty: 1 (all sectors), 51 (Izin Reklame), 81 (Sarang Burung Walet)
KIND_OVERRIDES = {"DPM-001": "non_perizinan", "DPM-052": "non_perizinan"}


def kind_of(svc: dict) -> str:
    if svc["code"] in KIND_OVERRIDES:
        return KIND_OVERRIDES[svc["code"]]
    proc = svc["_raw"]["prosedur"]["text"]
    if "SI CANTIK" in proc:
        return "perizinan_non_berusaha"
    if "OSS" in proc:
        return "perizinan_berusaha"
    raise AssertionError(f"{svc['code']}: neither OSS nor SiCantik in the procedure")


# ---------------------------------------------------------------- runner


def all_fixes() -> list[Fix]:
    return FIXES + _condition_fixes()


def _public(svc: dict) -> dict:
    return {k: v for k, v in svc.items() if not k.startswith("_")}


def apply_all(extracted: dict) -> dict:
    data = copy.deepcopy(extracted)
    by_code = {s["code"]: s for s in data["services"]}
    for fix in all_fixes():
        for code in fix.codes:
            svc = by_code[code]
            if fix.apply is not None:
                before = json.dumps(_public(svc), sort_keys=True)
                fix.apply(svc)
                if json.dumps(_public(svc), sort_keys=True) == before:
                    raise AssertionError(f"{fix.id} changes nothing in {code}: stale fix list")
            svc["review_notes"].append(f"{fix.id} ({fix.part}): {fix.reason}")
    for code, notes in NOTES.items():
        by_code[code]["review_notes"].extend(notes)
    sector_of = {f"DPM-{n:03d}": sector for sector, ns in SECTORS.items() for n in ns}
    for svc in data["services"]:
        svc["kind"] = kind_of(svc)
        svc["sector"] = sector_of.get(svc["code"])
        if svc["_flags"] and not svc["review_notes"]:
            raise AssertionError(f"{svc['code']}: extraction flags without a review note: {svc['_flags']}")
    catalog = {"version": ex.VERSION, "services": [_public(s) for s in data["services"]]}
    sys.path.insert(0, str(REPO))
    from db.catalog.schema import Catalog  # noqa: PLC0415

    Catalog.model_validate(catalog)
    return catalog


if __name__ == "__main__":
    raise SystemExit(ex.main(["--reviewed", *sys.argv[1:]]))
