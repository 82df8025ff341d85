"""loket-admin skm import FILE.csv | report --from D --to D [--service CODE] --format json|pdf|xlsx [--out FILE]"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from cli.context import write_output
from db.core.errors import DomainError
from db.documents.printing import office_header


def register(groups) -> None:
    parser = groups.add_parser("skm", help="survei kepuasan masyarakat: impor survei kertas, laporan IKM")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    importing = commands.add_parser(
        "import",
        help="impor survei kertas dari CSV (kolom u1..u9, service_code, date; opsional age_band, sex, education, "
        "occupation, counter, comment); semua atau tidak sama sekali",
    )
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=import_file)
    report = commands.add_parser("report", help="laporan IKM satu periode")
    report.add_argument("--from", dest="date_from", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    report.add_argument("--to", dest="date_to", required=True, type=date.fromisoformat, help="YYYY-MM-DD")
    report.add_argument("--service", help="kode layanan (bawaan: semua layanan)")
    report.add_argument("--agency", help="kode instansi (bawaan: seluruh aula, dengan IKM tiap instansi)")
    report.add_argument("--population", type=int, help="jumlah populasi (bawaan: layanan selesai + permohonan)")
    report.add_argument("--format", choices=["json", "pdf", "xlsx"], default="json")
    report.add_argument("--paper", choices=["A4", "F4"], default="A4")
    report.add_argument("--out", type=Path, help="berkas hasil (wajib untuk pdf dan xlsx; json: bawaan layar)")
    report.set_defaults(handler=make_report)


def import_file(args, context) -> int:
    result = context.services.skm.import_csv(context.actor(), args.file)
    print(f"{result.rows} jawaban diimpor ({result.first_day.isoformat()} s.d. {result.last_day.isoformat()}).")
    return 0


def make_report(args, context) -> int:
    services = context.services
    report = services.skm.report(
        args.date_from, args.date_to, args.service, args.population, actor=context.actor(), agency=args.agency
    )
    if args.format == "json":
        text = json.dumps(report, ensure_ascii=False, indent=2)
        if args.out is None:
            print(text)
            return 0
        data = (text + "\n").encode("utf-8")
    else:
        if args.out is None:
            raise DomainError(f"Format {args.format} perlu --out BERKAS.")
        from printing.skm_report_pdf import skm_report_pdf, skm_report_xlsx

        if args.format == "pdf":
            data = skm_report_pdf(report, office_header(services.settings.values()), args.paper)
        else:
            data = skm_report_xlsx(report)
    write_output(args.out, data)
    print(f"Laporan disimpan: {args.out}", file=sys.stderr if args.format == "json" else sys.stdout)
    return 0
