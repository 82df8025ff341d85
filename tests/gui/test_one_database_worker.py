"""The GUI side of the one-writer rule and of the change notices: a write from the io pool is a bug the runner
reports; the real printing paths (record -> print -> record) pass under the guard; notices reach the GUI thread."""

import json
from dataclasses import replace

import httpx
from sqlalchemy import func, select

from db.core import changes
from db.core.actor import Actor
from db.models import IssuedDocument, PrintJob, Role
from db.sync import client
from desktop.context import ChangeBridge
from desktop.kiosk import KioskWindow
from desktop.ops import Runner
from desktop.screens.complaints_screen import ComplaintsScreen
from desktop.screens.handover_screen import HandoverScreen
from desktop.sync_ui import SyncScheduler
from tests.db.test_decrees import WOMAN_NIK, finished_application
from tests.gui.conftest import make_clerk
from tests.lifecycle_helpers import sign, walk


def officer():
    return Actor("budi", "test-device", role=Role.PETUGAS_LOKET, counter_number=1)


def file_printer_and_archive(services, tmp_path):
    admin = Actor("admin", services.device_id, role=Role.ADMINISTRATOR)
    services.settings.set_many(
        admin,
        {
            "printer.thermal.kind": "file",
            "printer.thermal.target": str(tmp_path / "printer.bin"),
            "archive.dir": str(tmp_path / "arsip"),
        },
    )


def print_jobs(services) -> list[tuple[str, str, bool]]:
    with services.database.read() as session:
        return [tuple(row) for row in session.execute(select(PrintJob.kind, PrintJob.state, PrintJob.reprint))]


def test_a_write_from_the_io_pool_is_reported_as_a_bug_and_writes_nothing(qtbot, sqlite_services):
    bugs, done = [], []
    runner = Runner(on_bug=lambda error, details: bugs.append(error), on_refused=done.append)
    runner.guard_writes(sqlite_services.database)
    runner.run(lambda: sqlite_services.queue.issue(officer(), "A"), done.append, io=True)
    qtbot.waitUntil(lambda: bool(bugs), timeout=5000)
    assert type(bugs[0]).__name__ == "WrongThreadWrite" and "database worker" in str(bugs[0])
    runner.run(lambda: sqlite_services.queue.issue(officer(), "A"), done.append)  # the worker may write
    runner.run(  # an io job that must write hands the write to the worker and waits for it
        lambda: runner.on_database_worker(lambda: sqlite_services.queue.issue(officer(), "B")), done.append, io=True
    )
    qtbot.waitUntil(lambda: len(done) == 2, timeout=5000)
    runner.wait_idle()
    assert sorted(ticket.label for ticket in done) == ["A-001", "B-001"] and len(bugs) == 1


def test_notices_of_a_commit_on_the_worker_arrive_on_the_gui_thread(qtbot, sqlite_services, runner):
    hub = sqlite_services.database.changes
    before = len(hub._listeners)  # the services' own (the queue's settings cache)
    bridge = ChangeBridge(sqlite_services)
    with qtbot.waitSignal(bridge.changed, timeout=5000) as heard:
        runner.run(lambda: sqlite_services.queue.issue(officer(), "A"))
    assert changes.QUEUE in changes.topics(heard.args[0])
    bridge.deleteLater()
    qtbot.waitUntil(lambda: len(hub._listeners) == before, timeout=5000)  # the deleted bridge stopped listening


