"""The report as tables, and its files: PDF (printing.report_pdf), XLSX (one sheet per table) and CSV.

CSV: one UTF-8 file (with BOM, so Excel opens it as UTF-8), ";"-separated as Excel in an Indonesian locale expects,
one section per table: a row "## <table title>", the header row, the data rows, then an empty row. Decimal numbers
are written with a comma, as the PDF prints them and as Excel in an Indonesian locale reads them next to ";"
(the JSON keeps the point).
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from db.core.errors import DomainError
from db.reports.feature_counts import SECTIONS
from db.reports.model import DailyReport, DurationStats
from printing.dates import format_date, format_day_date
from printing.records import OfficeHeader
from printing.report_pdf import ReportDocument, ReportTable, cell_text, report_pdf

FORMATS = ("json", "pdf", "xlsx", "csv")
STAT_HEADERS = ("Jumlah", "Rata-rata (menit)", "Median (menit)", "P90 (menit)")
NOT_AVAILABLE = "belum tersedia"


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _stats(stats: DurationStats) -> tuple:
    return (stats.count, stats.mean, stats.median, stats.p90)


def period_text(report: DailyReport) -> str:
    return days_text(report.query.date_from, report.query.date_to)


def days_text(date_from: date, date_to: date) -> str:
    if date_from == date_to:
        return format_day_date(date_from)
    return f"{format_date(date_from)} - {format_date(date_to)}"


def filters_text(report: DailyReport) -> str:
    query = report.query
    parts = [f"instansi {report.agency.short_name}"] if report.agency else []
    if query.counter is not None:
        parts.append(f"loket {query.counter}")
    if query.group:
        parts.append(f"grup {query.group.upper()}")
    if query.officer:
        parts.append(f"petugas {query.officer}")
    return ", ".join(parts)


def tables(report: DailyReport) -> tuple[ReportTable, ...]:
    """Every table of the report, in reading order; the screen, the PDF, the XLSX and the CSV show the same ones."""
    t, f, a = report.tickets, report.files, report.applications
    summary = (
        ("Tiket diambil", t.issued),
        ("Dipanggil", t.called),
        ("Dilayani", t.served),
        ("Tidak hadir", t.no_show),
        ("Dialihkan", t.transferred),
        ("Masih menunggu saat tutup", t.still_waiting),
        ("Bagian tidak hadir (%)", _percent(t.no_show_share)),
        (f"Menunggu lebih dari {report.wait_target_minutes} menit", t.over_target),
        (f"Bagian menunggu lebih dari {report.wait_target_minutes} menit (%)", _percent(t.over_target_share)),
    )
    result = [
        ReportTable("queue_summary", "Ringkasan antrian", ("Uraian", "Nilai"), summary),
        ReportTable(
            "durations",
            "Waktu tunggu dan waktu layanan",
            ("Ukuran", *STAT_HEADERS),
            (("Waktu tunggu", *_stats(t.waiting)), ("Waktu layanan", *_stats(t.service))),
            "Waktu tunggu: panggilan terakhir - ambil nomor; waktu layanan: selesai - panggilan terakhir.",
        ),
        ReportTable(
            "groups",
            "Per grup antrian",
            ("Grup", "Nama", "Diambil", "Dilayani", "Tidak hadir", "Masih menunggu", "Tunggu rata2", "Layanan rata2"),
            tuple(
                (g.group, g.name, g.issued, g.served, g.no_show, g.still_waiting, g.waiting_mean, g.service_mean)
                for g in report.groups
            ),
        ),
        ReportTable(
            "counters",
            "Per loket",
            ("Loket", "Panggilan", "Dilayani", "Tidak hadir", "Dialihkan", "Layanan rata2", "Layanan median")
            + ("Aktif (menit)", "Sibuk (menit)", "Menganggur (menit)"),
            tuple(
                (c.counter, c.calls, c.served, c.no_show, c.transferred, c.service.mean, c.service.median)
                + (c.active_minutes, c.busy_minutes, c.idle_minutes)
                for c in report.counters
            ),
            "Menganggur: dari panggilan pertama sampai selesai terakhir tiap hari, dikurangi waktu ada tiket "
            "dipanggil atau dilayani.",
        ),
        ReportTable(
            "officers",
            "Per petugas",
            ("Petugas", "Nama", "Panggilan", "Dilayani", "Tidak hadir", "Dialihkan", "Layanan rata2", "Layanan P90"),
            tuple(
                (o.username, o.full_name, o.calls, o.served, o.no_show, o.transferred, o.service.mean, o.service.p90)
                for o in report.officers
            ),
        ),
        ReportTable(
            "hours",
            "Per jam",
            ("Jam", "Diambil", "Dipanggil", "Dilayani", "Tunggu rata2 (menit)"),
            tuple((f"{h.hour:02d}.00", h.issued, h.called, h.served, h.waiting_mean) for h in report.hours),
        ),
        ReportTable(
            "wait_histogram",
            "Sebaran waktu tunggu",
            ("Menit", "Tiket"),
            tuple((b.label, b.count) for b in report.wait_histogram),
        ),
        ReportTable(
            "files",
            "Berkas",
            ("Uraian", "Nilai"),
            (
                ("Berkas diperiksa", f.checked),
                ("Dikembalikan (tidak lengkap)", f.returned),
                ("Terdaftar", f.registered),
            ),
        ),
        ReportTable(
            "missing",
            "Persyaratan paling sering kurang",
            ("Layanan", "Persyaratan", "Kali"),
            tuple((f"{m.service_code} {m.service_name}", m.text, m.count) for m in f.missing),
        ),
        ReportTable(
            "applications",
            "Permohonan",
            ("Uraian", "Nilai"),
            (
                ("Masih diproses", a.open),
                ("Jatuh tempo dalam 2 hari kerja", a.due_soon),
                ("Lewat jatuh tempo", a.overdue),
                ("Selesai tepat waktu", a.finished_on_time),
                ("Selesai terlambat", a.finished_late),
            ),
        ),
        ReportTable(
            "sla",
            "Kepatuhan waktu layanan per layanan",
            ("Kode", "Layanan", "Selesai", "Tepat waktu", "Terlambat", "Tanpa batas", "Tepat waktu (%)"),
            tuple(
                (s.service_code, s.service_name, s.finished, s.on_time, s.late, s.no_limit, _percent(s.share_on_time))
                for s in a.sla
            ),
            "Tepat waktu: langkah terakhir selesai paling lambat pada tanggal jatuh tempo.",
        ),
        ReportTable(
            "other_services",
            "SK, pengaduan, informasi dan konsultasi",
            ("Uraian", "Nilai", "Keterangan"),
            tuple((e.label, e.value, "" if e.available else NOT_AVAILABLE) for e in report.extras),
        ),
    ]
    if report.lifecycle is not None:
        result += lifecycle_tables(report.lifecycle)
    return tuple(result)


def lifecycle_tables(figures) -> list[ReportTable]:
    """Which desk holds files (actual time per SOP step against the SOP's), and every overdue file."""
    return [
        ReportTable(
            "desks",
            "Waktu per meja dibanding SOP (menit kerja)",
            ("Meja", "Langkah selesai", "Median aktual", "Median SOP", "Melebihi SOP", "Dipegang kini", "Tertahan"),
            tuple(
                (d.desk, d.steps_done, d.median_minutes, d.sop_minutes, d.over_sop, d.holding_now, d.holding_over_sop)
                for d in figures.desks
            ),
            "Tertahan: menunggu di meja itu lebih lama dari waktu SOP langkahnya. 1 hari kerja = 480 menit.",
        ),
        ReportTable(
            "overdue",
            "Berkas lewat jatuh tempo",
            ("Nomor pendaftaran", "Pemohon", "Layanan", "Jatuh tempo", "Hari kerja lewat", "Dipegang oleh"),
            tuple(
                (o.registration_number, o.applicant_name, o.service_name, o.due_on, o.working_days_late, o.held_by)
                for o in figures.overdue
            ),
            figures.note,
        ),
    ]


def document(report: DailyReport, values: dict[str, str], signer_name: str | None) -> ReportDocument:
    title = "LAPORAN HARIAN LOKET" if report.single_day else "LAPORAN LOKET"
    place = values.get("office.city") or ""
    written = format_date(report.query.date_to)
    return ReportDocument(
        title=title,
        period=period_text(report),
        filters=filters_text(report),
        tables=tables(report),
        place_date=f"{place}, {written}" if place else written,
        signer_role="Supervisor",
        signer_name=signer_name,
    )


def to_json(report: DailyReport) -> str:
    data = report.to_dict()
    data["sections_pending"] = [e.key for e in report.extras if not e.available]
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_csv(report: DailyReport) -> str:
    return tables_csv(tables(report))


def tables_csv(report_tables: tuple[ReportTable, ...]) -> str:
    """The CSV of the module docstring for any report's tables."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    for table in report_tables:
        writer.writerow([f"## {table.title}"])
        writer.writerow(table.headers)
        writer.writerows([_csv_cell(value) for value in row] for row in table.rows)
        writer.writerow([])
    return "\ufeff" + buffer.getvalue()


def _csv_cell(value) -> str | int:
    if value is None:
        return ""
    return cell_text(value) if isinstance(value, float) else value


# Sheet names for the tables whose titles are longer than Excel's 31 characters: short, and still saying what they hold.
SHEET_NAMES = {
    "sla": "Kepatuhan SLA per layanan",
    "missing": "Persyaratan sering kurang",
    "other_services": "SK, pengaduan, info, konsultasi",
}


def sheet_title(title: str, used: set[str]) -> str:
    """An Excel sheet name: at most 31 characters (cut at a word, never inside one), none of []:*?/\\, unique in
    the workbook."""
    cleaned = " ".join("".join(" " if ch in "[]:*?/\\" else ch for ch in title).split())
    if len(cleaned) > 31:
        cleaned = cleaned[:32].rsplit(" ", 1)[0].rstrip(" ,;-") if " " in cleaned[:32] else cleaned[:31]
    name, n = cleaned, 2
    while name.lower() in used:
        suffix = f" ({n})"
        name, n = cleaned[: 31 - len(suffix)] + suffix, n + 1
    used.add(name.lower())
    return name


def to_xlsx(report: DailyReport) -> bytes:
    return tables_xlsx(tables(report), period_text(report))


def tables_xlsx(report_tables: tuple[ReportTable, ...], period: str) -> bytes:
    """One sheet per table, titled with the period, for any report's tables."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    used: set[str] = set()
    for table in report_tables:
        sheet = workbook.create_sheet(sheet_title(SHEET_NAMES.get(table.key, table.title), used))
        sheet.append([f"{table.title} - {period}"])
        sheet.append(list(table.headers))
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        if table.note:
            sheet.append([])
            sheet.append([table.note])
        for index, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(str(row[index - 1] or "")) for row in table.rows])
            sheet.column_dimensions[sheet.cell(row=2, column=index).column_letter].width = min(60, width + 2)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_pdf(report: DailyReport, office: OfficeHeader, values: dict[str, str], signer_name: str | None) -> bytes:
    return report_pdf(document(report, values, signer_name), office, "A4")


def render(
    report: DailyReport, fmt: str, office: OfficeHeader, values: dict[str, str], signer_name: str | None
) -> bytes:
    """The report in one of FORMATS as bytes."""
    if fmt == "json":
        return to_json(report).encode("utf-8")
    if fmt == "csv":
        return to_csv(report).encode("utf-8")
    if fmt == "xlsx":
        return to_xlsx(report)
    if fmt == "pdf":
        return to_pdf(report, office, values, signer_name)
    raise DomainError(f"Format laporan '{fmt}' tidak dikenal. Pilihan: {', '.join(FORMATS)}.")


__all__ = ["FORMATS", "SECTIONS", "document", "render", "tables", "to_csv", "to_json", "to_xlsx"]
