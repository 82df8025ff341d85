"""The verification payload printed as a QR code on a decree: compact JSON signed with the office's Ed25519 key.

    SK1.<base64url(json)>.<base64url(signature)>

The JSON holds the decree number (n), registration number (r), holder (h), service code (s), signing date (d),
the SHA-256 of the decree's content PDF (x, first 16 bytes) and the key id (k). Changing any character breaks the
signature. Pure: no database, no files.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the keys come from db.decrees.keys, which imports cryptography when it makes or loads one
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "SK1"


@dataclass(frozen=True)
class DecreeClaims:
    decree_number: str
    registration_number: str
    holder: str
    service_code: str
    signed_on: str  # ISO date
    content_hash: str  # hex, 32 characters
    key_id: str


class PayloadError(ValueError):
    """Not a Loket decree payload at all, or altered (Indonesian message)."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(claims: DecreeClaims, key: Ed25519PrivateKey) -> str:
    body = json.dumps(
        {
            "n": claims.decree_number,
            "r": claims.registration_number,
            "h": claims.holder,
            "s": claims.service_code,
            "d": claims.signed_on,
            "x": claims.content_hash,
            "k": claims.key_id,
        },
        ensure_ascii=False,
        separators=(",", ":"),
        sort_keys=True,
    ).encode("utf-8")
    encoded = _b64(body)
    signature = key.sign(f"{PREFIX}.{encoded}".encode("ascii"))
    return f"{PREFIX}.{encoded}.{_b64(signature)}"


MAX_LENGTH = 2000  # a real payload is 329-333 characters; anything far longer is not one
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
_FIELDS = ("n", "r", "h", "s", "d", "x", "k")


def looks_like_payload(text: str) -> bool:
    """By its form alone (never by the file system): does this text claim to be a decree payload?"""
    return text.strip().startswith(PREFIX + ".")


def read(payload: str) -> tuple[DecreeClaims, bytes, bytes]:
    """The claims, the signed bytes and the signature; PayloadError when the text is not a decree payload.

    Parses defensively: whatever is scanned or pasted (any length, nesting or field type) ends in claims or
    PayloadError, never another exception.
    """
    if not isinstance(payload, str) or len(payload) > MAX_LENGTH:
        raise PayloadError("Teks ini bukan kode verifikasi SK Loket.")
    parts = payload.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise PayloadError("Teks ini bukan kode verifikasi SK Loket.")
    if not all(_BASE64URL.fullmatch(part) for part in parts[1:]):
        raise PayloadError("Kode verifikasi rusak atau diubah.")
    try:
        data = json.loads(_unb64(parts[1]))
        signature = _unb64(parts[2])
    except (ValueError, RecursionError, binascii.Error) as error:  # UnicodeDecodeError is a ValueError
        raise PayloadError("Kode verifikasi rusak atau diubah.") from error
    if not isinstance(data, dict) or not all(isinstance(data.get(field), str) for field in _FIELDS):
        raise PayloadError("Kode verifikasi rusak atau diubah.")
    claims = DecreeClaims(*(data[field] for field in _FIELDS))
    return claims, f"{parts[0]}.{parts[1]}".encode("ascii"), signature


def signature_valid(signed: bytes, signature: bytes, public_key: Ed25519PublicKey) -> bool:
    from cryptography.exceptions import InvalidSignature

    try:
        public_key.verify(signature, signed)
        return True
    except InvalidSignature:
        return False
