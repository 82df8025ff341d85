"""Applicant identifiers through the real python-stdnum and phonenumbers: what passes, what is refused and why."""

from datetime import date

import pytest

from db.core import validators
from db.core.errors import DomainError

TODAY = date(2026, 6, 1)
MAN = "6311011508900001"  # Balangan (63 11), kecamatan 01, born 15-08-1990, serial 0001
WOMAN = "6311015508900002"  # the same date with 40 added to the day


def refused(function, value, **kwargs) -> str:
    with pytest.raises(DomainError) as caught:
        function(value, **kwargs)
    return caught.value.message


def test_nik_of_a_man_and_a_woman():
    assert validators.nik("6311 01 150890 0001", today=TODAY) == MAN
    assert validators.nik("6311.0155.0890.0002") == WOMAN  # the real today: 1990 is past either way
    man = validators.nik_info(MAN, today=TODAY)
    woman = validators.nik_info(WOMAN, today=TODAY)
    assert man == validators.NikInfo("63", "Kalimantan Selatan", date(1990, 8, 15), "L")
    assert woman == validators.NikInfo("63", "Kalimantan Selatan", date(1990, 8, 15), "P")
    first_of_month = validators.nik_info("6311014101900002", today=TODAY)  # 41 = the 1st, a woman
    assert (first_of_month.birth_date, first_of_month.sex) == (date(1990, 1, 1), "P")
    assert validators.nik_info("6311013101900001", today=TODAY).sex == "L"  # 31 = the 31st, a man


def test_nik_provinces_newer_than_stdnum_table():
    assert validators.nik_info("6501011508900001", today=TODAY).province_name == "Kalimantan Utara"
    assert validators.nik_info("9601011508900001", today=TODAY).province_name == "Papua Barat Daya"


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "NIK wajib diisi."),
        ("631101150890000", "NIK harus 16 angka (tertulis 15)."),
        ("63110115089000011", "NIK harus 16 angka (tertulis 17)."),
        ("63110115089O0001", "NIK hanya boleh berisi angka."),
        ("9911011508900001", "Kode provinsi 99 pada NIK tidak dikenal."),
        ("2011011508900001", "Kode provinsi 20 pada NIK tidak dikenal."),
        ("6311013102900001", "Tanggal lahir pada NIK tidak valid (31-02)."),
        ("6311017102900001", "Tanggal lahir pada NIK tidak valid (31-02)."),  # a woman's 31 February
        ("6311010013900001", "Tanggal lahir pada NIK tidak valid (00-13)."),
        ("6311013508900001", "Tanggal lahir pada NIK tidak valid (35-08)."),
        ("6311012902230001", "Tanggal lahir pada NIK tidak valid (29-02)."),  # 2023 is no leap year
        ("6311011512260001", "Tanggal lahir pada NIK (15-12-2026) belum terjadi."),
    ],
)
def test_nik_refused_with_the_reason(value, message):
    assert refused(validators.nik, value, today=TODAY) == message


def test_nik_century_follows_this_year():
    assert validators.nik_info("6311010101260001", today=TODAY).birth_date == date(2026, 1, 1)
    assert validators.nik_info("6311010101270001", today=TODAY).birth_date == date(1927, 1, 1)
    assert validators.nik_info("6311012902000001", today=TODAY).birth_date == date(2000, 2, 29)


def test_nib():
    assert validators.nib("9120 0011 2233 4") == "9120001122334"
    assert refused(validators.nib, "912000112233") == "NIB harus 13 angka (tertulis 12)."
    assert refused(validators.nib, "91200011223X4") == "NIB hanya boleh berisi angka."
    assert refused(validators.nib, "  ") == "NIB wajib diisi."


def test_npwp_old_and_new_formats():
    assert validators.npwp("01.312.166.0-091.000") == "013121660091000"
    assert validators.format_npwp("013121660091000") == "01.312.166.0-091.000"
    assert validators.npwp("0013121660091000") == "0013121660091000"  # an entity: 0 + the old 15
    assert validators.format_npwp("0013121660091000") == "001.312.166.0-091.000"
    assert validators.npwp(MAN, today=TODAY) == MAN  # a person: the NIK
    assert validators.format_npwp(MAN) == MAN


