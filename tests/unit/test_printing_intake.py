"""Tanda terima berkas and surat pengembalian berkas: PDFs read back with pdfium, ESC/POS bytes parsed."""

from __future__ import annotations

import re

import pypdfium2 as pdfium
import pytest

from printing.intake_escpos import receipt_bytes, return_slip_bytes
from printing.receipt_pdf import receipt_pdf
from printing.records import CheckedItem, RenderError
from printing.return_slip_pdf import return_slip_pdf
from tests.unit.printing_fixtures import (
    checked_items,
    office,
    png_logo,
    problems,
    read_escpos,
    receipt_data,
    return_slip_data,
)
from tests.unit.test_printing_pdf import fonts, pages_text

SIZES = {"F4": (609.45, 935.43), "A4": (595.28, 841.89)}
COLUMNS = {58: 32, 80: 48}
FINE = [
    CheckedItem("a.", "Fotokopi KTP pemohon", "ada_sesuai"),
    CheckedItem("b.", "Akta pendirian badan usaha", "tidak_berlaku", "pemohon perorangan"),
]
LONG = "Rekomendasi teknis dari Dinas Kesehatan Kabupaten Balangan tentang kelayakan tempat praktik_dan_sarana"


def thermal_text(raw: bytes) -> str:
    """All printed lines joined with single spaces, so a wrapped sentence reads as one."""
    return " ".join(" ".join(line.text.split()) for line in read_escpos(raw).lines)


def assert_fits(raw: bytes, columns: int) -> None:
    for line in read_escpos(raw).lines:
        assert len(line.text) * line.width <= columns, f"{line.text!r} x{line.width} is wider than {columns}"


