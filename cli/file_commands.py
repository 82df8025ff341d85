"""loket-admin file list|show|step|reject|archive, decree sign|print, delegation add|list: the file's life from the
command line. A step is recorded as the officer who holds it, signed in with --user and the password (stdin)."""

from __future__ import annotations

import getpass
import sys
from datetime import date
from pathlib import Path

from cli.context import write_output
from db.accounts.service import parse_role
from db.core.actor import Actor
from db.intake.tracking import STATUS_LABELS


def register(groups) -> None:
    parser = groups.add_parser("file", help="berkas permohonan: daftar, riwayat, langkah SOP, penolakan")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    listing = commands.add_parser("list", help="berkas yang sedang diproses (paling mendesak dulu)")
    listing.add_argument("--status", choices=list(STATUS_LABELS))
    listing.add_argument("--waiting-for", help="peran yang memegang langkahnya, mis. kasi")
    listing.add_argument("--search", default="")
    listing.set_defaults(handler=list_files)
    show = commands.add_parser("show", help="langkah dan riwayat satu berkas")
    show.add_argument("registration_number")
    show.set_defaults(handler=show_file)
    for name, handler, text in [
        ("step", record_step, "catat langkah SOP berkas ini (oleh petugas pemegang langkahnya)"),
        ("reject", reject_file, "tolak berkas dengan alasan; surat penolakan diarsipkan"),
        ("archive", archive_file, "arsipkan berkas yang sudah selesai"),
    ]:
        command = commands.add_parser(name, help=text)
        command.add_argument("registration_number")
        sign_in_arguments(command)
        if name == "step":
            command.add_argument("--note", default="")
            command.add_argument("--done-on", type=date.fromisoformat, help="YYYY-MM-DD (bawaan hari ini)")
        if name == "reject":
            command.add_argument("--reason", required=True)
        command.set_defaults(handler=handler)
    delegation = groups.add_parser("delegation", help="Plt./Plh. yang ditugaskan administrator")
    delegation_commands = delegation.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    add = delegation_commands.add_parser("add", help="tugaskan akun sebagai Plt./Plh. suatu peran")
    add.add_argument("username")
    add.add_argument("--role", required=True)
    add.add_argument("--title", choices=["Plt.", "Plh."], required=True)
    add.add_argument("--from", dest="starts_on", type=date.fromisoformat, required=True)
    add.add_argument("--to", dest="ends_on", type=date.fromisoformat, required=True)
    add.add_argument("--reason", required=True, help="dasar penugasan, mis. nomor surat perintah")
    add.add_argument("--nip", default="")
    add.add_argument("--rank", default="")
    add.set_defaults(handler=add_delegation)
    delegation_commands.add_parser("list", help="daftar penugasan").set_defaults(handler=list_delegations)


def register_decree_commands(commands) -> None:
    """`decree sign` and `decree print`, added to the decree group."""
    sign = commands.add_parser("sign", help="Kepala Dinas (atau Plt./Plh.) menandatangani SK berkas ini")
    sign.add_argument("registration_number")
    sign_in_arguments(sign)
    sign.set_defaults(handler=sign_decree)
    printing = commands.add_parser("print", help="tulis SK ke PDF: asli sekali, berikutnya SALINAN (dihitung)")
    printing.add_argument("registration_number")
    printing.add_argument("--out", type=Path, required=True)
    printing.set_defaults(handler=print_decree)


def sign_in_arguments(command) -> None:
    command.add_argument("--user", required=True, help="akun petugas yang mencatat")
    command.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari baris pertama stdin")


def officer(args, context) -> Actor:
    """The officer, signed in: a step is recorded as the person who did it, never as the administrator."""
    if args.password_stdin or not sys.stdin.isatty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Kata sandi {args.user}: ")
    services = context.services
    user = services.accounts.authenticate(args.user, password, services.device_id)
    return Actor(user.username, services.device_id, user.id, user.full_name, user.role, agency_id=user.agency_id)


def _find(context, number: str):
    return context.services.tracking.find_number(number)


