"""The Surat Keputusan on F4 with its QR signature, terbilang, and the tanda terima penyerahan (PDF and ESC/POS)."""

from __future__ import annotations

from datetime import date

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from reportlab.lib.units import mm

from printing.decree_pdf import (
    E_SIGN_CAPTION,
    QR_SIZE,
    WET_SIGN_CAPTION,
    authority,
    decree_content_pdf,
    decree_pdf,
)
from printing.handover_pdf import handover_bytes, handover_pdf
from printing.records import OfficeHeader, RenderError
from printing.terbilang import angka_terbilang, tanggal_terbilang, terbilang
from tests.unit.printing_fixtures import (
    DECREE_QR,
    decree_data,
    handover_data,
    legal_basis,
    office,
    png_logo,
    read_escpos,
)
from tests.unit.test_printing_intake import assert_fits, thermal_text
from tests.unit.test_printing_pdf import fonts, pages_text

F4_POINTS = (609.45, 935.43)
LONG = 15  # legal-basis points that push the Mengingat list onto a second page
SIZES = {"F4": F4_POINTS, "A4": (595.28, 841.89)}
NOTE = "DICABUT berdasarkan Keputusan Nomor 503/0100/SK/DPMPTSP/I/2027 tanggal 5 Januari 2027"
CLOSING = (
    "Ditetapkan di Paringin",
    "pada tanggal 25 November 2026",
    "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN BALANGAN,",
    "H. ABIJI, S.Pd, M.AP",
    "Pembina Utama Muda",
    "NIP. 19690813 199412 1 002",
    WET_SIGN_CAPTION,
)


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    document = pdfium.PdfDocument(pdf)
    try:
        return [tuple(page.get_size()) for page in document]
    finally:
        document.close()


def objects(pdf: bytes, page: int, kind: int) -> list[tuple[float, float, float, float]]:
    """Bounds (left, bottom, right, top, in points) of the page's top-level objects of one pdfium type."""
    document = pdfium.PdfDocument(pdf)
    try:
        return [item.get_bounds() for item in document[page].get_objects(filter=[kind], max_depth=1)]
    finally:
        document.close()


def qr_modules(pdf: bytes, page: int, bounds: tuple[float, float, float, float], count: int) -> list[list[bool]]:
    """Read a QR of count x count modules back from the rendered page: dark or light at each module's centre."""
    scale = 4
    document = pdfium.PdfDocument(pdf)
    try:
        height = document[page].get_height()
        image = document[page].render(scale=scale, grayscale=True).to_pil().convert("L")
    finally:
        document.close()
    left, _, right, top = bounds
    module = (right - left) / count
    return [
        [
            image.getpixel(
                (int((left + (col + 0.5) * module) * scale), int((height - top + (row + 0.5) * module) * scale))
            )
            < 128
            for col in range(count)
        ]
        for row in range(count)
    ]


def text_box(pdf: bytes, needle: str, page: int = 0) -> tuple[float, float, float, float]:
    """(left, bottom, right, top) of the first character of needle on the page."""
    document = pdfium.PdfDocument(pdf)
    try:
        textpage = document[page].get_textpage()
        return textpage.get_charbox(textpage.get_text_range().index(needle))
    finally:
        document.close()


def expected_modules(payload: str) -> list[list[bool]]:
    """Encoded independently of printing.pdf_base, with the same settings (error correction M, no border)."""
    import qrcode

    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0, mask_pattern=2)
    code.add_data(payload)
    code.make(fit=True)
    return [[bool(cell) for cell in row] for row in code.get_matrix()]


# --- the decree ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("render", [decree_pdf, decree_content_pdf])
@pytest.mark.parametrize("laws", [1, 4, LONG])
def test_every_page_is_exactly_f4(render, laws: int) -> None:
    sizes = page_sizes(render(decree_data(legal_basis=legal_basis(laws)), office(png_logo())))
    assert sizes
    for width, height in sizes:
        assert width == pytest.approx(F4_POINTS[0], abs=0.01)
        assert height == pytest.approx(F4_POINTS[1], abs=0.01)


