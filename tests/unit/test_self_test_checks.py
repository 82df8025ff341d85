"""The self-test's own rules: one line per check, exit 1 on any failure, the real data folder left alone."""

import io
import os

from desktop import self_test


def test_every_check_reports_and_a_failure_fails_the_run(monkeypatch, loket_home, qapp):
    seen = {}

    def remember_home(test):
        seen["home"] = os.environ["LOKET_HOME"]
        return "rumah sementara"

    monkeypatch.setattr(
        self_test,
        "CHECKS",
        [("rumah", remember_home), ("rusak", lambda test: 1 / 0), ("butuh basis data", lambda test: test.services)],
    )
    out = io.StringIO()
    assert self_test.run(out) == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "OK rumah: rumah sementara"
    assert lines[1] == "GAGAL rusak: division by zero"
    assert lines[2].startswith("GAGAL butuh basis data: basis data belum terbuka")
    assert lines[-1] == "Uji mandiri: 2 pemeriksaan gagal"
    assert seen["home"] != str(loket_home)
    assert os.environ["LOKET_HOME"] == str(loket_home)
    assert not os.path.exists(seen["home"])


def test_checks_are_a_plain_list_to_extend():
    names = [name for name, _check in self_test.CHECKS]
    assert names[:3] == ["Qt", "terjemahan", "basis data dan migrasi"]
    assert {"ambil nomor antrian", "cetak tiket (ESC/POS)", "PDF daftar persyaratan"} <= set(names)
