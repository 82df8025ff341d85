"""loket-admin skm answer --service CODE --scores 4,3,... [profile] | import FILE.csv
| report --from D --to D [--service CODE] --format json|pdf|xlsx [--out FILE]"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from cli.context import write_output
from db.core.errors import DomainError
from db.documents.printing import office_header
from db.skm import profile as profiles
from db.skm.profile import Profile


def register(groups) -> None:
    parser = groups.add_parser("skm", help="survei kepuasan masyarakat: impor survei kertas, laporan IKM")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    answer = commands.add_parser(
        "answer", help="catat satu kuesioner kertas (PermenPANRB 14/2017): nilai sembilan unsur dan profil responden"
    )
    answer.add_argument("--service", required=True, help="kode layanan yang diterima responden")
    answer.add_argument("--scores", required=True, help="nilai U1..U9, 1-4, dipisah koma: 4,3,4,4,3,4,4,3,4")
    answer.add_argument("--date", type=date.fromisoformat, help="tanggal diisi, YYYY-MM-DD (bawaan: hari ini)")
    answer.add_argument("--age", help="umur dalam tahun (boleh dikosongkan)")
    for key in ("sex", "education", "occupation"):
        choices = ", ".join(profiles.options(key))
        answer.add_argument(f"--{key}", help=f"{profiles.label(key).lower()}: {choices} (boleh dikosongkan)")
    answer.add_argument("--occupation-other", help=f"nama pekerjaan bila --occupation {profiles.other_option()}")
    answer.add_argument("--counter", type=int, help="nomor loket")
    answer.add_argument("--comment", help="saran atau masukan responden")
    answer.set_defaults(handler=record_answer)
    importing = commands.add_parser(
        "import",
        help="impor survei kertas dari CSV (kolom u1..u9, service_code, date; opsional age (tahun), sex, education, "
        "occupation, occupation_other, counter, comment); semua atau tidak sama sekali",
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


def record_answer(args, context) -> int:
    scores = [part.strip() for part in args.scores.split(",")]
    if not all(part.isdigit() for part in scores):
        raise DomainError(f"--scores harus sembilan angka 1-4 dipisah koma (tertulis '{args.scores}').")
    profile = Profile(
        age=args.age,
        sex=args.sex,
        education=args.education,
        occupation=args.occupation,
        occupation_other=args.occupation_other,
    )
    context.services.skm.submit(
        context.actor(),
        args.service,
        [int(part) for part in scores],
        counter_number=args.counter,
        profile=profile,
        comment=args.comment,
        source="paper",
        responded_on=args.date,
    )
    print(f"Jawaban survei untuk {args.service} dicatat.")
    return 0


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
