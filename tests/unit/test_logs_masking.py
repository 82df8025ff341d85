"""Personal data never reaches Loket's log files: NIK, phone, NPWP, email, passwords and tokens are masked."""

import logging

import pytest

from db.core.logs import PersonalDataFilter, configure_logging, mask

NIK = "6311012304870002"
PHONE = "+62 812-3456-7890"
MOBILE = "081298765432"


@pytest.fixture
def loket_log(loket_home):
    configure_logging("uji-masking")
    root = logging.getLogger()
    [handler] = [h for h in root.handlers if getattr(h, "loket_program", None) == "uji-masking"]
    yield loket_home / "logs" / "uji-masking.log"
    root.removeHandler(handler)
    handler.close()


def test_a_log_line_with_nik_phone_and_token_is_written_masked(loket_log):
    log = logging.getLogger("loket.uji")
    log.warning("pemohon NIK %s telp %s / %s token=%s", NIK, PHONE, MOBILE, "abcDEF123456")
    try:
        raise ValueError(f"NIK {NIK} ditolak, password=Sandi-Rahasia-1")
    except ValueError:
        log.exception("gagal untuk %s", "budi.santoso@gmail.com")
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = loket_log.read_text(encoding="utf-8")
    assert "NIK 631101********** telp +** ***-****-*890 / *********432 token=********" in written
    assert "***@gmail.com" in written and "ValueError" in written
    for secret in (NIK, "3456-7890", MOBILE, "abcDEF123456", "Sandi-Rahasia-1", "budi.santoso"):
        assert secret not in written


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NPWP 01.234.567.8-901.234", "NPWP **.***.***.*-***.234"),
        ("NPWP 012345678901234", "NPWP ************234"),
        ("HP 6281234567890", "HP **********890"),
        ('{"api_key": "k-123456"}', '{"api_key": "********"}'),
        ("kata_sandi: rahasia", "kata_sandi: ********"),
        ("postgresql://loket:sandi@10.0.0.5/aula", "postgresql://loket:********@10.0.0.5/aula"),
        ("Authorization: Bearer eyJhbGciOiJI.abc", "Authorization: Bearer ********"),
        ("tiket A-001 pukul 2025-03-04 08:12:33 durasi 125", "tiket A-001 pukul 2025-03-04 08:12:33 durasi 125"),
    ],
)
def test_mask_rules(text, expected):
    assert mask(text) == expected
    assert mask(expected) == expected


def test_filter_keeps_every_record():
    record = logging.LogRecord("loket", logging.INFO, __file__, 1, "NIK %s", (NIK,), None)
    assert PersonalDataFilter().filter(record) is True
    assert record.getMessage() == "NIK 631101**********"
