"""Routes for recovered items, their components, custody and the history of any record."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, Field

from partpath.api.deps import SessionDep
from partpath.evidence.custody import list_custody, record_custody
from partpath.evidence.history import record_history, retire_record
from partpath.evidence.items import (
    add_component,
    add_item,
    get_component,
    get_item,
    list_components,
    list_items,
    update_component,
    update_item,
)
from partpath.evidence.records import (
    ComponentIn,
    ComponentOut,
    CustodyIn,
    CustodyOut,
    ItemIn,
    ItemOut,
    RevisionOut,
)

router = APIRouter(tags=["items"])

ItemChanges = Annotated[
    dict[str, Any],
    Body(description="the ItemIn fields to change", examples=[{"variant": "Kh-101 (2023)"}]),
]
ComponentChanges = Annotated[
    dict[str, Any],
    Body(
        description="the ComponentIn fields to change",
        examples=[{"maker_verified": "Analog Devices"}],
    ),
]


@router.get("/cases/{case_id}/items")
def read_items(session: SessionDep, case_id: str) -> list[ItemOut]:
    """The current items of a case in the order they were recorded."""
    return [ItemOut.model_validate(item) for item in list_items(session, case_id)]


@router.post("/cases/{case_id}/items", status_code=201)
def record_item(session: SessionDep, case_id: str, item: ItemIn) -> ItemOut:
    """Record a recovered item in a case; its ref must be new in that case."""
    return ItemOut.model_validate(add_item(session, case_id, item))


@router.get("/items/{item_id}")
def read_item(session: SessionDep, item_id: str) -> ItemOut:
    """One recovered item."""
    return ItemOut.model_validate(get_item(session, item_id))


@router.patch("/items/{item_id}")
def change_item(session: SessionDep, item_id: str, changes: ItemChanges) -> ItemOut:
    """Correct an item's fields; the previous version stays in the history."""
    return ItemOut.model_validate(update_item(session, item_id, changes))


@router.get("/items/{item_id}/components")
def read_components(session: SessionDep, item_id: str) -> list[ComponentOut]:
    """The current components of an item."""
    return [ComponentOut.model_validate(part) for part in list_components(session, item_id)]


@router.post("/items/{item_id}/components", status_code=201)
def record_component(session: SessionDep, item_id: str, component: ComponentIn) -> ComponentOut:
    """Record a component found in an item, its marking lines exactly as read."""
    return ComponentOut.model_validate(add_component(session, item_id, component))


@router.get("/components/{component_id}")
def read_component(session: SessionDep, component_id: str) -> ComponentOut:
    """One component."""
    return ComponentOut.model_validate(get_component(session, component_id))


@router.patch("/components/{component_id}")
def change_component(
    session: SessionDep, component_id: str, changes: ComponentChanges
) -> ComponentOut:
    """Correct a component or record its verified maker; old versions are kept."""
    return ComponentOut.model_validate(update_component(session, component_id, changes))


@router.get("/items/{item_id}/custody")
def read_custody(session: SessionDep, item_id: str) -> list[CustodyOut]:
    """An item's chain of custody in the order it happened."""
    return [CustodyOut.model_validate(event) for event in list_custody(session, item_id)]


@router.post("/items/{item_id}/custody", status_code=201)
def append_custody(session: SessionDep, item_id: str, event: CustodyIn) -> CustodyOut:
    """Append one step to an item's chain of custody; steps are never changed."""
    return CustodyOut.model_validate(record_custody(session, item_id, event))


@router.get("/history/{record_id}", tags=["history"])
def read_history(session: SessionDep, record_id: str) -> list[RevisionOut]:
    """Every version of a case, source, item, component or photo, oldest first."""
    return [RevisionOut.model_validate(rev) for rev in record_history(session, record_id)]


class Retirement(BaseModel):
    """Why a record is withdrawn from the current view."""

    reason: str = Field(min_length=1, examples=["entered twice by mistake"])


@router.post("/records/{record_id}/retire", tags=["history"])
def retire(session: SessionDep, record_id: str, body: Retirement) -> RevisionOut:
    """Retire an item, component, photo, source or case; it is kept with its history."""
    record = retire_record(session, record_id, body.reason)
    return RevisionOut.model_validate(record_history(session, record.id)[-1])
