"""Survei Kepuasan Masyarakat (PermenPANRB 14/2017; Perbup 16/2021 Pasal 11(3)): the answers, the index and the
minimum sample, and the paper surveys typed into a CSV file.

The computation, as the regulation's annex does it:
- per element (unsur) NRR = the sum of the scores given / the number of respondents;
- NRR tertimbang = NRR x 1/9 (the annex writes the weight as 0,111); IKM = the sum of the nine weighted NRR;
- IKM konversi = IKM x 25; the grade is read from the converted value rounded to two decimals (half up):
  A 88,31-100 Sangat Baik, B 76,61-88,30 Baik, C 65,00-76,60 Kurang Baik, D 25,00-64,99 Tidak Baik.
Everything is computed in exact fractions, so 88,305 rounds to 88,31 and is an A, never a float accident.

A response is tied to the service received and the counter, never to a person: no name, NIK or ticket is stored
with it. A survey that follows a finished ticket marks that ticket used (skm_ticket_uses, apart from the answers),
so each ticket gives at most one response. The respondent's profile (age, sex, education, occupation) follows the
annex's questionnaire: db.skm.profile.

Every read of the responses goes through `_responses`, the one place a scope (period, service; the agency of
issue 19) narrows them.
"""

from __future__ import annotations

import csv
import math
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.agencies.scope import scope_of
from db.core import audit
from db.core.actor import SUPERVISORS, Actor, Clock, utc_now
from db.core.engine import Database
from db.core.errors import DomainError, NotFound
from db.models.catalog import CatalogService, ServiceRevision
from db.models.intake import Application
from db.models.public_services import SkmResponse, SkmTicketUse
from db.models.queue import Ticket
from db.queue.tickets import DONE
from db.settings.service import office_today, read_in
from db.skm import profile as profiles
from db.skm.agencies import per_agency, response_agency, response_unit
from db.skm.profile import Profile

ELEMENTS = (
    ("U1", "Persyaratan"),
    ("U2", "Sistem, mekanisme dan prosedur"),
    ("U3", "Waktu penyelesaian"),
    ("U4", "Biaya/tarif"),
    ("U5", "Produk spesifikasi jenis pelayanan"),
    ("U6", "Kompetensi pelaksana"),
    ("U7", "Perilaku pelaksana"),
    ("U8", "Penanganan pengaduan, saran dan masukan"),
    ("U9", "Sarana dan prasarana"),
)
SCALE = {1: "Tidak baik", 2: "Kurang baik", 3: "Baik", 4: "Sangat baik"}
WEIGHT = Fraction(1, len(ELEMENTS))
GRADES = (  # (lowest converted value, grade, label), best first
    (Decimal("88.31"), "A", "Sangat Baik"),
    (Decimal("76.61"), "B", "Baik"),
    (Decimal("65.00"), "C", "Kurang Baik"),
    (Decimal("25.00"), "D", "Tidak Baik"),
)
SOURCES = ("tablet", "paper")  # the survey window, or a paper questionnaire typed in (CLI, CSV import)
PROFILE_COLUMNS = ("age", "sex", "education", "occupation", "occupation_other")

# Krejcie and Morgan (1970): chi-square for 1 degree of freedom at 95 %, proportion 0.5, margin of error 5 %.
KM_CHI_SQUARE = Fraction("3.841")
KM_P = Fraction(1, 2)
KM_D = Fraction(5, 100)


# -- the pure computation ---------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class IndexFigures:
    respondents: int
    totals: tuple[int, ...]
    nrr: tuple[Fraction, ...]
    nrr_weighted: tuple[Fraction, ...]
    ikm: Fraction
    converted: Decimal  # rounded to two decimals, the value the grade is read from
    grade: str
    grade_label: str

    def as_dict(self) -> dict:
        return {
            "respondents": self.respondents,
            "elements": [
                {
                    "code": code,
                    "name": name,
                    "total": total,
                    "nrr": round(float(nrr), 4),
                    "nrr_weighted": round(float(weighted), 4),
                }
                for (code, name), total, nrr, weighted in zip(
                    ELEMENTS, self.totals, self.nrr, self.nrr_weighted, strict=True
                )
            ],
            "ikm": round(float(self.ikm), 4),
            "ikm_converted": float(self.converted),
            "grade": self.grade,
            "grade_label": self.grade_label,
        }


def round2(value: Fraction | Decimal | float | str) -> Decimal:
    """Half-up to two decimals, from the exact value."""
    if isinstance(value, Fraction):
        value = Decimal(value.numerator) / Decimal(value.denominator)
    return Decimal(str(value) if isinstance(value, float) else value).quantize(Decimal("0.01"), ROUND_HALF_UP)


