"""The version history kept for every record."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from partpath.exc import Conflict, InvalidInput, NotFound
from partpath.store.base import Revision, Versioned
from partpath.store.evidence import Case, Component, Photo, RecoveredItem, Source

VERSIONED: tuple[type[Versioned], ...] = (RecoveredItem, Component, Photo, Source, Case)


def record_history(session: Session, record_id: str) -> Sequence[Revision]:
    """Every version of a record, oldest first; a NotFound if it never existed."""
    query = select(Revision).where(Revision.record_id == record_id).order_by(Revision.version)
    revisions = session.scalars(query).all()
    if not revisions:
        raise NotFound(f"no record {record_id!r} has any history")
    return revisions


def retire_record(session: Session, record_id: str, reason: str) -> Versioned:
    """Withdraw a record from the current view, with the reason; its history is kept.

    Records are never deleted: a retired record stays in the history and in
    exports of its versions, and the reason is kept with the new version.
    """
    if not reason.strip():
        raise InvalidInput("give the reason for retiring the record")
    for model in VERSIONED:
        record = session.get(model, record_id)
        if record is not None:
            break
    else:
        raise NotFound(f"no record {record_id!r}")
    if record.retired:
        raise Conflict(f"{record_id} is already retired")
    session.info["note"] = reason.strip()
    record.retired = True
    session.flush()
    return record
