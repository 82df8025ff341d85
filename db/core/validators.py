"""Validate and normalise what an applicant writes on a form: NIK, NIB, NPWP, phone, email, name.

Every function takes the text as typed, returns the normalised value the database stores, or raises DomainError with
an Indonesian message that says exactly what is wrong (the counter officer reads it to the applicant).

python-stdnum supplies the NPWP check digit and the NIK/NPWP clean-up; phonenumbers parses phone numbers. The NIK
place and date checks are ours: stdnum 2.2's place table predates Kalimantan Utara (65) and the 2022 Papua provinces
(92-96), so it rejects real NIKs, and its century guess differs from the rule the office uses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from stdnum import exceptions as stdnum_errors
from stdnum.id import nik as stdnum_nik
from stdnum.id import npwp as stdnum_npwp

from db.core.errors import DomainError

# Kemendagri province codes (the first two digits of a NIK), after the 2022 Papua split.
PROVINCES: dict[str, str] = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}


@dataclass(frozen=True)
class NikInfo:
    province_code: str
    province_name: str
    birth_date: date
    sex: str  # "L" (laki-laki) or "P" (perempuan)


def _digits(value: str | None, label: str, length: int | tuple[int, ...]) -> str:
    """The digits of an identifier typed with spaces, dots or hyphens; DomainError if anything else is wrong."""
    text = stdnum_nik.compact(value or "")  # strips spaces, dots and hyphens
    if not text:
        raise DomainError(f"{label} wajib diisi.")
    if not text.isascii() or not text.isdigit():
        raise DomainError(f"{label} hanya boleh berisi angka.")
    lengths = (length,) if isinstance(length, int) else length
    if len(text) not in lengths:
        wanted = " atau ".join(str(n) for n in lengths)
        raise DomainError(f"{label} harus {wanted} angka (tertulis {len(text)}).")
    return text


def nik_info(value: str, today: date | None = None) -> NikInfo:
    """Check a NIK and decode it: province, birth date (day + 40 for women) and sex.

    The year is two digits: YY greater than this year's two digits means 19YY, otherwise 20YY. The birth date must
    exist and not lie after `today` (bawaan: hari ini).
    """
    today = today or date.today()
    digits = _digits(value, "NIK", 16)
    province = digits[:2]
    if province not in PROVINCES:
        raise DomainError(f"Kode provinsi {province} pada NIK tidak dikenal.")
    day, month, year = int(digits[6:8]), int(digits[8:10]), int(digits[10:12])
    sex = "P" if day > 40 else "L"
    day = day - 40 if day > 40 else day
    century = 1900 if year > today.year % 100 else 2000
    try:
        birth = date(century + year, month, day)
    except ValueError:
        raise DomainError(f"Tanggal lahir pada NIK tidak valid ({day:02d}-{month:02d}).") from None
    if birth > today:
        raise DomainError(f"Tanggal lahir pada NIK ({birth:%d-%m-%Y}) belum terjadi.")
    return NikInfo(province, PROVINCES[province], birth, sex)


def nik(value: str, today: date | None = None) -> str:
    """A valid NIK as its 16 digits (see `nik_info` for the rules)."""
    nik_info(value, today)
    return _digits(value, "NIK", 16)


def nib(value: str) -> str:
    """A NIB (Nomor Induk Berusaha from OSS) as its 13 digits."""
    return _digits(value, "NIB", 13)


NIK_DIGITS, NIB_DIGITS = 16, 13


@dataclass(frozen=True)
class TypedIdentifier:
    """What an officer typed in the one NIK/NIB box, read as the identity of a person or of a business."""

    digits: str
    kind: str  # "business" (a NIB) or "person" (a NIK)


def typed_identifier(value: str) -> TypedIdentifier:
    """13 digits are a NIB (a business); any other count is read as a NIK (a person), checked when it is saved."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return TypedIdentifier(digits, "business" if len(digits) == NIB_DIGITS else "person")


