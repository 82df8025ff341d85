"""loket-admin calendar due --from YYYY-MM-DD --days N | holidays --year Y | close DATE --reason R | reopen DATE

The calendar is the one the app uses: national holidays, cuti bersama (setting calendar.cuti_bersama, or
--no-cuti-bersama) and the office's own closing days from the database.
"""

from __future__ import annotations

from datetime import date

from db.calendar.working_days import WorkCalendar
from db.core.errors import DomainError
from printing.dates import format_day_date


def register(groups) -> None:
    parser = groups.add_parser("calendar", help="kalender hari kerja (tenggat layanan, hari libur)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    due = commands.add_parser("due", help="tanggal jatuh tempo: hari kerja ke-N setelah berkas lengkap diterima")
    due.add_argument(
        "--from", dest="start", required=True, metavar="YYYY-MM-DD", help="tanggal berkas lengkap diterima"
    )
    due.add_argument("--days", type=int, required=True, metavar="N", help="jumlah hari kerja")
    due.add_argument("--no-cuti-bersama", action="store_true", help="cuti bersama dihitung sebagai hari kerja")
    due.set_defaults(handler=show_due)
    listing = commands.add_parser("holidays", help="hari libur pada hari Senin-Jumat dalam satu tahun")
    listing.add_argument("--year", type=int, required=True)
    listing.add_argument("--no-cuti-bersama", action="store_true", help="tanpa cuti bersama")
    listing.set_defaults(handler=show_holidays)
    close = commands.add_parser("close", help="catat hari tutup kantor (bukan hari kerja)")
    close.add_argument("day", metavar="YYYY-MM-DD")
    close.add_argument("--reason", required=True)
    close.set_defaults(handler=close_day)
    reopen = commands.add_parser("reopen", help="hapus hari tutup kantor")
    reopen.add_argument("day", metavar="YYYY-MM-DD")
    reopen.set_defaults(handler=reopen_day)


def office_calendar(args, context) -> WorkCalendar:
    """The app's calendar; --no-cuti-bersama counts cuti bersama as working days for this answer only."""
    return context.services.calendar.calendar(ignore_cuti_bersama=args.no_cuti_bersama)


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DomainError(f"Tanggal '{text}' tidak valid; tulis sebagai YYYY-MM-DD, misalnya 2026-12-07.") from None


def due_line(calendar: WorkCalendar, start: date, days: int) -> str:
    """'2026-12-07 (Senin, 7 Desember 2026)': the due date of a file received on `start` with `days` working days."""
    due = calendar.add_working_days(start, days)
    return f"{due.isoformat()} ({format_day_date(due)})"


def holiday_lines(calendar: WorkCalendar, year: int) -> list[str]:
    """'YYYY-MM-DD  Nama libur' for every weekday of `year` the office is closed."""
    return [f"{day.isoformat()}  {reason}" for day, reason in calendar.non_working_days(year)]


def show_due(args, context) -> int:
    print(due_line(office_calendar(args, context), parse_date(args.start), args.days))
    return 0


def show_holidays(args, context) -> int:
    for line in holiday_lines(office_calendar(args, context), args.year):
        print(line)
    return 0


def close_day(args, context) -> int:
    closure = context.services.calendar.add_closure(context.actor(), parse_date(args.day), args.reason)
    print(f"{closure.day.isoformat()} dicatat sebagai hari tutup kantor: {closure.reason}")
    return 0


def reopen_day(args, context) -> int:
    context.services.calendar.remove_closure(context.actor(), parse_date(args.day))
    print(f"{args.day} kembali menjadi hari kerja.")
    return 0
