"""The demo day: the same seed gives the same report figures; a database with real records is refused."""

import json
import os
import shutil
import subprocess
import sys
from datetime import date

import pytest

from db.admin import demo
from db.core.actor import Actor
from db.core.errors import DomainError
from db.models import Role
from db.reports import ReportQuery, export
from db.services import open_services

DAY = date(2026, 11, 25)


def admin(*args, home):
    env = {**os.environ, "LOKET_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "cli.main", *args], capture_output=True, text=True, env=env, timeout=300
    )


def demo_json(template, folder, seed: int) -> dict:
    """Fill a fresh copy of the migrated template with a demo day and return its report's JSON, time stamp aside."""
    folder.mkdir()
    shutil.copy(template, folder / "loket.db")
    url = f"sqlite:///{folder / 'loket.db'}"
    result = demo.fill_day(url, DAY, 30, seed)
    assert result.tickets == 30
    services = open_services(url, device_id="demo-test")
    try:
        data = json.loads(export.to_json(services.reports.daily(ReportQuery(DAY, DAY), actor=Actor.system("test"))))
    finally:
        services.close()
    data.pop("generated_at")
    return data


def test_the_same_seed_gives_the_same_figures(template_sqlite, tmp_path):
    first = demo_json(template_sqlite, tmp_path / "satu", 7)
    assert first == demo_json(template_sqlite, tmp_path / "dua", 7)
    tickets = first["tickets"]
    assert tickets["issued"] == 30 and tickets["served"] > 15 and tickets["waiting"]["count"] > 15
    assert first["files"]["checked"] > 0 and len(first["counters"]) == 3 and first["hours"]
    with pytest.raises(DomainError, match="sudah berisi 30 tiket demo"):
        demo.fill_day(f"sqlite:///{tmp_path / 'satu' / 'loket.db'}", DAY, 30, 7)


def test_a_database_with_real_records_is_refused_without_force(loket_home):
    services = open_services(None, device_id="pc-1")
    services.accounts.create_first_administrator("admin", "Admin Kantor", "rahasia-123", "pc-1")
    services.queue.issue(Actor("kiosk", "pc-1", role=Role.CUSTOMER_SERVICE), "A")
    services.close()
    refused = admin("demo", "--date", "2026-11-25", "--tickets", "5", home=loket_home)
    assert refused.returncode == 1
    assert "1 tiket bukan buatan demo" in refused.stderr and "1 akun pengguna bukan buatan demo" in refused.stderr
    forced = admin("demo", "--date", "2026-11-25", "--tickets", "5", "--seed", "3", "--force", home=loket_home)
    assert forced.returncode == 0, forced.stderr
    assert "Demo 2026-11-25: 5 tiket" in forced.stdout and "demo-supervisor" in forced.stdout


def test_the_demo_day_runs_the_whole_lifecycle_with_role_accounts(template_sqlite, tmp_path):
    shutil.copy(template_sqlite, tmp_path / "loket.db")
    url = f"sqlite:///{tmp_path / 'loket.db'}"
    result = demo.fill_day(url, DAY, 80, 3)
    assert result.signed > 0 and result.handed_over > 0 and result.rejected > 0 and result.archived > 0
    assert {"demo-back-office", "demo-kasi", "demo-kabid", "demo-kepala-dinas"} <= set(result.users)
    services = open_services(url, device_id="pc-1")
    try:
        report = services.reports.daily(ReportQuery(DAY, DAY), actor=Actor.system("test"))
    finally:
        services.close()
    extras = {extra.key: extra.value for extra in report.extras}
    assert extras["decrees_signed"] == result.signed and extras["decrees_handed_over"] == result.handed_over
    desks = {row.desk for row in report.lifecycle.desks}
    assert {"Back Office", "Kepala Seksi (Kasi)", "Kepala Bidang (Kabid)", "Kepala Dinas"} <= desks
