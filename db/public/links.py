"""The secrets that open a ticket's or a file's public page, and the links printed as QR codes.

A link is a split token: the row's id (a random UUID, never the ticket or registration number) selects the row, and
the row's `public_token` (secrets.token_urlsafe, 192 bits) is its verifier, compared with hmac.compare_digest, so
neither the database lookup nor the comparison tells an attacker how close a guess came. The short code printed
under the QR (10 characters, 50 bits, Crockford's alphabet without I, L, O, U so it can be read off paper) opens
the same page from the form; it is the weaker secret, so only the rate-limited form accepts it.
"""

from __future__ import annotations

import hmac
import re
import secrets
import uuid

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
TOKEN_BYTES = 24
TOKEN_LENGTH = 32  # token_urlsafe(24) is always 32 characters
LINK_PATTERN = r"[0-9a-f]{32}[A-Za-z0-9_-]{32}"
_LINK = re.compile(LINK_PATTERN)
# What people type for a character that is not in the alphabet.
_READ_AS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
TICKET_PATH = "antrian"
FILE_PATH = "berkas"


def new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def shown_code(code: str) -> str:
    """The code as printed and shown: two groups of five (K7QM3-XPA9T)."""
    return f"{code[:5]}-{code[5:]}"


def normalise_code(typed: str) -> str | None:
    """The stored form of a typed code (any case, spaces and dashes ignored, O read as 0, I and L as 1), or None
    when it cannot be one."""
    cleaned = re.sub(r"[\s\-.]", "", typed.upper()).translate(_READ_AS)
    if len(cleaned) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in cleaned):
        return None
    return cleaned


def link(row_id: uuid.UUID, token: str) -> str:
    """The path segment of a page: the id's 32 hex digits, then the token."""
    return f"{row_id.hex}{token}"


def split(segment: str) -> tuple[uuid.UUID, str] | None:
    """(id, token) of a link segment, or None when it is not one (the page then says the link is not valid)."""
    if len(segment) != 32 + TOKEN_LENGTH or not _LINK.fullmatch(segment):
        return None
    return uuid.UUID(hex=segment[:32]), segment[32:]


def same_token(stored: str | None, given: str) -> bool:
    """Constant-time comparison (hmac.compare_digest); a row without a token matches nothing."""
    return stored is not None and hmac.compare_digest(stored.encode("ascii"), given.encode("ascii"))


def page_url(base_url: str, kind: str, row_id: uuid.UUID, token: str) -> str:
    """The full address printed as a QR: {base}/antrian/{link} or {base}/berkas/{link}; '' without a base URL (the
    office has not set its public address: nothing is printed)."""
    if not base_url:
        return ""
    return f"{base_url.rstrip('/')}/{kind}/{link(row_id, token)}"


def code_url(base_url: str) -> str:
    """Where a code is typed: printed under the QR beside the code."""
    return f"{base_url.rstrip('/')}/kode" if base_url else ""
