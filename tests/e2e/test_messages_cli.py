"""loket-admin messages send|list|show|hand|retry, and the gateway token set from standard input and never printed:
the same outbox from a server's cron as from the app, against a real HTTP gateway on loopback."""

from __future__ import annotations

import pytest

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from db.services import open_services
from tests import messages_gateway as gw

TOKEN = "token-gateway-rahasia-9876"


@pytest.fixture
def returned_file(loket_home):
    """A file returned incomplete at the counter: its message is queued with it."""
    services = open_services(device_id="pc-1")
    officer = Actor("budi", "pc-1", role=Role.PETUGAS_LOKET)
    person = services.applicants.save_person(
        officer, PersonInput("6311015508900001", "Siti Aminah", phone="0813 5000 1234")
    )
    entry, items = services.intake.checklist("DPM-051")
    marks = {item.position: Mark("tidak_ada") for item in items if item.markable}
    outcome = services.intake.submit(officer, person.id, entry.revision_id, None, marks)
    services.close()
    return outcome.slip_number


def message_id(listing: str) -> str:
    return listing.split()[0]


def test_without_a_gateway_the_cli_gives_the_click_to_chat_link(admin_cli, returned_file):
    listing = admin_cli("messages", "list")
    assert listing.returncode == 0 and "Kirim manual" in listing.stdout and returned_file in listing.stdout
    assert "kirim sendiri: https://wa.me/6281350001234?text=Yth.%20Siti%20Aminah" in listing.stdout
    sent = admin_cli("messages", "send")
    assert sent.returncode == 1 and "belum diatur" in sent.stdout
    handed = admin_cli("messages", "hand", message_id(listing.stdout))
    assert handed.returncode == 0 and "https://wa.me/6281350001234" in handed.stdout
    assert "Diserahkan ke petugas" in admin_cli("messages", "list", "--status", "handed").stdout


def test_the_cron_sends_through_the_gateway_and_never_shows_the_token(admin_cli, returned_file):
    with gw.RecordingGateway() as gateway:
        assert admin_cli("settings", "set", "messages.gateway.url", gateway.url).returncode == 0
        stored = admin_cli("settings", "set", "messages.gateway.token", "-", stdin=TOKEN + "\n")
        assert stored.returncode == 0 and TOKEN not in stored.stdout and "****9876" in stored.stdout
        assert TOKEN not in admin_cli("settings", "get").stdout
        manual = message_id(admin_cli("messages", "list").stdout)
        assert admin_cli("messages", "retry", manual).returncode == 0  # queued before the gateway was set
        gateway.plan = [gw.SERVER_ERROR]
        first = admin_cli("messages", "send")
        assert first.returncode == 0 and "1 dicoba lagi nanti" in first.stdout
        shown = admin_cli("messages", "show", manual)
        assert (
            "#1" in shown.stdout
            and "gagal, dicoba lagi HTTP 500" in shown.stdout
            and "Menunggu dikirim" in shown.stdout
        )
        refused = admin_cli("messages", "retry", "bukan-nomor")
        assert refused.returncode == 1 and "bukan nomor pesan" in refused.stderr
    assert gateway.requests[0]["headers"]["authorization"] == TOKEN
    assert gateway.requests[0]["fields"]["target"] == "6281350001234"
