"""loket-admin queue prefix | group-save | counter-save: the administrator's queue setup, per agency (issue 19)."""

from __future__ import annotations

from db.queue.setup import HALL_OWN


def register(commands) -> None:
    prefix = commands.add_parser("prefix", help="atur awalan huruf nomor antrian sebuah instansi (kosong = tanpa)")
    prefix.add_argument("agency", help="kode instansi, mis. SETDA-BLG")
    prefix.add_argument("letters", nargs="?", default="", help="satu atau dua huruf, mis. S")
    prefix.set_defaults(handler=set_prefix)
    group = commands.add_parser("group-save", help="tambah atau ubah grup antrian")
    group.add_argument("code", help="huruf grup (1-3), mis. SA")
    group.add_argument("--name", required=True)
    group.add_argument("--agency", help=f"kode instansi pemilik; '{HALL_OWN}' = grup pengelola aula")
    group.add_argument("--services", default="", help="kode layanan dipisah koma; 'semua' = semua layanan instansi itu")
    group.add_argument("--inactive", action="store_true", help="simpan sebagai nonaktif")
    group.set_defaults(handler=save_group)
    counter = commands.add_parser("counter-save", help="tambah atau ubah loket")
    counter.add_argument("number", type=int)
    counter.add_argument("--name", default="")
    counter.add_argument("--groups", required=True, help="huruf grup dipisah koma, mis. SA,SB")
    counter.add_argument("--agency", help="kode instansi pemilik (bawaan: instansi grupnya)")
    counter.add_argument("--priority-desk", action="store_true")
    counter.set_defaults(handler=save_counter)


def _codes(text: str) -> list[str]:
    return [code.strip().upper() for code in text.split(",") if code.strip()]


def set_prefix(args, context) -> int:
    letters = context.services.queue_setup.set_prefix(context.actor(), args.agency, args.letters)
    print(f"Awalan nomor antrian {args.agency.upper()}: {letters or '(tanpa awalan)'}")
    return 0


def save_group(args, context) -> int:
    services = context.services
    codes = _codes(args.services)
    if codes == ["SEMUA"]:
        codes = [place.code for place in services.agencies.catalog(args.agency)]
    group = services.queue_setup.save_group(
        context.actor(), args.code, args.name, codes, not args.inactive, args.agency
    )
    print(f"{group.code}  {group.name}: {len(group.service_codes)} layanan, {group.agency_name or 'pengelola aula'}")
    return 0


def save_counter(args, context) -> int:
    counter = context.services.queue_setup.save_counter(
        context.actor(), args.number, args.name, _codes(args.groups), args.priority_desk, True, args.agency
    )
    owner = counter.agency_name or "pengelola aula"
    print(f"Loket {counter.number}  {counter.name}: grup {', '.join(counter.group_codes)}, {owner}")
    return 0
