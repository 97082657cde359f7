"""The version history kept for every record."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from partpath.exc import NotFound
from partpath.store.base import Revision


def record_history(session: Session, record_id: str) -> Sequence[Revision]:
    """Every version of a record, oldest first; a NotFound if it never existed."""
    query = select(Revision).where(Revision.record_id == record_id).order_by(Revision.version)
    revisions = session.scalars(query).all()
    if not revisions:
        raise NotFound(f"no record {record_id!r} has any history")
    return revisions