def short_decree(**changes):
    """A decree short enough for one F4 page: one consideration, one legal basis, no terms."""
    base = decree_data()
    values = dict(considerations=base.considerations[:1], legal_basis=legal_basis(1), terms=[])
    return decree_data(**{**values, **changes})


def test_decree_text() -> None:
    texts = pages_text(decree_pdf(decree_data(), office(png_logo())))
    for number, page in enumerate(texts, start=1):
        assert f"Halaman {number} dari {len(texts)}" in page
    text = " ".join(texts)
    for expected in (
        "PEMERINTAH KABUPATEN BALANGAN",
        "KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN BALANGAN",
        "NOMOR: 503/0001/SK/DPMPTSP/XI/2026",
        "TENTANG IZIN APOTEK",
        "Nomor pendaftaran: 503/0001/DPMPTSP/XI/2026",
        "Menimbang : a. bahwa Saudari Siti Aminah",
        "c. bahwa berdasarkan pertimbangan",
        "Mengingat : 1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "4. Peraturan Bupati Balangan Nomor 16 Tahun 2021",
        "MEMUTUSKAN :",
        "Menetapkan : KEPUTUSAN KEPALA DINAS",
        "KESATU : Memberikan Izin Apotek kepada: Nama : Siti Aminah NIK : 6311015508900001",
        "Nama apotek : Apotek Sehat Sentosa dengan ketentuan sebagai berikut: 1. Wajib mempekerjakan apoteker",
        "2. Wajib melaporkan kegiatan pelayanan kefarmasian setiap 6 (enam) bulan. KEDUA : Izin ini berlaku",
        "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.",
        *CLOSING,
    ):
        assert expected in text, expected
    assert text.index("KEDUA") < text.index("Ditetapkan di Paringin")
    assert DECREE_QR not in text and "sha256" not in text  # the payload is a QR code, never printed as text
    assert "SALINAN" not in text and "DICABUT" not in text


def test_short_decree_fits_one_page() -> None:
    [text] = pages_text(decree_pdf(short_decree(), office(png_logo())))
    for line in (*CLOSING, "KESATU", "Siti Aminah", "Halaman 1 dari 1"):
        assert line in text, line


def test_long_legal_basis_spans_two_pages_with_the_closing_block_intact() -> None:
    pdf = decree_pdf(decree_data(legal_basis=legal_basis(LONG)), office(png_logo()))
    texts = pages_text(pdf)
    assert len(texts) == 2
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari 2" in text
    assert "PEMERINTAH KABUPATEN BALANGAN" in texts[0]
    assert not any("PEMERINTAH KABUPATEN BALANGAN" in text for text in texts[1:])
    # The Mengingat list itself flows from the first page onto the second.
    assert "Mengingat : 1. Undang-Undang Nomor 17 Tahun 2023" in texts[0]
    assert f"{LONG}. Peraturan Menteri Kesehatan Nomor {LONG} Tahun 2020" in texts[1]
    for line in CLOSING:
        assert line in texts[-1], line
    for line in ("Ditetapkan di", "pada tanggal", "H. ABIJI", "NIP.", WET_SIGN_CAPTION):
        assert line not in texts[0], line
    assert objects(pdf, 0, pdfium_c.FPDF_PAGEOBJ_FORM) == []
    assert len(objects(pdf, 1, pdfium_c.FPDF_PAGEOBJ_FORM)) == 1  # the QR stays beside the signature


@pytest.mark.parametrize(("make", "pages"), [(short_decree, 1), (decree_data, 2)])
def test_copy_and_withdrawal_marks_on_every_page_only_when_set(make, pages: int) -> None:
    plain = pages_text(decree_pdf(make(), office()))
    marked = pages_text(decree_pdf(make(copy=True, withdrawn_note=NOTE), office()))
    copy_only = pages_text(decree_pdf(make(copy=True), office()))
    note_only = pages_text(decree_pdf(make(withdrawn_note=NOTE), office()))
    assert len(plain) == len(marked) == len(copy_only) == len(note_only) == pages
    for text in plain:
        assert "SALINAN" not in text and "DICABUT" not in text
    for text in marked:
        assert "SALINAN" in text and NOTE in text
    for text in copy_only:
        assert "SALINAN" in text and "DICABUT" not in text
    for text in note_only:
        assert "SALINAN" not in text and NOTE in text


