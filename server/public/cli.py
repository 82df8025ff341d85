"""loket-public: the hall's public pages (ticket and file status). Exit codes: 0 done, 1 refused or failed, 2 usage.

loket-public serve --host 127.0.0.1 --port 8710            behind a reverse proxy that holds the TLS certificate
loket-public serve --host 0.0.0.0 --tls-cert C --tls-key K  straight on the hall's Wi-Fi
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Sequence

from db.core.device import device_id
from db.core.errors import LoketError
from db.core.logs import configure_logging
from db.services import open_public

# Bounded work per process: beyond this many open connections uvicorn answers 503 at once instead of queueing.
MAX_CONNECTIONS = 1000
KEEP_ALIVE_S = 10


class Refused(Exception):
    """A start the command refuses, with the reason in Indonesian."""


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False  # a host name may resolve to anything: treated as public


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loket-public", description="Halaman publik antrian dan berkas Loket.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    serve = commands.add_parser("serve", help="layani halaman publik (hanya membaca basis data)")
    serve.add_argument("--database-url", help="bawaan: LOKET_DATABASE_URL atau SQLite di LOKET_HOME")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8710)
    serve.add_argument("--tls-cert", help="sertifikat PEM (bawaan: pengaturan public.tls_cert PC ini)")
    serve.add_argument("--tls-key", help="kunci PEM (bawaan: pengaturan public.tls_key PC ini)")
    serve.add_argument(
        "--allow-plain-http",
        action="store_true",
        help="izinkan HTTP tanpa TLS di alamat selain 127.0.0.1 (hanya bila jaringannya tertutup)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default="127.0.0.1",
        help="proxy yang dipercaya untuk X-Forwarded-For (alamat pengunjung untuk batas permintaan)",
    )
    serve.set_defaults(handler=_serve)
    return parser


def _serve(args) -> int:
    import uvicorn

    from server.public.app import create_public_app

    service = open_public(args.database_url)
    try:
        stored_cert, stored_key = service.tls_files(device_id())
        cert, key = args.tls_cert or stored_cert, args.tls_key or stored_key
        if bool(cert) != bool(key):
            raise Refused("Sertifikat dan kunci TLS harus diisi keduanya (--tls-cert dan --tls-key).")
        if not cert and not is_loopback(args.host) and not args.allow_plain_http:
            raise Refused(
                f"Menolak melayani {args.host} tanpa TLS: halaman publik terbuka bagi siapa pun di jaringan. "
                "Isi --tls-cert dan --tls-key (atau pengaturan public.tls_cert/public.tls_key), pasang reverse "
                "proxy ber-TLS di depan 127.0.0.1, atau tambahkan --allow-plain-http bila jaringannya tertutup."
            )
        config = uvicorn.Config(
            create_public_app(service),
            host=args.host,
            port=args.port,
            ssl_certfile=cert or None,
            ssl_keyfile=key or None,
            proxy_headers=True,
            forwarded_allow_ips=args.forwarded_allow_ips,
            limit_concurrency=MAX_CONNECTIONS,
            timeout_keep_alive=KEEP_ALIVE_S,
            server_header=False,
            log_level="warning",
            access_log=False,
        )
        scheme = "https" if cert else "http"
        print(f"Halaman publik: {scheme}://{args.host}:{args.port}/ (Ctrl+C untuk berhenti)", flush=True)
        uvicorn.Server(config).run()
        return 0
    finally:
        service.close()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging("loket-public")
    try:
        return args.handler(args) or 0
    except Refused as error:
        print(f"Galat: {error}", file=sys.stderr)
        return 1
    except LoketError as error:
        print(f"Galat: {error.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0


if __name__ == "__main__":
    sys.exit(main())