def grade_of(converted: Fraction | Decimal | float | str) -> tuple[str, str]:
    """(grade, label) of a converted IKM, read after rounding it to two decimals."""
    value = round2(converted)
    for lowest, grade, label in GRADES:
        if value >= lowest:
            return grade, label
    return "D", "Tidak Baik"


def compute_index(responses: Iterable[Sequence[int]]) -> IndexFigures | None:
    """The index of a set of responses (nine scores 1-4 each); None when there is no response."""
    rows = [tuple(row) for row in responses]
    if not rows:
        return None
    return index_of_totals(len(rows), tuple(sum(row[i] for row in rows) for i in range(len(ELEMENTS))))


def index_of_totals(count: int, totals: Sequence[int]) -> IndexFigures | None:
    """The index from the number of respondents and each element's sum of scores (all the annex needs: an SQL
    aggregate gives them without reading the responses one by one); None when there is no respondent."""
    if not count:
        return None
    totals = tuple(int(total) for total in totals)
    nrr = tuple(Fraction(total, count) for total in totals)
    weighted = tuple(value * WEIGHT for value in nrr)
    ikm = sum(weighted, Fraction(0))
    converted = round2(ikm * 25)
    grade, label = grade_of(converted)
    return IndexFigures(count, totals, nrr, weighted, ikm, converted, grade, label)


def minimum_sample(population: int) -> int:
    """Krejcie-Morgan: n = X² N P(1-P) / (d² (N-1) + X² P(1-P)), rounded up. 100 -> 80, 1000 -> 278, 10 -> 10."""
    if population < 0:
        raise DomainError("Jumlah populasi tidak boleh negatif.")
    if population == 0:
        return 0
    top = KM_CHI_SQUARE * population * KM_P * (1 - KM_P)
    bottom = KM_D**2 * (population - 1) + KM_CHI_SQUARE * KM_P * (1 - KM_P)
    return math.ceil(top / bottom)


# -- answers ----------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SurveyService:
    code: str
    name: str
    unit: str
    group: str = ""  # the heading the survey tablet lists it under
    ticket_id: uuid.UUID | None = None  # the ticket the survey follows, when offered as "the service just received"


# The kinds of service a citizen comes to the counter for, in the order the tablet lists them.
PUBLIC_KINDS = {
    "perizinan_berusaha": "Perizinan Berusaha",
    "perizinan_non_berusaha": "Perizinan Non Berusaha",
    "non_perizinan": "Informasi dan Non Perizinan",
}


@dataclass(frozen=True)
class ImportResult:
    rows: int
    first_day: date | None
    last_day: date | None


class SkmImportError(DomainError):
    """The whole file was refused; `errors` lists every bad row as (row number, reason)."""

    def __init__(self, errors: list[tuple[int, str]]):
        lines = "\n".join(f"  baris {number}: {reason}" for number, reason in errors)
        super().__init__(f"Berkas ditolak seluruhnya: {len(errors)} baris tidak sah.\n{lines}")
        self.errors = errors


def check_scores(scores: Sequence[int]) -> tuple[int, ...]:
    if len(scores) != len(ELEMENTS):
        raise DomainError(f"Harus ada {len(ELEMENTS)} nilai unsur (tertulis {len(scores)}).")
    for (code, _name), score in zip(ELEMENTS, scores, strict=True):
        if score not in SCALE:
            raise DomainError(f"Nilai {code} harus 1 sampai 4 (tertulis {score}).")
    return tuple(int(score) for score in scores)


def _use_ticket(session: Session, ticket_id: uuid.UUID) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    if ticket is None or ticket.status != DONE:
        raise DomainError("Survei hanya untuk nomor antrian yang sudah selesai dilayani.")
    if session.scalar(select(SkmTicketUse.id).where(SkmTicketUse.ticket_id == ticket_id)) is not None:
        raise DomainError(f"Survei untuk nomor antrian {ticket.label} sudah diisi; satu survei per nomor antrian.")
    session.add(SkmTicketUse(ticket_id=ticket_id))
    return ticket


def _unit(session: Session, service: CatalogService) -> str:
    data = session.scalar(select(ServiceRevision.data).where(ServiceRevision.id == service.current_revision_id))
    return (data or {}).get("unit") or service.agency


def _today(session: Session, clock: Clock) -> date:
    return office_today(session, clock())


