"""Messages to applicants in the app: the decline box at intake, the outbox screen (status, attempts, retry, send
now), the click-to-chat link where there is no gateway, and the app's background sender against a real loopback
gateway, which never holds up the counter's own database work."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from db.core.actor import Actor
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.models import Role
from desktop.context import ChangeBridge
from desktop.messages_ui import MessageScheduler
from desktop.screens.applications_screen import ApplicationsScreen
from desktop.screens.message_settings import MessageSettingsPage
from desktop.screens.messages_screen import MessagesModel, MessagesScreen
from tests import messages_gateway as gw
from tests.gui.test_intake_screen import WOMAN_NIK, choose_service, new_applicant
from tests.gui.test_intake_screen import screen as intake  # noqa: F401 - the intake screen fixture
from tests.lifecycle_helpers import sign

TOKEN = "wablas-token-rahasia-5555"


class UrlCatcher(QObject):
    """Stands in for the browser: QDesktopServices hands it every https link the app opens."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))


@pytest.fixture
def browser():
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("https", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("https")


def admin(services) -> Actor:
    return Actor("admin", services.device_id, role=Role.ADMINISTRATOR)


def returned_file(services, phone="0812-3456-7890", nik="6311015508900001"):
    officer = Actor("budi", services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    person = services.applicants.save_person(officer, PersonInput(nik, "Siti Aminah", phone=phone))
    entry, items = services.intake.checklist("DPM-007")
    marks = {i.position: Mark("tidak_ada") for i in items if i.markable}
    return services.intake.submit(officer, person.id, entry.revision_id, None, marks)


def test_the_applicant_who_declines_at_intake_gets_no_message(qtbot, intake, sqlite_services):  # noqa: F811
    new_applicant(qtbot, intake)
    assert intake.messaging.text() == "Pesan SMS/WhatsApp tentang berkas ini dikirim ke 0812-3456-7890."
    qtbot.mouseClick(intake.decline_messages, Qt.MouseButton.LeftButton)
    assert intake.decline_messages.isChecked() and "menolak pesan" in intake.messaging.text()
    choose_service(qtbot, intake)
    qtbot.keyClick(intake.table, Qt.Key.Key_3)  # the first item missing: the file goes back with a slip
    intake.mark_remaining()
    intake.submit()
    qtbot.waitUntil(lambda: "tercetak" in intake.banner.text(), timeout=10_000)
    assert intake.outcome.slip_number and sqlite_services.messages.list() == []
    intake.reset()
    assert not intake.decline_messages.isChecked() and intake.messaging.text() == ""
    intake.lookup.setText(WOMAN_NIK)  # the same applicant again, this time without declining
    intake.find_applicant()
    qtbot.waitUntil(lambda: intake.applicant is not None)
    assert "0812-3456-7890" in intake.messaging.text()
    choose_service(qtbot, intake)
    qtbot.keyClick(intake.table, Qt.Key.Key_3)  # the first item missing: the file goes back with a slip
    intake.mark_remaining()
    intake.submit()
    qtbot.waitUntil(lambda: len(sqlite_services.messages.list()) == 1, timeout=10_000)


def test_without_a_gateway_the_officer_sends_by_click_to_chat(qtbot, screen_context, sqlite_services, browser):
    returned_file(sqlite_services)
    screen = MessagesScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    qtbot.waitUntil(lambda: "Kirim lewat WhatsApp" in screen.detail.toHtml())
    assert screen.model.data(screen.model.index(0, 5)) == "Kirim manual"
    assert screen.buttons["by_hand"].isEnabled()
    screen.send_now()
    qtbot.waitUntil(lambda: "belum diatur" in screen.banner.text())
    qtbot.mouseClick(screen.buttons["by_hand"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(browser.urls))
    assert browser.urls[0].startswith("https://wa.me/6281234567890?text=Yth.%20Siti%20Aminah%2C%20berkas%20")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1 and screen.model.rows[0].status == "handed")
    assert not screen.buttons["by_hand"].isEnabled()
    assert sqlite_services.messages.list()[0].handed_by == "admin"


def test_the_applications_screen_offers_the_link_and_says_who_declined(qtbot, screen_context, sqlite_services, browser):
    outcome = _registered(sqlite_services)
    sign(sqlite_services, outcome.application_id, device=sqlite_services.device_id)
    screen = ApplicationsScreen(screen_context)
    qtbot.addWidget(screen)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: "SK ditandatangani: Kirim manual" in screen.detail.toPlainText())
    [message] = sqlite_services.messages.for_application(outcome.application_id)
    screen.detail.anchorClicked.emit(QUrl(f"loket-pesan:{message.id}"))
    qtbot.waitUntil(lambda: bool(browser.urls) and "tekan kirim" in screen.banner.text())
    assert browser.urls[0].startswith("https://wa.me/6281234567890?text=Yth.%20Siti%20Aminah%2C%20SK%20")
    qtbot.waitUntil(lambda: "Diserahkan ke petugas" in screen.detail.toPlainText())
    declined = _registered(sqlite_services, declined=True, nik="6311011203850002")
    screen.search()
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    row = next(i for i, info in enumerate(screen.model.rows) if info.id == declined.application_id)
    screen.table.selectRow(row)
    qtbot.waitUntil(lambda: "menolak SMS/WhatsApp" in screen.detail.toPlainText())


def _registered(services, declined=False, nik="6311015508900001"):
    officer = Actor("budi", services.device_id, role=Role.PETUGAS_LOKET, counter_number=1)
    person = services.applicants.save_person(officer, PersonInput(nik, "Siti Aminah", phone="0812-3456-7890"))
    entry, items = services.intake.checklist("DPM-051")
    marks = {i.position: Mark("ada_sesuai") for i in items if not i.heading}
    return services.intake.submit(officer, person.id, entry.revision_id, None, marks, messages_declined=declined)


def test_the_outbox_shows_attempts_and_retries_through_the_gateway(qtbot, screen_context, sqlite_services):
    with gw.RecordingGateway() as gateway:
        sqlite_services.settings.set_many(
            admin(sqlite_services), {"messages.gateway.url": gateway.url, "messages.gateway.token": TOKEN}
        )
        returned_file(sqlite_services)
        gateway.plan = [gw.UNAUTHORISED]
        screen = MessagesScreen(screen_context)
        qtbot.addWidget(screen)
        qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
        screen.send_now()
        qtbot.waitUntil(lambda: "1 gagal" in screen.banner.text())
        qtbot.waitUntil(lambda: bool(screen.model.rows) and screen.model.rows[0].status == "failed")
        qtbot.waitUntil(lambda: "ditolak gateway HTTP 401" in screen.detail.toPlainText())
        assert TOKEN not in screen.detail.toPlainText()
        assert screen.buttons["retry"].isEnabled()
        screen.retry()
        qtbot.waitUntil(lambda: "diantrekan lagi" in screen.banner.text())
        screen.send_now()
        qtbot.waitUntil(lambda: "1 terkirim" in screen.banner.text())
        qtbot.waitUntil(lambda: bool(screen.model.rows) and screen.model.rows[0].status == "sent")
        assert list(gateway.delivered.values()) == [1]


def test_the_model_passes_the_model_tester(qtmodeltester, sqlite_services):
    returned_file(sqlite_services)
    model = MessagesModel()
    model.set_rows(sqlite_services.messages.list())
    qtmodeltester.check(model)
    assert model.data(model.index(0, 6)) == "0"


def test_the_app_sends_in_the_background_and_the_counter_never_waits(qtbot, screen_context, sqlite_services):
    """A signed SK's message reaches the gateway without anyone asking; while the gateway takes its time, the
    database worker keeps serving the counter."""
    with gw.RecordingGateway(delay=1.5) as gateway:
        sqlite_services.settings.set_many(
            admin(sqlite_services), {"messages.gateway.url": gateway.url, "messages.gateway.token": TOKEN}
        )
        bridge = ChangeBridge(sqlite_services)
        reports: list[str] = []
        scheduler = MessageScheduler(sqlite_services, screen_context.runner, bridge, reports.append)
        scheduler.start()
        outcome = _registered(sqlite_services)
        sign(sqlite_services, outcome.application_id, device=sqlite_services.device_id)  # the change notice
        qtbot.waitUntil(lambda: len(gateway.requests) == 1, timeout=10_000)
        started = time.monotonic()
        served: list[float] = []
        screen_context.runner.run(
            lambda: sqlite_services.queue.issue(admin(sqlite_services), "A"),
            lambda _ticket: served.append(time.monotonic() - started),
        )
        qtbot.waitUntil(lambda: bool(served), timeout=5_000)
        assert served[0] < 1.0  # the gateway is still answering (1.5 s): the counter's write went first
        qtbot.waitUntil(lambda: bool(reports) and "1 terkirim" in reports[-1], timeout=10_000)
        scheduler.stop()
        [message] = sqlite_services.messages.for_application(outcome.application_id)
        assert message.status == "sent" and gateway.requests[0]["headers"]["authorization"] == TOKEN


def test_the_settings_page_never_shows_the_token(qtbot, screen_context, sqlite_services):
    sqlite_services.settings.set(admin(sqlite_services), "messages.gateway.token", TOKEN)
    page = MessageSettingsPage(screen_context)
    qtbot.addWidget(page)
    token = page.fields["messages.gateway.token"]
    qtbot.waitUntil(lambda: "****5555" in token.placeholderText())
    assert token.text() == "" and TOKEN not in page.fields["messages.gateway.url"].text()
    page.fields["messages.gateway.url"].setText("https://api.fonnte.com/send")
    page.save()
    qtbot.waitUntil(lambda: "disimpan" in page.banner.text())
    assert sqlite_services.settings.get("messages.gateway.token") == TOKEN  # an empty field kept it
    token.setText("token-baru-sekali-7777")
    page.save()
    qtbot.waitUntil(lambda: "****7777" in token.placeholderText())
    assert token.text() == "" and sqlite_services.settings.get("messages.gateway.token") == "token-baru-sekali-7777"
    page.fields["messages.template.signed"].setPlainText("SK {nomor_sk}")
    page.save()
    qtbot.waitUntil(lambda: "tidak dikenal" in page.banner.text())
