"""The file page on the central server (loket-server as a process on PostgreSQL), from what a PC synced: the same
page as the hall's, saying how fresh its data is; and the same refusals."""

from __future__ import annotations

import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine

from db.public import links
from db.services import open_services
from tests.db.test_public_pages import _link, register
from tests.e2e.public_helpers import CHROMIUM, phone_browser, shots_folder
from tests.e2e.sync_helpers import ServerProcess, admin, create_database, drop_database
from tests.e2e.test_sync_faults import new_pc
from tests.lifecycle_helpers import sign, walk

pytestmark = [pytest.mark.pg, pytest.mark.timeout(240)]


@pytest.fixture(scope="module")
def server(pg_server, tmp_path_factory):
    name, url = create_database(pg_server)
    process = None
    try:
        process = ServerProcess(url, tmp_path_factory.mktemp("server") / "server.log")
        process.engine = create_engine(url)
        yield process
    finally:
        if process is not None:
            process.engine.dispose()
            process.stop()
        drop_database(pg_server, name)


@pytest.fixture
def home(loket_home, template_sqlite):
    return new_pc(template_sqlite, loket_home)


def synced(server, home) -> None:
    result = admin(home, "sync")
    assert result.returncode == 0, result.stderr


def enrol(server, home) -> None:
    added = server.cli("device", "add", f"pc-{uuid.uuid4().hex[:8]}", "--office", "6308")
    assert added.returncode == 0, added.stderr
    token = added.stdout.strip().splitlines()[-1]
    enrolled = admin(home, "sync", "enrol", "--server", server.url, "--token", token)
    assert enrolled.returncode == 0, enrolled.stderr


def test_the_central_server_shows_the_synced_file_page_and_how_fresh_it_is(server, home, tmp_path):
    office = open_services(f"sqlite:///{home / 'loket.db'}")
    try:
        outcome = register(office)
        segment = _link(office, outcome.application_id)
        with office.database.read() as session:
            from db.models.intake import Application

            code = session.get(Application, outcome.application_id).public_code
        enrol(server, home)
        synced(server, home)
        page = httpx.get(f"{server.url}/berkas/{segment}", timeout=10)
        assert page.status_code == 200 and len(page.content) < 50 * 1024
        assert "S. A. R." in page.text and outcome.registration_number in page.text and "Siti" not in page.text
        assert "Data dari kantor per" in page.text and "Sedang diproses Back Office" in page.text
        assert page.headers["cache-control"] == "no-store" and page.headers["referrer-policy"] == "no-referrer"

        sign(office, outcome.application_id)
        walk(office, outcome.application_id)
        assert "SK siap diambil" not in httpx.get(f"{server.url}/berkas/{segment}", timeout=10).text  # not synced
        synced(server, home)
        ready = httpx.get(f"{server.url}/berkas/{segment}", timeout=10)
        assert "SK siap diambil" in ready.text and "KTP asli pemohon" in ready.text

        by_code = httpx.get(f"{server.url}/kode", params={"k": links.shown_code(code)}, timeout=10)
        assert by_code.status_code == 303 and by_code.headers["location"] == f"/berkas/{segment}"
        forged = httpx.get(f"{server.url}/berkas/{segment[:32]}{'Z' * links.TOKEN_LENGTH}", timeout=10)
        assert forged.status_code == 404 and "tidak ditemukan" in forged.text and "Traceback" not in forged.text
        assert httpx.get(f"{server.url}/kode", params={"k": "SALAHSALAH"}, timeout=10).status_code == 404
        assert httpx.get(f"{server.url}/api/health", timeout=10).json()["ok"]  # the devices' API as it was

        if Path(CHROMIUM).exists():
            with phone_browser() as browser:
                browser.goto(f"{server.url}/berkas/{segment}")
                browser.screenshot(path=shots_folder(tmp_path) / "09-berkas-dari-server-pusat.png", full_page=True)
    finally:
        office.close()
