"""Realistic demo data: one office day played through the real services with an injected clock.

`fill_day(url, day, tickets, seed)` opens the services with a clock it advances through the day (08:00-16:00 office
time, arrivals heaviest mid-morning), and drives them as the hall would: the kiosk issues tickets, counters call,
start, finish, mark no-shows (some come back and are called again by number) and transfer; files are checked at the
counter (some returned for missing or invalid items, the others registered) and some applications move on through
their SOP steps, each recorded by the demo account holding the step's role: drafted, initialled, signed (the SK
with its QR), handed over (some to a proxy) and archived, some refused with a surat penolakan. The same seed on the
same day gives the same figures (random.Random(seed); event order is deterministic), though not the same UUIDs.

What the demo owns: every record made under a username starting with "demo-" (tickets by issued_by, file checks by
checked_by, applications by registered_by, user accounts by username). A database holds real records when it has any
ticket, file check, application or user account that is not the demo's. `fill_day` refuses such a database, and a
day the demo already filled (the figures would add up), unless `force=True`.

The lifecycle (signing, handover, archiving, rejection) is played here through the lifecycle services.

`hall=True` plays a Mal Pelayanan Publik day instead: the regency's DPMPTSP, its Sekretariat Daerah and the
provincial DPMPTSP of Kalimantan Utara share the hall (db/admin/demo_hall.py lays it out): one kiosk issues every
agency's numbers, each agency's officers call only its queues at its counters, and files are checked and decrees
signed for each agency.
"""

from __future__ import annotations

import heapq
import itertools
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from db.admin.demo_hall import set_up_three_agencies
from db.core.actor import Actor
from db.core.errors import DomainError
from db.intake.applicants import PersonInput
from db.intake.checklist import ADA_SESUAI, TIDAK_ADA, TIDAK_BERLAKU, TIDAK_SESUAI, Mark, PaymentSlip
from db.models.accounts import Role, User
from db.models.intake import Application, FileCheck
from db.models.queue import Ticket
from db.queue.policy import PRIORITY_CATEGORIES
from db.services import Services, open_services

PREFIX = "demo-"
DEVICE = "demo"
PASSWORD = "demo-loket-1"
OPEN, LAST_ARRIVAL, LAST_CALL, CLOSE = time(7, 55), time(16, 0), time(16, 30), time(16, 45)
HOUR_WEIGHTS = {8: 0.7, 9: 1.5, 10: 2.0, 11: 1.6, 12: 0.6, 13: 1.0, 14: 1.0, 15: 0.6}
GROUP_WEIGHTS = {"A": 0.45, "B": 0.30, "C": 0.18, "D": 0.07, "SA": 0.20, "KA": 0.12}  # SA, KA: a hall's day
INTAKE_GROUPS = ("A", "B", "SA", "KA")  # the groups whose visitors bring a file to check
SERVICE_MINUTES = {"A": (5, 20, 9), "B": (4, 15, 7), "C": (3, 10, 5), "D": (3, 6, 4)}  # triangular low, high, mode
OFFICERS = ["Budi Santoso", "Siti Rahmah", "Rahmat Hidayat", "Nur Aisyah", "Ahmad Fauzi", "Dewi Lestari"]
FIRST = ["Ahmad", "Siti", "Muhammad", "Nur", "Rizky", "Dewi", "Hendra", "Rina", "Fajar", "Yuliana", "Andi", "Halimah"]
LAST = ["Hidayat", "Rahmawati", "Saputra", "Lestari", "Pratama", "Wulandari", "Syahrani", "Fitriani", "Ramadhan"]
REJECTIONS = [
    "Rekomendasi SKPD Teknis menyatakan lokasi tidak sesuai tata ruang",
    "Hasil evaluasi: data usaha pada OSS tidak sesuai dengan dokumen",
    "Persyaratan teknis tidak terpenuhi menurut hasil peninjauan lapangan",
]
STAFF = {
    Role.BACK_OFFICE: ("back-office", "Rina Marlina"),
    Role.KASI: ("kasi", "Hendra Gunawan, S.T."),
    Role.KABID: ("kabid", "Yuliana Sari, S.E."),
    Role.KEPALA_DINAS: ("kepala-dinas", "Dr. H. Ahmad Rizani, M.Si."),
    Role.CUSTOMER_SERVICE: ("customer-service", "Dewi Anggraini"),
}
REASONS = ["fotokopi tidak terbaca", "masa berlaku habis", "belum ditandatangani", "nama tidak sesuai KTP"]
OFTEN_MISSING = ("npwp", "surat", "denah", "foto", "rekomendasi", "sertifikat")


