"""loket-server: serve | device add/list/revoke | report daily. Exit codes: 0 done, 1 failed, 2 wrong usage."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from server import migrate, store


def _url(args) -> str:
    url = args.database_url or os.environ.get("LOKET_SERVER_DATABASE_URL")
    if not url:
        raise store.StoreError(
            2, "Alamat basis data server belum diisi: --database-url atau LOKET_SERVER_DATABASE_URL."
        )
    return url


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loket-server", description="Server sinkronisasi pusat Loket.")
    parser.add_argument("--database-url", help="PostgreSQL server (bawaan: LOKET_SERVER_DATABASE_URL)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    serve = commands.add_parser("serve", help="migrasikan basis data lalu layani HTTP")
    serve.add_argument("--database-url", dest="serve_url")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8700)
    serve.add_argument("--workers", type=int, default=1, help="jumlah proses pekerja (tanpa keadaan; bawaan 1)")
    serve.set_defaults(handler=_serve)
    device = commands.add_parser("device", help="perangkat (loket/aula) yang boleh sinkron")
    actions = device.add_subparsers(dest="action", required=True, metavar="AKSI")
    add = actions.add_parser("add", help="tambah perangkat; mencetak token pendaftaran sekali pakai")
    add.add_argument("name")
    add.add_argument("--office", required=True, help="kode kantor")
    add.add_argument("--master", action="store_true", help="data induk kantor ini diambil dari perangkat ini")
    add.add_argument(
        "--agency", help="kode instansi yang dilayani (mis. DPMPTSP-BLG); tanpa ini: perangkat aula (semua instansi)"
    )
    add.add_argument(
        "--kind",
        choices=["counter", "kiosk", "display"],
        default="counter",
        help="counter: PC loket/kantor; kiosk/display: hanya mengirim data antrian (bawaan counter)",
    )
    add.set_defaults(handler=_device_add)
    actions.add_parser("list", help="daftar perangkat, sinkron terakhir, selisih jam").set_defaults(
        handler=_device_list
    )
    revoke = actions.add_parser("revoke", help="cabut perangkat (tokennya langsung ditolak)")
    revoke.add_argument("name")
    revoke.set_defaults(handler=_device_revoke)
    report = commands.add_parser("report", help="laporan gabungan")
    kinds = report.add_subparsers(dest="kind", required=True, metavar="JENIS")
    daily = kinds.add_parser("daily", help="rekap harian semua kantor")
    daily.add_argument("--date", required=True, type=date.fromisoformat)
    daily.add_argument("--format", choices=["json", "pdf"], default="json")
    daily.add_argument("--office", help="hanya satu aula/kantor")
    daily.add_argument("--agency", help="hanya satu instansi (kodenya, mis. DPMPTSP-BLG)")
    daily.add_argument("--out", help="berkas PDF (bawaan: rekap-harian-TANGGAL.pdf)")
    daily.set_defaults(handler=_report_daily)
    return parser


def _serve(args) -> int:
    import uvicorn

    from server.app import create_app

    args.database_url = args.serve_url or args.database_url
    url = _url(args)
    engine = migrate.make_engine(url)
    migrate.upgrade(engine)
    if args.workers > 1:
        # Each worker process builds its own app and engine (worker_app); no state is shared between them beyond
        # the database, so more workers, or more hosts behind a load balancer, are how the server grows.
        engine.dispose()
        os.environ["LOKET_SERVER_DATABASE_URL"] = url
        uvicorn.run(
            "server.cli:worker_app",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="warning",
            access_log=False,
        )
        return 0
    config = uvicorn.Config(create_app(engine), host=args.host, port=args.port, log_level="warning", access_log=False)
    uvicorn.Server(config).run()
    return 0


def worker_app():
    """The app of one worker process of `serve --workers N`, on LOKET_SERVER_DATABASE_URL (already migrated)."""
    from server.app import create_app

    return create_app(migrate.make_engine(os.environ["LOKET_SERVER_DATABASE_URL"]))


def _engine(args):
    engine = migrate.make_engine(_url(args))
    migrate.upgrade(engine)
    return engine


def _device_add(args) -> int:
    token = store.add_device(_engine(args), args.name, args.office, args.master, args.agency, args.kind)
    serves = f"instansi {args.agency.strip().upper()}" if args.agency else "aula"
    extra = f"{', master' if args.master else ''}{'' if args.kind == 'counter' else ', ' + args.kind}"
    print(f"Perangkat {args.name} (kantor {args.office}, {serves}{extra}) ditambahkan.")
    print("Token pendaftaran (sekali pakai, tidak bisa ditampilkan lagi):")
    print(token)
    return 0


def _device_list(args) -> int:
    rows = store.list_devices(_engine(args))
    for row in rows:
        print(row.line())
    if not rows:
        print("Belum ada perangkat.")
    return 0


def _device_revoke(args) -> int:
    store.revoke_device(_engine(args), args.name)
    print(f"Perangkat {args.name} dicabut.")
    return 0


def _report_daily(args) -> int:
    from db.agencies.ids import agency_id
    from server import report

    agency = agency_id(args.agency.strip().upper()) if args.agency else None
    result = report.daily(_engine(args), args.date, office=args.office, agency_id=agency)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return 0
    path = Path(args.out or f"rekap-harian-{args.date.isoformat()}.pdf")
    path.write_bytes(report.daily_pdf(result))
    print(f"PDF ditulis: {path}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args) or 0
    except store.StoreError as error:
        print(f"Galat: {error.message}", file=sys.stderr)
        return 2 if error.status == 2 else 1
    except KeyboardInterrupt:
        return 0
    except (SQLAlchemyError, OSError) as error:  # database unreachable and the like: one clear line, exit 1
        from db.core.engine import fault_message

        print(f"Galat: {fault_message(error) or error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
