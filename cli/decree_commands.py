"""loket-admin verify PAYLOAD_OR_PDF | decree sign|print|copy|status | archive check | keys export-public|import"""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from cli import file_commands
from cli.context import write_output
from db.decrees import payload


def register(groups) -> None:
    verify = groups.add_parser("verify", help="periksa keaslian SK dari kode QR atau berkas PDF (0 = asli dan berlaku)")
    verify.add_argument("subject", metavar="PAYLOAD_ATAU_PDF")
    verify.set_defaults(handler=verify_decree)
    decree = groups.add_parser("decree", help="surat keputusan (SK)")
    commands = decree.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    file_commands.register_decree_commands(commands)
    copy = commands.add_parser("copy", help="cetak salinan SK ke berkas PDF (ditandai SALINAN, dicatat)")
    copy.add_argument("decree_number")
    copy.add_argument("--out", type=Path, required=True)
    copy.set_defaults(handler=copy_decree)
    status = commands.add_parser("status", help="koreksi, tarik atau cabut SK (Perbup 16/2021 Pasal 10 ayat 2)")
    status.add_argument("decree_number")
    status.add_argument("--set", dest="status", choices=["corrected", "withdrawn", "revoked"], required=True)
    status.add_argument("--reason", required=True)
    status.add_argument("--official", default="", help="pejabat yang memutuskan (bawaan: akun yang masuk)")
    file_commands.sign_in_arguments(status)
    status.set_defaults(handler=change_status)
    archive_parser = groups.add_parser("archive", help="arsip digital dokumen terbit")
    archive_commands = archive_parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    archive_commands.add_parser("check", help="laporkan berkas arsip yang hilang atau berubah").set_defaults(
        handler=check_archive
    )
    keys_parser = groups.add_parser("keys", help="kunci tanda tangan elektronik kantor")
    key_commands = keys_parser.add_subparsers(dest="command", required=True, metavar="PERINTAH")
    export = key_commands.add_parser("export-public", help="tulis kunci publik kantor (PEM)")
    export.add_argument("--out", type=Path)
    export.set_defaults(handler=export_public)
    load = key_commands.add_parser("import", help="pakai kunci privat kantor dari PC lain (berkas PEM)")
    load.add_argument("file", type=Path)
    load.set_defaults(handler=import_key)


def verify_decree(args, context) -> int:
    decrees = context.services.decrees
    subject = args.subject
    # Decided by the text's form, never by stat(): a real payload is longer than a file name may be.
    if payload.looks_like_payload(subject):
        result = decrees.verify(subject)
    else:
        try:
            result = decrees.verify_pdf(Path(subject).read_bytes())
        except OSError as error:
            if error.errno not in (errno.ENOENT, errno.ENAMETOOLONG, errno.ENOTDIR):
                print(f"Galat: berkas tidak dapat dibaca: {subject[:200]} ({error.strerror}).", file=sys.stderr)
                return 1
            print(
                f"Galat: '{subject[:80]}' bukan kode verifikasi SK (SK1....) dan bukan berkas yang ada.",
                file=sys.stderr,
            )
            return 1
    for line in result.messages:
        print(line)
    if result.claims:
        c = result.claims
        print(
            f"Nomor SK: {c.decree_number}\nNomor pendaftaran: {c.registration_number}\nPemegang: {c.holder}\n"
            f"Layanan: {c.service_code}\nTanggal: {c.signed_on}"
        )
    print("HASIL: ASLI DAN BERLAKU" if result.genuine and result.current else "HASIL: TIDAK SAH ATAU TIDAK BERLAKU")
    return 0 if result.genuine and result.current else 1


def copy_decree(args, context) -> int:
    pdf = context.services.decrees.copy_pdf(context.actor(), args.decree_number)
    write_output(args.out, pdf)
    print(f"Salinan ditulis ke {args.out}")
    return 0


def change_status(args, context) -> int:
    info = context.services.decrees.change_status(
        file_commands.officer(args, context), args.decree_number, args.status, args.reason, args.official
    )
    print(f"SK {info.decree_number}: {info.status_label}")
    return 0


def check_archive(args, context) -> int:
    report = context.services.archive.check()
    print(f"Diperiksa: {report.checked} dokumen")
    for line in report.missing:
        print(f"HILANG: {line}")
    for line in report.altered:
        print(f"BERUBAH: {line}")
    print("Hasil: utuh" if report.ok else "Hasil: ada masalah")
    return 0 if report.ok else 1


def export_public(args, context) -> int:
    identifier, pem = context.services.keys.export_public(context.actor())
    if args.out:
        write_output(args.out, pem)
        print(f"Kunci publik {identifier} ditulis ke {args.out}")
    else:
        print(pem, end="")
    return 0


def import_key(args, context) -> int:
    identifier = context.services.keys.import_private(context.actor(), args.file)
    print(f"Kunci kantor {identifier} dipakai di PC ini.")
    return 0
