"""The domain's errors: plain exceptions that say what went wrong, not how to answer it.

The services (matching, partnering, access, imports) raise these; ``api/errors.py`` maps each kind
to an HTTP status in one table and the CLI prints it as one line. ``field`` names the input at
fault where there is one, so a client can point at it.
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of the domain's errors; ``field`` is the input that caused it, if any."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(DomainError):
    """What was asked for does not exist."""


class Conflict(DomainError):
    """The request is well-formed but conflicts with the current state (a duplicate, a lock, a
    closed deadline, vectors of another model)."""


class Forbidden(DomainError):
    """The caller is known but may not do this."""


class Unauthenticated(DomainError):
    """The caller is not known: no key, or one that is unknown, revoked or expired."""


class Invalid(DomainError):
    """An input breaks a rule that its schema alone cannot state."""


class Unavailable(DomainError):
    """A resource the answer needs is down or not ready; retrying later may succeed."""