class DemoClock:
    """The services' clock: the demo sets it before each action."""

    def __init__(self, start: datetime):
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@dataclass
class DemoResult:
    day: date
    tickets: int = 0
    served: int = 0
    no_show: int = 0
    transferred: int = 0
    unserved: int = 0
    checks: int = 0
    returned: int = 0
    registered: int = 0
    steps: int = 0
    signed: int = 0
    rejected: int = 0
    handed_over: int = 0
    archived: int = 0
    users: list[str] = field(default_factory=list)
    by_agency: dict[str, int] = field(default_factory=dict)  # tickets per agency (short name), a hall's day


def real_records(services: Services, day: date) -> list[str]:
    """Why the demo must not write here (Indonesian), or [] when the database holds only demo records."""
    not_demo = [
        (Ticket, Ticket.issued_by, "tiket"),
        (FileCheck, FileCheck.checked_by, "pemeriksaan berkas"),
        (Application, Application.registered_by, "permohonan"),
        (User, User.username, "akun pengguna"),
    ]
    reasons = []
    with services.database.read() as session:
        for model, column, label in not_demo:
            count = session.scalar(select(func.count(model.id)).where(~column.startswith(PREFIX)))
            if count:
                reasons.append(f"{count} {label} bukan buatan demo")
        filled = session.scalar(select(func.count(Ticket.id)).where(Ticket.day == day))
        if filled and not reasons:
            reasons.append(f"tanggal {day.isoformat()} sudah berisi {filled} tiket demo")
    return reasons


