"""loket-admin messages send | list [--status S] | show ID | retry ID: messages to applicants (SMS/WhatsApp).

`messages send` sends what is due through the office's gateway once (for a server's cron or the Windows Task
Scheduler, e.g. every minute): exit 0 when nothing failed for good this run, 1 otherwise, with the summary.
"""

from __future__ import annotations

import uuid

from db.core.errors import DomainError
from db.messages.outbox import STATUS_LABELS


def register(groups) -> None:
    parser = groups.add_parser("messages", help="pesan SMS/WhatsApp ke pemohon (kirim, daftar, kirim ulang)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    send = commands.add_parser("send", help="kirim pesan yang sudah waktunya lewat gateway")
    send.add_argument("--limit", type=int, default=50, help="paling banyak sekian pesan sekali jalan")
    send.set_defaults(handler=send_due)
    listing = commands.add_parser("list", help="kotak keluar pesan, terbaru dahulu")
    listing.add_argument("--status", choices=list(STATUS_LABELS))
    listing.add_argument("--limit", type=int, default=50)
    listing.set_defaults(handler=list_messages)
    show = commands.add_parser("show", help="satu pesan dengan setiap percobaan kirimnya")
    show.add_argument("id")
    show.set_defaults(handler=show_message)
    hand = commands.add_parser("hand", help="kirim sendiri lewat WhatsApp: cetak tautan wa.me, catat diserahkan")
    hand.add_argument("id")
    hand.set_defaults(handler=hand_message)
    retry = commands.add_parser("retry", help="kirim ulang pesan yang gagal atau perlu dicek")
    retry.add_argument("id")
    retry.set_defaults(handler=retry_message)


def send_due(args, context) -> int:
    summary = context.services.messages.send_due(limit=args.limit)
    print(summary.text())
    return 0 if summary.configured and not summary.failed else 1


def _id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise DomainError(f"'{text}' bukan nomor pesan (lihat kolom pertama loket-admin messages list).") from None


def list_messages(args, context) -> int:
    messages = context.services.messages.list(args.status, args.limit)
    if not messages:
        print("Tidak ada pesan.")
    for info in messages:
        when = info.created_at.strftime("%Y-%m-%d %H:%M")
        print(
            f"{info.id}  {when}  {info.status_label:<22} {info.event_label:<20} {info.recipient or '-':<15} "
            f"{info.file_number}  percobaan {info.attempts}"
        )
        if info.last_error and info.status != "sent":
            print(f"    {info.last_error}")
        if info.status == "manual":
            print(f"    kirim sendiri: {info.chat_link}")
    return 0


def show_message(args, context) -> int:
    messages = context.services.messages
    info = messages.get(_id(args.id))
    print(f"Pesan {info.id}: {info.event_label}, berkas {info.file_number}")
    print(f"Kepada: {info.recipient_name} ({info.recipient or 'tanpa nomor'})")
    reference = f"; nomor di gateway {info.gateway_reference}" if info.gateway_reference else ""
    print(f"Status: {info.status_label}; percobaan {info.attempts}{reference}")
    if info.last_error:
        print(f"Keterangan: {info.last_error}")
    print(f"Isi: {info.body}")
    for attempt in messages.attempts(info.id):
        http = f" HTTP {attempt.http_status}" if attempt.http_status else ""
        when = f"{attempt.started_at:%Y-%m-%d %H:%M:%S}"
        print(f"  #{attempt.number} {when} {attempt.outcome_label}{http}: {attempt.detail}")
    return 0


def hand_message(args, context) -> int:
    link = context.services.messages.hand_to_officer(context.actor(), _id(args.id))
    print(f"Buka tautan ini untuk mengirim pesan lewat WhatsApp:\n{link}")
    return 0


def retry_message(args, context) -> int:
    info = context.services.messages.retry(context.actor(), _id(args.id))
    print(f"Pesan {info.id} diantrekan lagi; jalankan loket-admin messages send untuk mengirimnya sekarang.")
    return 0