def test_withdrawal_note_too_long_for_the_margin_is_an_indonesian_error() -> None:
    with pytest.raises(RenderError, match="catatan pencabutan terlalu panjang"):
        decree_pdf(decree_data(withdrawn_note=NOTE * 8), office())


def test_content_pdf_has_no_qr_and_no_marks_but_the_same_text() -> None:
    data = decree_data(copy=True, withdrawn_note=NOTE)
    full, content = decree_pdf(data, office(png_logo())), decree_content_pdf(data, office(png_logo()))
    assert full != content
    last = len(page_sizes(full)) - 1
    assert len(page_sizes(content)) == last + 1
    assert len(objects(full, last, pdfium_c.FPDF_PAGEOBJ_FORM)) == 1
    assert all(objects(content, page, pdfium_c.FPDF_PAGEOBJ_FORM) == [] for page in range(last + 1))
    content_texts = pages_text(content)
    assert not any("SALINAN" in text or "DICABUT" in text for text in content_texts)
    # Only the QR code is left out of what the signature covers: the text is that of an unmarked decree.
    assert content_texts == pages_text(decree_pdf(decree_data(), office(png_logo())))
    # The signed content does not depend on the signature, the copy flag or a later withdrawal.
    assert decree_content_pdf(decree_data(qr_payload="lain"), office(png_logo())) == content
    assert decree_content_pdf(decree_data(title="IZIN TOKO OBAT"), office(png_logo())) != content


def test_both_renderings_are_deterministic() -> None:
    data = decree_data(copy=True, withdrawn_note=NOTE, legal_basis=legal_basis(LONG))
    assert decree_pdf(data, office(png_logo())) == decree_pdf(data, office(png_logo()))
    assert decree_content_pdf(data, office(png_logo())) == decree_content_pdf(data, office(png_logo()))


def test_qr_code_is_at_least_30_mm_bottom_left_of_the_signature_and_carries_the_payload() -> None:
    pdf = decree_pdf(short_decree(), office(png_logo()))
    [bounds] = objects(pdf, 0, pdfium_c.FPDF_PAGEOBJ_FORM)
    left, bottom, right, top = bounds
    assert right - left == pytest.approx(QR_SIZE, abs=0.5) and right - left >= 30 * mm
    assert top - bottom == pytest.approx(right - left, abs=0.5)
    # Bottom-left of the signature block: in the left half, from beside the title down to the NIP line.
    assert 20 * mm <= left and right <= F4_POINTS[0] / 2
    assert top < text_box(pdf, "Ditetapkan di")[3] and bottom < text_box(pdf, "H. ABIJI")[1]
    assert bottom > text_box(pdf, "NIP. 1969")[1] - 12 * mm  # the caption below the code, nothing more
    assert right < text_box(pdf, "Ditetapkan di")[0]
    expected = expected_modules(DECREE_QR)
    assert len(expected) >= 53  # a ~250 character payload needs a version 9 code or larger
    assert qr_modules(pdf, 0, bounds, len(expected)) == expected
    assert qr_modules(pdf, 0, bounds, len(expected)) != expected_modules(DECREE_QR[:-1] + "X")


def test_logo_is_a_colour_image_on_the_first_page() -> None:
    pdf = decree_pdf(decree_data(legal_basis=legal_basis(LONG)), office(png_logo()))
    assert len(objects(pdf, 0, pdfium_c.FPDF_PAGEOBJ_IMAGE)) == 1
    assert objects(pdf, 1, pdfium_c.FPDF_PAGEOBJ_IMAGE) == []
    document = pdfium.PdfDocument(pdf)
    try:
        [logo] = document[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=1)
        pixel = logo.get_bitmap().to_pil().convert("RGB").getpixel((5, 5))
    finally:
        document.close()
    assert pixel == (10, 80, 160)


