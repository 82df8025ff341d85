"""`loket --self-test` as an installer or a support call runs it: a real process, no display, exit 0."""

import os
import subprocess
import sys


def test_self_test_passes_without_a_display_and_leaves_the_data_folder_alone(loket_home):
    env = {**os.environ, "LOKET_HOME": str(loket_home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [sys.executable, "-m", "desktop.app", "--self-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert "GAGAL" not in result.stdout
    for check in ("basis data dan migrasi", "ambil nomor antrian", "cetak tiket (ESC/POS)", "PDF daftar persyaratan"):
        assert any(line.startswith(f"OK {check}") for line in lines), result.stdout
    assert lines[-1] == "Uji mandiri: berhasil"
    assert list(loket_home.iterdir()) == []
