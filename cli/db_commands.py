"""loket-admin db upgrade | check"""

from __future__ import annotations

from db.admin.maintenance import Maintenance
from db.core import migrate


def register(groups) -> None:
    parser = groups.add_parser("db", help="skema dan kesehatan basis data")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    commands.add_parser("upgrade", help="migrasikan ke skema terbaru (salinan diambil dulu)").set_defaults(
        handler=upgrade
    )
    commands.add_parser(
        "check", help="periksa integritas dan versi skema (kode keluar 1 bila bermasalah)"
    ).set_defaults(handler=check)


def upgrade(args, context) -> int:
    result = context.upgrade()
    if result.before == result.after:
        print(f"Skema sudah terbaru: {result.after}")
    else:
        print(f"Skema dimigrasikan: {result.before or '(kosong)'} -> {result.after}")
    if result.backup:
        print(f"Salinan sebelum migrasi: {result.backup}")
    return 0


def check(args, context) -> int:
    database = context.raw_database()
    try:
        report = Maintenance(database).check()
    finally:
        database.dispose()
    for fact in report.facts:
        print(fact)
    for problem in report.problems:
        print(f"MASALAH: {problem}")
    print("Hasil: baik" if report.ok else f"Hasil: gagal (kepala skema aplikasi: {migrate.head_revision()})")
    return 0 if report.ok else 1
