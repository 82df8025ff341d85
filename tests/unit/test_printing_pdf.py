"""Requirement-list PDFs, read back with pdfium: page size, text, page numbers, embedded fonts."""

from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.pagesizes import A4

from printing.dates import format_date, format_day_date, format_day_date_time
from printing.pdf_base import F4, page_size
from printing.records import OfficeHeader, RenderError
from printing.requirements_pdf import requirement_list_pdf
from tests.unit.printing_fixtures import ISSUED, office, png_logo, requirement_list


def pages_text(pdf: bytes) -> list[str]:
    document = pdfium.PdfDocument(pdf)
    try:
        # pdfium ends each printed line with \r\n; a wrapped sentence should read as one
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def fonts(pdf: bytes, page: int = 0) -> list[str]:
    """The font name pdfium reports for each character of a page, in text order."""
    document = pdfium.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        buffer, flags = ctypes.create_string_buffer(128), ctypes.c_int()
        names = []
        for index in range(textpage.count_chars()):
            pdfium_c.FPDFText_GetFontInfo(textpage, index, buffer, 128, ctypes.byref(flags))
            names.append(buffer.value.decode())
        return names
    finally:
        document.close()


def font_at(pdf: bytes, needle: str) -> str:
    """The font name of the first character of needle on page 1."""
    document = pdfium.PdfDocument(pdf)
    try:
        index = document[0].get_textpage().get_text_range().index(needle)
    finally:
        document.close()
    return fonts(pdf)[index]


@pytest.mark.parametrize(("paper", "expected"), [("F4", (609.45, 935.43)), ("A4", (595.28, 841.89))])
def test_page_size_is_exact(paper: str, expected: tuple[float, float]) -> None:
    document = pdfium.PdfDocument(requirement_list_pdf(requirement_list(), office(), paper))
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    assert width == pytest.approx(expected[0], abs=0.01)
    assert height == pytest.approx(expected[1], abs=0.01)


def test_f4_is_215_by_330_mm_not_snapped() -> None:
    assert page_size("F4") == F4 == pytest.approx((215 / 25.4 * 72, 330 / 25.4 * 72))
    assert page_size("A4") == A4
    with pytest.raises(RenderError, match="ukuran kertas 'Legal' tidak dikenal"):
        page_size("Legal")


def test_text_letterhead_and_page_number() -> None:
    pdf = requirement_list_pdf(requirement_list(), office(png_logo()), "F4")
    [text] = pages_text(pdf)
    for expected in (
        "PEMERINTAH KABUPATEN BALANGAN",
        "PELAYANAN TERPADU SATU PINTU",
        "Jl. A. Yani Km.1 Paringin Kota",
        "dpmptsp.balangan@gmail.com",
        "DAFTAR PERSYARATAN",
        "Surat Izin Praktik Dokter Gigi",
        "Kode layanan: SIP-DRG",
        "Fotokopi dokumen pendukung nomor 1",
        "Akta pendirian",
        "(jika: pemohon berbentuk badan usaha)",
        "Perpanjangan izin",
        "5 (lima) hari kerja",
        "Tidak dipungut biaya",
        "Rabu, 25 November 2026 09:15",
        "Halaman 1 dari 1",
        "BERSAHA",
    ):
        assert expected in text, expected


def test_conditions_are_italic_and_requirements_are_not() -> None:
    pdf = requirement_list_pdf(requirement_list(), office(), "A4")
    assert "Oblique" in font_at(pdf, "(jika:")
    assert "Oblique" not in font_at(pdf, "Fotokopi")


def test_long_list_spans_pages_with_letterhead_on_page_one_only() -> None:
    pdf = requirement_list_pdf(requirement_list(45), office(png_logo()), "F4")
    texts = pages_text(pdf)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {len(texts)}" in text
    assert "PEMERINTAH KABUPATEN BALANGAN" in texts[0]
    assert not any("PEMERINTAH KABUPATEN BALANGAN" in text for text in texts[1:])
    everything = "\n".join(texts)
    assert "Fotokopi dokumen pendukung nomor 45" in everything
    assert "as." in everything  # the 45th item's label
    assert "Surat Izin Praktik (SIP)" in texts[-1]


def test_fonts_embedded_and_output_deterministic() -> None:
    first = requirement_list_pdf(requirement_list(), office(png_logo()), "A4")
    assert b"/FontFile2" in first and b"DejaVuSans" in first
    assert b"/Helvetica" not in first
    assert {name.split("+")[-1] for name in fonts(first) if name} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
    }
    assert requirement_list_pdf(requirement_list(), office(png_logo()), "A4") == first


def test_unreadable_logo_is_an_indonesian_error() -> None:
    with pytest.raises(RenderError, match="logo kantor tidak dapat dibaca"):
        requirement_list_pdf(requirement_list(), office(b"not an image"), "A4")


def test_office_without_contacts_or_logo() -> None:
    bare = OfficeHeader("Pemerintah Kabupaten Balangan", "DPMPTSP", "Paringin")
    [text] = pages_text(requirement_list_pdf(requirement_list(), bare, "A4"))
    assert "Telp." not in text and "Halaman 1 dari 1" in text


def test_markup_characters_in_text_are_printed_literally() -> None:
    data = requirement_list(1, service_name="Izin <Reklame> & Papan Nama")
    [text] = pages_text(requirement_list_pdf(data, office(), "A4"))
    assert "Izin <Reklame> & Papan Nama" in text


def test_indonesian_dates() -> None:
    assert format_date(ISSUED) == "25 November 2026"
    assert format_day_date(ISSUED.replace(month=12, day=7)) == "Senin, 7 Desember 2026"
    assert format_day_date_time(ISSUED) == "Rabu, 25 November 2026 09:15"
    assert format_day_date(ISSUED.replace(month=3, day=1)) == "Minggu, 1 Maret 2026"