def test_fonts_embedded() -> None:
    pdf = decree_pdf(decree_data(copy=True, withdrawn_note=NOTE), office(png_logo()))
    assert b"/FontFile2" in pdf and b"/Helvetica" not in pdf
    used = {name.split("+")[-1] for name in fonts(pdf) if name}
    assert "DejaVuSans-Bold" in used and used <= {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_markup_characters_print_literally() -> None:
    data = decree_data(holder=[("Nama", "Siti <Aminah> & Rekan")], terms=["Patuhi Pasal 5 & 6 <UU>"])
    text = " ".join(pages_text(decree_pdf(data, office())))
    assert "Siti <Aminah> & Rekan" in text and "Patuhi Pasal 5 & 6 <UU>" in text


def test_without_terms_or_holder_and_with_region_in_the_office_name() -> None:
    named = OfficeHeader("Pemerintah Kabupaten Balangan", "DPMPTSP Kabupaten Balangan", "Paringin")
    assert authority(named) == "KEPALA DPMPTSP KABUPATEN BALANGAN"
    text = " ".join(pages_text(decree_pdf(decree_data(terms=[], holder=[]), named)))
    assert "dengan ketentuan" not in text and "KESATU : Memberikan Izin Apotek kepada: KEDUA" in text
    assert "KEPUTUSAN KEPALA DPMPTSP KABUPATEN BALANGAN NOMOR" in text


def test_missing_decision_or_signature_payload_is_an_indonesian_error() -> None:
    with pytest.raises(RenderError, match="diktum"):
        decree_pdf(decree_data(decisions=[]), office())
    with pytest.raises(RenderError, match="kode QR"):
        decree_pdf(decree_data(qr_payload=""), office())
    assert decree_content_pdf(decree_data(qr_payload=""), office())


# --- terbilang -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "nol"),
        (11, "sebelas"),
        (12, "dua belas"),
        (25, "dua puluh lima"),
        (100, "seratus"),
        (2026, "dua ribu dua puluh enam"),
    ],
)
def test_terbilang(number: int, words: str) -> None:
    assert terbilang(number) == words
    assert angka_terbilang(number) == f"{number} ({words})"


def test_tanggal_terbilang_and_non_integers() -> None:
    assert tanggal_terbilang(date(2026, 11, 25)) == "dua puluh lima November tahun dua ribu dua puluh enam"
    assert tanggal_terbilang(date(2027, 1, 1)) == "satu Januari tahun dua ribu dua puluh tujuh"
    for wrong in (12.5, True, "12"):
        with pytest.raises(TypeError):
            terbilang(wrong)


