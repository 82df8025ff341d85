"""One hall, three agencies (issue 19, part B): numbers unique in the hall, each agency's letters, its officers
calling only its queues, transfers within it, the displays' zones and the spoken call naming the agency."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from db.admin.demo_hall import set_up_three_agencies
from db.core.actor import Actor
from db.core.errors import DomainError, PermissionDenied
from db.models import Role
from db.queue.speech import SEGMENTS, announcement_segments, announcement_text
from db.queue.zones import compact_name
from db.services import open_services


@pytest.fixture
def clock_start():
    return datetime(2026, 11, 25, 1, 0, tzinfo=UTC)  # 09:00 WITA


@pytest.fixture
def clock_tick():
    return timedelta(seconds=1)


ADMIN = Actor("admin", "pc-1", role=Role.ADMINISTRATOR)
KIOSK = Actor("kiosk", "pc-1")


@pytest.fixture
def hall(database_url, clock):
    opened = open_services(database_url, device_id="pc-1", clock=clock)
    set_up_three_agencies(opened, ADMIN)
    yield opened
    opened.close()


def officer(hall, code: str, counter: int, name: str = "budi") -> Actor:
    agency = hall.agencies.get(code)
    return Actor(name, "pc-1", role=Role.PETUGAS_LOKET, counter_number=counter, agency_id=agency.id)


def test_each_agency_numbers_its_own_groups_and_no_number_repeats_in_the_hall(hall):
    issued = [hall.queue.issue(KIOSK, code) for code in ("A", "SA", "KA", "A", "SA", "B")]
    assert [t.label for t in issued] == ["A-001", "SA-001", "KA-001", "A-002", "SA-002", "B-001"]
    assert issued[1].agency_name == "Sekretariat Daerah Kabupaten Balangan"  # printed on the ticket, shown on the kiosk
    printed = hall.documents.ticket(issued[2].id)
    assert b"DPMPTSP Provinsi Kalimantan Utara" in printed.data
    setda = hall.agencies.get("SETDA-BLG")
    tickets = hall.queue_views.day_tickets(hall.queue.today())
    assert len({t["number"] for t in tickets}) == len(tickets)
    groups = {g.code: g for g in hall.queue_setup.groups()}
    assert (groups["SA"].agency_id, groups["SA"].agency_name) == (setda.id, setda.short_name)
    with hall.database.read() as session:
        from sqlalchemy import select

        from db.models.queue import Ticket

        owners = dict(session.execute(select(Ticket.label, Ticket.agency_id)).all())
    assert owners["SA-002"] == setda.id and owners["KA-001"] == hall.agencies.get("DPMPTSP-KALTARA").id


def test_letters_that_clash_are_refused_naming_the_agency_and_change_nothing(hall):
    setup = hall.queue_setup
    offered = [p.code for p in hall.agencies.catalog("SETDA-BLG")][:1]
    with pytest.raises(DomainError, match="Kode grup A sudah dipakai DPMPTSP Kabupaten Balangan"):
        setup.save_group(ADMIN, "A", "Setda lagi", offered, True, "SETDA-BLG")
    with pytest.raises(DomainError, match="harus diawali huruf S"):
        setup.save_group(ADMIN, "E", "Setda tanpa awalan", offered, True, "SETDA-BLG")
    with pytest.raises(DomainError, match="awalan nomor antrian Sekretariat Daerah Kabupaten Balangan"):
        setup.save_group(ADMIN, "SX", "DPMPTSP di huruf Setda", [], True, "DPMPTSP-BLG")
    with pytest.raises(DomainError, match="bentrok dengan awalan K milik DPMPTSP Provinsi Kalimantan Utara"):
        setup.set_prefix(ADMIN, "DPMPTSP-BLG", "K")
    with pytest.raises(DomainError, match="belum diawali D: A, B, C"):
        setup.set_prefix(ADMIN, "DPMPTSP-BLG", "D")
    with pytest.raises(DomainError, match="satu atau dua huruf"):
        setup.set_prefix(ADMIN, "SETDA-BLG", "S1")
    with pytest.raises(DomainError, match="DPM-007 milik DPMPTSP Kabupaten Balangan, bukan instansi grup ini"):
        setup.save_group(ADMIN, "SB", "Setda dengan layanan DPMPTSP", ["DPM-007"], True, "SETDA-BLG")
    with pytest.raises(DomainError, match="Grup SA milik Sekretariat Daerah Kabupaten Balangan"):
        setup.save_counter(ADMIN, 1, "Loket 1", ["A", "SA"], False, True, "DPMPTSP-BLG")
    with pytest.raises(DomainError, match="Ketik huruf|tiga huruf"):
        setup.save_group(ADMIN, "ABCD", "Terlalu panjang", [], True, "DPMPTSP-BLG")
    assert hall.agencies.get("DPMPTSP-BLG").queue_prefix == ""
    assert "SB" not in {g.code for g in setup.groups(include_inactive=True)}
    assert next(c for c in setup.counters() if c.number == 1).group_codes == ("A", "B")
    # a free prefix is taken, and the agency's groups follow it
    assert setup.set_prefix(ADMIN, "DPMPTSP-KALTARA", "") == ""
    assert setup.set_prefix(ADMIN, "DPMPTSP-KALTARA", "k") == "K"


def test_an_officer_calls_only_their_agency_s_queues(hall):
    for code in ("A", "SA", "KA"):
        hall.queue.issue(KIOSK, code)
    setda = officer(hall, "SETDA-BLG", 4, "sari")
    assert hall.queue.call_next(setda, 4).label == "SA-001"
    hall.queue.finish(setda, 4)
    with pytest.raises(PermissionDenied, match="milik instansi lain"):
        hall.queue.call_next(setda, 1)  # the DPMPTSP's counter
    with pytest.raises(PermissionDenied, match="milik instansi lain"):
        hall.queue.call_ticket(setda, 4, "KA-001")
    dpmptsp = officer(hall, "DPMPTSP-BLG", 1)
    with pytest.raises(PermissionDenied):
        hall.queue.call_ticket(dpmptsp, 1, "SA-001")
    hall_staff = Actor("cs-mpp", "pc-1", role=Role.CUSTOMER_SERVICE)
    with pytest.raises(DomainError, match="KA-001 milik DPMPTSP Provinsi Kalimantan Utara"):
        hall.queue.call_ticket(hall_staff, 1, "KA-001")  # the hall's staff may serve all, at that agency's counter
    assert hall.queue.call_ticket(hall_staff, 5, "KA-001").counter_number == 5
    assert hall.queue.call_next(dpmptsp, 1).label == "A-001"
    assert [t.label for t in hall.queue_views.counter_queue(4)] == []


def test_transfers_stay_in_the_agency_but_the_hall_s_desk_sends_on(hall):
    setup = hall.queue_setup
    setup.save_group(ADMIN, "I", "Informasi MPP", ["LYN-INFO"], True, "")
    setup.save_counter(ADMIN, 9, "Meja Informasi MPP", ["I"], False, True, "")
    hall.queue.issue(KIOSK, "A")
    dpmptsp = officer(hall, "DPMPTSP-BLG", 1)
    hall.queue.call_next(dpmptsp, 1)
    groups, counters = hall.queue_views.transfer_targets(1)
    assert [code for code, _name in groups] == ["A", "B", "C", "D", "I"] and counters == [2, 3, 9]
    with pytest.raises(DomainError, match="Grup SA milik Sekretariat Daerah .* hanya dapat dialihkan di dalam"):
        hall.queue.transfer(dpmptsp, 1, to_group="SA")
    with pytest.raises(DomainError, match="Loket 5 milik DPMPTSP Provinsi"):
        hall.queue.transfer(dpmptsp, 1, to_counter=5)
    assert hall.queue.transfer(dpmptsp, 1, to_group="C").group_code == "C"
    desk = Actor("cs-mpp", "pc-1", role=Role.CUSTOMER_SERVICE, counter_number=9)
    asked = hall.queue.issue(KIOSK, "I")
    assert hall.queue.call_next(desk, 9).label == asked.label
    assert len(hall.queue_views.transfer_targets(9)[0]) == 7  # the hall's desk sends on to every agency
    sent = hall.queue.transfer(desk, 9, to_group="SA")
    setda = officer(hall, "SETDA-BLG", 4, "sari")
    assert hall.queue.call_next(setda, 4).label == sent.label == "I-001"


def test_each_display_shows_its_zone_with_the_agency_beside_each_call(hall):
    for code in ("A", "SA", "KA"):
        hall.queue.issue(KIOSK, code)
    hall.queue.call_next(officer(hall, "DPMPTSP-BLG", 1), 1)
    hall.queue.call_next(officer(hall, "SETDA-BLG", 4, "sari"), 4)
    whole = hall.queue_views.hall_state()
    assert {(c.label, c.agency_name) for c in whole.recent_calls} == {
        ("A-001", "DPMPTSP Kabupaten Balangan"),
        ("SA-001", "Sekretariat Daerah Kabupaten Balangan"),
    }
    assert {tile.number for tile in whole.counters} == {1, 2, 3, 4, 5}
    setda = hall.queue_views.hall_state(agencies=["setda-blg"])
    assert [c.label for c in setda.recent_calls] == ["SA-001"]
    assert [tile.number for tile in setda.counters] == [4]
    assert [row[0] for row in setda.waiting_by_group] == ["SA"]
    assert setda.agencies == ("Sekretariat Daerah Kabupaten Balangan",)
    assert [c.label for c in hall.queue_views.calls_since(agencies=["DPMPTSP-BLG", "DPMPTSP-KALTARA"])] == ["A-001"]
    with pytest.raises(DomainError, match="tidak ada: DUKCAPIL.*DPMPTSP-BLG"):
        hall.queue_views.hall_state(agencies=["DUKCAPIL"])


def test_a_hall_of_one_agency_names_no_agency(services):
    services.queue.issue(KIOSK, "A")
    services.queue.call_next(Actor("budi", "pc-1", role=Role.PETUGAS_LOKET, counter_number=1), 1)
    (call,) = services.queue_views.hall_state().recent_calls
    assert call.agency_name == "" and services.queue.issue(KIOSK, "B").agency_name == ""


def test_the_spoken_call_names_the_counter_and_the_agency_sensibly():
    segments = announcement_segments("SA-001", 4, agency="Sekretariat Daerah Kabupaten Balangan")
    assert segments[-6:] == [
        "silakan_menuju_loket",
        "empat",
        "kata_sekretariat",
        "kata_daerah",
        "kata_kabupaten",
        "kata_balangan",
    ]
    assert set(segments) <= set(SEGMENTS)
    assert announcement_text("A-012", 1, agency="DPMPTSP Kab. Balangan") == (
        "Nomor antrian, A, nol, dua belas, silakan menuju loket, satu, de pe em pe te es pe kabupaten balangan"
    )
    # the words with no recording are left out of the sound, never spelled into nonsense
    assert announcement_text("K-001", 5, agency="Dinas Kelautan Tarakan") == (
        "Nomor antrian, K, nol, nol, satu, silakan menuju loket, lima, dinas"
    )
    assert announcement_segments("A-001", 2) == announcement_segments("A-001", 2, agency="")
    assert announcement_text("K-001", 5, agency="DPMPTSP Prov. Kaltara").endswith("provinsi kalimantan utara")
    assert compact_name("Sekretariat Daerah Kabupaten Balangan") == "Setda Kab. Balangan"


@pytest.mark.timeout(240)
def test_the_demo_plays_a_hall_of_three_agencies(sqlite_url):
    from datetime import date

    from sqlalchemy import func, select

    from db.admin import demo
    from db.models.intake import Application

    result = demo.fill_day(sqlite_url, date(2026, 11, 25), 60, 5, hall=True)
    assert set(result.by_agency) == {
        "DPMPTSP Kabupaten Balangan",
        "Sekretariat Daerah Kabupaten Balangan",
        "DPMPTSP Provinsi Kalimantan Utara",
    }
    assert sum(result.by_agency.values()) == result.tickets == 60
    services = open_services(sqlite_url, device_id="pc-1")
    with services.database.read() as session:
        files = dict(session.execute(select(Application.agency_id, func.count()).group_by(Application.agency_id)).all())
    services.close()
    assert len(files) == 3 and None not in files  # each agency registered its own files
