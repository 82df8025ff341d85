"""Rotating log files in the data folder, one per program, with personal data masked in every record.

A log file travels: it is attached to support requests and copied into support bundles. So NIK, phone numbers, NPWP,
email addresses and anything that looks like a password or token are masked before a record reaches any of Loket's
handlers (`PersonalDataFilter`); `mask()` is the same rule for text written elsewhere (support bundles).
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler

from db.core.paths import logs_dir

_SECRET_WORDS = r"password|passwd|pwd|kata_?sandi|sandi|secret|rahasia|token|access_token|api[_-]?key|apikey"
_RULES: list[tuple[re.Pattern[str], object]] = [
    # password=..., token: "...", api_key=...: keep the name, hide the value
    (re.compile(rf"(?i)\b((?:\w*?)(?:{_SECRET_WORDS}))(\"?'?\s*[=:]\s*\"?'?)([^\s\"'&,;]+)"), r"\1\2********"),
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]{6,}"), r"\1 ********"),
    # credentials inside a URL: scheme://user:secret@host
    (re.compile(r"(://[^:/@\s]+):([^@/\s]+)@"), r"\1:********@"),
    # NIK: 16 digits -> first 6 (region code) kept
    (re.compile(r"(?<!\d)(\d{6})\d{10}(?!\d)"), r"\1**********"),
    # NPWP: 99.999.999.9-999.999 or 15 plain digits -> only the last 3 digits kept
    (re.compile(r"(?<!\d)\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}(?!\d)|(?<!\d)\d{15}(?!\d)"), "digits"),
    # Indonesian mobile numbers: +62 8.., 62 8.., 08.. with spaces or dashes -> only the last 3 digits kept
    (re.compile(r"(?<![\w+])(?:\+62|62|0)[\s-]?8\d(?:[\s-]?\d){6,11}(?!\d)"), "digits"),
    # email: the local part is hidden, the domain kept (useful to tell gmail from the office's own)
    (re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"), r"***@\1"),
]


def _keep_last_three(match: re.Match[str]) -> str:
    text = match.group(0)
    total = sum(char.isdigit() for char in text)
    seen, out = 0, []
    for char in text:
        if char.isdigit():
            seen += 1
            out.append(char if seen > total - 3 else "*")
        else:
            out.append(char)
    return "".join(out)


def mask(text: str) -> str:
    """The text with personal data and secrets masked (idempotent: masking twice changes nothing more)."""
    for pattern, replacement in _RULES:
        text = pattern.sub(_keep_last_three if replacement == "digits" else replacement, text)
    return text


class PersonalDataFilter(logging.Filter):
    """Masks personal data in the message, its arguments and any traceback of a record; never drops a record."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must still be logged (masked) rather than lost
            message = f"{record.msg!r} {record.args!r}"
        record.msg, record.args = mask(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
        return True


def configure_logging(program: str, level: int = logging.INFO) -> None:
    root = logging.getLogger()
    # python-escpos calls logging.basicConfig() on import, which would echo every library's INFO lines to the
    # officer's terminal; Loket's logs go to its files only.
    for stray in [h for h in root.handlers if type(h) is logging.StreamHandler]:
        root.removeHandler(stray)
    if any(getattr(handler, "loket_program", None) == program for handler in root.handlers):
        return
    try:
        handler = RotatingFileHandler(
            logs_dir() / f"{program}.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        return  # A read-only data folder must not stop the program; the failure shows where it matters.
    handler.loket_program = program
    handler.addFilter(PersonalDataFilter())
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