def list_files(args, context) -> int:
    role = parse_role(args.waiting_for) if args.waiting_for else None
    rows = context.services.tracking.search(args.search, args.status, waiting_for=role)
    if role is not None:
        rows = [row for row in rows if role in row.waiting_roles]
    print(f"{'NOMOR':<32} {'STATUS':<13} {'SISA':>5}  LANGKAH / PEMOHON")
    for row in rows:
        left = "" if row.days_left is None else str(row.days_left)
        print(f"{row.registration_number:<32} {row.status_label:<13} {left:>5}  {row.step_label[:70]}")
        print(f"{'':<53}{row.applicant_name} - {row.service_name[:50]}")
    print(f"{len(rows)} berkas")
    return 0


def show_file(args, context) -> int:
    info = _find(context, args.registration_number)
    print(f"{info.registration_number} - {info.service_name}\n{info.applicant_name} ({info.applicant_identity})")
    due = info.due_on.isoformat() if info.due_on else info.sla_text
    print(f"Status: {info.status_label}; diterima {info.received_on.isoformat()}; jatuh tempo {due}")
    if info.action_label:
        print(f"Langkah berikut: {info.action_label}")
    page = context.services.page_links.file_url(info.id)
    if page:
        print(f"Halaman publik: {page}")
    for index, step in enumerate(info.steps):
        mark = "x" if index < info.current_step else (">" if index == info.current_step and info.open else " ")
        print(f" [{mark}] {index + 1}. {step['actor']}: {step['text']}")
    print("Riwayat:")
    for entry in context.services.tracking.history(info.id):
        print(f"  {entry.at:%d-%m-%Y %H:%M} {entry.what} ({entry.who}) {entry.note}")
    messages = context.services.messages
    if messages.declined(info.id):
        print("Pesan: pemohon menolak menerima SMS/WhatsApp (dicatat saat pendaftaran).")
    for message in messages.for_application(info.id):
        print(f"Pesan {message.event_label}: {message.status_label} ({message.id})")
    return 0


def record_step(args, context) -> int:
    officer_actor = officer(args, context)
    info = _find(context, args.registration_number)
    result = context.services.lifecycle.advance(officer_actor, info.id, args.note, args.done_on)
    if result.decree is not None:
        print(f"SK {result.decree.decree_number} ditandatangani; arsip: {result.decree.pdf_path}")
    print(f"{info.registration_number}: {result.application.step_label}")
    return 0


def sign_decree(args, context) -> int:
    officer_actor = officer(args, context)
    info = _find(context, args.registration_number)
    decree = context.services.decrees.issue(officer_actor, info.id)
    print(f"SK {decree.decree_number} ditandatangani; arsip: {decree.pdf_path}")
    return 0


def print_decree(args, context) -> int:
    info = _find(context, args.registration_number)
    printable = context.services.lifecycle.decree_to_print(context.actor(), info.id)
    write_output(args.out, printable.pdf)
    kind = f"SALINAN ke-{printable.copies_printed}" if printable.copy else "asli"
    print(f"SK {printable.decree_number} ({kind}) ditulis ke {args.out}")
    return 0


def reject_file(args, context) -> int:
    officer_actor = officer(args, context)
    info = _find(context, args.registration_number)
    result = context.services.lifecycle.reject(officer_actor, info.id, args.reason)
    print(f"{info.registration_number} ditolak; surat penolakan {result.letter_number}: {result.pdf_path}")
    return 0


def archive_file(args, context) -> int:
    officer_actor = officer(args, context)
    info = _find(context, args.registration_number)
    context.services.lifecycle.archive(officer_actor, info.id)
    print(f"{info.registration_number} diarsipkan.")
    return 0


def add_delegation(args, context) -> int:
    info = context.services.delegations.add(
        context.actor(),
        args.username,
        parse_role(args.role),
        args.title,
        args.starts_on,
        args.ends_on,
        args.reason,
        args.nip,
        args.rank,
    )
    print(f"{info.full_name} ditugaskan sebagai {info.acting_as} {info.starts_on} s.d. {info.ends_on}.")
    return 0


def list_delegations(args, context) -> int:
    for info in context.services.delegations.list():
        state = "dicabut" if info.revoked else "berlaku"
        print(f"{info.username:<16} {info.acting_as:<28} {info.starts_on} s.d. {info.ends_on} ({state}) {info.reason}")
    return 0
