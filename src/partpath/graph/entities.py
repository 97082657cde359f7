"""The page of one party: its spellings, lines, screening hits, red flags and links."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import select, text

from partpath.exc import NotFound
from partpath.graph.flags import Flag, party_flags
from partpath.store import Store
from partpath.store.graph import Party, PartyHit

LATEST_LINES = 20


class Hit(BaseModel):
    """A list entry the party may be, with the list version it was found in."""

    dataset: str
    entry_id: str
    entry_name: str
    list_version: str
    score: float
    match: bool
    matched_name: str
    explanation: list[str]


class Counterparty(BaseModel):
    """A party this one traded with, and how much."""

    party_id: str
    name: str
    direction: str = Field(description="sent to, or received from")
    lines: int
    value_usd: float


class PartyPage(BaseModel):
    """Everything partpath holds on one party."""

    id: str
    name: str
    country: str | None
    tax_ids: list[str]
    roles: list[str]
    spellings: list[dict[str, Any]]
    why: list[str]
    shipments: int
    value_usd: float
    first_date: dt.date | None
    last_date: dt.date | None
    founded_on: dt.date | None
    addresses: list[str]
    owner_id: str | None
    screened: bool
    screening_note: str | None
    list_versions: dict[str, Any] | None
    hits: list[Hit]
    flags: list[Flag]
    counterparties: list[Counterparty]
    latest_shipment_ids: list[int]


def _counterparties(store: Store, pid: str) -> list[Counterparty]:
    query = text(
        "SELECT sp.exporter_party, sp.importer_party, count(*), coalesce(sum(s.value_usd), 0) "
        "FROM shipment_parties sp JOIN shipments s ON s.id = sp.shipment_id "
        "WHERE sp.exporter_party = :p OR sp.importer_party = :p GROUP BY 1, 2"
    )
    with store.engine.connect() as connection:
        rows = list(connection.execute(query, {"p": pid}))
        others = sorted({other for row in rows for other in row[:2] if other and other != pid})
        names: dict[str, str] = {}
        if others:
            names = dict(
                connection.execute(select(Party.id, Party.name).where(Party.id.in_(others))).all()
            )
    out = []
    for exporter, importer, count, value in rows:
        other, direction = (importer, "sent to") if exporter == pid else (exporter, "received from")
        if other:
            out.append(
                Counterparty(
                    party_id=other,
                    name=names.get(other, other),
                    direction=direction,
                    lines=count,
                    value_usd=round(value, 2),
                )
            )
    return sorted(out, key=lambda c: -c.value_usd)


def party_page(store: Store, party_id: str) -> PartyPage:
    """The page of a party by its id."""
    with store.session() as session:
        party = session.get(Party, party_id)
        if party is None:
            raise NotFound(f"no party {party_id}: run `partpath trade analyse` first")
        hits = [
            Hit(
                dataset=h.dataset,
                entry_id=h.entry_id,
                entry_name=h.entry_name,
                list_version=h.list_version,
                score=h.score,
                match=h.match,
                matched_name=h.matched_name,
                explanation=list(h.explanation),
            )
            for h in session.scalars(
                select(PartyHit)
                .where(PartyHit.party_id == party_id)
                .order_by(PartyHit.score.desc())
            )
        ]
        latest = list(
            session.execute(
                text(
                    "SELECT sp.shipment_id FROM shipment_parties sp "
                    "JOIN shipments s ON s.id = sp.shipment_id "
                    "WHERE sp.exporter_party = :p OR sp.importer_party = :p "
                    f"ORDER BY s.declared_on DESC, s.id DESC LIMIT {LATEST_LINES}"
                ),
                {"p": party_id},
            ).scalars()
        )
        page = PartyPage(
            id=party.id,
            name=party.name,
            country=party.country,
            tax_ids=list(party.tax_ids),
            roles=list(party.roles),
            spellings=list(party.spellings),
            why=list(party.why),
            shipments=party.shipments,
            value_usd=party.value_usd,
            first_date=party.first_date,
            last_date=party.last_date,
            founded_on=party.founded_on,
            addresses=list(party.addresses),
            owner_id=party.owner_id,
            screened=party.list_versions is not None,
            screening_note=party.screening_note,
            list_versions=party.list_versions,
            hits=hits,
            flags=[],
            counterparties=[],
            latest_shipment_ids=[int(i) for i in latest],
        )
    page.flags = party_flags(store, [party_id])
    page.counterparties = _counterparties(store, party_id)
    return page
