"""loket-admin settings get [KEY] | set KEY VALUE"""

from __future__ import annotations

import sys

from db.settings import registry


def register(groups) -> None:
    parser = groups.add_parser("settings", help="pengaturan kantor dan PC ini")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    get = commands.add_parser("get", help="tampilkan satu pengaturan, atau semuanya beserta artinya")
    get.add_argument("key", nargs="?")
    get.set_defaults(handler=get_setting)
    put = commands.add_parser(
        "set", help="ubah pengaturan (office.logo: path berkas PNG/JPEG; nilai - : dibaca dari masukan standar)"
    )
    put.add_argument("key")
    put.add_argument("value")
    put.set_defaults(handler=set_setting)


def get_setting(args, context) -> int:
    settings = context.services.settings
    if args.key:
        registry.definition(args.key)
        value = next(item for item in settings.all() if item.key == args.key)
        print(value.display())
        return 0
    for item in settings.all():
        scope = "kantor" if item.scope == registry.OFFICE else "PC ini"
        print(f"{item.key} = {item.display()}")
        print(f"    {item.label} ({scope}): {item.meaning}")
    return 0


def set_setting(args, context) -> int:
    value = args.value
    if value == "-":  # a secret (the gateway token) stays out of the shell's history and the process list
        value = sys.stdin.readline().rstrip("\r\n")
    value = registry.logo_from_file(value) if args.key == "office.logo" and value else value
    stored = context.services.settings.set(context.actor(), args.key, value)
    shown = "<gambar>" if args.key == "office.logo" and stored else stored
    if registry.definition(args.key).secret:
        shown = registry.masked(stored)
    print(f"{args.key} = {shown}")
    return 0
