"""loket-admin agency list | show CODE | add --shipped CODE

The hall's agencies (instansi) with their units, letterhead, signing officials and numbering; `add --shipped` adds
one of the agencies shipped with Loket (resources/agencies/agencies.json) and moves its catalog entries to it.
"""

from __future__ import annotations


def register(groups) -> None:
    parser = groups.add_parser("agency", help="instansi di aula pelayanan (MPP)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    listing = commands.add_parser("list", help="daftar instansi aula ini")
    listing.set_defaults(handler=list_agencies)
    show = commands.add_parser("show", help="rincian satu instansi: kop surat, penandatangan, penomoran, layanan")
    show.add_argument("code", metavar="KODE")
    show.set_defaults(handler=show_agency)
    add = commands.add_parser("add", help="tambahkan instansi ke aula ini")
    add.add_argument("--shipped", required=True, metavar="KODE", help="kode instansi bawaan, mis. SETDA-BLG")
    add.set_defaults(handler=add_agency)


def list_agencies(args, context) -> int:
    hall = context.services.agencies.hall()
    print(f"Aula: {hall.name}")
    for agency in context.services.agencies.list(include_inactive=True):
        state = "" if agency.active else "  (nonaktif)"
        units = f"  {len(agency.units)} unit" if agency.units else ""
        print(f"{agency.code:<18} {agency.short_name}{units}{state}")
    return 0


def show_agency(args, context) -> int:
    agency = context.services.agencies.get(args.code)
    print(f"{agency.code}  {agency.short_name}")
    print(f"Kop surat: {agency.government} / {agency.name} / {agency.address}")
    print(f"Logo: {'ada' if agency.has_logo else 'logo aula'}; penandatanganan: {agency.signing_mode}")
    for signer in agency.signers:
        print(f"Penandatangan ({signer.role}): {signer.title}; {signer.name or '-'}; NIP {signer.nip or '-'}")
    for kind, pattern in sorted(agency.number_formats.items()):
        print(f"Nomor {kind}: {pattern}")
    for unit in agency.units:
        print(f"Unit {unit.code}: {unit.name}")
    places = context.services.agencies.catalog(agency.code)
    print(f"Layanan: {len(places)} ({sum(p.general for p in places)} layanan umum aula)")
    for place in places:
        print(f"  {place.code:<16} {place.name}" + (f"  [{place.unit}]" if place.unit else ""))
    return 0


def add_agency(args, context) -> int:
    agency = context.services.agencies.add_shipped(context.actor(), args.shipped)
    moved = len(context.services.agencies.catalog(agency.code))
    print(f"Instansi {agency.code} ({agency.short_name}) ditambahkan dengan {len(agency.units)} unit; {moved} layanan.")
    return 0
