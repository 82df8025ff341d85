"""The office's signing key: the private key lives in the data folder (keys/, never in the database or its
backups); the public keys are registered in the database so every PC can verify."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from db.core import audit
from db.core.actor import Actor, utc_now
from db.core.engine import Database, translate_faults
from db.core.errors import DomainError
from db.core.paths import data_dir
from db.models.decrees import SigningKey

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

# cryptography (7 MiB) is imported in the functions below: only signing, verifying and the key commands need it.

KEY_FILE = "office-ed25519.pem"


def keys_dir() -> Path:
    return data_dir() / "keys"


def key_id(public_key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    raw = public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def public_pem(public_key: Ed25519PublicKey) -> str:
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def load_private() -> Ed25519PrivateKey | None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    path = keys_dir() / KEY_FILE
    if not path.exists():
        return None
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as error:
        raise DomainError(f"Kunci tanda tangan kantor di {path} rusak. Pulihkan atau impor ulang kuncinya.") from error
    if not isinstance(key, Ed25519PrivateKey):
        raise DomainError("Kunci tanda tangan kantor bukan kunci Ed25519.")
    return key


class SigningKeys:
    """The office key pair of this PC and the public keys every PC registered (what verification trusts)."""

    def __init__(self, database: Database):
        self._db = database

    def _register(self, actor: Actor, public_key: Ed25519PublicKey) -> str:
        identifier = key_id(public_key)
        with self._db.transaction() as session:
            if session.scalar(select(SigningKey.id).where(SigningKey.key_id == identifier)) is None:
                session.add(
                    SigningKey(
                        key_id=identifier,
                        public_key=public_pem(public_key),
                        created_at=utc_now(),
                        created_by=actor.username,
                    )
                )
                audit.record(session, actor, "keys.register", "signing_key", identifier)
        return identifier

    def ensure(self, actor: Actor) -> tuple[Ed25519PrivateKey, str]:
        """This PC's signing key, created at first use and its public half registered in the database."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        key = load_private()
        if key is None:
            key = Ed25519PrivateKey.generate()
            folder = keys_dir()
            with translate_faults():
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / KEY_FILE
                path.write_bytes(
                    key.private_bytes(
                        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
                    )
                )
                path.chmod(0o600)
        return key, self._register(actor, key.public_key())

    def export_public(self, actor: Actor) -> tuple[str, str]:
        """(key id, PEM text) of the office's public key, the key created and registered first if need be."""
        key, identifier = self.ensure(actor)
        return identifier, public_pem(key.public_key())

    def import_private(self, actor: Actor, source: Path) -> str:
        """Use the office key exported from the PC that created it (every signing PC must share one key)."""
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        try:
            key = serialization.load_pem_private_key(source.read_bytes(), password=None)
        except (OSError, ValueError, TypeError) as error:
            raise DomainError(f"Berkas kunci tidak dapat dibaca sebagai kunci privat PEM: {source}.") from error
        if not isinstance(key, Ed25519PrivateKey):
            raise DomainError("Berkas itu bukan kunci Ed25519.")
        with translate_faults():
            keys_dir().mkdir(parents=True, exist_ok=True)
            target = keys_dir() / KEY_FILE
            target.write_bytes(source.read_bytes())
            target.chmod(0o600)
        return self._register(actor, key.public_key())

    def public_keys(self) -> dict[str, Ed25519PublicKey]:
        from cryptography.hazmat.primitives import serialization

        with self._db.read() as session:
            rows = session.execute(select(SigningKey.key_id, SigningKey.public_key)).all()
        return {identifier: serialization.load_pem_public_key(pem.encode()) for identifier, pem in rows}