@dataclass(frozen=True)
class _Answer:
    """A response read out of the session (the report works on plain values)."""

    agency_id: uuid.UUID | None
    service_code: str
    service_name: str
    unit: str
    u1: int
    u2: int
    u3: int
    u4: int
    u5: int
    u6: int
    u7: int
    u8: int
    u9: int
    age: int | None
    age_band: str | None
    sex: str | None
    education: str | None
    occupation: str | None
    occupation_other: str | None
    comment: str | None

    @classmethod
    def of(cls, row: SkmResponse) -> _Answer:
        return cls(**{name: getattr(row, name) for name in cls.__dataclass_fields__})

    def profile(self) -> profiles.Answered:
        return profiles.Answered(
            self.age, self.age_band, self.sex, self.education, self.occupation, self.occupation_other
        )


def _responses(
    session: Session, date_from: date, date_to: date, service_code: str | None, agency_id: uuid.UUID | None = None
) -> list[_Answer]:
    """The responses of a period (and service, and agency), oldest first: every figure of the report is computed
    from these."""
    query = select(SkmResponse).where(SkmResponse.responded_on >= date_from, SkmResponse.responded_on <= date_to)
    if service_code:
        query = query.where(SkmResponse.service_code == service_code)
    if agency_id is not None:
        query = query.where(SkmResponse.agency_id == agency_id)
    return [_Answer.of(row) for row in session.scalars(query.order_by(SkmResponse.responded_on))]


