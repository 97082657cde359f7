"""Screening routes in the shapes of OpenSanctions yente's ``/match`` and ``/search``,
so that an existing yente client works against partpath unchanged.

``dataset`` is ``default`` (every loaded list) or one list's name (``us_ofac_sdn``,
``un_sc_sanctions``, ...). Each result carries partpath's explanation and the list
version it came from, beside yente's own fields.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Request
from fastapi import Query as Param
from pydantic import BaseModel, Field

from partpath.exc import InvalidInput, NotFound
from partpath.lists.records import ListEntity
from partpath.screening import DEFAULT_THRESHOLD, Query
from partpath.screening.index import ScreeningHit, ScreeningIndex
from partpath.screening.lists import require_index

router = APIRouter(tags=["screening"])

ALL_LISTS = "default"
MAX_QUERIES = 1000


class EntityExample(BaseModel):
    """A party to match, as FollowTheMoney properties (yente's ``EntityExample``)."""

    id: str | None = Field(None, examples=["my-entity-id"])
    schema_: str = Field(alias="schema", examples=["Company"])
    properties: dict[str, str | list[str]] = Field(examples=[{"name": ["Lukoil Oil Comp"]}])


class EntityMatchQuery(BaseModel):
    """Parties to match, by a key of the caller's choosing."""

    queries: dict[str, EntityExample]
    weights: dict[str, float] = Field(default_factory=dict, description="accepted, not used")


def _index(request: Request) -> ScreeningIndex:
    return require_index(request.app.state.store)


def _properties(entity: ListEntity) -> dict[str, list[str]]:
    props: dict[str, list[str]] = {
        "name": list(entity.names_of("primary")),
        "alias": list(entity.names_of("alias", "original_script")),
        "weakAlias": list(entity.names_of("weak")),
        "country": list(dict.fromkeys(entity.country_codes())),
        "birthDate": [date.start for date in entity.birth_dates if date.start],
        "address": [address.text for address in entity.addresses],
        "program": list(entity.programs),
        "idNumber": [ident.value for ident in entity.identifiers],
        "notes": list(entity.remarks),
    }
    return {key: values for key, values in props.items() if values}


def entity_json(entity: ListEntity, version: str) -> dict[str, Any]:
    """A list entry in yente's ``EntityResponse`` shape, plus its list version."""
    return {
        "id": f"{entity.dataset}-{entity.entry_id}",
        "caption": entity.caption,
        "schema": entity.schema,
        "properties": _properties(entity),
        "datasets": [entity.dataset],
        "referents": [],
        "target": True,
        "first_seen": None,
        "last_seen": None,
        "last_change": entity.listed_on,
        "entry_id": entity.entry_id,
        "list_version": version,
    }


def hit_json(hit: ScreeningHit) -> dict[str, Any]:
    """A hit in yente's ``ScoredEntityResponse`` shape, with partpath's explanation."""
    return entity_json(hit.entity, hit.list_version) | {
        "score": hit.score,
        "match": hit.match,
        "features": {"partpath_name_and_evidence": hit.score},
        "matched_name": hit.matched_name,
        "explanation": list(hit.explanation),
    }


def _in_dataset(index: ScreeningIndex, dataset: str) -> None:
    if dataset != ALL_LISTS and dataset not in index.versions:
        known = ", ".join([ALL_LISTS, *sorted(index.versions)])
        raise NotFound(f"no loaded list {dataset!r}; loaded: {known}")


def _screen(
    index: ScreeningIndex, query: Query, dataset: str, limit: int, threshold: float | None
) -> list[ScreeningHit]:
    wanted = None if dataset == ALL_LISTS else (dataset,)
    return index.screen(query, limit=limit, threshold=threshold, datasets=wanted)


@router.post("/match/{dataset}")
def match(
    dataset: str,
    body: EntityMatchQuery,
    request: Request,
    limit: Annotated[int, Param(ge=1, le=500)] = 5,
    threshold: Annotated[float, Param(ge=0, le=1)] = DEFAULT_THRESHOLD,
    cutoff: Annotated[float, Param(ge=0, le=1, description="lowest score returned")] = 0.0,
    algorithm: Annotated[str, Param(description="accepted for yente clients")] = "partpath",
) -> dict[str, Any]:
    """Match each query entity against the lists (yente's ``/match`` request and answer)."""
    if len(body.queries) > MAX_QUERIES:
        raise InvalidInput(f"{len(body.queries)} queries: at most {MAX_QUERIES} per request")
    index = _index(request)
    _in_dataset(index, dataset)
    responses: dict[str, Any] = {}
    for key, example in body.queries.items():
        properties = {
            prop: value if isinstance(value, list) else [value]
            for prop, value in example.properties.items()
        }
        echo = {"id": example.id, "schema": example.schema_, "properties": properties}
        try:
            query = Query.from_properties(example.schema_, properties)
        except InvalidInput as error:
            responses[key] = {"status": 400, "detail": str(error), "query": echo}
            continue
        hits = [hit for hit in _screen(index, query, dataset, limit, None) if hit.score >= cutoff]
        results = [hit_json(hit) | {"match": hit.score >= threshold} for hit in hits]
        responses[key] = {
            "status": 200,
            "results": results,
            "total": {"value": len(results), "relation": "eq"},
            "query": echo,
        }
    return {
        "responses": responses,
        "matcher": {
            "partpath_name_and_evidence": {
                "description": "word-aligned name score with identifier, country, birth date "
                "and address evidence; see each result's explanation",
                "coefficient": 1.0,
                "url": "https://github.com/partpath/partpath#screening",
            }
        },
        "limit": limit,
        "algorithm": algorithm,
        "list_versions": index.versions,
    }


@router.get("/search/{dataset}")
def search(
    dataset: str,
    request: Request,
    q: Annotated[str, Param(min_length=1, max_length=1000, description="a name")],
    schema: Annotated[str | None, Param(description="Person, Company, ...")] = None,
    countries: Annotated[list[str] | None, Param(description="ISO codes")] = None,
    limit: Annotated[int, Param(ge=1, le=500)] = 10,
    offset: Annotated[int, Param(ge=0, le=500)] = 0,
) -> dict[str, Any]:
    """Entries whose names resemble ``q``, best first (yente's ``/search`` answer)."""
    index = _index(request)
    _in_dataset(index, dataset)
    query = Query.of(q, schema)
    if countries:
        query = Query(
            names=query.names, schema=query.schema, countries=tuple(c.upper() for c in countries)
        )
    hits = _screen(index, query, dataset, limit + offset, 0.5)
    page = hits[offset : offset + limit]
    return {
        "results": [hit_json(hit) for hit in page],
        "facets": {},
        "limit": limit,
        "offset": offset,
        "total": {"value": len(hits), "relation": "eq" if len(hits) < limit + offset else "gte"},
        "list_versions": index.versions,
    }
