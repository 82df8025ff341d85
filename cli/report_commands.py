"""loket-admin report daily: the counter report of a day or a period (of the hall or one agency) as JSON, PDF, XLSX or
CSV (scheduled jobs); loket-admin report agencies: every agency of the hall side by side."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from db.core.errors import DomainError
from db.documents import files
from db.documents.printing import office_header
from db.reports import ReportQuery, export
from db.reports import comparison_export as hall_export


def register(groups) -> None:
    parser = groups.add_parser("report", help="laporan supervisor")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    daily = commands.add_parser(
        "daily",
        help="laporan loket satu hari atau satu rentang",
        description="Tanpa --out, JSON dan CSV dicetak ke layar; PDF dan XLSX wajib --out.",
    )
    daily.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (bawaan: hari ini)")
    daily.add_argument("--from", dest="date_from", type=date.fromisoformat, help="awal rentang YYYY-MM-DD")
    daily.add_argument("--to", dest="date_to", type=date.fromisoformat, help="akhir rentang YYYY-MM-DD")
    daily.add_argument("--format", choices=export.FORMATS, default="json")
    daily.add_argument("--out", help="berkas tujuan")
    daily.add_argument("--counter", type=int, help="hanya loket N")
    daily.add_argument("--group", help="hanya grup antrian (mis. A)")
    daily.add_argument("--officer", help="hanya petugas (nama pengguna)")
    daily.add_argument("--agency", help="hanya instansi (kode, mis. SETDA-BLG; bawaan: seluruh aula)")
    daily.add_argument("--signer", help="nama supervisor penanda tangan PDF (bawaan: garis titik-titik)")
    daily.set_defaults(handler=report_daily)
    agencies = commands.add_parser(
        "agencies",
        help="laporan aula: setiap instansi berdampingan dan seluruh aula",
        description="Antrian, berkas, kepatuhan waktu layanan dan IKM per instansi. Tanpa --out, JSON dan CSV "
        "dicetak ke layar; PDF dan XLSX wajib --out.",
    )
    agencies.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (bawaan: hari ini)")
    agencies.add_argument("--from", dest="date_from", type=date.fromisoformat, help="awal rentang YYYY-MM-DD")
    agencies.add_argument("--to", dest="date_to", type=date.fromisoformat, help="akhir rentang YYYY-MM-DD")
    agencies.add_argument("--format", choices=export.FORMATS, default="json")
    agencies.add_argument("--out", help="berkas tujuan")
    agencies.add_argument("--signer", help="nama pengelola penanda tangan PDF (bawaan: garis titik-titik)")
    agencies.set_defaults(handler=report_agencies)


def _period(args, today: date) -> tuple[date, date]:
    if args.date and (args.date_from or args.date_to):
        raise DomainError("Pakai --date atau --from/--to, tidak keduanya.")
    if args.date:
        return args.date, args.date
    start = args.date_from or args.date_to or today
    return start, args.date_to or start


def report_daily(args: argparse.Namespace, context) -> int:
    services = context.services
    start, end = _period(args, services.queue.today())
    query = ReportQuery(start, end, counter=args.counter, group=args.group, officer=args.officer, agency=args.agency)
    report = services.reports.daily(query, actor=context.actor())
    values = services.settings.values()
    data = export.render(report, args.format, office_header(values), values, args.signer)
    return _write(args, data, export.period_text(report))


def report_agencies(args: argparse.Namespace, context) -> int:
    services = context.services
    start, end = _period(args, services.queue.today())
    comparison = services.reports.by_agency(start, end, actor=context.actor())
    values = services.settings.values()
    data = hall_export.render(comparison, args.format, office_header(values), values, args.signer)
    return _write(args, data, export.days_text(start, end))


def _write(args: argparse.Namespace, data: bytes, period: str) -> int:
    if args.out:
        path = files.save(args.out, data)
        print(f"Laporan {period} disimpan: {path}")
    elif args.format in ("json", "csv"):
        sys.stdout.write(data.decode("utf-8").lstrip("\ufeff"))
        if not data.endswith(b"\n"):
            sys.stdout.write("\n")
    else:
        raise DomainError(f"Format {args.format} perlu --out BERKAS.")
    return 0
