"""loket-admin agency list | show CODE | add CODE --short-name S --name N ... | add --shipped CODE | import FILE

The hall's agencies (instansi) with their units, letterhead, signing officials and numbering. `add --shipped` adds
one shipped with Loket (resources/agencies/agencies.json); `import` reads an agency with its catalog from JSON, or
an agency's services from CSV (--agency), both documented in resources/agencies/README.md.
"""

from __future__ import annotations

from pathlib import Path

from db.agencies.records import NUMBER_LABELS, default_formats


def register(groups) -> None:
    parser = groups.add_parser("agency", help="instansi di aula pelayanan (MPP)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    commands.add_parser("list", help="daftar instansi aula ini").set_defaults(handler=list_agencies)
    show = commands.add_parser("show", help="rincian satu instansi: kop surat, penandatangan, penomoran, layanan")
    show.add_argument("code", metavar="KODE")
    show.set_defaults(handler=show_agency)
    add = commands.add_parser("add", help="tambahkan instansi ke aula ini")
    add.add_argument("code", metavar="KODE", nargs="?", help="kode instansi baru, mis. DINKES-BLG")
    add.add_argument("--shipped", metavar="KODE", help="instansi bawaan Loket, mis. SETDA-BLG")
    add.add_argument("--short-name", help="nama singkat (tiket, layar antrian)")
    add.add_argument("--name", help="nama instansi pada kop surat")
    add.add_argument("--government", default="", help="baris pertama kop surat, mis. Pemerintah Kabupaten Balangan")
    add.add_argument("--address", default="")
    add.add_argument("--city", default="", help="kota penetapan surat keputusan")
    add.add_argument("--signer-title", default="", help="jabatan penandatangan SK")
    add.add_argument("--signer-name", default="")
    add.add_argument("--mark", help="tanda instansi dalam nomor dokumen (bawaan: bagian pertama kode)")
    add.set_defaults(handler=add_agency)
    load = commands.add_parser("import", help="impor instansi dan katalognya (JSON) atau layanan instansi (CSV)")
    load.add_argument("file", metavar="BERKAS")
    load.add_argument("--agency", metavar="KODE", help="untuk CSV: instansi pemilik layanan")
    load.set_defaults(handler=import_agency)


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
    for kind, label in NUMBER_LABELS.items():
        print(f"Nomor {label}: {agency.number_formats.get(kind) or '(pengaturan kantor)'}")
    for unit in agency.units:
        print(f"Unit {unit.code}: {unit.name}" + ("" if unit.active else " (nonaktif)"))
    places = context.services.agencies.catalog(agency.code)
    print(f"Layanan: {len(places)} ({sum(p.general for p in places)} layanan umum aula)")
    for place in places:
        print(f"  {place.code:<16} {place.name}" + (f"  [{place.unit}]" if place.unit else ""))
    return 0


def add_agency(args, context) -> int:
    if args.shipped:
        agency = context.services.agencies.add_shipped(context.actor(), args.shipped)
    elif args.code and args.short_name and args.name:
        code = args.code.strip().upper()
        signers = [{"title": args.signer_title, "name": args.signer_name}] if args.signer_title else []
        record = {
            "code": code,
            "short_name": args.short_name,
            "name": args.name,
            "government": args.government,
            "address": args.address,
            "city": args.city,
            "signers": signers,
            "number_formats": default_formats(args.mark or code.split("-")[0]),
        }
        agency = context.services.agencies.add(context.actor(), record)
    else:
        print("Sebutkan --shipped KODE, atau KODE dengan --short-name dan --name.")
        return 2
    places = context.services.agencies.catalog(agency.code)
    print(f"Instansi {agency.code} ({agency.short_name}) ditambahkan: {len(agency.units)} unit, {len(places)} layanan.")
    return 0


def import_agency(args, context) -> int:
    result = context.services.agencies.import_file(context.actor(), Path(args.file), args.agency)
    print(result.summary())
    return 0