class _Day:
    """One simulated day: an event queue in seconds after 00:00 local time, processed in (time, sequence) order."""

    def __init__(self, services: Services, clock: DemoClock, day: date, rng: random.Random, zone: ZoneInfo):
        self.services, self.clock, self.day, self.rng, self.zone = services, clock, day, rng, zone
        self.events: list[tuple[float, int, str, tuple]] = []
        self.sequence = itertools.count()
        self.result = DemoResult(day)
        self.groups = {g.code: g for g in services.queue_setup.groups()}
        self.counters = [c for c in services.queue_setup.counters() if c.active]
        if not self.counters:
            raise DomainError("Tidak ada loket aktif untuk demo.")
        self.officers = {
            c.number: Actor(
                f"{PREFIX}petugas{c.number}",
                DEVICE,
                full_name=OFFICERS[(c.number - 1) % len(OFFICERS)],
                role=Role.PETUGAS_LOKET,
                counter_number=c.number,
                agency_id=c.agency_id,  # an agency's officer works at its counters, calling only its queues
            )
            for c in self.counters
        }
        self.kiosk = Actor(f"{PREFIX}anjungan", DEVICE, role=Role.CUSTOMER_SERVICE)
        self.staff = {
            role: Actor(f"{PREFIX}{name}", DEVICE, full_name=full_name, role=role)
            for role, (name, full_name) in STAFF.items()
        }
        self.idle: set[int] = set()
        self.returning: list[tuple[float, str, str]] = []  # (from when, label, group)
        self.serving: dict[int, dict] = {}
        self.file_agency: dict = {}  # application id -> its agency (the afternoon's files)

    # -- time ------------------------------------------------------------------------------------------------------
    def seconds(self, at: time) -> float:
        return at.hour * 3600 + at.minute * 60

    def set_clock(self, seconds: float) -> None:
        local = datetime.combine(self.day, time(0), self.zone) + timedelta(seconds=round(seconds, 3))
        self.clock.now = local.astimezone(UTC)

    def push(self, seconds: float, kind: str, *data) -> None:
        heapq.heappush(self.events, (round(seconds, 3), next(self.sequence), kind, data))

    # -- the day ---------------------------------------------------------------------------------------------------
    def run(self, tickets: int) -> DemoResult:
        self.push(self.seconds(OPEN), "open")
        hours, weights = list(HOUR_WEIGHTS), list(HOUR_WEIGHTS.values())
        for _ in range(tickets):
            hour = self.rng.choices(hours, weights)[0]
            self.push(hour * 3600 + self.rng.uniform(0, 3599), "arrive")
        for counter in self.counters:
            self.push(self.seconds(time(8, 0)) + self.rng.uniform(0, 300), "ready", counter.number)
        while self.events:
            seconds, _seq, kind, data = heapq.heappop(self.events)
            self.set_clock(seconds)
            getattr(self, f"on_{kind}")(seconds, *data)
        self.set_clock(self.seconds(CLOSE))
        supervisor = Actor(f"{PREFIX}setup", DEVICE, role=Role.ADMINISTRATOR)  # closing the day is a supervisor's
        self.result.unserved = self.services.queue_days.close_day(supervisor).closed_leftovers
        return self.result

    def on_open(self, _seconds: float) -> None:
        self.services.queue_days.open_day(self.officers[self.counters[0].number])

    def on_arrive(self, seconds: float) -> None:
        codes = [code for code in GROUP_WEIGHTS if code in self.groups]
        group = self.rng.choices(codes, [GROUP_WEIGHTS[c] for c in codes])[0]
        services = self.groups[group].service_codes
        # A few services make most of the traffic, as at a real counter: weight 1, 1/2, 1/3, ... in catalog order.
        service = self.rng.choices(services, [1 / (n + 1) for n in range(len(services))])[0] if services else None
        priority = self.rng.choice(sorted(PRIORITY_CATEGORIES)) if self.rng.random() < 0.07 else None
        self.services.queue.issue(self.kiosk, group, service, priority)
        self.result.tickets += 1
        owner = self.groups[group].agency_name
        if owner:
            self.result.by_agency[owner] = self.result.by_agency.get(owner, 0) + 1
        self.wake(seconds, group)

    def wake(self, seconds: float, group: str) -> None:
        for counter in self.counters:
            if counter.number in self.idle and group in counter.group_codes:
                self.idle.discard(counter.number)
                self.push(seconds + self.rng.uniform(20, 60), "ready", counter.number)

    def on_ready(self, seconds: float, number: int) -> None:
        if seconds > self.seconds(LAST_CALL):
            return
        officer = self.officers[number]
        counter = next(c for c in self.counters if c.number == number)
        back = next((r for r in self.returning if r[0] <= seconds and r[2] in counter.group_codes), None)
        if back is not None:
            self.returning.remove(back)
            ticket = self.services.queue.call_ticket(officer, number, back[1])
        else:
            ticket = self.services.queue.call_next(officer, number)
        if ticket is None:
            self.idle.add(number)
            return
        chance = self.rng.random()
        if chance < 0.06 and back is None:
            self.push(seconds + self.rng.uniform(60, 180), "no_show", number, ticket.label, ticket.group_code)
        elif chance < 0.10 and ticket.group_code in ("A", "B") and "C" in self.groups:
            self.push(seconds + self.rng.uniform(120, 300), "transfer", number)
        else:
            low, high, mode = SERVICE_MINUTES.get(ticket.group_code, (3, 20, 8))
            start = seconds + self.rng.uniform(20, 90)
            end = start + self.rng.triangular(low, high, mode) * 60
            self.push(start, "start", number)
            if ticket.service_code and ticket.group_code in INTAKE_GROUPS and self.rng.random() < 0.8:
                self.push(end - 30, "check", number, ticket.id, ticket.service_code)
            self.push(end, "finish", number)

    def on_start(self, _seconds: float, number: int) -> None:
        self.services.queue.start_serving(self.officers[number], number)

    def on_finish(self, seconds: float, number: int) -> None:
        self.services.queue.finish(self.officers[number], number)
        self.result.served += 1
        self.push(seconds + self.rng.uniform(30, 120), "ready", number)

    def on_no_show(self, seconds: float, number: int, label: str, group: str) -> None:
        self.services.queue.no_show(self.officers[number], number)
        self.result.no_show += 1
        if self.rng.random() < 0.4:
            self.returning.append((seconds + self.rng.uniform(600, 1800), label, group))
        self.push(seconds + 30, "ready", number)

    def on_transfer(self, seconds: float, number: int) -> None:
        self.services.queue.transfer(self.officers[number], number, to_group="C")
        self.result.transferred += 1
        self.wake(seconds, "C")
        self.push(seconds + 30, "ready", number)

    def on_check(self, _seconds: float, number: int, ticket_id, service_code: str) -> None:
        officer = self.officers[number]
        entry = self.services.catalog.get(service_code)
        if not entry.active:
            return
        service = entry.service
        variant = service.variants[0].name if service.variants else None
        _entry, items = self.services.intake.checklist(service_code, variant)
        person = self.services.applicants.save_person(officer, self.person())
        outcome = self.services.intake.submit(
            officer, person.id, entry.revision_id, variant, self.marks(items), ticket_id=ticket_id
        )
        self.result.checks += 1
        if outcome.complete:
            self.result.registered += 1
        else:
            self.result.returned += 1

    # -- made-up applicants and marks ------------------------------------------------------------------------------
    def person(self) -> PersonInput:
        rng = self.rng
        woman = rng.random() < 0.5
        born = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
        birth_day = born.day + (40 if woman else 0)
        nik = (
            f"6311{rng.randint(1, 8):02d}{birth_day:02d}{born.month:02d}{born.year % 100:02d}{rng.randint(1, 9999):04d}"
        )
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        return PersonInput(nik, name, "Paringin", born, "Jl. Ahmad Yani, Paringin", "", "")

    def marks(self, items) -> dict[int, Mark]:
        rng = self.rng
        checkable = [item for item in items if item.markable]  # a condition checked later is not marked here
        marks = {
            item.position: Mark(TIDAK_BERLAKU if not item.mandatory and rng.random() < 0.5 else ADA_SESUAI)
            for item in checkable
        }
        for item in checkable:
            if item.evidence and marks[item.position].status == ADA_SESUAI:  # a payment slip carries its details
                slip = PaymentSlip(f"BS-{rng.randint(1, 99999):05d}", rng.randint(1, 50) * 10_000, self.day)
                marks[item.position] = Mark(ADA_SESUAI, payment=slip)
        mandatory = [item for item in checkable if item.mandatory]
        if mandatory and rng.random() < 0.3:
            weights = [4 if any(word in item.text.lower() for word in OFTEN_MISSING) else 1 for item in mandatory]
            for item in {rng.choices(mandatory, weights)[0] for _ in range(rng.choice((1, 1, 2)))}:
                if rng.random() < 0.65:
                    marks[item.position] = Mark(TIDAK_ADA)
                else:
                    marks[item.position] = Mark(TIDAK_SESUAI, rng.choice(REASONS))
        return marks

    # -- the afternoon: applications move on, each step by the demo account holding its role ---------------------
    def advance_applications(self) -> None:
        """Back Office drafts, Kasi and Kabid initial, the Kepala Dinas signs, customer service hands over, the Back
        Office archives; some files are refused with a letter, some stop half-way (tomorrow's work, and late)."""
        self.set_clock(self.seconds(time(14, 0)))
        with self.services.database.read() as session:
            rows = session.execute(
                select(Application.id, Application.agency_id)
                .where(Application.status == "in_progress", Application.registered_by.startswith(PREFIX))
                .order_by(Application.registration_number)
            ).all()
        self.file_agency = dict(rows)  # a front-office step of a file is done by an officer of its agency
        for app_id, _agency in rows:
            # Each file's afternoon starts on its own, so the day's steps stay within office hours.
            self.set_clock(self.seconds(time(13, 0)) + self.rng.uniform(0, 7200))
            draw = self.rng.random()
            if draw < 0.10:
                self.reject(app_id)
            elif draw < 0.65:
                self.walk(app_id, to_the_end=True)
            elif draw < 0.90:
                self.walk(app_id, steps=self.rng.randint(1, 3))

    def tick(self, low: float, high: float) -> None:
        self.clock.now += timedelta(minutes=self.rng.uniform(low, high))

    def holder(self, info) -> Actor:
        role = sorted(info.waiting_roles)[0]
        agency = self.file_agency.get(info.id)
        own = [officer for officer in self.officers.values() if officer.agency_id in (agency, None)]
        return self.staff.get(role) or (own or list(self.officers.values()))[0]

    def walk(self, app_id, *, to_the_end: bool = False, steps: int = 0) -> None:
        lifecycle, tracking = self.services.lifecycle, self.services.tracking
        info = tracking.get(app_id)
        done = 0
        while info.open and info.status != "ready" and (to_the_end or done < steps):
            self.tick(1, 12)
            result = lifecycle.advance(self.holder(info), app_id, "diproses (demo)")
            self.result.steps += 1
            self.result.signed += result.decree is not None
            info, done = result.application, done + 1
        if info.status == "ready" and self.rng.random() < 0.8:
            self.tick(5, 30)
            self.hand_over(info)

    def hand_over(self, info) -> None:
        by_proxy = self.rng.random() < 0.3
        nik = info.applicant_identity.removeprefix("NIK ")
        name = info.applicant_name
        if by_proxy:
            proxy = self.person()
            nik, name = proxy.nik, proxy.name
        self.services.handovers.hand_over(
            self.staff[Role.CUSTOMER_SERVICE],
            info.id,
            proxy=by_proxy,
            name=name,
            nik=nik,
            letter="Surat kuasa bermeterai (demo)" if by_proxy else "",
        )
        self.result.handed_over += 1
        if self.rng.random() < 0.5:
            self.services.lifecycle.archive(self.staff[Role.BACK_OFFICE], info.id)
            self.result.archived += 1

    def reject(self, app_id) -> None:
        self.tick(10, 40)
        info = self.services.tracking.get(app_id)
        reason = self.rng.choice(REJECTIONS)
        self.services.lifecycle.reject(self.holder(info), app_id, reason)
        self.result.rejected += 1


