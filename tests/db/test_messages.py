"""Messages to applicants: queued with their cause in one transaction, sent through a real HTTP gateway on loopback
with retries and backoff, each attempt recorded, never twice (idempotency key, lease), declined at intake."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.intake.applicants import PersonInput
from db.intake.checklist import Mark
from db.messages import sender as sender_module
from db.messages.sender import Sender
from db.models import Role
from db.services import open_services
from tests import messages_gateway as gw
from tests.lifecycle_helpers import ROLE_USERS, as_role, sign, walk

NIK = "6311015508900001"
ADMIN = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
TOKEN = "fonnte-token-rahasia-1234"


@pytest.fixture
def clock_start() -> datetime:
    return datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # Monday 23 Nov 2026, 09:00 WITA


@pytest.fixture
def office(database_url, clock, tmp_path):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    opened.settings.set(ADMIN, "archive.dir", str(tmp_path / "arsip"))
    for role, (username, full_name) in ROLE_USERS.items():
        opened.accounts.add_user(ADMIN, username, full_name, role, "sandi-rahasia-1")
    yield opened
    opened.close()


@pytest.fixture
def gateway():
    with gw.RecordingGateway() as server:
        yield server


def use_gateway(office, server, **extra):
    office.settings.set_many(
        ADMIN,
        {"messages.gateway.url": server.url, "messages.gateway.token": TOKEN, "messages.gateway.timeout": "1", **extra},
    )


def applicant(office, phone="0812-3456-7890", agency_id=None):
    person = PersonInput(NIK, "Siti Aminah", address="Paringin", phone=phone)
    return office.applicants.save_person(as_role(Role.PETUGAS_LOKET), person, agency_id)


def submit(office, *, complete=True, declined=False, phone="0812-3456-7890", code="DPM-051", agency_id=None):
    person = applicant(office, phone, agency_id)
    entry, items = office.intake.checklist(code)
    marks = {item.position: Mark("ada_sesuai") for item in items if not item.heading}
    if not complete:
        first = next(item for item in items if item.markable)
        marks[first.position] = Mark("tidak_ada")
    return office.intake.submit(
        as_role(Role.PETUGAS_LOKET), person.id, entry.revision_id, None, marks, messages_declined=declined
    )


def signed_file(office, **kwargs):
    outcome = submit(office, **kwargs)
    sign(office, outcome.application_id)
    return outcome.application_id


def test_the_signed_sk_queues_one_indonesian_message_to_the_files_number(office, gateway):
    use_gateway(office, gateway)
    app_id = signed_file(office)
    [message] = office.messages.for_application(app_id)
    number = office.tracking.get(app_id).registration_number
    assert message.status == "queued" and message.recipient == "6281234567890"
    assert message.body.startswith("Yth. Siti Aminah, SK ") and number in message.body
    assert "siap diambil di DPMPTSP Kabupaten Balangan" in message.body and not message.body.endswith(" ")
    assert message.chat_link.startswith("https://wa.me/6281234567890?text=Yth.%20Siti%20Aminah")


def test_without_a_gateway_the_message_waits_for_the_officer_by_click_to_chat(office):
    app_id = signed_file(office)
    [message] = office.messages.for_application(app_id)
    assert message.status == "manual" and message.status_label == "Kirim manual"
    assert office.messages.send_due().configured is False  # the worker leaves it alone
    link = office.messages.hand_to_officer(as_role(Role.CUSTOMER_SERVICE), message.id)
    assert link == message.chat_link
    handed = office.messages.get(message.id)
    assert handed.status == "handed" and handed.handed_by == "sari"
    with pytest.raises(DomainError, match="tidak perlu dikirim manual"):
        office.messages.hand_to_officer(as_role(Role.CUSTOMER_SERVICE), message.id)


def test_a_returned_file_and_a_rejected_file_each_get_their_message(office, gateway):
    use_gateway(office, gateway)
    returned = submit(office, complete=False)
    [slip] = [m for m in office.messages.list() if m.event == "returned"]
    assert slip.file_number == returned.slip_number and returned.slip_number in slip.body
    assert "Yang perlu dilengkapi: a." in slip.body or "Yang perlu dilengkapi: 1." in slip.body
    outcome = submit(office)
    info = walk(office, outcome.application_id, stop_at="sign")
    rejection = office.lifecycle.reject(as_role(Role.KEPALA_DINAS), info.id, "Lokasi tidak sesuai tata ruang")
    [refusal] = office.messages.for_application(info.id)
    assert refusal.event == "rejected" and "Alasan: Lokasi tidak sesuai tata ruang" in refusal.body
    assert rejection.letter_number in refusal.body


def test_a_cause_rolled_back_queues_nothing(office, gateway, monkeypatch):
    use_gateway(office, gateway)
    outcome = submit(office)
    walk(office, outcome.application_id, stop_at="sign")
    import db.decrees.service as decrees

    def fail(*_args, **_kwargs):
        raise RuntimeError("disk penuh tepat sebelum commit")

    monkeypatch.setattr(decrees.audit, "record", fail)  # recorded after the message, in the same transaction
    with pytest.raises(RuntimeError):
        office.decrees.issue(as_role(Role.KEPALA_DINAS), outcome.application_id)
    monkeypatch.undo()
    assert office.messages.list() == []
    assert office.tracking.get(outcome.application_id).status == "in_progress"
    office.decrees.issue(as_role(Role.KEPALA_DINAS), outcome.application_id)  # signed for real: one message
    assert len(office.messages.list()) == 1


def test_an_applicant_who_declined_at_intake_gets_nothing(office, gateway):
    use_gateway(office, gateway)
    submit(office, complete=False, declined=True)
    app_id = signed_file(office, declined=True)
    assert office.messages.list() == [] and office.messages.declined(app_id)
    assert not office.messages.declined(signed_file(office))


@pytest.mark.parametrize(
    ("phone", "reason"),
    [("", "tidak mencantumkan nomor HP"), ("(0526) 2028114", "bukan nomor HP")],
)
def test_no_mobile_number_is_recorded_as_not_sent_with_the_reason(office, gateway, phone, reason):
    use_gateway(office, gateway)
    [message] = office.messages.for_application(signed_file(office, phone=phone))
    assert message.status == "skipped" and reason in message.last_error and message.recipient is None
    office.messages.send_due()
    assert gateway.requests == []


def test_http_500_is_retried_with_backoff_and_the_applicant_gets_one_message(office, gateway, clock):
    use_gateway(office, gateway)
    [message] = office.messages.for_application(signed_file(office))
    gateway.plan = [gw.SERVER_ERROR, gw.SERVER_ERROR, gw.TAKEN]
    assert office.messages.send_due().retry == 1
    assert office.messages.send_due().retry == 0 and len(gateway.requests) == 1  # not before its backoff
    clock.now += timedelta(minutes=1)
    assert office.messages.send_due().retry == 1
    clock.now += timedelta(minutes=1)
    assert office.messages.send_due().sent == 0  # the second wait is two minutes
    clock.now += timedelta(minutes=1)
    assert office.messages.send_due().sent == 1
    sent = office.messages.get(message.id)
    assert sent.status == "sent" and sent.attempts == 3
    attempts = office.messages.attempts(message.id)
    assert [(a.outcome, a.http_status) for a in attempts] == [("retry", 500), ("retry", 500), ("sent", 200)]
    assert gateway.delivered == {f"sk:{_decree_id(office, message)}": 1}
    request = gateway.requests[-1]
    assert request["method"] == "POST" and request["headers"]["authorization"] == TOKEN
    assert request["fields"] == {"target": "6281234567890", "message": message.body}
    assert {r["headers"]["idempotency-key"] for r in gateway.requests} == {message_key(office, message)}
    office.messages.send_due()
    assert len(gateway.requests) == 3  # sent: never again


def message_key(office, message) -> str:
    return f"sk:{_decree_id(office, message)}"


def _decree_id(office, message):
    return office.decrees.for_application(message.application_id).id


def test_a_timeout_from_a_gateway_without_keys_is_never_resent_by_itself(office, gateway, clock):
    use_gateway(office, gateway)
    [message] = office.messages.for_application(signed_file(office))
    gateway.plan = [gw.TOO_LATE]
    assert office.messages.send_due().uncertain == 1
    checked = office.messages.get(message.id)
    assert checked.status == "uncertain" and "tidak menjawab dalam 1 detik" in checked.last_error
    clock.now += timedelta(hours=3)
    office.messages.send_due()
    assert len(gateway.requests) == 1 and sum(gateway.delivered.values()) == 1
    office.messages.retry(ADMIN, message.id)  # the officer checked: the applicant has nothing
    assert office.messages.send_due().sent == 1


@pytest.mark.parametrize("failure", [gw.TOO_LATE, gw.DROPPED])
def test_an_idempotent_gateway_gets_the_same_key_again_and_delivers_once(office, clock, failure):
    with gw.RecordingGateway(idempotent=True) as gateway:
        use_gateway(office, gateway, **{"messages.gateway.idempotent": "ya"})
        [message] = office.messages.for_application(signed_file(office))
        gateway.plan = [failure]
        assert office.messages.send_due().retry == 1
        clock.now += timedelta(minutes=1)
        assert office.messages.send_due().sent == 1
        keys = [r["headers"]["idempotency-key"] for r in gateway.requests]
        assert keys == [message_key(office, message)] * 2
        assert list(gateway.delivered.values()) == [1]
        outcomes = [a.outcome for a in office.messages.attempts(message.id)]
        assert outcomes == ["uncertain", "sent"]


def test_a_dropped_connection_is_uncertain_and_a_refused_one_is_retried(office, gateway, clock):
    use_gateway(office, gateway)
    [message] = office.messages.for_application(signed_file(office))
    gateway.plan = [gw.DROPPED]
    assert office.messages.send_due().uncertain == 1
    assert "terputus" in office.messages.get(message.id).last_error
    closed = gw.RecordingGateway()  # bound, then closed: nothing listens on its port
    closed.server.server_close()
    office.settings.set(ADMIN, "messages.gateway.url", closed.url)
    office.messages.retry(ADMIN, message.id)
    assert office.messages.send_due().retry == 1
    assert "tidak dapat dihubungi" in office.messages.get(message.id).last_error


def test_a_refusal_fails_for_good_and_the_token_never_shows(office, gateway):
    use_gateway(office, gateway)
    [message] = office.messages.for_application(signed_file(office))
    gateway.plan = [gw.UNAUTHORISED]
    assert office.messages.send_due().failed == 1
    failed = office.messages.get(message.id)
    assert failed.status == "failed" and "HTTP 401" in failed.last_error
    assert TOKEN not in failed.last_error and "****" in failed.last_error
    assert all(TOKEN not in a.detail for a in office.messages.attempts(message.id))
    shown = next(item for item in office.settings.all() if item.key == "messages.gateway.token")
    assert shown.display() == "<rahasia: ****1234>"
    assert all(TOKEN not in str(entry) for entry in office.audit.recent())


def test_attempts_stop_at_the_limit(office, gateway, clock):
    use_gateway(office, gateway, **{"messages.max_attempts": "2"})
    [message] = office.messages.for_application(signed_file(office))
    gateway.plan = [gw.NOT_TAKEN, gw.NOT_TAKEN, gw.TAKEN]
    office.messages.send_due()
    clock.now += timedelta(hours=1)
    assert office.messages.send_due().failed == 1
    failed = office.messages.get(message.id)
    assert failed.status == "failed" and "device disconnected" in failed.last_error and failed.attempts == 2
    clock.now += timedelta(hours=1)
    office.messages.send_due()
    assert len(gateway.requests) == 2


def test_two_workers_at_once_send_each_message_exactly_once(office):
    with gw.RecordingGateway(delay=0.02) as gateway:
        use_gateway(office, gateway)
        for index in range(6):
            submit(office, complete=False, phone=f"0812-3456-78{index:02d}")
        assert len(office.messages.list()) == 6
        summaries, errors = [], []

        def work():
            try:
                summaries.append(office.messages.send_due())
            except Exception as error:  # noqa: BLE001 - reported by the assertion below
                errors.append(error)

        workers = [threading.Thread(target=work) for _ in range(2)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        assert errors == []
        assert sum(summary.sent for summary in summaries) == 6
        assert len(gateway.requests) == 6 and set(gateway.delivered.values()) == {1}
        assert {m.status for m in office.messages.list()} == {"sent"}


def test_a_worker_that_vanished_mid_send_is_noticed_when_its_lease_runs_out(office, gateway, clock, monkeypatch):
    use_gateway(office, gateway)
    [message] = office.messages.for_application(signed_file(office))
    crashed = Sender(office.database, office.settings, "pc-2", clock)
    assert crashed._claim(timedelta(seconds=32)) is not None  # took it, then the PC went off before sending
    office.messages.send_due()
    assert gateway.requests == [] and office.messages.get(message.id).status == "sending"
    clock.now += timedelta(seconds=33)
    office.messages.send_due()
    lost = office.messages.get(message.id)
    assert lost.status == "uncertain" and gateway.requests == []
    assert [a.outcome for a in office.messages.attempts(message.id)] == ["lost"]


def test_json_and_get_gateways_take_their_own_shape(office, gateway):
    use_gateway(
        office,
        gateway,
        **{
            "messages.gateway.format": "json",
            "messages.gateway.fields": "phone={nomor}&message={pesan}&ref={kunci}",
            "messages.gateway.auth_header": "Authorization: Bearer {token}",
        },
    )
    [message] = office.messages.for_application(signed_file(office))
    office.messages.send_due()
    request = gateway.requests[-1]
    assert request["fields"] == {"phone": "6281234567890", "message": message.body, "ref": message_key(office, message)}
    assert request["headers"]["authorization"] == f"Bearer {TOKEN}"
    office.settings.set_many(
        ADMIN, {"messages.gateway.format": "query", "messages.gateway.fields": "to={nomor}&text={pesan}&key={token}"}
    )
    assert not [m for m in office.messages.list() if m.status == "queued"]  # sent stays sent, settings or not
    submit(office, complete=False)
    office.messages.send_due()
    [slip] = [m for m in office.messages.list() if m.event == "returned"]
    assert gateway.requests[-1]["method"] == "GET"
    assert gateway.requests[-1]["query"] == {"to": "6281234567890", "text": slip.body, "key": TOKEN}


@pytest.mark.parametrize(
    ("key", "value", "complaint"),
    [
        ("messages.gateway.url", "api.fonnte.com/send", "alamat lengkap"),
        ("messages.gateway.fields", "target={nomor}", "{nomor} dan {pesan}"),
        ("messages.gateway.fields", "target={nomor}&message={isi}", "{isi} tidak dikenal"),
        ("messages.gateway.auth_header", "Bearer {token}", "Nama-Header"),
        ("messages.template.signed", "SK {nama} {nomor_sk}", "{nomor_sk} tidak dikenal"),
        ("messages.template.returned", "Berkas {nama", "kurung kurawal"),
        ("messages.gateway.timeout", "0", "1 sampai 120"),
    ],
)
def test_bad_gateway_settings_are_refused_with_the_reason(office, key, value, complaint):
    with pytest.raises(DomainError, match=complaint.replace("{", r"\{").replace("}", r"\}")):
        office.settings.set(ADMIN, key, value)


def test_an_office_template_is_used_and_a_disabled_office_queues_nothing(office, gateway):
    use_gateway(office, gateway)
    office.settings.set(ADMIN, "messages.template.signed", "SK {layanan} siap, {nama}. {tautan}")
    [message] = office.messages.for_application(signed_file(office))
    assert message.body.startswith("SK ") and message.body.endswith(", Siti Aminah.")  # no public page: no link
    office.settings.set(ADMIN, "public.base_url", "https://antrian.balangankab.go.id")
    app_id = signed_file(office)
    [linked] = office.messages.for_application(app_id)
    assert linked.body.endswith(f"Siti Aminah. {office.page_links.file_url(app_id)}")
    assert "https://antrian.balangankab.go.id/berkas/" in linked.body
    office.settings.set(ADMIN, "messages.enabled", "tidak")
    assert office.messages.for_application(signed_file(office)) == []


def test_backoff_doubles_up_to_an_hour():
    waits = [sender_module.backoff(n) for n in (1, 2, 3, 7, 12)]
    assert waits == [timedelta(minutes=m) for m in (1, 2, 4, 60, 60)]


def test_a_file_of_another_agency_names_its_office_and_stays_with_its_officers(office, gateway):
    """Issue 19: the message names the file's agency; an agency's officer sees and retries only their own."""
    use_gateway(office, gateway)
    setda = office.agencies.add_shipped(ADMIN, "SETDA-BLG")
    own = office.agencies.get("DPMPTSP-BLG")
    submit(office, complete=False, agency_id=own.id)  # Izin Reklame: the DPMPTSP's file
    submit(office, complete=False, code="SETDA-EKO-01", agency_id=setda.id)  # a bureau of the Setda
    bodies = [m.body for m in office.messages.list()]
    assert sum(f"datang kembali ke {setda.short_name}." in body for body in bodies) == 1
    assert sum(f"datang kembali ke {own.short_name}." in body for body in bodies) == 1
    officer = Actor("sari", "pc-1", role=Role.CUSTOMER_SERVICE, agency_id=setda.id)
    [mine] = office.messages.list(actor=officer)
    assert setda.short_name in mine.body and len(office.messages.list(actor=ADMIN)) == 2
    other = next(m for m in office.messages.list() if m.id != mine.id)
    gateway.plan = [gw.UNAUTHORISED, gw.UNAUTHORISED]
    office.messages.send_due()
    with pytest.raises(PermissionDenied):
        office.messages.retry(officer, other.id)
    assert office.messages.retry(officer, mine.id).status == "queued"
