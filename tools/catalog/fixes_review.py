"""Reviewed fixes applied by build.py to the merged catalog (issue 18): what kind of requirement each item is.

Not every requirement is a paper brought to the counter (db.catalog.schema.RequirementKind). These rules and tables
give an item its kind, whom it concerns and what evidence is recorded, each with its reason written to the entry's
review_notes, so the shipped catalog stays exactly script + fixes:
- REKOMENDASI: 001 Lampiran I names "Rekomendasi ... dari Kepala Dinas ..." for most OSS services while 000's list
  leaves it out; where the SOP's Front Office step receives the file "dengan Rekomendasi", the rekomendasi is an
  intake item (one of several when 001 gives one per kind of licence);
- APPLIES_TO: the seed's own condition words that name the applicant (badan hukum, dikuasakan);
- KINDS: items checked later in the SOP, payments recorded by their slip;
- ALTERNATIVES: items the seed offers as "either ... or".
"""

from __future__ import annotations

import copy
import re

APPLIES_TO = {
    "badan_hukum": (
        "untuk perusahaan nonperseorangan",
        "untuk yang berbentuk badan",
        "bagi yang berbadan hukum",
    ),
    "dikuasakan": (
        "bagi yang pengurusannya diwakilkan",
        "apabila dikuasakan ke orang lain",
        "jika dikuasakan",
    ),
}

# code -> [(start of the item's text, fields to set, reason)]
KINDS = {
    "KALTARA-02": [
        (
            "Membayar biaya permohonan izin UGB",
            {"kind": "sebelum_penyerahan", "evidence": "bukti_setor"},
            "'Membayar biaya permohonan izin UGB ... setelah permohonan disetujui' (004 baris 34/36) tidak dapat "
            "dipenuhi di loket: syarat diperiksa kemudian, sebelum izin diserahkan, dengan bukti setor (nomor, "
            "jumlah, tanggal) sebagai buktinya; pendaftaran tidak tertahan olehnya",
        ),
        (
            "Membayar dana usaha kesejahteraan sosial",
            {"evidence": "bukti_setor"},
            "pembayaran dana usaha kesejahteraan sosial dibuktikan dengan bukti setor (000 baris 544: kantor hanya "
            "menerima bukti setor, tidak menerima uang tunai): nomor, jumlah dan tanggalnya dicatat",
        ),
    ],
    "DPM-043": [
        (
            "Fotocopy Identitas Penerima Kuasa",
            {"applies_to": "dikuasakan", "mandatory": False, "condition": "apabila dikuasakan ke orang lain"},
            "identitas penerima kuasa hanya ada bila dikuasakan (butir sebelumnya: Surat Kuasa 'apabila "
            "dikuasakan ke orang lain')",
        ),
    ],
}

# code -> (heading text, [start of each alternative's text], reason)
ALTERNATIVES = {
    "SETDA-ORG-05": (
        "Permintaan konsultasi, salah satu dari",
        ["Surat Resmi yang berisi materi konsultasi", "Pengguna layanan dapat langsung ke Bagian Organisasi"],
        "003 baris 2319 memberi dua cara meminta konsultasi (surat resmi, atau datang langsung ke Bagian "
        "Organisasi), bukan dua syarat wajib: satu kelompok 'salah satu'",
    ),
}


def _walk(requirements: list[dict]):
    for requirement in requirements:
        yield requirement
        yield from _walk(requirement.get("children", []))


def _all(entry: dict):
    yield from _walk(entry.get("requirements", []))
    for variant in entry.get("variants", []):
        yield from _walk(variant["requirements"])


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()


def _rekomendasi(entry: dict, sop: dict | None) -> None:
    if sop is None or not any(
        "front office" in step["actor"].lower() and "rekomendasi" in step["text"].lower()
        for step in entry.get("steps", [])
    ):
        return
    present = {_norm(r["text"]) for r in _all(entry)}
    found = [r for r in _all(sop) if _norm(r["text"]).startswith("rekomendasi") and _norm(r["text"]) not in present]
    if not found:
        return
    items = []
    for requirement in found:
        item = copy.deepcopy(requirement)
        item["text"] = item["text"].strip().rstrip(".").strip()
        item["children"] = []
        if _norm(item["text"]) not in {_norm(i["text"]) for i in items}:
            items.append(item)
    if len(items) == 1:
        entry.setdefault("requirements", []).append(items[0])
        why = "001 Lampiran I mensyaratkan rekomendasi dan langkah Front Office SOP menerima berkas 'dengan "
        why += f"Rekomendasi': '{items[0]['text']}' masuk checklist"
    else:
        group = {
            "text": "Rekomendasi dari kepala dinas teknis sesuai jenis izin yang dimohon, salah satu dari",
            "mandatory": True,
            "condition": None,
            "kind": "salah_satu",
            "children": items,
            "source": None,  # the heading is ours; each alternative keeps its seed line
        }
        entry.setdefault("requirements", []).append(group)
        why = "001 Lampiran I memberi satu rekomendasi per jenis izin dan langkah Front Office SOP menerima berkas "
        why += f"'dengan Rekomendasi': {len(items)} rekomendasi masuk checklist sebagai satu kelompok 'salah satu'"
    entry.setdefault("review_notes", []).append(why)


def _applies_to(entry: dict) -> None:
    for requirement in _all(entry):
        condition = (requirement.get("condition") or "").strip().lower()
        for applies_to, words in APPLIES_TO.items():
            if condition in words:
                requirement["applies_to"] = applies_to
                entry.setdefault("review_notes", []).append(
                    f"butir '{requirement['text'][:60]}' berlaku {applies_to.replace('_', ' ')} saja "
                    f"(kata seed: '{requirement['condition']}'): ditentukan dari pemohon dan kuasanya saat pendaftaran"
                )


def _kinds(entry: dict) -> None:
    for start, fields, reason in KINDS.get(entry["code"], []):
        matched = [r for r in _all(entry) if r["text"].startswith(start)]
        if not matched:
            continue  # built from part of the src files; the shipped catalog is tested to carry every reason
        for requirement in matched:
            requirement.update(fields)
        entry.setdefault("review_notes", []).append(reason)


def _alternatives(entry: dict) -> None:
    rule = ALTERNATIVES.get(entry["code"])
    if rule is None:
        return
    heading, starts, reason = rule
    requirements = entry["requirements"]
    members = [r for start in starts for r in requirements if r["text"].startswith(start)]
    if len(members) != len(starts):
        return
    at = requirements.index(members[0])
    group = {
        "text": heading,
        "mandatory": True,
        "condition": None,
        "kind": "salah_satu",
        "children": members,
        "source": None,  # the heading is ours; each alternative keeps its seed line
    }
    entry["requirements"] = [r for r in requirements if r not in members]
    entry["requirements"].insert(at, group)
    entry.setdefault("review_notes", []).append(reason)


def apply(merged: dict[str, dict], sop: dict[str, dict]) -> None:
    """Apply every rule and table, in place. A table row whose item is absent (a build from some src files only)
    is skipped; tests check that the shipped catalog carries the reason of every row."""
    for code, entry in merged.items():
        _rekomendasi(entry, sop.get(code))
        _applies_to(entry)
        _kinds(entry)
        _alternatives(entry)