def test_npwp_refused():
    assert refused(validators.npwp, "01.312.166.1-091.000") == "Angka pemeriksa NPWP 01.312.166.1-091.000 tidak cocok."
    assert refused(validators.npwp, "0013121661091000") == "Angka pemeriksa NPWP 001.312.166.1-091.000 tidak cocok."
    assert refused(validators.npwp, "9911011508900001") == (
        "NPWP 16 angka yang tidak diawali 0 adalah NIK: Kode provinsi 99 pada NIK tidak dikenal."
    )
    assert refused(validators.npwp, "0131216600910") == "NPWP harus 15 atau 16 angka (tertulis 13)."


@pytest.mark.parametrize(
    ("typed", "e164", "shown"),
    [
        ("0812-3456-7890", "+6281234567890", "0812-3456-7890"),
        ("+62 812 3456 7890", "+6281234567890", "0812-3456-7890"),
        ("6281234567890", "+6281234567890", "0812-3456-7890"),
        ("(0526) 2028114", "+625262028114", "(0526) 2028114"),
        ("0526.2028114", "+625262028114", "(0526) 2028114"),
        ("021-5551234", "+62215551234", "(021) 5551234"),
    ],
)
def test_phone_forms(typed, e164, shown):
    assert validators.phone(typed) == e164
    assert validators.format_phone(e164) == shown


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Nomor telepon wajib diisi."),
        ("0812-ABCD-7890", "Nomor telepon hanya boleh berisi angka, spasi, +, -, titik dan tanda kurung."),
        ("0812", "Nomor telepon '0812' terlalu pendek."),
        ("0812345678901234567", "Nomor telepon '0812345678901234567' terlalu panjang."),
        ("+65 6123 4567", "Nomor telepon '+65 6123 4567' bukan nomor Indonesia (+62)."),
        ("0000 0000000", "Nomor telepon '0000 0000000' tidak valid (kode area atau operator tidak dikenal)."),
        ("+", "Nomor telepon '+' tidak dapat dibaca."),
    ],
)
def test_phone_refused(value, message):
    assert refused(validators.phone, value) == message


def test_email():
    assert validators.email("  Budi.Santoso@DPMPTSP.Balangankab.GO.ID ") == "Budi.Santoso@dpmptsp.balangankab.go.id"
    assert validators.email("a+izin@mail.com") == "a+izin@mail.com"
    assert refused(validators.email, "") == "Alamat email wajib diisi."
    assert refused(validators.email, "budi.mail.com") == "Alamat email harus berisi tepat satu tanda @."
    assert refused(validators.email, "a@b@c.com") == "Alamat email harus berisi tepat satu tanda @."
    assert refused(validators.email, "@mail.com") == "Alamat email tidak lengkap: bagian sebelum @ kosong."
    assert refused(validators.email, "budi santoso@mail.com") == (
        "Bagian sebelum @ pada alamat email ('budi santoso') tidak valid."
    )
    assert refused(validators.email, "budi@mail") == "Domain email 'mail' tidak valid."
    assert refused(validators.email, "budi@mail..com") == "Domain email 'mail..com' tidak valid."
    assert refused(validators.email, "budi@-mail.com") == "Domain email '-mail.com' tidak valid."


def test_person_name():
    assert validators.person_name("  Siti   Nurhaliza ") == "Siti Nurhaliza"
    assert validators.person_name("H. Muh. Ali, S.H.") == "H. Muh. Ali, S.H."
    assert validators.person_name("Ma\u2019ruf Al-Amin") == "Ma'ruf Al-Amin"
    assert validators.person_name("Ni Luh Putu Ayu") == "Ni Luh Putu Ayu"
    assert refused(validators.person_name, "   ") == "Nama wajib diisi."
    assert refused(validators.person_name, "A") == "Nama harus 2 sampai 100 karakter (tertulis 1)."
    assert refused(validators.person_name, "A" * 101) == "Nama harus 2 sampai 100 karakter (tertulis 101)."
    assert refused(validators.person_name, "Budi 2 <x>") == (
        "Nama mengandung karakter yang tidak diperbolehkan: '2' '<' '>'."
    )
    assert refused(validators.person_name, "-.-") == "Nama harus mengandung huruf."
