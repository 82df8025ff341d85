"""The public pages' pure rules: links and codes, the plain words of a file's state, the limits per address and the
bounds of a request, the public address setting."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from db.core.errors import DomainError
from db.public import links
from db.public.wording import FileFacts, file_page, initials, step_words
from db.settings import registry
from server.public.guard import AddressLimits, request_problem

STEPS = (
    {"actor": "Front Office", "text": "Menerima berkas"},
    {"actor": "Back Office", "text": "Memproses berkas dan menyiapkan draf izin"},
    {"actor": "Kasi", "text": "Memverifikasi dan memaraf draf izin"},
    {"actor": "Kabid", "text": "Memverifikasi dan memaraf draf izin"},
    {"actor": "Kepala Dinas", "text": "Menandatangani izin"},
    {"actor": "Tim Teknis", "text": "Mencatat izin dalam register"},
    {"actor": "Customer Service", "text": "Menyerahkan izin kepada pemohon"},
)


def test_codes_are_readable_off_paper_and_typed_any_way():
    codes = {links.new_code() for _ in range(200)}
    assert len(codes) == 200 and all(len(c) == 10 and set(c) <= set(links.CODE_ALPHABET) for c in codes)
    assert not set("ILOU") & set(links.CODE_ALPHABET)
    assert links.shown_code("K7QM3XPA9T") == "K7QM3-XPA9T"
    assert links.normalise_code(" k7qm3-xpa9t ") == "K7QM3XPA9T"
    assert links.normalise_code("O1L00 00000") == "0110000000"  # O read as 0, I and L as 1
    for wrong in ("", "K7QM3", "K7QM3XPA9T1", "K7QM3XPA9!", "<script>"):
        assert links.normalise_code(wrong) is None


def test_a_link_is_the_rows_id_then_its_token_and_only_that_shape_is_read():
    row, token = uuid.uuid4(), links.new_token()
    assert len(token) == links.TOKEN_LENGTH
    segment = links.link(row, token)
    assert links.split(segment) == (row, token)
    for wrong in (segment[:-1], segment + "A", segment.upper(), segment[:32] + "/" + segment[33:], "", "a" * 500):
        assert links.split(wrong) is None
    assert links.same_token(token, token) and not links.same_token(token, links.new_token())
    assert not links.same_token(None, token)
    assert links.page_url("", links.TICKET_PATH, row, token) == ""
    assert links.page_url("https://a.go.id/", links.FILE_PATH, row, token) == f"https://a.go.id/berkas/{segment}"
    assert links.code_url("https://a.go.id") == "https://a.go.id/kode" and links.code_url("") == ""


def test_a_name_is_shown_as_initials_only():
    assert initials("Siti Aminah") == "S. A."
    assert initials("Dr. H. Ahmad Rizani, M.Si") == "D. H. A. R."
    assert initials("CV. Maju Jaya Abadi Sentosa Makmur") == "C. M. J. A."
    assert initials("") == "-"


def test_the_current_step_in_plain_words():
    said = [step_words(STEPS, index, "in_progress") for index in range(1, 7)]
    assert said == [
        "sedang diproses Back Office (penyiapan draf SK)",
        "menunggu paraf Kasi",
        "menunggu paraf Kabid",
        "menunggu tanda tangan Kepala Dinas",
        "sedang diproses oleh Tim Teknis",
        "SK siap diserahkan",
    ]
    assert step_words(STEPS, 6, "ready") == "SK sudah ditandatangani dan siap diambil"
    assert step_words(STEPS, 7, "handed_over") == "SK sudah diambil"
    assert step_words(STEPS, 3, "rejected") == "Permohonan ditolak"


def facts(**changes) -> FileFacts:
    values = dict(
        office_name="DPMPTSP",
        service_name="Izin Apotek",
        registration_number="503/0001/DPMPTSP/XII/2026",
        applicant_name="Siti Aminah",
        business=False,
        by_proxy=False,
        received_on=date(2026, 12, 1),
        due_on=date(2026, 12, 17),
        sla_text="12 hari kerja",
        status="in_progress",
        steps=STEPS,
        current_step=3,
    )
    return FileFacts(**{**values, **changes})


def test_a_file_page_is_late_only_while_open_and_says_what_to_bring_only_when_ready():
    page = file_page(facts(), date(2026, 12, 18))
    assert page.overdue and page.step_number == 4 and page.bring == () and page.initials == "S. A."
    assert not file_page(facts(status="handed_over"), date(2026, 12, 18)).overdue
    business = file_page(facts(status="ready", business=True, current_step=6), date(2026, 12, 2))
    assert business.ready and business.bring[0] == "KTP asli penanggung jawab usaha" and business.step_number == 0
    proxy = file_page(facts(status="ready", by_proxy=True, current_step=6), date(2026, 12, 2))
    assert proxy.bring[0].startswith("Berkas ini diajukan melalui kuasa")


def test_limits_per_address_refuse_past_the_limit_and_each_address_has_its_own():
    limits = AddressLimits(pages="3/minute", codes="2/minute")
    assert [limits.allow_page("10.0.0.1") for _ in range(4)] == [True, True, True, False]
    assert limits.allow_page("10.0.0.2")
    assert [limits.allow_code("10.0.0.1") for _ in range(3)] == [True, True, False]


def scope(method="GET", path="/antrian/x", headers=(), query=b""):
    return {"method": method, "path": path, "headers": list(headers), "query_string": query}


def test_a_request_is_bounded_before_any_page_is_made():
    assert request_problem(scope()) is None
    assert request_problem(scope("HEAD")) is None
    assert request_problem(scope("POST")).status == 405
    assert request_problem(scope(headers=[(b"content-length", b"10")])).status == 413
    assert request_problem(scope(headers=[(b"content-length", b"x")])).status == 413
    assert request_problem(scope(headers=[(b"transfer-encoding", b"chunked")])).status == 413
    assert request_problem(scope(path="/" + "a" * 200)).status == 414
    assert request_problem(scope(query=b"k=" + b"A" * 100)).status == 414


def test_the_public_address_setting_takes_only_a_plain_web_address():
    parse = registry.definition("public.base_url").parse
    assert parse(" https://antrian.dpmptsp.go.id/ ") == "https://antrian.dpmptsp.go.id"
    assert parse("") == ""
    for wrong in ("antrian.go.id", "ftp://a.go.id", "https://a.go.id/?x=1", "https://", "https://a.go.id/" + "x" * 99):
        with pytest.raises(DomainError, match="Alamat halaman publik"):
            parse(wrong)
