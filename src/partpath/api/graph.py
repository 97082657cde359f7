"""Routes of the procurement graph: routes of a part, chokepoints into a country, and
a party's page (spellings, lines, screening hits, red flags, counterparties)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter
from fastapi import Query as Param

from partpath.api.deps import StoreDep
from partpath.graph import (
    ChokepointAnswer,
    PartyPage,
    RouteAnswer,
    find_chokepoints,
    party_page,
    trace_routes,
)

router = APIRouter(tags=["graph"])


@router.get("/routes")
def get_routes(
    store: StoreDep,
    part: Annotated[str, Param(examples=["AD9361"], min_length=2, max_length=100)],
    to_country: Annotated[str | None, Param(examples=["RU"], max_length=100)] = None,
    end_user: Annotated[str | None, Param(max_length=300)] = None,
    limit: Annotated[int, Param(ge=1, le=100)] = 10,
) -> RouteAnswer:
    """The routes of a part from its maker to end users, best first, hops with their lines."""
    return trace_routes(store, part, to_country, end_user, limit)


@router.get("/chokepoints")
def get_chokepoints(
    store: StoreDep,
    country: Annotated[str, Param(examples=["RU"], min_length=2, max_length=100)] = "RU",
    limit: Annotated[int, Param(ge=1, le=500)] = 20,
) -> ChokepointAnswer:
    """The intermediaries whose removal cuts the most CHPL-goods flow into the country."""
    return find_chokepoints(store, country, limit)


@router.get("/parties/{party_id}")
def get_party(store: StoreDep, party_id: str) -> PartyPage:
    """A party's page: spellings, lines, screening hits with list versions, red flags."""
    return party_page(store, party_id)
