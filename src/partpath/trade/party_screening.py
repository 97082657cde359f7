"""Every resolved party screened against the store's loaded lists, with every spelling
and tax number it trades under; hits are kept with the list version they came from.

With no list loaded, nothing is screened and every party says so: "not screened" is
never shown as "no hit".
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update

from partpath.lists.identifiers import refine_kind
from partpath.screening import Query
from partpath.screening.lists import index_from_store
from partpath.store import Store
from partpath.store.base import utcnow
from partpath.store.graph import Party, PartyHit

MAX_NAMES = 12
"""Spellings screened per party: the most used ones."""


@dataclass(frozen=True)
class ScreeningRun:
    """What screening the parties did: how many, against which list versions, the hits."""

    parties: int
    screened: bool
    list_versions: dict[str, str]
    hits: int
    matches: int
    note: str


def party_query(party: Party) -> Query:
    """The screening query of a party: its spellings, country and tax numbers."""
    names = tuple(dict.fromkeys(s["name"] for s in party.spellings))[:MAX_NAMES]
    identifiers = tuple(
        ("inn" if refine_kind("tax", tax, party.country) == "inn" else None, tax)
        for tax in party.tax_ids
    )
    country = (party.country or "").upper()
    return Query(
        names=names or (party.name,),
        schema="Company",
        countries=(country,) if len(country) == 2 and country.isalpha() else (),
        identifiers=identifiers,
        addresses=tuple(party.addresses),
    )


def screen_parties(store: Store, limit: int = 5) -> ScreeningRun:
    """Screen every party against the store's active list versions; replace earlier hits."""
    index = index_from_store(store)
    now = utcnow()
    with store.session() as session:
        parties = list(session.scalars(select(Party).order_by(Party.id)))
        if index is None:
            note = "not screened: no list loaded (load one with `partpath lists load`)"
            session.execute(
                update(Party).values(screened_at=None, list_versions=None, screening_note=note)
            )
            return ScreeningRun(len(parties), False, {}, 0, 0, note)
        session.execute(delete(PartyHit))
        rows = []
        for party, hits in zip(
            parties, index.screen_many([party_query(p) for p in parties], limit), strict=True
        ):
            rows += [
                {
                    "party_id": party.id,
                    "dataset": hit.entity.dataset,
                    "entry_id": hit.entity.entry_id,
                    "entry_name": hit.entity.names[0].name,
                    "list_version": hit.list_version,
                    "score": hit.score,
                    "match": hit.match,
                    "matched_name": hit.matched_name,
                    "query_name": hit.query_name,
                    "explanation": list(hit.explanation),
                    "screened_at": now,
                }
                for hit in hits
            ]
        if rows:
            session.execute(insert(PartyHit), rows)
        note = f"screened against {', '.join(sorted(index.versions.values()))}"
        session.execute(
            update(Party).values(
                screened_at=now, list_versions=dict(index.versions), screening_note=note
            )
        )
    matches = sum(1 for r in rows if r["match"])
    return ScreeningRun(len(parties), True, dict(index.versions), len(rows), matches, note)