# --- PDF -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["F4", "A4"])
@pytest.mark.parametrize("render", ["receipt", "slip"])
def test_page_size_is_exact(paper: str, render: str) -> None:
    pdf = (
        receipt_pdf(receipt_data(), office(), paper)
        if render == "receipt"
        else return_slip_pdf(return_slip_data(), office(), paper)
    )
    document = pdfium.PdfDocument(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    assert width == pytest.approx(SIZES[paper][0], abs=0.01)
    assert height == pytest.approx(SIZES[paper][1], abs=0.01)


def test_receipt_text() -> None:
    [text] = pages_text(receipt_pdf(receipt_data(), office(png_logo()), "F4"))
    for expected in (
        "PEMERINTAH KABUPATEN BALANGAN",
        "TANDA TERIMA BERKAS",
        "503/0001/DPMPTSP/XI/2026",
        "Siti Rahmah",
        "NIK 6311015508900001",
        "Surat Izin Praktik Dokter Gigi",
        "SIP-DRG",
        "Izin baru",
        "Fotokopi KTP pemohon yang masih berlaku",
        "Akta pendirian perusahaan",
        "Ada dan sesuai",
        "Tidak berlaku pemohon perorangan",
        "Rabu, 25 November 2026",
        "Senin, 7 Desember 2026",
        "8 hari kerja",
        "dihitung dalam hari kerja",
        "Ahmad Fauzi",
        "Loket 2",
        "Pindai untuk melacak berkas",
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    assert "Kuasa" not in text
    # the signature block closes the page: each role above its signer's name
    assert text.endswith(
        "Petugas ( Ahmad Fauzi ) Pemohon ( Siti Rahmah ) BERSAHA - Bersih, Santun, Hangat dan Jelas Halaman 1 dari 1"
    )


def test_receipt_reprint_is_marked_salinan_at_the_top() -> None:
    [text] = pages_text(receipt_pdf(receipt_data(reprint=True), office(), "A4"))
    assert text.count("SALINAN") == 1
    assert text.index("SALINAN") < text.index("TANDA TERIMA BERKAS")


def test_receipt_without_working_day_due_date_states_the_time_limit() -> None:
    [text] = pages_text(receipt_pdf(receipt_data(due_on=None, sla_text="3 bulan"), office(), "A4"))
    assert re.search(r"Jangka waktu\s*:\s*3 bulan", text), text
    assert "Desember" not in text and "Batas waktu" not in text
    assert "hari kerja" not in text  # a limit in months is not counted in working days


def test_receipt_with_proxy() -> None:
    proxy = "Dikuasakan kepada Budi Santoso (NIK 6311010101800002) dengan surat kuasa"
    [text] = pages_text(receipt_pdf(receipt_data(proxy_line=proxy), office(), "A4"))
    assert proxy in text
    assert "Kuasa Pemohon" in text


def test_receipt_long_item_list_spans_pages() -> None:
    pdf = receipt_pdf(receipt_data(items=checked_items(40)), office(png_logo()), "F4")
    texts = pages_text(pdf)
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert f"Halaman {number} dari {len(texts)}" in text
        assert "Dokumen persyaratan" in text  # the table header repeats on every page
    everything = " ".join(texts)
    assert "an. Dokumen pendukung nomor 40" in everything
    assert "Pindai untuk melacak berkas" in texts[-1] and "Ahmad Fauzi" in texts[-1]


def test_fonts_embedded_and_output_deterministic() -> None:
    first = receipt_pdf(receipt_data(reprint=True), office(png_logo()), "F4")
    assert b"/FontFile2" in first and b"/Helvetica" not in first
    assert {name.split("+")[-1] for name in fonts(first) if name} <= {
        "DejaVuSans",
        "DejaVuSans-Bold",
        "DejaVuSans-Oblique",
    }
    assert receipt_pdf(receipt_data(reprint=True), office(png_logo()), "F4") == first
    assert receipt_pdf(receipt_data(reprint=True, counter_name="Loket 3"), office(png_logo()), "F4") != first
    slip = return_slip_pdf(return_slip_data(), office(), "A4")
    assert b"/FontFile2" in slip and b"/Helvetica" not in slip
    assert return_slip_pdf(return_slip_data(), office(), "A4") == slip


def test_return_slip_lists_each_problem_with_its_reason_and_not_the_fine_items() -> None:
    data = return_slip_data(problems=FINE[:1] + problems() + FINE[1:])
    [text] = pages_text(return_slip_pdf(data, office(), "F4"))
    for expected in (
        "SURAT PENGEMBALIAN BERKAS",
        "Nomor: KB/2026/11/0007",
        "Siti Rahmah",
        "Surat Izin Praktik Dokter Gigi",
        "belum lengkap dan/atau belum sesuai",
        "1. c. Surat keterangan sehat dari dokter Tidak ada belum dilampirkan",
        "2. 1) Pas foto 4x6 berlatar merah Ada tetapi tidak sesuai latar foto biru, bukan merah",
        "3. e. Fotokopi STR yang dilegalisir Ada tetapi tidak sesuai masa berlaku STR sudah habis",
        "Silakan lengkapi dokumen di atas lalu ajukan kembali.",
        "Rabu, 25 November 2026 10:40",
        "Ahmad Fauzi",
        "Loket 2",
        "Halaman 1 dari 1",
    ):
        assert expected in text, expected
    for absent in ("Fotokopi KTP pemohon", "Akta pendirian", "Ada dan sesuai", "Tidak berlaku", "SALINAN"):
        assert absent not in text, absent


def test_return_slip_reprint_is_marked_salinan() -> None:
    [text] = pages_text(return_slip_pdf(return_slip_data(reprint=True), office(), "A4"))
    assert text.index("SALINAN") < text.index("SURAT PENGEMBALIAN BERKAS")


def test_nothing_to_return_or_unknown_status_is_refused_in_indonesian() -> None:
    with pytest.raises(RenderError, match="berkas tidak perlu dikembalikan"):
        return_slip_pdf(return_slip_data(problems=FINE), office(), "A4")
    with pytest.raises(RenderError, match="status pemeriksaan 'hilang' tidak dikenal"):
        receipt_pdf(receipt_data(items=[CheckedItem("a.", "KTP", "hilang")]), office(), "A4")
    with pytest.raises(RenderError, match="berkas tidak perlu dikembalikan"):
        return_slip_bytes(return_slip_data(problems=[]), 58)


def test_markup_characters_are_printed_literally() -> None:
    data = receipt_data(
        applicant_name="CV <Maju> & Jaya", items=[CheckedItem("a.", "Izin <lama> & baru", "ada_sesuai")]
    )
    [text] = pages_text(receipt_pdf(data, office(), "A4"))
    assert "CV <Maju> & Jaya" in text and "Izin <lama> & baru" in text


# --- ESC/POS ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", [58, 80])
def test_thermal_receipt_fits_has_qr_and_cut(paper: int) -> None:
    data = receipt_data(
        applicant_name="PT Maju Jaya Sejahtera Abadi Kalimantan Selatan Nusantara",
        proxy_line="Dikuasakan kepada Budi Santoso (NIK 6311010101800002) dengan surat kuasa",
        items=[*checked_items(6), CheckedItem("g.", LONG, "ada_sesuai", level=2)],
    )
    raw = receipt_bytes(data, paper, office())
    assert_fits(raw, COLUMNS[paper])
    receipt = read_escpos(raw)
    assert receipt.qr_payloads == [data.qr_payload.encode()]
    assert receipt.cuts == 1 and raw.endswith(b"\x1dV\x00")
    assert raw.startswith(b"\x1b@\x1bt\x00")
    [number] = [line for line in receipt.lines if line.text == "503/0001/DPMPTSP/XI/2026"]
    assert number.height == 2 and number.bold


def test_thermal_receipt_content() -> None:
    raw = receipt_bytes(receipt_data(), 58, office())
    text = thermal_text(raw)
    for expected in (
        "Dinas Penanaman Modal",
        "TANDA TERIMA BERKAS",
        "Pemohon: Siti Rahmah",
        "NIK 6311015508900001",
        "Surat Izin Praktik Dokter Gigi (SIP-DRG)",
        "a. Fotokopi KTP pemohon yang masih berlaku [Ada dan sesuai]",
        "2) SK pengesahan Kemenkumham [Tidak berlaku (pemohon perorangan)]",
        "Diterima: Rabu, 25 November 2026",
        "Selesai paling lambat: Senin, 7 Desember 2026",
        "hari kerja",
        "Petugas: Ahmad Fauzi",
        "Loket: Loket 2",
        "Pindai untuk melacak berkas",
    ):
        assert expected in text, expected
    assert "SALINAN" not in text
    lines = read_escpos(raw).lines
    child = next(line.text for line in lines if "Akta pendirian" in line.text)
    parent = next(line.text for line in lines if "Dokumen badan usaha" in line.text)
    assert len(child) - len(child.lstrip()) > len(parent) - len(parent.lstrip())


def test_thermal_receipt_time_limit_without_due_date() -> None:
    text = thermal_text(receipt_bytes(receipt_data(due_on=None, sla_text="3 bulan"), 80))
    assert "Jangka waktu: 3 bulan" in text
    assert "Selesai paling lambat" not in text and "hari kerja" not in text


@pytest.mark.parametrize("paper", [58, 80])
def test_thermal_return_slip_names_problems_with_reasons(paper: int) -> None:
    data = return_slip_data(problems=FINE[:1] + problems() + FINE[1:], variant="Perpanjangan")
    raw = return_slip_bytes(data, paper)
    assert_fits(raw, COLUMNS[paper])
    receipt = read_escpos(raw)
    assert receipt.cuts == 1 and receipt.qr_payloads == []
    text = thermal_text(raw)
    for expected in (
        "SURAT PENGEMBALIAN BERKAS",
        "Nomor: KB/2026/11/0007",
        "Varian: Perpanjangan",
        "1. c. Surat keterangan sehat dari dokter Tidak ada: belum dilampirkan",
        "2. 1) Pas foto 4x6 berlatar merah Ada tetapi tidak sesuai: latar foto biru, bukan merah",
        "3. e. Fotokopi STR yang dilegalisir Ada tetapi tidak sesuai: masa berlaku STR sudah habis",
        "Silakan lengkapi dokumen di atas lalu ajukan kembali.",
        "Diperiksa: Rabu, 25 November 2026 10:40",
    ):
        assert expected in text, expected
    assert "Fotokopi KTP" not in text and "Akta pendirian" not in text


@pytest.mark.parametrize("render", [receipt_bytes, return_slip_bytes])
def test_thermal_salinan_only_on_reprint(render) -> None:
    data = receipt_data if render is receipt_bytes else return_slip_data
    assert b"SALINAN" not in render(data(reprint=False), 58)
    [marker] = [line for line in read_escpos(render(data(reprint=True), 58)).lines if line.text == "SALINAN"]
    assert marker.width == 2 and marker.bold


def test_thermal_unsupported_width_is_refused() -> None:
    with pytest.raises(RenderError, match="lebar kertas 70 mm tidak didukung"):
        receipt_bytes(receipt_data(), 70)


@pytest.mark.parametrize("count", range(14, 40, 3))
def test_dates_and_signatures_never_stand_alone_on_the_last_page(count: int) -> None:
    """Issue 18: the receipt's last page always carries checklist rows with the dates and the signatures."""
    texts = pages_text(receipt_pdf(receipt_data(items=checked_items(count)), office(), "A4"))
    last = texts[-1]
    assert "Tanggal diterima" in last and "( Ahmad Fauzi )" in last
    assert f"Dokumen pendukung nomor {count} yang telah dilegalisir" in last
    assert not any("Tanggal diterima" in text for text in texts[:-1])


def test_a_payment_slip_and_a_later_condition_on_the_receipt() -> None:
    from datetime import date

    from printing.records import PaymentRecord
    from printing.terbilang import rupiah_terbilang

    slip = PaymentRecord("BS-2026-000123", 1_500_000, date(2026, 11, 20))
    items = [
        *checked_items(3),
        CheckedItem("d.", "Membayar dana usaha kesejahteraan sosial", "ada_sesuai", payment=slip),
        CheckedItem("e.", "Membayar biaya permohonan izin UGB", "menunggu", "diperiksa sebelum SK diserahkan"),
    ]
    text = " ".join(pages_text(receipt_pdf(receipt_data(items=items), office(), "A4")))
    assert (
        "Bukti setor no. BS-2026-000123 tanggal 20 November 2026: Rp 1.500.000 (satu juta lima ratus ribu rupiah)"
        in text
    )
    assert "Dipenuhi kemudian diperiksa sebelum SK diserahkan" in text
    thermal = receipt_bytes(receipt_data(items=items), 80).decode("cp437")
    assert "BS-2026-000123" in thermal and "Dipenuhi kemudian" in thermal
    assert rupiah_terbilang(0) == "Rp 0 (nol rupiah)"
    with pytest.raises(TypeError):
        rupiah_terbilang(-5)


@pytest.mark.parametrize("paper", ["A4", "F4"])
@pytest.mark.parametrize("count", [4, 6, 9, 14, 20])
def test_the_signatures_never_stand_alone_on_a_page(paper, count):
    """A receipt whose items fill the first page carries its last items over with the signatures (issue 15: a
    six-item receipt pushed only its signatures to page 2)."""
    document = pdfium.PdfDocument(receipt_pdf(receipt_data(items=checked_items(count)), office(), paper))
    last = document[len(document) - 1].get_textpage().get_text_range()
    assert "( Ahmad Fauzi )" in last
    assert "Ada dan sesuai" in last or "Tidak berlaku" in last
