"""loket-admin conditions list REG | fulfil REG ITEM [--slip N --amount RP --date YYYY-MM-DD] [--note TEXT]

The requirements the SOP checks after intake (a fee paid after approval, ...): listed per application, and recorded
once met, a payment with its bukti setor.
"""

from __future__ import annotations

from datetime import date

from db.core.errors import DomainError
from db.intake.checklist import PaymentSlip
from printing.terbilang import rupiah_terbilang


def register(groups) -> None:
    parser = groups.add_parser("conditions", help="syarat yang diperiksa setelah pendaftaran (sebelum SK/penyerahan)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    listing = commands.add_parser("list", help="daftar syarat kemudian sebuah permohonan dan keadaannya")
    listing.add_argument("registration_number")
    listing.set_defaults(handler=list_conditions)
    fulfil = commands.add_parser("fulfil", help="catat bahwa syarat kemudian sudah dipenuhi")
    fulfil.add_argument("registration_number")
    fulfil.add_argument("item", help="label butir pada checklist, mis. j.")
    fulfil.add_argument("--slip", help="nomor bukti setor")
    fulfil.add_argument("--amount", type=int, help="jumlah pada bukti setor (rupiah)")
    fulfil.add_argument("--date", type=date.fromisoformat, help="tanggal setor, YYYY-MM-DD")
    fulfil.add_argument("--note", help="catatan")
    fulfil.set_defaults(handler=fulfil_condition)


def _application_id(context, registration_number: str):
    return context.services.tracking.find_number(registration_number).id


def list_conditions(args, context) -> int:
    found = context.services.conditions.for_application(_application_id(context, args.registration_number))
    if not found:
        print("Tidak ada syarat yang diperiksa kemudian.")
    for condition in found:
        state = "SUDAH" if condition.fulfilled else "BELUM"
        print(f"{condition.label} [{state}] {condition.text} ({condition.stage})")
        if condition.evidence and "slip_number" in condition.evidence:
            evidence = condition.evidence
            amount = rupiah_terbilang(evidence["amount"])
            print(f"    bukti setor {evidence['slip_number']}, {evidence['paid_on']}: {amount}")
    return 0


def fulfil_condition(args, context) -> int:
    application_id = _application_id(context, args.registration_number)
    found = {c.label: c for c in context.services.conditions.for_application(application_id)}
    if args.item not in found:
        labels = ", ".join(found) or "tidak ada"
        raise DomainError(f"Butir {args.item} bukan syarat yang diperiksa kemudian (yang ada: {labels}).")
    payment = None
    if args.slip or args.amount is not None or args.date:
        payment = PaymentSlip(args.slip or "", args.amount or 0, args.date or date.today())
    done = context.services.conditions.fulfil(
        context.actor(), application_id, found[args.item].position, payment, args.note
    )
    print(f"{done.label} {done.text[:60]}: dipenuhi.")
    return 0
