"""loket-admin sync [enrol --server URL --token T | status]: sync with the regency's central server.

`loket-admin sync` alone runs one sync with progress lines (for the Windows Task Scheduler): exit 0 when done,
1 with the Indonesian reason when it failed (nothing is marked sent that the server did not acknowledge).
"""

from __future__ import annotations

from db.sync import client


def register(groups) -> None:
    sync = groups.add_parser("sync", help="sinkronisasi dengan server pusat (tanpa sub-perintah: sinkronkan sekarang)")
    sync.set_defaults(handler=run_sync)
    actions = sync.add_subparsers(dest="sync_action", metavar="AKSI")
    enrol = actions.add_parser("enrol", help="daftarkan PC ini ke server dengan token sekali pakai")
    enrol.add_argument("--server", required=True, help="alamat server, mis. https://loket.kabupaten.go.id")
    enrol.add_argument("--token", required=True, help="token pendaftaran dari loket-server device add")
    enrol.set_defaults(handler=enrol_device)
    actions.add_parser("status", help="pendaftaran, antrean kirim, sinkronisasi terakhir").set_defaults(
        handler=show_status
    )


def run_sync(args, context) -> int:
    context.services.sync.run(client.print_progress)
    return 0


def enrol_device(args, context) -> int:
    enrolment = context.services.sync.enrol(args.server, args.token)
    role = ", perangkat master data induk" if enrolment.master else ""
    print(f"Terdaftar sebagai {enrolment.name} (kantor {enrolment.office}{role}) di {enrolment.server}.")
    return 0


def show_status(args, context) -> int:
    state = context.services.sync.status()
    if state.enrolment is None:
        print("Server: belum terdaftar (loket-admin sync enrol --server URL --token T)")
    else:
        print(f"Server: {state.enrolment.server} sebagai {state.enrolment.name} (kantor {state.enrolment.office})")
    print(f"Menunggu dikirim: {state.pending} perubahan (diakui server sampai nomor {state.acked_through})")
    print(f"Data induk diterima sampai nomor: {state.pull_cursor}")
    print(f"Sinkronisasi terakhir yang berhasil: {state.last_success or 'belum pernah'}")
    return 0
