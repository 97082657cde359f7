"""Routes of the sanctions lists: the active versions, a list's versions, one entry."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from partpath.api.deps import SessionDep
from partpath.lists.snapshots import (
    ListVersionInfo,
    active_versions,
    get_list_entry,
    list_versions,
)

router = APIRouter(tags=["lists"])


class StoredFileOut(BaseModel):
    """One file of a list version, as kept in the file store."""

    name: str = Field(examples=["sdn.csv"])
    sha256: str
    size: int


class ListVersionOut(BaseModel):
    """One version of one list: what was loaded, from where, when, by whom, its status."""

    id: str = Field(examples=["lv_alvrf4a7svav"])
    dataset: str = Field(examples=["us_ofac_sdn"])
    number: int = Field(examples=[3])
    label: str = Field(examples=["us_ofac_sdn@3:99aa5d0e2509"])
    format: str = Field(examples=["ofac_csv"])
    source: str
    sha256: str
    files: list[StoredFileOut]
    status: str = Field(examples=["active", "superseded", "failed"])
    entity_count: int
    name_count: int
    published_on: dt.date | None
    loaded_at: dt.datetime
    loaded_by: str
    error: str | None

    @classmethod
    def of(cls, version: ListVersionInfo) -> ListVersionOut:
        """The response record of a version."""
        return cls.model_validate(version.to_dict())


class ListEntryOut(BaseModel):
    """One list entry in partpath's entity model, with the version it comes from."""

    version: ListVersionOut
    entity: dict[str, Any] = Field(
        examples=[{"dataset": "us_ofac_sdn", "entry_id": "36", "schema": "LegalEntity"}]
    )


@router.get("/lists")
def read_active_lists(session: SessionDep) -> list[ListVersionOut]:
    """The active version of every list, as screening uses them."""
    return [ListVersionOut.of(version) for version in active_versions(session)]


@router.get("/lists/{dataset}/versions")
def read_list_versions(session: SessionDep, dataset: str) -> list[ListVersionOut]:
    """Every version of one list, newest first: active, superseded and failed loads."""
    return [ListVersionOut.of(version) for version in list_versions(session, dataset)]


@router.get("/lists/{dataset}/entries/{entry_id}")
def read_list_entry(
    session: SessionDep,
    dataset: str,
    entry_id: str,
    version: str | None = Query(None, description="version number or id; default: active"),
) -> ListEntryOut:
    """One entry of a list by its publisher's id, in the active version (or the one given)."""
    found, entity = get_list_entry(session, dataset, entry_id, version)
    return ListEntryOut(version=ListVersionOut.of(found), entity=entity.to_dict())
