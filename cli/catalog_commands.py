"""loket-admin catalog export | import FILE | show CODE"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from cli.context import write_output


def register(groups) -> None:
    parser = groups.add_parser("catalog", help="katalog layanan")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    export = commands.add_parser("export", help="cetak katalog yang berlaku sebagai JSON")
    export.add_argument("--format", choices=["json"], default="json")
    export.add_argument("--out", type=Path, help="tulis ke berkas (bawaan: keluaran standar)")
    export.set_defaults(handler=export_catalog)
    load = commands.add_parser("import", help="muat katalog hasil suntingan (ditolak seluruhnya bila tidak sah)")
    load.add_argument("file", type=Path)
    load.set_defaults(handler=import_catalog)
    show = commands.add_parser("show", help="tampilkan satu layanan sebagai JSON")
    show.add_argument("code")
    show.set_defaults(handler=show_service)


def export_catalog(args, context) -> int:
    text = json.dumps(context.services.catalog.export(), ensure_ascii=False, indent=2)
    if args.out:
        write_output(args.out, text + "\n")
        print(f"Katalog ditulis ke {args.out}", file=sys.stderr)
    else:
        print(text)
    return 0


def import_catalog(args, context) -> int:
    result = context.services.catalog.import_file(context.actor(), args.file)
    print(result.summary())
    for label, codes in [
        ("baru", result.added),
        ("berubah", result.changed),
        ("dinonaktifkan", result.deactivated),
        ("dipertahankan", result.kept_local_edits),
    ]:
        if codes:
            print(f"  {label}: {', '.join(codes)}")
    return 0


def show_service(args, context) -> int:
    entry = context.services.catalog.get(args.code.upper())
    print(json.dumps(entry.service.model_dump(mode="json"), ensure_ascii=False, indent=2))
    return 0
