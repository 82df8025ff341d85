"""The hall's report (every agency side by side) as tables, and its files: JSON, PDF, XLSX and CSV, laid out as the
counter report's (db/reports/export.py); the hall's row comes last in each table."""

from __future__ import annotations

import dataclasses
import json

from db.core.errors import DomainError
from db.reports.comparison import AgencyFigures, HallComparison
from db.reports.export import FORMATS, days_text, tables_csv, tables_xlsx
from db.reports.model import plain
from printing.dates import format_date
from printing.records import OfficeHeader
from printing.report_pdf import ReportDocument, ReportTable, report_pdf


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _rows(comparison: HallComparison) -> tuple[AgencyFigures, ...]:
    return (*comparison.agencies, comparison.hall)


def _label(row: AgencyFigures) -> str:
    """The wide tables name an agency by its code (one short word, so a row stays one line on paper); the IKM table
    gives the code beside the full name."""
    return row.code or row.name


def tables(comparison: HallComparison) -> tuple[ReportTable, ...]:
    """The side-by-side tables: the queue, the files, the applications, the IKM; one row per agency, the hall's
    last."""
    target = comparison.wait_target_minutes
    rows = _rows(comparison)
    return (
        ReportTable(
            "agency_queue",
            "Antrian per instansi",
            ("Instansi", "Diambil", "Dilayani", "Tidak hadir", "Masih menunggu", "Tunggu rata2", "Tunggu median")
            + ("Tunggu P90", "Layanan rata2", f"Lewat {target} menit (%)"),
            tuple(
                (_label(r), r.issued, r.served, r.no_show, r.still_waiting, r.waiting.mean, r.waiting.median)
                + (r.waiting.p90, r.service.mean, _percent(r.over_target_share))
                for r in rows
            ),
            "Menit. Tunggu: panggilan terakhir - ambil nomor; layanan: selesai - panggilan terakhir.",
        ),
        ReportTable(
            "agency_files",
            "Berkas per instansi",
            ("Instansi", "Berkas diterima", "Dikembalikan", "Terdaftar", "Pengaduan"),
            tuple((_label(r), r.files_checked, r.files_returned, r.files_registered, r.complaints) for r in rows),
        ),
        ReportTable(
            "agency_applications",
            "Permohonan per instansi",
            ("Instansi", "Selesai", "Tepat waktu", "Terlambat", "Tepat waktu (%)", "Masih diproses")
            + ("Lewat jatuh tempo",),
            tuple(
                (_label(r), r.finished, r.finished_on_time, r.finished_late, _percent(r.sla_share), r.open, r.overdue)
                for r in rows
            ),
            "Tepat waktu: langkah terakhir paling lambat pada tanggal jatuh tempo.",
        ),
        ReportTable(
            "agency_ikm",
            "Indeks Kepuasan Masyarakat per instansi",
            ("Kode", "Instansi", "Responden", "IKM", "Mutu"),
            tuple((r.code or "", r.name, r.respondents, r.ikm, r.ikm_grade) for r in rows),
            "PermenPANRB 14/2017: IKM tiap instansi dari jawaban tentang layanannya; IKM aula dari seluruh jawaban.",
        ),
    )


def document(comparison: HallComparison, values: dict[str, str], signer_name: str | None) -> ReportDocument:
    place = values.get("office.city") or ""
    written = format_date(comparison.date_to)
    return ReportDocument(
        title="LAPORAN AULA PER INSTANSI",
        period=days_text(comparison.date_from, comparison.date_to),
        filters="",
        tables=tables(comparison),
        place_date=f"{place}, {written}" if place else written,
        signer_role="Pengelola Mal Pelayanan Publik",
        signer_name=signer_name,
    )


def to_json(comparison: HallComparison) -> str:
    data = plain(dataclasses.asdict(comparison))
    for row in (*data["agencies"], data["hall"]):
        row["finished"] = row["finished_on_time"] + row["finished_late"] + row["finished_no_limit"]
    return json.dumps(data, ensure_ascii=False, indent=2)


def render(
    comparison: HallComparison, fmt: str, office: OfficeHeader, values: dict[str, str], signer_name: str | None
) -> bytes:
    """The hall's report in one of db.reports.export.FORMATS as bytes."""
    if fmt == "json":
        return to_json(comparison).encode("utf-8")
    if fmt == "csv":
        return tables_csv(tables(comparison)).encode("utf-8")
    if fmt == "xlsx":
        return tables_xlsx(tables(comparison), days_text(comparison.date_from, comparison.date_to))
    if fmt == "pdf":
        return report_pdf(document(comparison, values, signer_name), office, "A4")
    raise DomainError(f"Format laporan '{fmt}' tidak dikenal. Pilihan: {', '.join(FORMATS)}.")
