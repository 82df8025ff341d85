"""`loket --self-test`: prove an installed (or frozen) Loket works on this PC without touching its real data.

Runs on a temporary data folder (LOKET_HOME), opens no window and plays no sound; prints one line per check,
"OK <check>: <detail>" or "GAGAL <check>: <reason>", and exits 0 only when every check passed. A check is a function
of the shared `SelfTest` state returning a short detail; to add one (the receipt, the decree), append it to CHECKS.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO


@dataclass
class SelfTest:
    home: Path
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def services(self):
        if "services" not in self.state:
            raise RuntimeError("basis data belum terbuka (pemeriksaan sebelumnya gagal)")
        return self.state["services"]


def check_qt(test: SelfTest) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "loket"])
    test.state["app"] = app
    return f"Qt {qVersion()}, platform {app.platformName()}"


def check_translations(test: SelfTest) -> str:
    from desktop import theme
    from desktop.i18n import apply_language

    if not apply_language("en"):
        raise RuntimeError("terjemahan Inggris (loket_en.qm) tidak ditemukan")
    if not apply_language("id"):
        raise RuntimeError("terjemahan Qt berbahasa Indonesia (qtbase_id.qm) tidak ditemukan")
    if theme.icon("mdi6.bullhorn").isNull():
        raise RuntimeError("ikon (fon Material Design dari qtawesome) tidak dapat dimuat")
    return "loket_en.qm, qtbase_id.qm dan ikon dimuat"


def check_database(test: SelfTest) -> str:
    from db.services import open_services

    services = open_services(f"sqlite:///{test.home / 'loket.db'}")
    test.state["services"] = services
    return f"skema {services.migration.after}"


def check_catalog(test: SelfTest) -> str:
    count = test.services.catalog.count()
    if count == 0:
        raise RuntimeError("katalog layanan kosong")
    return f"{count} layanan"


def check_ticket(test: SelfTest) -> str:
    from db.core.actor import Actor

    services = test.services
    group = next(group for group in services.queue_setup.groups() if group.active)
    ticket = services.queue.issue(Actor("self-test", services.device_id), group.code)
    test.state["ticket"] = ticket
    return f"nomor {ticket.label}"


def check_ticket_render(test: SelfTest) -> str:
    from db.documents.printing import ticket_data
    from printing.escpos_render import ticket_bytes

    values = test.services.settings.values()
    data = ticket_bytes(ticket_data(test.state["ticket"], values), int(values["printer.thermal.paper_width"]))
    if not data.startswith(b"\x1b@") or test.state["ticket"].label.encode() not in data:
        raise RuntimeError("byte ESC/POS tiket tidak lengkap")
    return f"{len(data)} byte ESC/POS"


def check_requirement_pdf(test: SelfTest) -> str:
    from db.documents.printing import office_header, requirement_list_data
    from printing.requirements_pdf import requirement_list_pdf

    services = test.services
    values = services.settings.values()
    code = services.catalog.export()[0]["code"]
    service = services.catalog.get(code).service
    pdf = requirement_list_pdf(requirement_list_data(service, values, datetime.now(UTC)), office_header(values), "A4")
    if not pdf.startswith(b"%PDF"):
        raise RuntimeError("keluaran bukan PDF")
    return f"layanan {code}, {len(pdf) // 1024} KB"


def check_voice(test: SelfTest) -> str:
    from importlib import resources

    folder = resources.files("resources").joinpath("voice/id")
    count = sum(1 for item in folder.iterdir() if item.name.endswith(".wav"))
    if count == 0:
        raise RuntimeError("potongan suara panggilan tidak ada")
    return f"{count} potongan suara (tidak diputar)"


def check_backup(test: SelfTest) -> str:
    from db.admin import backup

    services = test.services
    result = backup.create_backup(services.database.file_path, test.home / "arsip", test.home / "backups")
    backup.verify_backup(result.path)
    return f"{result.path.name}, {result.size // 1024} KB"


CHECKS: list[tuple[str, Callable[[SelfTest], str]]] = [
    ("Qt", check_qt),
    ("terjemahan", check_translations),
    ("basis data dan migrasi", check_database),
    ("katalog layanan", check_catalog),
    ("ambil nomor antrian", check_ticket),
    ("cetak tiket (ESC/POS)", check_ticket_render),
    ("PDF daftar persyaratan", check_requirement_pdf),
    ("suara panggilan", check_voice),
    ("cadangan", check_backup),
]


def _output() -> TextIO:
    """Standard output; a windowed Windows build has none, so the lines go to %TEMP%\\loket-self-test.txt there."""
    if sys.stdout is not None:
        return sys.stdout
    return open(Path(tempfile.gettempdir()) / "loket-self-test.txt", "w", encoding="utf-8")  # noqa: SIM115


def run(out: TextIO | None = None) -> int:
    """Run every check on a temporary data folder; 0 when all passed, 1 otherwise. The real data is never opened."""
    out = out or _output()
    saved = {name: os.environ.get(name) for name in ("LOKET_HOME", "LOKET_DATABASE_URL", "QT_QPA_PLATFORM")}
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="loket-self-test-") as folder:
        test = SelfTest(Path(folder))
        os.environ["LOKET_HOME"] = folder
        os.environ.pop("LOKET_DATABASE_URL", None)
        try:
            for name, check in CHECKS:
                try:
                    detail = check(test)
                    print(f"OK {name}: {detail}", file=out, flush=True)
                except Exception as error:  # noqa: BLE001 - every failure is a reported result, not a crash
                    failures += 1
                    reason = getattr(error, "message", None) or str(error) or type(error).__name__
                    print(f"GAGAL {name}: {reason}", file=out, flush=True)
                    if os.environ.get("LOKET_SELF_TEST_TRACE"):
                        traceback.print_exc(file=out)
        finally:
            if "services" in test.state:
                test.state["services"].close()
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
    print(f"Uji mandiri: {'berhasil' if not failures else f'{failures} pemeriksaan gagal'}", file=out, flush=True)
    return 0 if not failures else 1
