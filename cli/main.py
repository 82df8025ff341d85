"""loket-admin: the administrators' command line (setup scripts, checks, scheduled jobs).

Exit codes: 0 done, 1 refused or failed (the reason is printed in Indonesian), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from cli import (
    agency_commands,
    backup_commands,
    calendar_commands,
    catalog_commands,
    complaint_commands,
    condition_commands,
    db_commands,
    decree_commands,
    demo_commands,
    file_commands,
    message_commands,
    queue_commands,
    report_commands,
    settings_commands,
    skm_commands,
    sync_commands,
    user_commands,
)
from cli.context import CommandContext
from db.core.errors import LoketError
from db.core.logs import configure_logging

COMMAND_GROUPS = [
    decree_commands,
    condition_commands,
    file_commands,
    db_commands,
    user_commands,
    settings_commands,
    catalog_commands,
    queue_commands,
    calendar_commands,
    backup_commands,
    complaint_commands,
    skm_commands,
    report_commands,
    demo_commands,
    sync_commands,
    message_commands,
    agency_commands,
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="loket-admin", description="Perintah administrator Loket.")
    parser.add_argument(
        "--database-url", help="alamat basis data (bawaan: LOKET_DATABASE_URL atau SQLite di LOKET_HOME)"
    )
    groups = parser.add_subparsers(dest="group", required=True, metavar="PERINTAH")
    for module in COMMAND_GROUPS:
        module.register(groups)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    configure_logging("loket-admin")
    context = CommandContext(args.database_url)
    try:
        return args.handler(args, context) or 0
    except LoketError as error:
        print(f"Galat: {error.message}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 1
    finally:
        context.close()


if __name__ == "__main__":
    sys.exit(main())
