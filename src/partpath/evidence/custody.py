"""The chain of custody of recovered items: append-only events."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from partpath.evidence.items import get_item
from partpath.evidence.records import CustodyIn
from partpath.store.base import new_id, utcnow
from partpath.store.evidence import CustodyEvent, RecoveredItem


def record_custody(session: Session, item_id: str, event: CustodyIn) -> CustodyEvent:
    """Append one step to an item's chain of custody; events are never changed."""
    item = get_item(session, item_id)
    record = CustodyEvent(
        id=new_id("cu"),
        item_id=item.id,
        recorded_by=str(session.info.get("actor") or "unknown"),
        recorded_at=utcnow(),
        **event.model_dump(),
    )
    session.add(record)
    session.flush()
    return record


def list_custody(session: Session, item_id: str) -> Sequence[CustodyEvent]:
    """An item's custody events in the order they happened."""
    item = get_item(session, item_id)
    query = (
        select(CustodyEvent)
        .where(CustodyEvent.item_id == item.id)
        .order_by(CustodyEvent.occurred_at, CustodyEvent.recorded_at)
    )
    return session.scalars(query).all()


def list_case_custody(session: Session, case_id: str) -> Sequence[CustodyEvent]:
    """Every custody event of every item of a case."""
    query = (
        select(CustodyEvent)
        .join(RecoveredItem, CustodyEvent.item_id == RecoveredItem.id)
        .where(RecoveredItem.case_id == case_id)
        .order_by(RecoveredItem.ref, CustodyEvent.occurred_at)
    )
    return session.scalars(query).all()