class SkmService:
    def __init__(self, database: Database, clock: Clock = utc_now):
        self._db = database
        self._now = clock

    def services(self) -> list[SurveyService]:
        """The catalog's active services, for the respondent to choose from: the office's own public services first
        (by kind: perizinan berusaha, non berusaha, information), then other agencies' services, and the regional
        secretariat's internal services last; by name within each group."""
        with self._db.read() as session:
            office = read_in(session, ("office.short_name",))["office.short_name"]
            rows = session.scalars(
                select(CatalogService).where(CatalogService.active.is_(True)).order_by(CatalogService.name)
            ).all()
            kinds = list(PUBLIC_KINDS)

            def rank(row: CatalogService) -> tuple:
                own = row.agency == office
                public = row.kind in PUBLIC_KINDS
                order = 0 if own and public else 1 if public else 2
                return (order, kinds.index(row.kind) if own and public else 0, row.agency, row.name)

            listed = []
            for row in sorted(rows, key=rank):
                own_public = row.agency == office and row.kind in PUBLIC_KINDS
                group = PUBLIC_KINDS[row.kind] if own_public else row.agency
                listed.append(SurveyService(row.code, row.name, _unit(session, row), group))
            return listed

    def last_finished_service(self, counter_number: int) -> SurveyService | None:
        """The service of the last ticket finished today at this counter, when it named one."""
        with self._db.read() as session:
            found = session.execute(
                select(Ticket.id, Ticket.service_code)
                .where(
                    Ticket.day == _today(session, self._now),
                    Ticket.counter_number == counter_number,
                    Ticket.status == DONE,
                    Ticket.service_code.is_not(None),
                    Ticket.id.not_in(select(SkmTicketUse.ticket_id)),  # one survey per ticket
                )
                .order_by(Ticket.finished_at.desc())
                .limit(1)
            ).first()
            if found is None:
                return None
            row = session.scalar(select(CatalogService).where(CatalogService.code == found.service_code))
            return None if row is None else SurveyService(row.code, row.name, _unit(session, row), ticket_id=found.id)

    def submit(
        self,
        actor: Actor,
        service_code: str,
        scores: Sequence[int],
        *,
        counter_number: int | None = None,
        profile: Profile | None = None,
        comment: str | None = None,
        ticket_id: uuid.UUID | None = None,
        source: str = "tablet",
        responded_on: date | None = None,
    ) -> uuid.UUID:
        """One respondent's answers: from the survey window (source 'tablet', today) or a paper questionnaire typed
        in ('paper', on the day it was filled in, never a day still to come). The profile is checked against the
        annex's choices (db.skm.profile.check). With ticket_id, the survey follows that finished ticket: once per
        ticket (DomainError for a second one); the response itself keeps no link."""
        if source not in SOURCES:
            raise DomainError(f"Sumber survei '{source}' tidak dikenal (pilihan: {', '.join(SOURCES)}).")
        if responded_on is not None and source != "paper":
            raise DomainError("Tanggal survei hanya diisi untuk kuesioner kertas; survei layar tercatat hari ini.")
        checked, profile = check_scores(scores), profiles.check(profile)
        with self._db.transaction() as session:
            today = _today(session, self._now)
            if responded_on is not None and responded_on > today:
                raise DomainError(f"Tanggal survei {responded_on.isoformat()} belum terjadi.")
            service = session.scalar(select(CatalogService).where(CatalogService.code == service_code))
            if service is None:
                raise NotFound(f"Layanan {service_code} tidak ada di katalog.")
            ticket = _use_ticket(session, ticket_id) if ticket_id is not None else None
            day = responded_on or today
            row = self._row(session, actor, service, checked, profile, comment, day, source, counter_number, ticket)
            session.flush()
            audit.record(session, actor, "skm.response", "skm_response", row.id, service=service_code)
            return row.id

    def _row(
        self, session, actor, service, scores, profile, comment, day, source, counter_number, ticket=None
    ) -> SkmResponse:
        """The response row; its agency is the followed ticket's, the service's or the counter's (db/skm/agencies)."""
        agency_id = response_agency(session, service, ticket, counter_number, actor)
        row = SkmResponse(
            agency_id=agency_id,
            service_code=service.code,
            service_name=service.name,
            unit=response_unit(session, service, agency_id) or _unit(session, service),
            counter_number=counter_number,
            responded_on=day,
            **{f"u{i}": score for i, score in enumerate(scores, start=1)},
            **{column: getattr(profile, column) for column in PROFILE_COLUMNS},
            comment=(comment or "").strip() or None,
            source=source,
            recorded_at=self._now(),
            recorded_by=actor.username,
            device_id=actor.device_id,
        )
        session.add(row)
        return row

    # -- paper surveys ----------------------------------------------------------------------------------------------
    def import_csv(self, actor: Actor, path: Path) -> ImportResult:
        """Paper surveys typed in, one row per respondent: u1..u9, service_code, date (YYYY-MM-DD), optional
        age (years), sex, education, occupation, occupation_other, counter, comment. All or nothing: any bad row
        refuses the whole file (SkmImportError lists every bad row with its reason) and nothing is written."""
        try:
            text = Path(path).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise DomainError(f"Berkas {path} tidak dapat dibaca: {error}") from error
        delimiter = (
            ";" if text.splitlines() and text.splitlines()[0].count(";") > text.splitlines()[0].count(",") else ","
        )
        reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
        header = [name.strip().lower() for name in (reader.fieldnames or [])]
        missing = [name for name in [f"u{i}" for i in range(1, 10)] + ["service_code", "date"] if name not in header]
        if missing:
            raise DomainError(f"Kolom wajib tidak ada: {', '.join(missing)}.")
        if "age_band" in header:  # the older form's column: the annex asks the age in years
            raise DomainError("Kolom age_band diganti age: umur dalam tahun, seperti kuesioner PermenPANRB 14/2017.")
        scope = scope_of(actor)  # an agency's staff type in only their own agency's surveys
        with self._db.transaction() as session:
            today = _today(session, self._now)
            catalog = {row.code: row for row in session.scalars(select(CatalogService))}
            errors: list[tuple[int, str]] = []
            parsed = []
            for number, raw in enumerate(reader, start=2):
                row = {(k or "").strip().lower(): (v or "").strip() for k, v in raw.items() if k is not None}
                try:
                    parsed.append(self._parse(row, catalog, today))
                    if not scope.allows(response_agency(session, parsed[-1][0], None, parsed[-1][5], actor)):
                        raise DomainError(f"layanan {parsed.pop()[0].code} milik instansi lain")
                except DomainError as error:
                    errors.append((number, error.message))
            if errors:
                raise SkmImportError(errors)
            if not parsed:
                raise DomainError("Berkas tidak berisi satu baris jawaban pun.")
            for service, scores, profile, comment, day, counter in parsed:
                self._row(session, actor, service, scores, profile, comment, day, "paper", counter)
            days = [item[4] for item in parsed]
            audit.record(session, actor, "skm.import", "skm_response", None, rows=len(parsed), file=Path(path).name)
            return ImportResult(len(parsed), min(days), max(days))

    @staticmethod
    def _parse(row: dict, catalog: dict, today: date):
        scores = []
        for i in range(1, 10):
            value = row.get(f"u{i}", "")
            if value not in ("1", "2", "3", "4"):
                raise DomainError(f"u{i} harus 1, 2, 3 atau 4 (tertulis '{value}')")
            scores.append(int(value))
        code = row.get("service_code", "")
        if code not in catalog:
            raise DomainError(f"kode layanan '{code}' tidak ada di katalog")
        try:
            day = date.fromisoformat(row.get("date", ""))
        except ValueError:
            raise DomainError(f"tanggal '{row.get('date', '')}' bukan YYYY-MM-DD") from None
        if day > today:
            raise DomainError(f"tanggal {day.isoformat()} belum terjadi")
        profile = profiles.check(Profile(**{column: row.get(column) or None for column in PROFILE_COLUMNS}))
        counter = row.get("counter") or None
        if counter is not None and not counter.isdigit():
            raise DomainError(f"nomor loket '{counter}' bukan angka")
        return catalog[code], tuple(scores), profile, row.get("comment") or None, day, int(counter) if counter else None

    # -- the report ---------------------------------------------------------------------------------------------------
    def population(
        self, date_from: date, date_to: date, service_code: str | None = None, agency_id: uuid.UUID | None = None
    ) -> int:
        """Services delivered in the period: tickets finished plus applications registered (of one agency, with
        `agency_id`)."""
        with self._db.read() as session:
            tickets = select(func.count(Ticket.id)).where(
                Ticket.status == DONE, Ticket.day >= date_from, Ticket.day <= date_to
            )
            apps = select(func.count(Application.id)).where(
                Application.received_on >= date_from, Application.received_on <= date_to
            )
            if service_code:
                tickets = tickets.where(Ticket.service_code == service_code)
                apps = apps.where(Application.service_code == service_code)
            if agency_id is not None:
                tickets = tickets.where(Ticket.agency_id == agency_id)
                apps = apps.where(Application.agency_id == agency_id)
            return int(session.scalar(tickets) or 0) + int(session.scalar(apps) or 0)

    def report(
        self,
        date_from: date,
        date_to: date,
        service_code: str | None = None,
        population: int | None = None,
        *,
        actor: Actor,
        agency: str | None = None,
    ) -> dict:
        """Every figure of the annex for the period (and service), as a plain dict: the JSON output, and what the
        PDF and XLSX renderers lay out. Per service, per unit and per agency too.

        `agency` (a code) limits it to that agency's responses; without it an agency's supervisor gets their own
        agency's and the hall's management the whole hall's, each agency's index beside it (db/skm/agencies.py).
        An agency's supervisor asking for another agency is refused (PermissionDenied, in Indonesian)."""
        actor.require(*SUPERVISORS)
        if date_to < date_from:
            raise DomainError("Tanggal akhir tidak boleh sebelum tanggal awal.")
        if population is not None and population < 0:
            raise DomainError("Jumlah populasi tidak boleh negatif.")
        service_name = None
        with self._db.read() as session:
            from db.reports.scope import report_agency  # the reports package: not on the sign-in path

            agency_id, covered = report_agency(session, actor, agency)
            if service_code:
                service_name = session.scalar(select(CatalogService.name).where(CatalogService.code == service_code))
                if service_name is None:
                    raise NotFound(f"Layanan {service_code} tidak ada di katalog.")
            rows = _responses(session, date_from, date_to, service_code, agency_id)
            scores = [tuple(getattr(row, f"u{i}") for i in range(1, 10)) for row in rows]
            agencies = [] if covered else per_agency(session, rows, scores, lambda s: compute_index(s).as_dict())
        by_service: dict[tuple, list] = {}
        by_unit: dict[str, list] = {}
        for row, score in zip(rows, scores, strict=True):
            by_service.setdefault((row.service_code, row.service_name, row.unit), []).append(score)
            by_unit.setdefault(row.unit, []).append(score)
        overall = compute_index(scores)
        given = population is not None
        population = population if given else self.population(date_from, date_to, service_code, agency_id)
        needed = minimum_sample(population)
        return {
            "title": "Indeks Kepuasan Masyarakat (PermenPANRB 14/2017)",
            "period": {"from": date_from.isoformat(), "to": date_to.isoformat()},
            "service_code": service_code,
            "service_name": service_name,
            "agency": None if covered is None else {"code": covered.code, "name": covered.name},
            "elements": [{"code": code, "name": name} for code, name in ELEMENTS],
            "weight": round(float(WEIGHT), 6),
            "overall": overall.as_dict() if overall else None,
            "per_service": [
                {"service_code": code, "service_name": name, "unit": unit} | compute_index(items).as_dict()
                for (code, name, unit), items in sorted(by_service.items())
            ],
            "per_agency": agencies,
            "per_unit": [{"unit": unit} | compute_index(items).as_dict() for unit, items in sorted(by_unit.items())],
            "sample": {
                "population": population,
                "population_source": "diberikan pengguna" if given else "layanan selesai + permohonan terdaftar",
                "minimum": needed,
                "respondents": len(rows),
                "met": len(rows) >= needed,
            },
            "profile": profiles.breakdown(row.profile() for row in rows),
            "comments": [row.comment for row in rows if row.comment],
            "generated_at": self._now().isoformat(timespec="seconds"),
        }
