"""Thermal tickets and requirement lists: the bytes a real ESC/POS printer would receive."""

from __future__ import annotations

import pytest

from printing.escpos_render import requirement_list_bytes, ticket_bytes
from printing.escpos_text import printable, wrap
from printing.records import RenderError, RequirementLine
from tests.unit.printing_fixtures import read_escpos, requirement_list, ticket

COLUMNS = {58: 32, 80: 48}
LONG_NAME = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Balangan Provinsi Kalimantan Selatan"


def assert_fits(receipt, columns: int) -> None:
    for line in receipt.lines:
        assert len(line.text) * line.width <= columns, f"{line.text!r} x{line.width} is wider than {columns}"


@pytest.mark.parametrize("paper", [58, 80])
def test_ticket_has_large_number_qr_and_cut(paper: int) -> None:
    data = ticket()
    raw = ticket_bytes(data, paper)
    receipt = read_escpos(raw)
    number = [line for line in receipt.lines if line.text == "A-001"]
    assert len(number) == 1
    assert number[0].width >= 4 and number[0].height >= 4
    assert b"\x1d!" + bytes([(number[0].width - 1) << 4 | (number[0].height - 1)]) + b"\x1bE\x01" in raw
    assert b"\x1d(k" in raw and receipt.qr_payloads == [data.qr_payload.encode()]
    assert receipt.cuts == 1 and raw.endswith(b"\x1dV\x00")
    assert raw.startswith(b"\x1b@\x1bt\x00")  # reset, then code page 437 before any text


@pytest.mark.parametrize("paper", [58, 80])
def test_ticket_text_fits_the_paper(paper: int) -> None:
    data = ticket(
        office_name=LONG_NAME,
        group_name="Perizinan dan Nonperizinan Sektor Kesehatan, Pendidikan dan Pekerjaan Umum",
        service_name="Rekomendasi_Teknis_Pemanfaatan_Ruang_Untuk_Kegiatan_Berusaha_Nonberusaha",
        priority_label="PRIORITAS - Penyandang Disabilitas dan Ibu Hamil",
    )
    receipt = read_escpos(ticket_bytes(data, paper))
    assert_fits(receipt, COLUMNS[paper])
    assert "Disabilitas" in " ".join(line.text for line in receipt.lines)


def test_ticket_content_in_indonesian() -> None:
    texts = [line.text for line in read_escpos(ticket_bytes(ticket(), 80)).lines]
    assert "Rabu, 25 November 2026 09:15" in texts
    assert "Antrian di depan Anda: 4" in texts
    assert "Perkiraan tunggu: \u00b1 12 menit" in texts
    assert "BERSAHA" in texts and "Bersih, Santun, Hangat dan Jelas" in texts
    unknown = [line.text for line in read_escpos(ticket_bytes(ticket(estimated_wait_minutes=None), 58)).lines]
    assert "Perkiraan tunggu: belum tersedia" in unknown


def test_priority_line_only_when_given() -> None:
    plain = read_escpos(ticket_bytes(ticket(), 58))
    priority = read_escpos(ticket_bytes(ticket(priority_label="PRIORITAS - Lansia"), 58))
    assert not any("PRIORITAS" in line.text for line in plain.lines)
    [line] = [line for line in priority.lines if line.text == "PRIORITAS - Lansia"]
    assert line.height == 2 and line.bold


def test_salinan_only_on_reprint() -> None:
    assert b"SALINAN" not in ticket_bytes(ticket(reprint=False), 58)
    lines = read_escpos(ticket_bytes(ticket(reprint=True), 58)).lines
    [marker] = [line for line in lines if line.text == "SALINAN"]
    assert marker.width == 2 and marker.bold


def test_only_code_page_437_reaches_the_printer() -> None:
    data = ticket(
        service_name="Izin \u201cUsaha\u201d \u2014 Caf\u00e9 \u0150d\u00f6n \u4f60\u597d", office_name="Kantor\u00a0A"
    )
    texts = [line.text for line in read_escpos(ticket_bytes(data, 80)).lines]
    assert 'Izin "Usaha" - Caf\u00e9 Od\u00f6n ??' in texts
    assert "Kantor A" in texts
    assert printable("\u2026\t\u00d7") == "... x"


def test_unsupported_paper_width_is_refused_in_indonesian() -> None:
    with pytest.raises(RenderError, match="lebar kertas 70 mm tidak didukung"):
        ticket_bytes(ticket(), 70)


def test_wrap_keeps_a_hanging_indent() -> None:
    lines = wrap("satu dua tiga empat lima enam tujuh", 12, prefix="a. ")
    assert lines == ["a. satu dua", "   tiga", "   empat", "   lima enam", "   tujuh"]
    assert wrap("satu\ndua", 20, prefix="b. ") == ["b. satu", "   dua"]


@pytest.mark.parametrize("paper", [58, 80])
def test_requirement_list_is_numbered_wrapped_and_cut(paper: int) -> None:
    data = requirement_list(count=6)
    receipt = read_escpos(requirement_list_bytes(data, paper))
    assert_fits(receipt, COLUMNS[paper])
    text = " ".join(" ".join(line.text.split()) for line in receipt.lines)
    assert "Surat Izin Praktik Dokter Gigi" in text
    assert "a. Fotokopi" in text and "b. Fotokopi" in text
    assert "1) Akta pendirian" in text and "2) SK Kemenkumham" in text
    assert "(jika: pemohon berbentuk badan usaha)" in text
    assert "Perpanjangan izin" in text and "5 (lima) hari kerja" in text
    assert receipt.cuts == 1


def test_requirement_list_lines_carry_their_nesting() -> None:
    nested = requirement_list(count=1)
    assert isinstance(nested.requirements[0].children[0], RequirementLine)
    receipt = read_escpos(requirement_list_bytes(nested, 58))
    child = next(line.text for line in receipt.lines if "Akta pendirian" in line.text)
    parent = next(line.text for line in receipt.lines if "Fotokopi" in line.text)
    assert len(child) - len(child.lstrip()) > len(parent) - len(parent.lstrip())
