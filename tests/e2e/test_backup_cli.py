"""loket-admin backup / restore / diagnostics as an administrator runs them: real processes, a private LOKET_HOME."""

import os
import subprocess
import sys
import zipfile


def admin(home, *args, **env_extra):
    env = {**os.environ, "LOKET_HOME": str(home), **env_extra}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_backup_change_restore_and_refuse_a_corrupt_file(loket_home, tmp_path):
    made = admin(loket_home, "backup", "--out", str(tmp_path / "cadangan"))
    assert made.returncode == 0, made.stderr
    [zipped] = (tmp_path / "cadangan").glob("loket-cadangan-*.zip")
    assert f"Cadangan dibuat: {zipped}" in made.stdout
    assert admin(loket_home, "settings", "set", "counter.name", "Loket Diubah").returncode == 0

    broken = tmp_path / "rusak.zip"
    broken.write_bytes(zipped.read_bytes()[:-200])
    refused = admin(loket_home, "restore", str(broken))
    assert refused.returncode == 1 and "rusak" in refused.stderr and "Tidak ada yang diubah" in refused.stderr
    assert admin(loket_home, "settings", "get", "counter.name").stdout.strip() == "Loket Diubah"

    restored = admin(loket_home, "restore", str(zipped))
    assert restored.returncode == 0, restored.stderr
    assert "sebelum-pulih-" in restored.stdout
    assert admin(loket_home, "settings", "get", "counter.name").stdout.strip() == "Loket 1"

    diagnosed = admin(loket_home, "diagnostics", "--bundle", str(tmp_path / "dukungan.zip"))
    assert diagnosed.returncode == 0 and "Pustaka SQLite" in diagnosed.stdout
    with zipfile.ZipFile(tmp_path / "dukungan.zip") as bundle:
        assert "pengaturan.json" in bundle.namelist()


def test_a_hall_database_is_backed_up_with_pg_dump(loket_home):
    url = "postgresql://loket:sandi-aula@10.0.0.5/aula"
    result = admin(loket_home, "backup", LOKET_DATABASE_URL=url)
    assert result.returncode == 1
    assert "pg_dump -Fc -h 10.0.0.5 -p 5432 -U loket -d aula -f " in result.stdout
    assert "PostgreSQL" in result.stdout and "sandi-aula" not in result.stdout + result.stderr