def test_handover_records_then_prints_then_records_the_print_under_the_guard(
    qtbot, screen_context, sqlite_services, admin_user, tmp_path
):
    file_printer_and_archive(sqlite_services, tmp_path)
    app = finished_application(sqlite_services, complete=False)
    sign(sqlite_services, app.id)
    walk(sqlite_services, app.id)  # the steps after the signature: ready for pickup
    desk = make_clerk(sqlite_services, admin_user, "sari", Role.CUSTOMER_SERVICE)  # who holds the handover step
    screen = HandoverScreen(replace(screen_context, user=desk))
    qtbot.addWidget(screen)
    screen.query.setText(app.registration_number)
    screen.find()
    qtbot.waitUntil(lambda: screen.results.count() == 1, timeout=5000)
    screen.nik.setText(WOMAN_NIK)
    screen.hand_over()
    qtbot.waitUntil(lambda: "SK diserahkan" in screen.banner.text(), timeout=10_000)
    qtbot.waitUntil(screen_context.runner.is_idle, timeout=5000)  # the list is found again: the message stays
    assert "SK diserahkan" in screen.banner.text() and "sudah diserahkan" in screen.results.item(0).text()
    assert "(tercetak)" in screen.banner.text()
    assert b"SER/" in (tmp_path / "printer.bin").read_bytes()
    assert ("handover", "printed", False) in print_jobs(sqlite_services)


def test_a_complaint_receipt_prints_and_reprints_as_a_counted_copy(qtbot, screen_context, sqlite_services, tmp_path):
    file_printer_and_archive(sqlite_services, tmp_path)
    screen = ComplaintsScreen(screen_context)
    qtbot.addWidget(screen)
    screen.anonymous.setChecked(True)
    screen.description.setPlainText("Antrian tidak dipanggil sesuai urutan.")
    screen.record()
    qtbot.waitUntil(lambda: "tanda terima tercetak" in screen.banner.text(), timeout=10_000)
    screen.banner.clear_message()
    screen.reprint_button.click()
    qtbot.waitUntil(lambda: "tanda terima tercetak" in screen.banner.text(), timeout=10_000)
    assert print_jobs(sqlite_services) == [("complaint", "printed", False), ("complaint", "printed", True)]
    with sqlite_services.database.read() as session:
        assert session.scalar(select(func.sum(IssuedDocument.copies_printed))) == 1
    assert b"SALINAN" in (tmp_path / "printer.bin").read_bytes()


def test_the_kiosk_issues_prints_and_records_under_the_guard(qtbot, sqlite_services, runner, tmp_path):
    file_printer_and_archive(sqlite_services, tmp_path)
    runner.guard_writes(sqlite_services.database)  # as the app runs it: from here on only the worker writes
    kiosk = KioskWindow(sqlite_services, runner)
    qtbot.addWidget(kiosk)
    qtbot.waitUntil(lambda: "A" in kiosk.group_buttons, timeout=5000)
    kiosk.group_buttons["A"].click()
    qtbot.waitUntil(lambda: kiosk.number.text() == "A-001", timeout=5000)
    qtbot.waitUntil(lambda: print_jobs(sqlite_services) == [("ticket", "printed", False)], timeout=5000)
    assert b"A-001" in (tmp_path / "printer.bin").read_bytes()


def test_a_sync_writes_its_cursors_between_http_calls_under_the_guard(
    qtbot, monkeypatch, screen_context, sqlite_services
):
    """The sync runs on the io pool and hands each of its short writes (an acknowledged batch, the pulled rows, the
    success) to the database worker between two requests."""
    client.token_path().parent.mkdir(parents=True, exist_ok=True)
    enrolment = {"server": "http://pusat", "token": "t", "name": "pc", "office": "1", "master": False}
    client.token_path().write_text(json.dumps(enrolment))

    def server(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/push":
            rows = json.loads(request.content)["rows"]
            acked = max((row["seq"] for row in rows), default=json.loads(request.content)["after_seq"])
            return httpx.Response(200, json={"acked_through": acked})
        return httpx.Response(200, json={"rows": [], "last": 0, "more": False})

    monkeypatch.setattr(
        client,
        "_http",
        lambda server_url, _ca, token=None: httpx.Client(transport=httpx.MockTransport(server), base_url=server_url),
    )
    reports = []
    scheduler = SyncScheduler(sqlite_services, screen_context.runner, reports.append)
    with qtbot.waitSignal(scheduler.synced, timeout=10_000):
        scheduler.run_now()
    assert reports[-1].startswith("Sinkronisasi selesai")
    assert client.status(sqlite_services.database, sqlite_services.device_id).pending == 0
