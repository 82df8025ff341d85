"""loket-admin demo: fill one office day with realistic demo data through the real services."""

from __future__ import annotations

from datetime import date

from db.admin import demo


def register(groups) -> None:
    parser = groups.add_parser(
        "demo",
        help="isi satu hari dengan data demo (antrian, berkas, permohonan)",
        description="Menolak basis data yang berisi data bukan demo kecuali dengan --force.",
    )
    parser.add_argument("--date", type=date.fromisoformat, required=True, help="YYYY-MM-DD")
    parser.add_argument("--tickets", type=int, default=100, help="jumlah tiket (bawaan 100)")
    parser.add_argument("--seed", type=int, default=1, help="benih acak: benih sama, angka laporan sama")
    parser.add_argument("--force", action="store_true", help="tulis juga ke basis data yang berisi data bukan demo")
    parser.add_argument(
        "--hall",
        action="store_true",
        help="satu aula MPP dengan tiga instansi (DPMPTSP Kab. Balangan, Setda Kab. Balangan, DPMPTSP Prov. Kaltara)",
    )
    parser.set_defaults(handler=fill)


def fill(args, context) -> int:
    result = demo.fill_day(context.database_url, args.date, args.tickets, args.seed, force=args.force, hall=args.hall)
    print(
        f"Demo {result.day.isoformat()}: {result.tickets} tiket, {result.served} dilayani, {result.no_show} tidak "
        f"hadir, {result.transferred} dialihkan, {result.unserved} tidak terlayani; {result.checks} berkas diperiksa "
        f"({result.returned} dikembalikan, {result.registered} terdaftar); {result.steps} langkah permohonan, "
        f"{result.signed} SK ditandatangani, {result.handed_over} diserahkan, {result.archived} diarsipkan, "
        f"{result.rejected} ditolak."
    )
    for agency, count in result.by_agency.items():
        print(f"  {agency}: {count} tiket")
    if result.users:
        print(f"Akun demo dibuat: {', '.join(result.users)} (kata sandi {demo.PASSWORD}).")
    return 0
