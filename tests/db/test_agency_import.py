"""The administrator's agency import (JSON documented, CSV), checked entry by entry with line-numbered Indonesian
reasons, nothing half-imported; adding agencies and officers of an agency (issue 19)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from db.agencies.records import default_formats
from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.models import Role

EXAMPLES = Path(__file__).parents[2] / "resources" / "agencies" / "contoh"
ADMIN = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)


def test_the_documented_json_example_adds_an_agency_with_its_catalog(services):
    result = services.agencies.import_file(ADMIN, EXAMPLES / "dpmptsp-kaltara.json")
    assert result.created and result.agency.code == "DPMPTSP-KALTARA" and result.agency.signing_mode == "elektronik"
    assert "ditambahkan" in result.summary()
    offered = services.agencies.catalog("DPMPTSP-KALTARA")
    assert sorted(p.code for p in offered if not p.general) == ["KALTARA-01", "KALTARA-02", "KALTARA-03", "KALTARA-04"]
    assert {p.code for p in offered if p.general} == {"LYN-ADUAN", "LYN-INFO", "LYN-KONSUL"}
    assert not any(p.code.startswith("KALTARA") for p in services.agencies.catalog("DPMPTSP-BLG"))
    again = services.agencies.import_file(ADMIN, EXAMPLES / "dpmptsp-kaltara.json")
    assert not again.created and again.unchanged == 4 and not again.added  # the same file twice changes nothing


def test_the_documented_csv_example_brings_an_agencys_services_to_its_bureau(services):
    services.agencies.add_shipped(ADMIN, "SETDA-BLG")
    result = services.agencies.import_file(ADMIN, EXAMPLES / "setda-bagian-hukum.csv", "setda-blg")
    assert len(result.added) + len(result.changed) + result.unchanged == 2
    entry = services.catalog.get("SETDA-HKM-03").service
    assert entry.unit == "Bagian Hukum" and entry.sources[0].file == "003_13d4438e569f3e1c.txt"
    assert entry.steps[0].actor == "Pemohon" and ";" in entry.steps[0].text  # a step's own ';' kept, one a line
    with pytest.raises(DomainError, match="--agency"):
        services.agencies.import_file(ADMIN, EXAMPLES / "setda-bagian-hukum.csv")


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_bad_json_names_every_problem_with_its_line_and_imports_nothing(services, tmp_path):
    example = json.loads((EXAMPLES / "dpmptsp-kaltara.json").read_text(encoding="utf-8"))
    example["agency"].update(code="DINKES-BLG", short_name="Dinas Kesehatan", email="bukan-email")
    example["agency"]["number_formats"] = default_formats("DINKES")
    first, second, third, fourth = example["services"]
    first["code"] = "DINKES-01"
    del second["name"]
    second["code"] = "DINKES-02"
    third["code"] = "DINKES-01"  # twice in the file
    fourth.update(code="DINKES-04", unit="Bagian Gizi")
    for service in example["services"]:
        service["agency"] = "Dinas Kesehatan"
    text = json.dumps(example, ensure_ascii=False, indent=1)
    lines = {
        code: text[: text.index(f'"code": "{code}"')].count("\n") for code in ("DINKES-02", "DINKES-04")
    }  # the line of the "code" key; its object starts one line above
    with pytest.raises(DomainError) as refused:
        services.agencies.import_file(ADMIN, _write(tmp_path, "dinkes.json", text))
    message = str(refused.value)
    assert "tidak ada yang diimpor" in message and "email: alamat email tidak valid" in message
    assert f"baris {lines['DINKES-02']} (layanan DINKES-02): nama: wajib diisi" in message
    with pytest.raises(DomainError) as refused:  # the agency fixed: the database's own checks come next
        example["agency"]["email"] = ""
        second["name"] = "Layanan Kedua"
        services.agencies.import_file(ADMIN, _write(tmp_path, "dinkes.json", json.dumps(example, indent=1)))
    message = str(refused.value)
    assert "kode sama dengan layanan di baris" in message and "unit 'Bagian Gizi' tidak ada" in message
    assert [a.code for a in services.agencies.list()] == ["DPMPTSP-BLG"]  # nothing half-imported
    with pytest.raises(DomainError, match=r"baris 3, kolom \d+"):
        services.agencies.import_file(ADMIN, _write(tmp_path, "rusak.json", '{\n "agency": {\n  "code": }\n}'))
    with pytest.raises(PermissionDenied):
        services.agencies.import_file(Actor("sari", "pc-1", role=Role.SUPERVISOR), EXAMPLES / "dpmptsp-kaltara.json")


CSV_HEADER = "kode;nama;jenis;unit;persyaratan;langkah;waktu_hari_kerja;sumber\n"


def test_a_bad_csv_names_each_row_and_imports_nothing(services, tmp_path):
    services.agencies.add_shipped(ADMIN, "SETDA-BLG")
    rows = (
        'SETDA-X-01;Layanan Baik;layanan_sekretariat;Bagian Hukum;"- Surat permohonan";"Petugas: Menerima (5 menit)";1;'
        "003.txt:10-12\n"
        "SETDA-X-02;Layanan Dua;layanan_rahasia;Bagian Hukum;Surat;;2;003.txt:13\n"
        "SETDA-X-03;Layanan Tiga;layanan_sekretariat;Bagian Gizi;Surat;;dua;003.txt:14\n"
        "SETDA-X-04;Layanan Empat;layanan_sekretariat;;Surat;Menerima berkas;;003.txt\n"
        "LYN-ADUAN;Pengaduan;non_perizinan;;Surat;;;003.txt:1\n"
        "DPM-007;Izin Lain;layanan_sekretariat;;Surat;;;003.txt:1\n"
    )
    with pytest.raises(DomainError) as refused:
        services.agencies.import_file(ADMIN, _write(tmp_path, "layanan.csv", CSV_HEADER + rows), "SETDA-BLG")
    message = str(refused.value)
    assert "baris 3 (layanan SETDA-X-02): jenis: nilai tidak dikenal (pilihan: 'perizinan_berusaha'" in message
    assert "baris 4 (layanan SETDA-X-03): waktu_hari_kerja harus bilangan bulat" in message
    assert "baris 5 (layanan SETDA-X-04): langkah 'Menerima berkas' harus ditulis" in message
    with pytest.raises(DomainError) as refused:
        services.agencies.import_file(ADMIN, _write(tmp_path, "layanan.csv", CSV_HEADER + rows.split("\n")[0] + "\n"
                                                    + "\n".join(rows.split("\n")[4:])), "SETDA-BLG")  # fmt: skip
    message = str(refused.value)
    assert "baris 3 (layanan LYN-ADUAN): layanan umum aula" in message
    assert "baris 4 (layanan DPM-007): kode sudah dipakai layanan DPMPTSP Kabupaten Balangan" in message
    with pytest.raises(DomainError, match="Baris 1 .*kolom wajib tidak ada: sumber"):
        services.agencies.import_file(ADMIN, _write(tmp_path, "tanpa.csv", "kode;nama;jenis\nA;B;C\n"), "SETDA-BLG")
    assert "SETDA-X-01" not in {place.code for place in services.agencies.catalog("SETDA-BLG")}


def test_an_agency_whose_numbers_would_clash_is_refused(services):
    record = {"code": "DINKES-BLG", "short_name": "Dinas Kesehatan Kabupaten Balangan", "name": "Dinas Kesehatan"}
    with pytest.raises(DomainError, match="format nomor registration .* sama dengan milik DPMPTSP-BLG"):
        services.agencies.add(ADMIN, record)  # no patterns of its own: the office's, which DPMPTSP-BLG numbers with
    with pytest.raises(DomainError, match="Nama singkat 'DPMPTSP Kabupaten Balangan' sudah dipakai"):
        services.agencies.add(
            ADMIN, {**record, "short_name": "DPMPTSP Kabupaten Balangan", "number_formats": default_formats("X")}
        )
    with pytest.raises(DomainError, match="kode: hanya huruf besar"):
        services.agencies.add(ADMIN, {**record, "code": "dinkes blg"})
    added = services.agencies.add(ADMIN, {**record, "number_formats": default_formats("DINKES")})
    assert added.number_formats["decree"] == "503/{nomor:04d}/SK/DINKES/{bulan}/{tahun}"
    with pytest.raises(DomainError, match="sudah ada"):
        services.agencies.add(ADMIN, {**record, "number_formats": default_formats("DINKES2")})


def test_officers_belong_to_an_agency_and_the_administrator_to_the_hall(services):
    setda = services.agencies.add_shipped(ADMIN, "SETDA-BLG")
    user = services.accounts.add_user(ADMIN, "rina", "Rina Setda", Role.PETUGAS_LOKET, "rahasia-123", setda.id)
    assert user.agency_id == setda.id
    signed_in = services.accounts.authenticate("rina", "rahasia-123", "pc-1")
    assert signed_in.agency_id == setda.id
    moved = services.accounts.update_user(
        ADMIN, "rina", full_name="Rina", role=Role.PETUGAS_LOKET, active=True, agency_id=None
    )
    assert moved.agency_id is None  # now the hall's own staff
    with pytest.raises(DomainError, match="Administrator mengelola seluruh aula"):
        services.accounts.add_user(ADMIN, "adm2", "Admin Dua", Role.ADMINISTRATOR, "rahasia-123", setda.id)


def test_the_command_line_adds_imports_and_assigns_officers(admin_cli, sqlite_services, tmp_path):
    sqlite_services.close()
    added = admin_cli(
        "agency", "add", "DINKES-BLG", "--short-name", "Dinas Kesehatan Kabupaten Balangan", "--name",
        "Dinas Kesehatan", "--city", "Paringin", "--signer-title", "Kepala Dinas Kesehatan",
    )  # fmt: skip
    assert added.returncode == 0, added.stdout + added.stderr
    shown = admin_cli("agency", "show", "DINKES-BLG")
    assert "503/{nomor:04d}/SK/DINKES/{bulan}/{tahun}" in shown.stdout and "Kepala Dinas Kesehatan" in shown.stdout
    copied = shutil.copy(EXAMPLES / "dpmptsp-kaltara.json", tmp_path / "kaltara.json")
    imported = admin_cli("agency", "import", str(copied))
    assert imported.returncode == 0 and "DPMPTSP-KALTARA" in imported.stdout and "4 tetap" in imported.stdout
    listed = admin_cli("agency", "list")
    assert all(code in listed.stdout for code in ("DPMPTSP-BLG", "DINKES-BLG", "DPMPTSP-KALTARA"))
    user = admin_cli(
        "user", "add", "rina", "--role", "petugas_loket", "--full-name", "Rina", "--agency", "dinkes-blg",
        "--password-stdin", stdin="rahasia-123\n",
    )  # fmt: skip
    assert user.returncode == 0 and "instansi DINKES-BLG" in user.stdout, user.stdout + user.stderr
    assert "[DINKES-BLG]" in admin_cli("user", "list").stdout
    wrong = admin_cli("agency", "import", str(tmp_path / "tidak-ada.json"))
    assert wrong.returncode == 1 and "tidak dapat dibaca" in wrong.stdout + wrong.stderr
