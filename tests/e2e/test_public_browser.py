"""The public pages in a real browser: Debian's chromium (playwright) at a phone's size against loket-public as a
process, while the counter works on the same database. Screenshots are kept (LOKET_SHOTS, else the test's folder)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from db.core.actor import Actor
from db.models import Role
from db.public import links
from db.services import open_services
from tests.db.test_public_pages import register
from tests.e2e.public_helpers import CHROMIUM, phone_browser, public_server, shots_folder
from tests.lifecycle_helpers import sign, walk

pytestmark = [
    # CI installs chromium through scripts/test (scripts/debian-packages-test.txt): there a missing one fails.
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() and os.environ.get("CI") != "true",
        reason="chromium not installed (scripts/debian-packages-test.txt)",
    ),
    pytest.mark.timeout(240),
]
PAGE_LIMIT = 50 * 1024


@pytest.fixture
def office(loket_home, tmp_path):
    opened = open_services(f"sqlite:///{loket_home / 'loket.db'}", device_id="pc-1")
    opened.settings.set(Actor("admin", "pc-1", role=Role.ADMINISTRATOR), "archive.dir", str(tmp_path / "arsip"))
    yield opened
    opened.close()


@pytest.fixture
def shots(tmp_path):
    return shots_folder(tmp_path)


def officer(counter: int) -> Actor:
    return Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, counter_number=counter)


def test_a_ticket_page_changes_by_itself_when_the_counter_calls_it(office, loket_home, shots):
    kiosk = Actor("kios", "pc-1", role=Role.CUSTOMER_SERVICE)
    first, mine = office.queue.issue(kiosk, "C"), office.queue.issue(kiosk, "C")
    with public_server(loket_home) as base, phone_browser() as page:
        response = page.goto(f"{base}/antrian/{links.link(mine.id, mine.public_token)}")
        assert response.status == 200 and len(response.body()) < PAGE_LIMIT
        assert page.inner_text("#nomor") == mine.label
        assert page.inner_text("#di-depan") == "1 orang"
        assert "Menunggu panggilan" in page.inner_text("#keadaan")
        page.screenshot(path=shots / "01-tiket-menunggu.png", full_page=True)

        office.queue.call_next(officer(3), 3)
        office.queue.finish(officer(3), 3)
        office.queue.call_next(officer(3), 3)  # the counter calls this ticket: the page shows it within seconds
        expect(page.locator("#keadaan")).to_contain_text("Anda dipanggil ke Loket 3", timeout=15_000)
        assert page.title().startswith("DIPANGGIL Loket 3")
        page.screenshot(path=shots / "02-tiket-dipanggil.png", full_page=True)

        office.queue.start_serving(officer(3), 3)
        expect(page.locator("#keadaan")).to_contain_text("Sedang dilayani di Loket 3", timeout=15_000)
        office.queue.finish(officer(3), 3)
        expect(page.locator("#keadaan")).to_contain_text("Layanan selesai", timeout=15_000)
        page.screenshot(path=shots / "03-tiket-selesai.png", full_page=True)
        assert first.label != mine.label


def test_the_code_form_and_a_wrong_link_answer_with_friendly_pages(office, loket_home, shots):
    ticket = office.queue.issue(Actor("kios", "pc-1", role=Role.CUSTOMER_SERVICE), "A")
    with public_server(loket_home) as base, phone_browser() as page:
        page.goto(f"{base}/kode")
        page.fill("#k", links.shown_code(ticket.public_code).lower())
        page.screenshot(path=shots / "04-kode-diketik.png", full_page=True)
        page.click("button")
        page.wait_for_url(re.compile(r".*/antrian/[0-9a-f]{32}.*"))
        assert page.inner_text("#nomor") == ticket.label

        page.goto(f"{base}/kode?k=SALAHSALAH")
        assert "Kode tidak dikenal" in page.inner_text("#pesan")
        wrong = page.goto(f"{base}/antrian/{ticket.id.hex}{'x' * links.TOKEN_LENGTH}")
        assert wrong.status == 404 and "tidak ditemukan" in page.inner_text("#keadaan")
        page.screenshot(path=shots / "05-tautan-salah.png", full_page=True)
        for path in ("/antrian/../../etc/passwd", "/berkas/" + "a" * 500, "/tidak-ada"):
            answer = page.goto(base + path)
            assert answer.status in (404, 414) and "Traceback" not in page.content()


def test_a_file_page_before_and_after_signing(office, loket_home, shots, tmp_path):
    outcome = register(office)
    segment = _segment(office, outcome.application_id)
    with public_server(loket_home) as base, phone_browser() as page:
        response = page.goto(f"{base}/berkas/{segment}")
        assert response.status == 200 and len(response.body()) < PAGE_LIMIT
        text = page.inner_text("main")
        assert "S. A. R." in text and outcome.registration_number in text and "Siti" not in text
        assert "Selesai paling lambat" in text
        page.screenshot(path=shots / "06-berkas-diproses.png", full_page=True)

        walk(office, outcome.application_id, stop_at="sign")
        page.reload()
        assert "Menunggu tanda tangan Kepala Dinas" in page.inner_text("#keadaan")
        page.screenshot(path=shots / "07-berkas-menunggu-tanda-tangan.png", full_page=True)

        sign(office, outcome.application_id)
        walk(office, outcome.application_id)
        page.reload()
        assert page.inner_text("#keadaan") == "SK siap diambil"
        assert "KTP asli pemohon" in page.inner_text("#bawa")
        page.screenshot(path=shots / "08-berkas-sk-siap-diambil.png", full_page=True)


def _segment(office, application_id) -> str:
    from tests.db.test_public_pages import _link

    return _link(office, application_id)
