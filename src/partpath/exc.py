"""The small family of errors partpath raises; each carries the HTTP status it maps to."""

from __future__ import annotations


class PartpathError(Exception):
    """Base of every error partpath reports to a user (one clear line, no traceback)."""

    status_code = 400


class NotFound(PartpathError):
    """A case, item, component, photo or source id that does not exist."""

    status_code = 404


class InvalidInput(PartpathError):
    """Input that does not fit what was expected; the message names where and what."""

    status_code = 422


class Conflict(PartpathError):
    """The request clashes with what is already stored (a duplicate id, a forbidden change)."""

    status_code = 409


class StoreError(PartpathError):
    """The store is missing, unreachable or at a schema this version cannot use."""

    status_code = 503


class IntegrityError(PartpathError):
    """Stored evidence no longer matches its SHA-256: it was altered or damaged."""

    status_code = 500