# --- the handover receipt --------------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "F4"])
def test_handover_pdf_size_and_text(paper: str) -> None:
    pdf = handover_pdf(handover_data(), office(png_logo()), paper)
    [(width, height)] = page_sizes(pdf)
    assert (width, height) == pytest.approx(SIZES[paper], abs=0.01)
    [text] = pages_text(pdf)
    for expected in (
        "PEMERINTAH KABUPATEN BALANGAN",
        "TANDA TERIMA PENYERAHAN SURAT KEPUTUSAN",
        "Nomor: SER/2026/11/0001",
        "Nomor registrasi : 503/0001/DPMPTSP/XI/2026",
        "Nama pemohon : Siti Aminah",
        "Jenis pelayanan : Izin Apotek",
        "Nomor SK : 503/0001/SK/DPMPTSP/XI/2026",
        "Tanggal SK : 25 November 2026",
        "Identitas penerima : NIK 6311010101850003",
        "Kuasa pemohon (surat kuasa: 12/SK/XI/2026)",
        "Waktu penyerahan : Rabu, 2 Desember 2026 14:05",
        "Pada hari Rabu, 2 Desember 2026 pukul 14.05, Budi Santoso (NIK 6311010101850003) telah menerima asli "
        "Surat Keputusan Nomor 503/0001/SK/DPMPTSP/XI/2026 tanggal 25 November 2026 dalam keadaan baik dan lengkap.",
        "Yang menyerahkan ( Ahmad Fauzi ) Yang menerima ( Budi Santoso )",
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text


def test_handover_pdf_copy_mark_and_determinism() -> None:
    copy = handover_pdf(handover_data(copy=True), office(), "A4")
    [text] = pages_text(copy)
    assert text.index("SALINAN") < text.index("TANDA TERIMA PENYERAHAN")
    assert handover_pdf(handover_data(copy=True), office(), "A4") == copy
    assert b"/FontFile2" in copy and b"/Helvetica" not in copy
    with pytest.raises(RenderError, match="ukuran kertas"):
        handover_pdf(handover_data(), office(), "Letter")


@pytest.mark.parametrize("width", [58, 80])
def test_handover_bytes(width: int) -> None:
    raw = handover_bytes(handover_data(), width, office())
    assert_fits(raw, {58: 32, 80: 48}[width])
    receipt = read_escpos(raw)
    assert receipt.cuts == 1
    text = " ".join(thermal_text(raw).split())  # the blank lines left to sign on
    for expected in (
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "TANDA TERIMA PENYERAHAN SURAT KEPUTUSAN",
        "Nomor: SER/2026/11/0001",
        "Nomor SK: 503/0001/SK/DPMPTSP/XI/2026",
        "Nama penerima: Budi Santoso",
        "dalam keadaan baik dan lengkap.",
        "Yang menyerahkan ( Ahmad Fauzi ) Yang menerima ( Budi Santoso )",
        "Dicetak: Rabu, 2 Desember 2026 14:05",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    [number] = [line for line in receipt.lines if line.text.strip().startswith("Nomor: SER")]
    assert number.bold


def test_handover_bytes_copy_mark() -> None:
    lines = read_escpos(handover_bytes(handover_data(copy=True), 58)).lines
    [marker] = [line for line in lines if line.text.strip() == "SALINAN"]
    assert marker.width == 2 and marker.bold
    with pytest.raises(RenderError, match="lebar kertas"):
        handover_bytes(handover_data(), 76)


def test_signing_mode_prints_what_is_true() -> None:
    """Perbup 16/2021 Pasal 8(2) wants a wet signature and stamp: the QR is then only a check of authenticity; the
    electronic mode (004's practice) says the decree is signed electronically. Never both, never the other one."""
    wet = " ".join(pages_text(decree_pdf(short_decree(), office())))
    assert WET_SIGN_CAPTION in wet and "ditandatangani secara elektronik" not in wet
    electronic = " ".join(pages_text(decree_pdf(short_decree(signing_mode="elektronik"), office())))
    assert E_SIGN_CAPTION in electronic and "cap basah" not in electronic
    with pytest.raises(RenderError):
        decree_pdf(short_decree(signing_mode="stempel"), office())


def test_tembusan_is_numbered_under_the_closing_block() -> None:
    copies = ("Bupati Balangan di Paringin (sebagai laporan)", "Kepala Dinas Kesehatan Kabupaten Balangan", "Arsip")
    text = " ".join(pages_text(decree_pdf(short_decree(copies_to=copies), office())))
    assert "NIP. 19690813 199412 1 002" in text
    after = text.split("NIP. 19690813 199412 1 002", 1)[1]
    assert "Tembusan disampaikan kepada Yth.: 1. Bupati Balangan di Paringin (sebagai laporan)" in after
    assert "2. Kepala Dinas Kesehatan Kabupaten Balangan 3. Arsip" in after
    assert "Tembusan" not in " ".join(pages_text(decree_pdf(short_decree(), office())))


def test_kesatu_never_ends_a_page_without_its_holder() -> None:
    """However long Mengingat grows, "KESATU : Memberikan ... kepada:" stands on the page of the holder's name."""
    for count in range(4, 16):
        texts = pages_text(decree_pdf(decree_data(legal_basis=legal_basis(count)), office(png_logo())))
        page = next(text for text in texts if "KESATU" in text)
        assert "Nama : Siti Aminah" in page, count
