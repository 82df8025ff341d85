"""loket-admin queue groups | issue | call | finish | list | open-day | close-day | print-test"""

from __future__ import annotations

import json
from datetime import date

from db.core.errors import DomainError
from db.documents import printing as documents
from db.settings.service import thermal_config
from printing.adapters import send
from printing.escpos_render import ticket_bytes
from printing.records import TicketData


def register(groups) -> None:
    parser = groups.add_parser("queue", help="antrian: grup, tiket, panggilan, hari")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    commands.add_parser("groups", help="daftar grup antrian dan loket").set_defaults(handler=list_groups)
    issue = commands.add_parser("issue", help="ambil nomor antrian dan cetak tiketnya")
    issue.add_argument("--group", required=True)
    issue.add_argument("--service", help="kode layanan (opsional)")
    issue.add_argument(
        "--priority", nargs="?", const="lansia", help="prioritas: disabilitas, lansia, ibu_hamil, anak (bawaan: lansia)"
    )
    issue.add_argument("--no-print", action="store_true", help="jangan cetak tiket")
    issue.set_defaults(handler=issue_ticket)
    for name, handler, text in [
        ("call", call_next, "panggil antrian berikutnya"),
        ("finish", finish, "selesaikan antrian yang sedang dilayani"),
    ]:
        command = commands.add_parser(name, help=text)
        command.add_argument("--counter", type=int, required=True)
        command.set_defaults(handler=handler)
    listing = commands.add_parser("list", help="semua tiket satu hari")
    listing.add_argument("--date", type=date.fromisoformat, help="YYYY-MM-DD (bawaan: hari ini)")
    listing.add_argument("--format", choices=["json", "text"], default="text")
    listing.set_defaults(handler=list_tickets)
    commands.add_parser("open-day", help="buka hari antrian (sisa hari sebelumnya ditutup)").set_defaults(
        handler=open_day
    )
    commands.add_parser("close-day", help="tutup hari antrian (yang masih menunggu: tidak terlayani)").set_defaults(
        handler=close_day
    )
    commands.add_parser("print-test", help="cetak tiket contoh ke printer termal PC ini").set_defaults(
        handler=print_test
    )


def list_groups(args, context) -> int:
    setup = context.services.queue_setup
    for group in setup.groups(include_inactive=True):
        state = "" if group.active else " (nonaktif)"
        print(f"{group.code}  {group.name}{state}: {len(group.service_codes)} layanan")
    for counter in setup.counters():
        desk = ", meja prioritas" if counter.priority_desk else ""
        print(f"Loket {counter.number}  {counter.name}: grup {', '.join(counter.group_codes)}{desk}")
    return 0


def issue_ticket(args, context) -> int:
    services = context.services
    actor = context.actor()
    ticket = services.queue.issue(actor, args.group, args.service, args.priority)
    print(ticket.label)
    page = services.page_links.ticket_url(ticket.id)
    if page:
        print(f"Halaman publik: {page}")
    if not args.no_print:
        job = services.print_jobs.run(actor, services.documents.ticket(ticket.id))
        if job.state != "printed":
            print(f"Tiket tidak tercetak: {job.message}")
    return 0


def call_next(args, context) -> int:
    ticket = context.services.queue.call_next(context.actor(), args.counter)
    print(ticket.label if ticket else "Antrian kosong.")
    return 0


def finish(args, context) -> int:
    print(context.services.queue.finish(context.actor(), args.counter).label)
    return 0


def list_tickets(args, context) -> int:
    queue = context.services.queue
    tickets = context.services.queue_views.day_tickets(args.date or queue.today())
    if args.format == "json":
        print(json.dumps(tickets, ensure_ascii=False, indent=2))
        return 0
    for ticket in tickets:
        print(f"{ticket['number']:<8} {ticket['status']:<10} loket {ticket['counter'] or '-'}  {ticket['issued_at']}")
    return 0


def open_day(args, context) -> int:
    result = context.services.queue_days.open_day(context.actor())
    print(
        f"Hari {result.day} {'sudah dibuka' if result.already else 'dibuka'}; sisa hari sebelumnya ditutup: "
        f"{result.closed_leftovers}"
    )
    return 0


def close_day(args, context) -> int:
    result = context.services.queue_days.close_day(context.actor())
    print(f"Hari {result.day} ditutup; tidak terlayani: {result.closed_leftovers}")
    return 0


def print_test(args, context) -> int:
    services = context.services
    values = services.settings.values()
    config = thermal_config(values)
    sample = TicketData(
        values["office.short_name"],
        "A",
        "Contoh",
        None,
        "A-000",
        documents.local_time(services.clock(), values),
        0,
        None,
        None,
        "LOKET:UJI",
        values["office.motto"],
        values["office.motto_text"],
    )
    outcome = send(config, ticket_bytes(sample, config.paper_width_mm))
    print(outcome.message)
    if not outcome.ok:
        raise DomainError(f"Uji cetak gagal ({outcome.state}).")
    return 0
