"""Recovered items and their components."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from partpath.evidence.cases import get_case, get_source
from partpath.evidence.records import ComponentIn, ItemIn, apply_changes
from partpath.exc import Conflict, NotFound
from partpath.store.evidence import Component, RecoveredItem


def add_item(session: Session, case_id: str, item: ItemIn) -> RecoveredItem:
    """Record a recovered item in a case; its ref must be new in that case."""
    get_case(session, case_id)
    _check_source(session, case_id, item.source_id)
    if _item_by_ref(session, case_id, item.ref) is not None:
        raise Conflict(f"case {case_id} already has an item {item.ref!r}")
    record = RecoveredItem(case_id=case_id, **item.model_dump())
    session.add(record)
    session.flush()
    return record


def get_item(session: Session, item_id: str, case_id: str | None = None) -> RecoveredItem:
    """The item with this id, or this ref (in ``case_id``, or the only one); else a NotFound."""
    record = session.get(RecoveredItem, item_id)
    if record is None and case_id is not None:
        record = _item_by_ref(session, case_id, item_id)
    if record is None and case_id is None:
        record = _item_by_unique_ref(session, item_id)
    if record is None or (case_id is not None and record.case_id != case_id):
        where = f" in case {case_id}" if case_id else ""
        raise NotFound(f"no recovered item {item_id!r}{where}")
    return record


def list_items(session: Session, case_id: str) -> Sequence[RecoveredItem]:
    """The items of a case in the order they were recorded."""
    get_case(session, case_id)
    query = (
        select(RecoveredItem)
        .where(RecoveredItem.case_id == case_id, RecoveredItem.retired.is_(False))
        .order_by(RecoveredItem.created_at, RecoveredItem.ref)
    )
    return session.scalars(query).all()


def update_item(session: Session, item_id: str, changes: dict[str, Any]) -> RecoveredItem:
    """Correct an item's fields; the previous version stays in the history."""
    record = get_item(session, item_id)
    new_ref = changes.get("ref", record.ref)
    if new_ref != record.ref and _item_by_ref(session, record.case_id, new_ref) is not None:
        raise Conflict(f"case {record.case_id} already has an item {changes['ref']!r}")
    _check_source(session, record.case_id, changes.get("source_id"))
    apply_changes(record, ItemIn, changes)
    session.flush()
    return record


def add_component(session: Session, item_id: str, component: ComponentIn) -> Component:
    """Record a component found in an item; its ref must be new in that item."""
    item = get_item(session, item_id)
    _check_source(session, item.case_id, component.source_id)
    if _component_by_ref(session, item.id, component.ref) is not None:
        raise Conflict(f"item {item.ref} already has a component {component.ref!r}")
    record = Component(item_id=item.id, **component.model_dump())
    session.add(record)
    session.flush()
    return record


def get_component(session: Session, component_id: str) -> Component:
    """The component with this id, or a NotFound."""
    record = session.get(Component, component_id)
    if record is None:
        raise NotFound(f"no component {component_id!r}")
    return record


def list_components(session: Session, item_id: str) -> Sequence[Component]:
    """The components of an item in the order they were recorded."""
    item = get_item(session, item_id)
    query = (
        select(Component)
        .where(Component.item_id == item.id, Component.retired.is_(False))
        .order_by(Component.created_at, Component.ref)
    )
    return session.scalars(query).all()


def list_case_components(session: Session, case_id: str) -> Sequence[Component]:
    """Every current component of every current item of a case."""
    query = (
        select(Component)
        .join(RecoveredItem, Component.item_id == RecoveredItem.id)
        .where(
            RecoveredItem.case_id == case_id,
            RecoveredItem.retired.is_(False),
            Component.retired.is_(False),
        )
        .order_by(RecoveredItem.ref, Component.ref)
    )
    return session.scalars(query).all()


def update_component(session: Session, component_id: str, changes: dict[str, Any]) -> Component:
    """Correct a component, or record its verified maker; old versions are kept."""
    record = get_component(session, component_id)
    new_ref = changes.get("ref", record.ref)
    if new_ref != record.ref and _component_by_ref(session, record.item_id, new_ref) is not None:
        raise Conflict(f"the item already has a component {changes['ref']!r}")
    item = get_item(session, record.item_id)
    _check_source(session, item.case_id, changes.get("source_id"))
    apply_changes(record, ComponentIn, changes)
    session.flush()
    return record


def _item_by_ref(session: Session, case_id: str, ref: str) -> RecoveredItem | None:
    query = select(RecoveredItem).where(
        RecoveredItem.case_id == case_id,
        or_(RecoveredItem.ref == ref, RecoveredItem.id == ref),
    )
    return session.scalars(query).first()


def _item_by_unique_ref(session: Session, ref: str) -> RecoveredItem | None:
    found = session.scalars(select(RecoveredItem).where(RecoveredItem.ref == ref).limit(2)).all()
    if len(found) > 1:
        raise Conflict(f"item ref {ref!r} is used in several cases; give the item id instead")
    return found[0] if found else None


def _component_by_ref(session: Session, item_id: str, ref: str) -> Component | None:
    query = select(Component).where(Component.item_id == item_id, Component.ref == ref)
    return session.scalars(query).first()


def _check_source(session: Session, case_id: str, source_id: str | None) -> None:
    if source_id:
        get_source(session, source_id, case_id)
