"""Reading an agency's import file: the documented JSON (the agency and its catalog) or a CSV of its services.

Every entry is checked on its own and every problem is reported with its line, in Indonesian; a file with any
problem imports nothing. The formats are documented in resources/agencies/README.md.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field

from pydantic import ValidationError

from db.agencies.records import SERVICE_FIELDS, AgencyRecord, record_reasons
from db.catalog.schema import Service
from db.catalog.text_format import from_text
from db.core.errors import DomainError

MAX_REPORTED = 30
CSV_COLUMNS = {
    "kode": "code",
    "nama": "name",
    "jenis": "kind",
    "unit": "unit",
    "sektor": "sector",
    "persyaratan": "requirements",
    "langkah": "steps",
    "waktu_hari_kerja": "sla_working_days",
    "waktu": "sla_text",
    "biaya_rupiah": "fee_rupiah",
    "biaya": "fee_text",
    "produk": "product",
    "dasar_hukum": "legal_basis",
    "sumber": "sources",
}
CSV_REQUIRED = ("kode", "nama", "jenis", "sumber")
_STEP = re.compile(r"^(?P<actor>[^:]{2,80}):\s*(?P<text>.+?)(?:\s*\((?P<minutes>\d+)\s*menit\))?$")
_SOURCE = re.compile(r"^(?P<file>[^:]+):(?P<start>\d+)(?:-(?P<end>\d+))?$")


@dataclass
class ImportFile:
    """What a file holds once read: the agency (JSON only) and its services, each with the line it starts on."""

    agency: AgencyRecord | None = None
    services: list[tuple[int, Service]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def refuse_if_any(self, name: str) -> None:
        if not self.problems:
            return
        shown = self.problems[:MAX_REPORTED]
        more = len(self.problems) - len(shown)
        tail = f"\n- ... dan {more} masalah lain" if more else ""
        raise DomainError(
            f"{name}: {len(self.problems)} masalah, tidak ada yang diimpor:\n- " + "\n- ".join(shown) + tail
        )


def _service(found: ImportFile, line: int, data: dict, agency_name: str | None) -> None:
    if agency_name and not data.get("agency"):
        data = {**data, "agency": agency_name}
    try:
        found.services.append((line, Service.model_validate(data)))
    except ValidationError as error:
        label = f"baris {line}" + (f" (layanan {data['code']})" if isinstance(data.get("code"), str) else "")
        found.problems.extend(f"{label}: {reason}" for reason in record_reasons(error, SERVICE_FIELDS))


def _array_lines(text: str, key: str) -> list[int]:
    """The line each element of the top-level array `key` starts on (json gives values, not positions)."""
    decoder = json.JSONDecoder()
    start = re.search(rf'"{key}"\s*:\s*\[', text)
    if start is None:
        return []
    lines, position = [], start.end()
    while True:
        while position < len(text) and text[position] in " \t\r\n,":
            position += 1
        if position >= len(text) or text[position] == "]":
            return lines
        lines.append(text.count("\n", 0, position) + 1)
        _, position = decoder.raw_decode(text, position)


def read_json(text: str) -> ImportFile:
    """{"agency": {...}, "services": [...]}: the agency with its units, and its catalog entries."""
    found = ImportFile()
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as error:
        raise DomainError(
            f"Berkas bukan JSON yang sah (baris {error.lineno}, kolom {error.colno}): {error.msg}."
        ) from None
    if not isinstance(raw, dict) or not isinstance(raw.get("agency"), dict):
        raise DomainError('Berkas JSON harus berisi objek dengan kunci "agency" (dan "services" bila ada layanan).')
    unknown = sorted(set(raw) - {"agency", "services", "_source"})
    if unknown:
        found.problems.append(f"kunci tidak dikenal di tingkat atas: {', '.join(unknown)}")
    agency_line = text.count("\n", 0, max(text.find('"agency"'), 0)) + 1
    try:
        found.agency = AgencyRecord.model_validate({k: v for k, v in raw["agency"].items() if k != "_source"})
    except ValidationError as error:
        found.problems.extend(f"instansi (baris {agency_line}): {r}" for r in record_reasons(error))
    services = raw.get("services", [])
    if not isinstance(services, list):
        found.problems.append('"services" harus berupa daftar layanan')
        return found
    lines = _array_lines(text, "services")
    name = found.agency.short_name if found.agency else None
    for index, data in enumerate(services):
        line = lines[index] if index < len(lines) else index + 1
        if not isinstance(data, dict):
            found.problems.append(f"baris {line}: setiap layanan harus berupa objek")
            continue
        _service(found, line, data, name)
    return found


def _split(cell: str) -> list[str]:
    return [part.strip() for part in re.split(r"[;\n]", cell) if part.strip()]


def _lines(cell: str) -> list[str]:
    """One item a line, for texts that may hold ';' themselves (steps, legal bases)."""
    return [line.strip() for line in cell.splitlines() if line.strip()]


def _requirements(cell: str) -> tuple[list, list]:
    """The plain-text list of the catalog screen ("- item", two spaces a level, tags), or items split by ';'."""
    text = cell if re.search(r"^\s*- ", cell, re.MULTILINE) else "\n".join(f"- {item}" for item in _split(cell))
    if not text.strip():
        return [], []
    try:
        return from_text(text, [], [])
    except DomainError as error:
        raise ValueError(f"persyaratan: {str(error).replace('Baris', 'butir')}") from None


def _steps(cell: str) -> list[dict]:
    """One step a line (a step's text may hold ';')."""
    steps = []
    for part in _lines(cell):
        match = _STEP.match(part)
        if match is None:
            raise ValueError(f"langkah '{part[:40]}' harus ditulis 'Pelaksana: kegiatan (N menit)'")
        minutes = match.group("minutes")
        steps.append(
            {
                "actor": match.group("actor").strip(),
                "text": match.group("text").strip(),
                "duration_minutes": int(minutes) if minutes else None,
                "duration_text": f"{minutes} menit" if minutes else None,
            }
        )
    return steps


def _sources(cell: str) -> list[dict]:
    sources = []
    for part in _split(cell):
        match = _SOURCE.match(part)
        if match is None:
            raise ValueError(f"sumber '{part[:40]}' harus ditulis 'berkas:baris' atau 'berkas:awal-akhir'")
        start = int(match.group("start"))
        end = int(match.group("end") or start)
        if end < start:
            raise ValueError(f"sumber '{part}': baris akhir sebelum baris awal")
        sources.append({"file": match.group("file").strip(), "line_start": start, "line_end": end, "part": "standar"})
    return sources


def _number(cell: str, label: str) -> int | None:
    digits = cell.replace(".", "").strip()
    if not digits:
        return None
    if not digits.isdigit():
        raise ValueError(f"{label} harus bilangan bulat, bukan '{cell}'")
    return int(digits)


def _row_service(row: dict[str, str]) -> dict:
    cell = {column: (row.get(column) or "").strip() for column in CSV_COLUMNS}
    requirements, variants = _requirements(cell["persyaratan"])
    data = {
        "code": cell["kode"].upper(),
        "name": " ".join(cell["nama"].split()),
        "kind": cell["jenis"].lower(),
        "unit": cell["unit"] or None,
        "sector": cell["sektor"] or None,
        "requirements": requirements,
        "variants": variants,
        "steps": _steps(cell["langkah"]),
        "sla_working_days": _number(cell["waktu_hari_kerja"], "waktu_hari_kerja"),
        "sla_text": cell["waktu"] or None,
        "fee_rupiah": _number(cell["biaya_rupiah"], "biaya_rupiah") or 0,
        "fee_text": cell["biaya"] or None,
        "product": cell["produk"] or None,
        "legal_basis": _lines(cell["dasar_hukum"]),
        "sources": _sources(cell["sumber"]),
    }
    return {key: value for key, value in data.items() if value not in (None, "") or key in ("code", "name", "kind")}


def read_csv(text: str, agency_name: str) -> ImportFile:
    """One service per row, headers in the first row (resources/agencies/README.md); ',' or ';' between cells."""
    found = ImportFile()
    text = text.removeprefix("\ufeff")  # the byte-order mark a spreadsheet writes
    header = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if header.count(";") > header.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    reader.fieldnames = columns
    missing = [name for name in CSV_REQUIRED if name not in columns]
    unknown = [name for name in columns if name not in CSV_COLUMNS]
    if missing or unknown:
        problems = ([f"kolom wajib tidak ada: {', '.join(missing)}"] if missing else []) + (
            [f"kolom tidak dikenal: {', '.join(unknown)}"] if unknown else []
        )
        raise DomainError(
            "Baris 1 (judul kolom): " + "; ".join(problems) + f". Kolom yang dikenal: {', '.join(CSV_COLUMNS)}."
        )
    start = 2
    for row in reader:
        line, start = start, reader.line_num + 1
        if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
            continue  # an empty row a spreadsheet leaves at the end
        try:
            data = _row_service(row)
        except ValueError as error:
            found.problems.append(f"baris {line} (layanan {(row.get('kode') or '?').strip()}): {error}")
            continue
        _service(found, line, data, agency_name)
    return found


def check_entries(session, found: ImportFile, record: AgencyRecord, general: frozenset[str]) -> None:
    """What only the database can tell, added to `found.problems`: a code another agency's entry holds, a hall-wide
    service, a unit the agency does not have, a code twice in the file."""
    from sqlalchemy import select

    from db.models.catalog import CatalogService, ServiceRevision

    units = {unit.name for unit in record.units}
    names = {record.short_name, record.name}
    codes = [service.code for _, service in found.services]
    held = dict(
        session.execute(
            select(CatalogService.code, ServiceRevision.data)
            .join(ServiceRevision, ServiceRevision.id == CatalogService.current_revision_id)
            .where(CatalogService.code.in_(codes))
        ).all()
    )
    seen: dict[str, int] = {}
    for line, service in found.services:
        where = f"baris {line} (layanan {service.code})"
        if service.code in seen:
            found.problems.append(f"{where}: kode sama dengan layanan di baris {seen[service.code]}")
        seen.setdefault(service.code, line)
        if service.code in general:
            found.problems.append(f"{where}: layanan umum aula; tawarkan lewat daftar layanan umum instansi")
        elif service.code in held and held[service.code].get("agency") not in names:
            found.problems.append(f"{where}: kode sudah dipakai layanan {held[service.code].get('agency')}")
        if service.agency not in names:
            found.problems.append(f"{where}: instansi '{service.agency}' bukan {record.short_name}")
        if service.unit and service.unit not in units:
            known = ", ".join(sorted(units)) or "instansi ini tidak punya unit"
            found.problems.append(f"{where}: unit '{service.unit}' tidak ada ({known})")