def npwp(value: str, today: date | None = None) -> str:
    """An NPWP as its digits: 15 (old format, check digit verified) or 16 (a NIK for persons, 0 + 15 for entities)."""
    digits = _digits(value, "NPWP", (15, 16))
    if len(digits) == 16 and not digits.startswith("0"):
        try:
            return nik(digits, today)
        except DomainError as error:
            raise DomainError(f"NPWP 16 angka yang tidak diawali 0 adalah NIK: {error.message}") from None
    try:
        return stdnum_npwp.validate(digits)
    except stdnum_errors.ValidationError:
        raise DomainError(f"Angka pemeriksa NPWP {_format_npwp(digits)} tidak cocok.") from None


def _format_npwp(digits: str) -> str:
    shown = digits[1:] if len(digits) == 16 else digits
    prefix = "0" if len(digits) == 16 else ""
    return prefix + stdnum_npwp.format(shown)


def format_npwp(digits: str) -> str:
    """For display: 99.999.999.9-999.999 for the old 15 digits, 0 + that for 0 + 15, a NIK-NPWP unchanged."""
    checked = npwp(digits)
    if len(checked) == 16 and not checked.startswith("0"):
        return checked
    return _format_npwp(checked)


_PHONE_CHARS = re.compile(r"[0-9+()\-. /]+")


def phone(value: str) -> str:
    """An Indonesian phone number (mobile or landline, any common way of writing it) in E.164: '+6281234567890'."""
    text = (value or "").strip()
    if not text:
        raise DomainError("Nomor telepon wajib diisi.")
    if not _PHONE_CHARS.fullmatch(text):  # phonenumbers would read letters as keypad digits
        raise DomainError("Nomor telepon hanya boleh berisi angka, spasi, +, -, titik dan tanda kurung.")
    import phonenumbers  # here: its metadata is not needed on the way to the sign-in window

    try:
        number = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException as error:
        if error.error_type == phonenumbers.NumberParseException.TOO_LONG:
            raise DomainError(f"Nomor telepon '{text}' terlalu panjang.") from None
        if error.error_type in (
            phonenumbers.NumberParseException.TOO_SHORT_NSN,
            phonenumbers.NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            raise DomainError(f"Nomor telepon '{text}' terlalu pendek.") from None
        raise DomainError(f"Nomor telepon '{text}' tidak dapat dibaca.") from None
    if number.country_code != 62:
        raise DomainError(f"Nomor telepon '{text}' bukan nomor Indonesia (+62).")
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == phonenumbers.ValidationResult.TOO_SHORT:
        raise DomainError(f"Nomor telepon '{text}' terlalu pendek.")
    if reason == phonenumbers.ValidationResult.TOO_LONG:
        raise DomainError(f"Nomor telepon '{text}' terlalu panjang.")
    if not phonenumbers.is_valid_number(number):
        raise DomainError(f"Nomor telepon '{text}' tidak valid (kode area atau operator tidak dikenal).")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def messaging_number(value: str) -> str:
    """The number an SMS/WhatsApp gateway takes (and wa.me links): an Indonesian mobile number in E.164 without the
    plus, '6281234567890', from any way of writing it (08xx, +62 8xx, 62-8xx). A landline cannot receive a message:
    DomainError says so."""
    import phonenumbers

    e164 = phone(value)
    number = phonenumbers.parse(e164, "ID")
    kind = phonenumbers.number_type(number)
    if kind not in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE):
        raise DomainError(f"Nomor {format_phone(e164)} bukan nomor HP; SMS/WhatsApp tidak dapat dikirim ke sana.")
    return e164.removeprefix("+")


def format_phone(e164: str) -> str:
    """For display in the national form: '0812-3456-7890', '(0526) 2028114'."""
    import phonenumbers

    number = phonenumbers.parse(phone(e164), "ID")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_DOMAIN_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")


