"""The two kinds of expected failure, each carrying a message a counter officer can read (Indonesian).

`DomainError`: the input or the state forbids the operation (wrong password, locked account, invalid setting).
`EnvironmentFault`: the machine forbids it (database unreachable, locked, read-only, full disk, corrupt, too new).
Anything else is a bug: the UI logs it and shows the crash dialog.
"""

from __future__ import annotations


class LoketError(Exception):
    """Base of every expected failure; `message` is shown to the user as is."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class DomainError(LoketError):
    """Bad input or a forbidden state change; nothing was written."""


class NotFound(DomainError):
    pass


class AuthError(DomainError):
    """Sign-in refused (wrong password, unknown user, locked or inactive account)."""


class PermissionDenied(DomainError):
    pass


class EnvironmentFault(LoketError):
    """The database or the disk cannot do what was asked; nothing was half-written."""


class SchemaTooNew(EnvironmentFault):
    pass
