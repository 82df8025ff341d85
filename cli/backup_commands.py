"""loket-admin backup [--out DIR] | restore FILE | diagnostics [--bundle FILE]"""

from __future__ import annotations

from pathlib import Path

from db.admin import backup
from db.core.errors import DomainError


def register(groups) -> None:
    make = groups.add_parser("backup", help="cadangkan basis data dan arsip PC ini ke satu berkas zip")
    make.add_argument("--out", metavar="FOLDER", help="folder tujuan (bawaan: folder cadangan di folder data)")
    make.set_defaults(handler=make_backup)
    restore = groups.add_parser(
        "restore", help="pulihkan dari berkas cadangan (diperiksa dulu; keadaan sekarang disimpan di samping)"
    )
    restore.add_argument("file", metavar="BERKAS")
    restore.set_defaults(handler=restore_backup)
    diagnose = groups.add_parser("diagnostics", help="versi, lokasi, basis data, printer; paket dukungan")
    diagnose.add_argument("--bundle", metavar="BERKAS", help="tulis paket dukungan (zip, tanpa rahasia) ke berkas ini")
    diagnose.set_defaults(handler=diagnose_handler)


def make_backup(args, context) -> int:
    out = Path(args.out).expanduser() if args.out else None
    database_file = backup.sqlite_file(context.database_url)
    if database_file is None:
        print(backup.pg_message(context.database_url, out))
        return 1
    result = context.services.backups.create(out)
    print(f"Cadangan dibuat: {result.path}")
    print(f"Isi: {result.file_count} berkas, {result.size / 1024:.0f} KB, skema {result.schema_revision}")
    for old in result.pruned:
        print(f"Cadangan lama dihapus: {old.name}")
    return 0


def restore_backup(args, context) -> int:
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise DomainError(f"Berkas cadangan tidak ada: {source}.")
    result = backup.restore_backup(source.resolve(), context.database_url)
    print(f"Dipulihkan dari: {result.source}")
    print(f"Keadaan sebelumnya disimpan di: {result.kept_aside}")
    print(f"Skema: {result.schema_before or '(kosong)'} -> {result.schema_after}")
    return 0


def diagnose_handler(args, context) -> int:
    services = context.services
    report = services.diagnostics.collect()
    print(report.text().rstrip())
    if args.bundle:
        result = services.diagnostics.write_bundle(Path(args.bundle).expanduser(), report)
        print(f"Paket dukungan ditulis: {result.path} ({result.size / 1024:.0f} KB)")
    return 0