def email(value: str) -> str:
    """A structurally sound email address (no mail is sent to check it), the domain lower-cased."""
    text = (value or "").strip()
    if not text:
        raise DomainError("Alamat email wajib diisi.")
    if text.count("@") != 1:
        raise DomainError("Alamat email harus berisi tepat satu tanda @.")
    local, domain = text.split("@")
    domain = domain.lower()
    if not local:
        raise DomainError("Alamat email tidak lengkap: bagian sebelum @ kosong.")
    if len(local) > 64 or not _EMAIL_LOCAL.fullmatch(local):
        raise DomainError(f"Bagian sebelum @ pada alamat email ('{local}') tidak valid.")
    labels = domain.split(".")
    if (
        len(domain) > 253
        or len(labels) < 2
        or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels)
        or not labels[-1].isalpha()
        or len(labels[-1]) < 2
    ):
        raise DomainError(f"Domain email '{domain}' tidak valid.")
    return f"{local}@{domain}"


_NAME_PUNCTUATION = set(" .,'-")


def person_name(value: str) -> str:
    """A person's name: trimmed, inner spaces collapsed, 2-100 characters of letters, spaces and . , ' -."""
    text = " ".join(unicodedata.normalize("NFC", value or "").replace("\u2019", "'").split())
    if not text:
        raise DomainError("Nama wajib diisi.")
    if not 2 <= len(text) <= 100:
        raise DomainError(f"Nama harus 2 sampai 100 karakter (tertulis {len(text)}).")
    bad = sorted({char for char in text if not char.isalpha() and char not in _NAME_PUNCTUATION})
    if bad:
        shown = " ".join(f"'{char}'" for char in bad)
        raise DomainError(f"Nama mengandung karakter yang tidak diperbolehkan: {shown}.")
    if not any(char.isalpha() for char in text):
        raise DomainError("Nama harus mengandung huruf.")
    return text


# Characters a person never means to type: C0/C1 controls (NUL breaks PostgreSQL and the sync server), except the
# tab and line breaks a multi-line note may hold, and lone surrogates (not text at all).
_ALLOWED_CONTROLS_MULTILINE = frozenset("\t\n\r")


def _bad_character(char: str, multiline: bool) -> bool:
    if multiline and char in _ALLOWED_CONTROLS_MULTILINE:
        return False
    return unicodedata.category(char) in ("Cc", "Cs")


def text(value: str | None, label: str, max_length: int, *, required: bool = False, multiline: bool = False) -> str:
    """Free text a person typed (an address, a reason, a note): trimmed, NFC, at most `max_length` characters.

    Refuses control characters (a pasted NUL or escape code), so SQLite and PostgreSQL store exactly the same
    things and every synced row is valid JSON text on the server. Single-line fields also refuse line breaks.
    Returns "" for an empty optional field.
    """
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise DomainError(f"{label} harus berupa teks.")
    cleaned = unicodedata.normalize("NFC", value).strip()
    if not cleaned:
        if required:
            raise DomainError(f"{label} wajib diisi.")
        return ""
    if any(_bad_character(char, multiline) for char in cleaned):
        kind = "karakter kendali" if multiline else "karakter kendali atau baris baru"
        raise DomainError(f"{label} mengandung {kind} yang tidak diperbolehkan.")
    if len(cleaned) > max_length:
        raise DomainError(f"{label} maksimal {max_length} karakter (tertulis {len(cleaned)}).")
    return cleaned


MAX_COUNTER_NUMBER = 99


def counter_number(value: int) -> int:
    """A counter's number, 1-99 (the counter setup's range). A number no counter can have is refused here, before
    SQLite's 64-bit integers overflow on it (OverflowError) and PostgreSQL compares it happily."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_COUNTER_NUMBER:
        shown = str(value) if len(str(value)) <= 12 else str(value)[:12] + "..."
        raise DomainError(f"Nomor loket harus 1 sampai {MAX_COUNTER_NUMBER} (tertulis {shown}).")
    return value
