"""Routes for identifying parts: free text, and the components of the registry."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Body
from pydantic import BaseModel, ConfigDict, Field

from partpath.api.deps import SessionDep, StoreDep
from partpath.markings import Identification, identify_marking
from partpath.markings.catalogue import cached_catalogue
from partpath.markings.components import (
    confirm_identification,
    get_identification,
    suggest_identification,
)
from partpath.markings.identify import rule_book_for

router = APIRouter(tags=["identify"])


class IdentifyRequest(BaseModel):
    """Marking texts to identify."""

    texts: list[str] = Field(min_length=1, max_length=10_000, examples=[["ADI AD9361 BBCZ #1947"]])
    reference: dt.date | None = Field(None, description="read date codes as of this day")


class ComponentIdentificationOut(BaseModel):
    """A component's identification: the suggestion and what an analyst confirmed."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    component_id: str
    status: str
    suggested: dict[str, Any]
    confirmed: dict[str, Any] | None
    engine: str
    version: int


@router.post("/identify")
def identify(
    session: SessionDep, store: StoreDep, request: IdentifyRequest
) -> list[Identification]:
    """Identify each text: maker, part, production window, HS code, CHPL tier, and why."""
    book, catalogue = rule_book_for(store.settings), cached_catalogue(session)
    return [identify_marking(t, book, request.reference, catalogue) for t in request.texts]


@router.post("/components/{component_id}/identification")
def suggest(session: SessionDep, store: StoreDep, component_id: str) -> ComponentIdentificationOut:
    """Suggest (again) an identification of a component from its markings."""
    book = rule_book_for(store.settings)
    record = suggest_identification(session, component_id, book, cached_catalogue(session))
    return ComponentIdentificationOut.model_validate(record)


@router.get("/components/{component_id}/identification")
def read(session: SessionDep, component_id: str) -> ComponentIdentificationOut:
    """A component's identification."""
    return ComponentIdentificationOut.model_validate(get_identification(session, component_id))


@router.post("/components/{component_id}/identification/confirm")
def confirm(
    session: SessionDep,
    component_id: str,
    corrections: Annotated[
        dict[str, Any], Body(examples=[{}, {"manufacturer": "Analog Devices"}])
    ] = {},  # noqa: B006 (FastAPI copies body defaults per request)
) -> ComponentIdentificationOut:
    """Confirm the suggestion as it is (empty body) or with corrections."""
    record = confirm_identification(session, component_id, corrections)
    return ComponentIdentificationOut.model_validate(record)
