"""Diagnostics and the support bundle: facts support needs, and never a secret or the logo."""

import base64
import zipfile

from db.admin import diagnostics
from db.core.actor import Actor
from db.core.paths import logs_dir
from db.settings import registry

PNG = b"\x89PNG\r\n\x1a\n" + b"LOGO-KANTOR-BALANGAN" * 20
TOKEN = "tok-RAHASIA-8f3a9c"


def test_report_names_versions_paths_database_and_state(sqlite_services, loket_home):
    report = sqlite_services.diagnostics.collect()
    text = report.text()
    for fact in ("Loket", "Python", "Qt / PySide6", "SQLAlchemy", "Pustaka SQLite", "reportlab", "python-escpos"):
        assert f"{fact}: " in text
    assert f"Folder data: {loket_home}" in text and f"Folder cadangan: {loket_home / 'backups'}" in text
    assert "Pemeriksaan integritas: ok" in text and "(terbaru)" in text
    assert "Printer tiket: belum diatur" in text
    assert "Cadangan terakhir: belum pernah" in text
    sync_built = "sync.last_success" in registry.BY_KEY
    assert f"Sinkronisasi terakhir: {'belum pernah' if sync_built else 'belum diaktifkan'}" in text
    assert f"ID perangkat: {sqlite_services.device_id}" in text


def test_support_bundle_has_no_logo_and_no_secrets(sqlite_services, tmp_path):
    actor = Actor.system(sqlite_services.device_id)
    logo = base64.b64encode(PNG).decode("ascii")
    sqlite_services.settings.set(actor, "office.logo", logo)
    sqlite_services.settings.set(actor, "display.running_text", f"Selamat datang token={TOKEN}")
    (logs_dir() / "loket.log").write_text(f"lama: NIK 6311012304870002 password={TOKEN}\n", encoding="utf-8")

    result = sqlite_services.diagnostics.write_bundle(tmp_path / "dukungan")

    assert result.path == tmp_path / "dukungan.zip" and result.size > 0
    with zipfile.ZipFile(result.path) as bundle:
        names = bundle.namelist()
        contents = b"\n".join(bundle.read(name) for name in names).decode("utf-8")
    assert {"diagnostik.txt", "pengaturan.json", "log/loket.log"} <= set(names)
    assert not [name for name in names if name.endswith(".db") or "keys" in name]
    for secret in (TOKEN, logo[:40], "LOGO-KANTOR", "6311012304870002"):
        assert secret not in contents
    assert '"office.logo": "<ada>"' in contents
    assert sqlite_services.device_id in contents


def test_secret_settings_are_never_written():
    assert diagnostics.is_secret("sync.token") and diagnostics.is_secret("smtp.password")
    assert not diagnostics.is_secret("counter.name")
