"""loket-admin user add | list | unlock | reset-password"""

from __future__ import annotations

from cli.context import read_new_password
from db.accounts.service import parse_role
from db.models.accounts import Role


def register(groups) -> None:
    parser = groups.add_parser("user", help="akun petugas")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    add = commands.add_parser("add", help="tambah akun (kata sandi dibaca dari stdin atau diketik)")
    add.add_argument("username")
    add.add_argument("--role", required=True, help=", ".join(role.value for role in Role))
    add.add_argument("--full-name", required=True)
    add.add_argument("--password-stdin", action="store_true", help="baca kata sandi dari baris pertama stdin")
    add.add_argument("--agency", metavar="KODE", help="instansi petugas (tanpa ini: staf aula, melayani semua)")
    add.set_defaults(handler=add_user)
    commands.add_parser("list", help="daftar akun").set_defaults(handler=list_users)
    unlock = commands.add_parser("unlock", help="buka akun yang terkunci")
    unlock.add_argument("username")
    unlock.set_defaults(handler=unlock_user)
    reset = commands.add_parser("reset-password", help="atur ulang kata sandi (juga membuka kunci)")
    reset.add_argument("username")
    reset.add_argument("--password-stdin", action="store_true")
    reset.set_defaults(handler=reset_password)


def add_user(args, context) -> int:
    role = parse_role(args.role)
    agency = context.services.agencies.get(args.agency) if args.agency else None
    password = read_new_password(args.password_stdin)
    user = context.services.accounts.add_user(
        context.actor(), args.username, args.full_name, role, password, agency.id if agency else None
    )
    print(f"Akun dibuat: {user.username} ({user.role_label})" + (f", instansi {agency.code}" if agency else ""))
    return 0


def list_users(args, context) -> int:
    now = context.services.clock()
    codes = {agency.id: agency.code for agency in context.services.agencies.list(include_inactive=True)}
    print(f"{'PENGGUNA':<20} {'PERAN':<30} {'STATUS':<10} NAMA")
    for user in context.services.accounts.list_users():
        status = "terkunci" if user.is_locked(now) else ("aktif" if user.active else "nonaktif")
        agency = f"  [{codes.get(user.agency_id, '?')}]" if user.agency_id else ""  # none: the hall's own staff
        print(f"{user.username:<20} {user.role_label:<30} {status:<10} {user.full_name}{agency}")
    return 0


def unlock_user(args, context) -> int:
    user = context.services.accounts.unlock(context.actor(), args.username)
    print(f"Akun dibuka: {user.username}")
    return 0


def reset_password(args, context) -> int:
    password = read_new_password(args.password_stdin)
    user = context.services.accounts.reset_password(context.actor(), args.username, password)
    print(f"Kata sandi diatur ulang: {user.username}")
    return 0
