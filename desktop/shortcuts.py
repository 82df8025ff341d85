"""Every keyboard shortcut a person can press, by screen, for the F1 list. A test compares this table with the
QShortcuts the screens really create, so a new key cannot be added without appearing here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def screen_shortcuts() -> dict[str, list[tuple[str, str]]]:
    """Screen key -> [(key sequence in portable text, what it does)], translated at call time."""
    return {
        "queue": [
            ("F2", QCoreApplication.translate("Shortcuts", "Panggil berikutnya")),
            ("F3", QCoreApplication.translate("Shortcuts", "Panggil ulang")),
            ("F4", QCoreApplication.translate("Shortcuts", "Mulai layani")),
            ("F5", QCoreApplication.translate("Shortcuts", "Selesai")),
            ("F6", QCoreApplication.translate("Shortcuts", "Tidak hadir")),
            ("F7", QCoreApplication.translate("Shortcuts", "Alihkan ke grup/loket lain")),
            ("F8", QCoreApplication.translate("Shortcuts", "Panggil nomor tertentu (A-003, A3, a003)")),
            ("F9", QCoreApplication.translate("Shortcuts", "Tutup loket")),
            ("Ctrl+Z", QCoreApplication.translate("Shortcuts", "Batalkan tidak hadir / tutup loket (beberapa detik)")),
            ("F10", QCoreApplication.translate("Shortcuts", "Istirahat / lanjut melayani")),
        ],
        "tickets": [
            ("A, B, C…", QCoreApplication.translate("Shortcuts", "Pilih grup antrian dengan hurufnya")),
            ("Enter", QCoreApplication.translate("Shortcuts", "Ambil nomor dan cetak tiket")),
            ("Return", QCoreApplication.translate("Shortcuts", "Ambil nomor dan cetak tiket")),
            ("Ctrl+R", QCoreApplication.translate("Shortcuts", "Cetak ulang tiket terakhir (SALINAN)")),
        ],
        "intake": [
            (
                "1 2 3 4",
                QCoreApplication.translate(
                    "Shortcuts", "Tandai persyaratan: ada dan sesuai / tidak sesuai / tidak ada / tidak berlaku"
                ),
            ),
            ("Ctrl+Shift+A", QCoreApplication.translate("Shortcuts", "Tandai sisa persyaratan ada dan sesuai")),
            ("Ctrl+Enter", QCoreApplication.translate("Shortcuts", "Simpan pendaftaran berkas")),
            ("Ctrl+Return", QCoreApplication.translate("Shortcuts", "Simpan pendaftaran berkas")),
            ("Ctrl+N", QCoreApplication.translate("Shortcuts", "Pendaftaran baru (kosongkan formulir)")),
        ],
        "applications": [
            ("Ctrl+Enter", QCoreApplication.translate("Shortcuts", "Catat langkah SOP berkas yang dipilih")),
            ("Ctrl+Return", QCoreApplication.translate("Shortcuts", "Catat langkah SOP berkas yang dipilih")),
        ],
        "catalog": [
            ("Ctrl+P", QCoreApplication.translate("Shortcuts", "Cetak daftar persyaratan (termal)")),
            ("Ctrl+Shift+P", QCoreApplication.translate("Shortcuts", "Simpan daftar persyaratan sebagai PDF")),
            ("Ctrl+F", QCoreApplication.translate("Shortcuts", "Cari layanan")),
        ],
        "settings": [("Ctrl+S", QCoreApplication.translate("Shortcuts", "Simpan pengaturan"))],
    }


def shortcuts_text(menu_lines: list[tuple[str, str]], screen_titles: dict[str, str]) -> str:
    """The F1 text: the menus' shortcuts, then each screen's keys under the screen's name (only screens shown)."""
    lines = [f"{key}\t{name}" for key, name in menu_lines]
    for screen, keys in screen_shortcuts().items():
        if screen not in screen_titles:
            continue
        lines.append("")
        lines.append(screen_titles[screen])
        lines.extend(f"{key}\t{name}" for key, name in keys if key not in ("Ctrl+Return", "Return"))
    return "\n".join(lines)