def _ensure_users(services: Services, officers: dict[int, Actor], staff: dict[Role, Actor]) -> list[str]:
    """The demo's own accounts (password PASSWORD), so someone can sign in to look at the demo."""
    setup = Actor(f"{PREFIX}setup", DEVICE, role=Role.ADMINISTRATOR)
    existing = {user.username for user in services.accounts.list_users()}
    wanted = [(f"{PREFIX}admin", "Administrator Demo", Role.ADMINISTRATOR, None)]
    wanted.append((f"{PREFIX}supervisor", "Supervisor Demo", Role.SUPERVISOR, None))
    # a counter officer belongs to the counter's agency (a hall's day); the back office and signers to the hall
    wanted += [(a.username, a.full_name, Role.PETUGAS_LOKET, a.agency_id) for a in officers.values()]
    wanted += [(actor.username, actor.full_name, role, None) for role, actor in staff.items()]
    made = []
    for username, full_name, role, agency_id in wanted:
        if username not in existing:
            services.accounts.add_user(setup, username, full_name, role, PASSWORD, agency_id)
            made.append(username)
    return made


def fill_day(
    url: str | None, day: date, tickets: int, seed: int, *, force: bool = False, hall: bool = False
) -> DemoResult:
    """Play one office day into the database at `url` (see the module docstring); `hall`: a hall of three
    agencies. DomainError when refused."""
    if not 1 <= tickets <= 20_000:
        raise DomainError("Jumlah tiket demo harus 1 sampai 20000.")
    clock = DemoClock(datetime.combine(day, time(0), UTC))
    services = open_services(url, device_id=DEVICE, clock=clock)
    try:
        reasons = real_records(services, day)
        if reasons and not force:
            raise DomainError(
                "Demo ditolak: " + "; ".join(reasons) + ". Pakai basis data kosong (LOKET_HOME lain), tanggal lain, "
                "atau --force bila memang disengaja."
            )
        zone = services.settings.office_zone()
        if hall:
            set_up_three_agencies(services, Actor(f"{PREFIX}setup", DEVICE, role=Role.ADMINISTRATOR))
        rng = random.Random(seed)
        simulation = _Day(services, clock, day, rng, zone)
        simulation.set_clock(simulation.seconds(OPEN))
        users = _ensure_users(services, simulation.officers, simulation.staff)
        result = simulation.run(tickets)
        simulation.advance_applications()
        result.users = users
        return result
    finally:
        services.close()
