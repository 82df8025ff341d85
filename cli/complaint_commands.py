"""loket-admin complaint list [--open|--late] | show NUMBER"""

from __future__ import annotations

import json

from db.complaints.service import STATUS_LABELS


def register(groups) -> None:
    parser = groups.add_parser("complaint", help="pengaduan: daftar dan rincian")
    commands = parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    listing = commands.add_parser("list", help="daftar pengaduan, yang mendesak dulu")
    state = listing.add_mutually_exclusive_group()
    state.add_argument("--open", action="store_true", help="hanya yang masih ditangani")
    state.add_argument("--late", action="store_true", help="hanya yang melewati target penyelesaian")
    listing.add_argument("--format", choices=["json", "text"], default="text")
    listing.set_defaults(handler=list_complaints)
    show = commands.add_parser("show", help="rincian dan langkah satu pengaduan")
    show.add_argument("number", help="nomor pengaduan, mis. 503/0001/ADU/DPMPTSP/XI/2026")
    show.set_defaults(handler=show_complaint)


def list_complaints(args, context) -> int:
    rows = context.services.complaints.search(
        context.actor(), status="open" if args.open else None, late_only=args.late, limit=10_000
    )
    if args.format == "json":
        print(
            json.dumps(
                [
                    {
                        "tracking_number": r.tracking_number,
                        "received_on": r.received_on.isoformat(),
                        "channel": r.channel,
                        "category": r.category,
                        "priority": r.priority,
                        "due_on": r.due_on.isoformat() if r.due_on else None,
                        "status": r.status,
                        "step": r.current_step,
                        "days_left": r.days_left,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for r in rows:
        late = " TERLAMBAT" if r.overdue else ""
        due = r.due_on.strftime("%d-%m-%Y") if r.due_on else "-"
        print(f"{r.tracking_number}  {r.category_label}  target {due}{late}  {r.step_label}")
    return 0


def show_complaint(args, context) -> int:
    complaints, actor = context.services.complaints, context.actor()
    info = complaints.find(actor, args.number)
    print(f"{info.tracking_number}  {STATUS_LABELS[info.status]}")
    print(f"Pengadu: {info.complainant_label}  Saluran: {info.channel_label}  Lingkup: {info.category_label}")
    print(f"Diterima: {info.received_on:%d-%m-%Y}  Target: {info.due_on:%d-%m-%Y}  Prioritas: {info.priority or '-'}")
    print(info.description)
    for step in complaints.steps(actor, info.id):
        print(f"  {step.step_index + 1}. {step.text}: {step.person}, {step.done_on:%d-%m-%Y} {step.note}")
    return 0
