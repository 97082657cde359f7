"""Routes of a part: maker → exporter → … → importer → country, each hop with its lines.

A route is a path through the flows of one part (its base part, as the goods
descriptions name it). Routes rank by value and recency: the value of the route's
narrowest party-to-party hop, halved for every year its last line lies before the
latest line in the store. The first hop only says whose goods they were: a maker
is never a trading party on a route.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from pydantic import BaseModel, Field
from sqlalchemy import bindparam, text

from partpath.exc import NotFound
from partpath.graph.build import (
    ProcurementGraph,
    country_node,
    part_graph,
    party_node,
    procurement_graph,
)
from partpath.graph.flags import Flag, hub_countries, party_flags
from partpath.markings import RuleBook, identify_marking
from partpath.markings.identify import rule_book_for
from partpath.screening import name_form
from partpath.store import Store

MAX_HOPS = 6
MAX_PATHS = 20_000
"""Paths looked at per query at most; the answer says when more were left."""
RECORDS_PER_HOP = 10


class Hop(BaseModel):
    """One step of a route and the customs lines behind it."""

    source: str
    source_label: str
    target: str
    target_label: str
    kind: str = Field(description="goods (made by), shipments (sold to) or imports (into)")
    count: int
    value_usd: float
    first: dt.date | None
    last: dt.date | None
    shipment_ids: list[int] = Field(default_factory=list, description="the latest lines")


class Route(BaseModel):
    """A path of one part from its maker to an importer and its country."""

    part: str
    nodes: list[str]
    labels: list[str]
    value_usd: float = Field(description="value of the narrowest party-to-party hop")
    last: dt.date | None
    score: float
    hops: list[Hop]
    flags: list[Flag] = Field(default_factory=list)


class RouteAnswer(BaseModel):
    """The routes of a part, best first, and how many paths were looked at."""

    part: str
    matched: list[str]
    to_country: str | None
    end_user: str | None
    paths: int
    truncated: bool
    routes: list[Route]


def part_keys(graph: ProcurementGraph, part: str, book: RuleBook | None = None) -> list[str]:
    """The base parts (or part numbers) of the graph that a query names."""
    wanted = part.strip().upper()
    if wanted in graph.parts:
        return [wanted]
    found = identify_marking(wanted, book)
    keys = {wanted, (found.base_part or "").upper()}
    return sorted(k for k in keys if k in graph.parts)


def _book(store: Store) -> RuleBook:
    return rule_book_for(store.settings)


def simple_paths(graph: Any, source: str, targets: set[str], cutoff: int) -> Iterator[list[str]]:
    """Every path without a repeated node from ``source`` to a node of ``targets``, of at
    most ``cutoff`` edges, depth first (networkx's own is several times slower here)."""
    adjacency = graph.adj
    path = [source]
    on_path = {source}
    stack = [iter(adjacency[source])]
    while stack:
        following = next(stack[-1], None)
        if following is None:
            stack.pop()
            on_path.discard(path.pop())
            continue
        if following in on_path:
            continue
        if following in targets:
            yield [*path, following]
        if len(path) < cutoff and adjacency[following]:
            path.append(following)
            on_path.add(following)
            stack.append(iter(adjacency[following]))


def _end_users(graph: ProcurementGraph, end_user: str) -> set[str]:
    """The parties an end-user query names: a party id, or name words, each the start of
    a word of the party's name (``КВИЛ`` finds «ВЫМЫШЛЕННЫЙ КВИЛКОРМОР-ЛОГИСТИК»)."""
    wanted = end_user.strip()
    if graph.graph.has_node(party_node(wanted)):
        return {party_node(wanted)}
    words = {w.text for w in name_form(wanted).words if w.kind != "legal"}
    if not words:
        return set()
    found = set()
    for node, data in graph.graph.nodes(data=True):
        if data.get("kind") == "party":
            names = [w.text for w in name_form(str(data.get("label", ""))).words]
            if all(any(name.startswith(word) for name in names) for word in words):
                found.add(node)
    return found


def _weight(graph: ProcurementGraph, last: dt.date | None) -> float:
    if graph.latest is None or last is None:
        return 1.0
    return float(0.5 ** (max(0, (graph.latest - last).days) / 365.0))


def _rank(graph: ProcurementGraph, sub: Any, path: list[str]) -> tuple[float, float, Any]:
    """(score, value, last day) of a path, cheaply: models are made for the best only."""
    trading = [
        sub.get_edge_data(u, v)
        for u, v in itertools.pairwise(path)
        if u.startswith("party:") and v.startswith("party:")
    ] or [sub.get_edge_data(path[-2], path[-1])]
    value = round(min(d["value"] for d in trading), 2)
    last = trading[-1]["last"]
    return round(value * _weight(graph, last), 2), value, last


def _route(graph: ProcurementGraph, sub: Any, part: str, path: list[str]) -> Route:
    hops = []
    for source, target in itertools.pairwise(path):
        data = sub.get_edge_data(source, target)
        kind = (
            "goods"
            if source.startswith("maker:")
            else ("imports" if target.startswith("country:") else "shipments")
        )
        hops.append(
            Hop(
                source=source,
                source_label=graph.party_label(source),
                target=target,
                target_label=graph.party_label(target),
                kind=kind,
                count=data["count"],
                value_usd=round(data["value"], 2),
                first=data["first"],
                last=data["last"],
            )
        )
    score, value, last = _rank(graph, sub, path)
    return Route(
        part=part,
        nodes=path,
        labels=[graph.party_label(n) for n in path],
        value_usd=value,
        last=last,
        score=score,
        hops=hops,
    )


def trace_routes(
    store: Store,
    part: str,
    to_country: str | None = None,
    end_user: str | None = None,
    limit: int = 10,
    book: RuleBook | None = None,
) -> RouteAnswer:
    """The routes of ``part`` from its maker into ``to_country`` (any country if None),
    or to the importer ``end_user`` (a party id or name words), best first."""
    graph = procurement_graph(store)
    direct = part.strip().upper() in graph.parts  # no rules needed for a known base part
    keys = part_keys(graph, part, book if direct else book or _book(store))
    if not keys:
        raise NotFound(
            f"no customs line names the part {part!r}: import records and run "
            "`partpath trade analyse` first, or check the part number"
        )
    sub = part_graph(graph, keys)
    targets = {n for n in sub if n.startswith("country:")}
    if to_country:
        targets &= {country_node(to_country.strip().upper())}
    ends = _end_users(graph, end_user) if end_user else None
    ranked: list[tuple[float, list[str]]] = []
    paths, truncated = 0, False
    makers = sorted(n for n in sub if n.startswith("maker:"))
    for maker in makers:
        if truncated or not targets:
            break
        for path in simple_paths(sub, maker, targets, MAX_HOPS):
            paths += 1
            if paths > MAX_PATHS:
                truncated = True
                break
            if ends is not None and path[-2] not in ends:
                continue
            ranked.append((_rank(graph, sub, path)[0], path))
    ranked.sort(key=lambda r: (-r[0], r[1]))
    best = [_route(graph, sub, keys[0], path) for _, path in ranked[:limit]]
    _attach_records(store, graph, keys, best)
    _attach_flags(store, best)
    return RouteAnswer(
        part=part,
        matched=keys,
        to_country=to_country,
        end_user=end_user,
        paths=min(paths, MAX_PATHS),
        truncated=truncated,
        routes=best,
    )


def _attach_records(
    store: Store, graph: ProcurementGraph, keys: list[str], routes: list[Route]
) -> None:
    """The latest lines of each hop, fetched in one query for the part."""
    if not routes:
        return
    exporters = sorted(
        {
            h.source.split(":", 1)[1]
            for r in routes
            for h in r.hops
            if h.kind == "shipments" or (h.kind == "imports" and h.source.startswith("party:"))
        }
    )
    exporters += sorted(
        {h.target.split(":", 1)[1] for r in routes for h in r.hops if h.kind == "goods"}
    )
    # one indexed condition: an OR of base part and part number would scan every part
    numbers = [k for k in keys if k in graph.numbers]
    part_condition = (
        "pt.base_part IS NULL AND pt.part_number IN :keys" if numbers else "pt.base_part IN :keys"
    )
    keys = numbers or keys
    query = text(
        "SELECT s.id, sp.exporter_party, sp.importer_party, s.destination_country, "
        "s.origin_country, s.dispatch_country FROM shipment_parts pt "
        "JOIN shipments s ON s.id = pt.shipment_id "
        "JOIN shipment_parties sp ON sp.shipment_id = s.id "
        f"WHERE {part_condition} "
        "AND (sp.exporter_party IN :parties OR sp.importer_party IN :parties) "
        "ORDER BY s.declared_on DESC, s.id DESC"
    ).bindparams(bindparam("keys", expanding=True), bindparam("parties", expanding=True))
    by_pair: dict[tuple[str, str], list[int]] = defaultdict(list)
    rerouted: dict[tuple[str, str], list[int]] = defaultdict(list)
    hubs = hub_countries()
    with store.engine.connect() as connection:
        rows = connection.execute(query, {"keys": keys, "parties": sorted(set(exporters))})
        for sid, exporter, importer, country, origin, dispatch in rows:
            e, i = f"party:{exporter}", f"party:{importer}"
            c = f"country:{country}"
            for pair in ((e, i), (i, c) if importer else (e, c), ("*", e)):
                if len(by_pair[pair]) < RECORDS_PER_HOP:
                    by_pair[pair].append(int(sid))
            if origin and dispatch and origin != dispatch and dispatch in hubs:
                rerouted[(e, i)].append(int(sid))
    for route in routes:
        for hop in route.hops:
            pair = ("*", hop.target) if hop.kind == "goods" else (hop.source, hop.target)
            hop.shipment_ids = by_pair.get(pair, [])
            if pair in rerouted:
                route.flags.append(
                    Flag(
                        flag="hub_rerouting",
                        party_id=hop.source.split(":", 1)[1],
                        detail=f"{len(rerouted[pair])} lines of this part from {hop.source_label} "
                        f"to {hop.target_label} were dispatched from a listed hub other "
                        "than their country of origin",
                        shipment_ids=rerouted[pair][:RECORDS_PER_HOP],
                        records=len(rerouted[pair]),
                    )
                )


def _attach_flags(store: Store, routes: list[Route]) -> None:
    parties = sorted(
        {n.split(":", 1)[1] for r in routes for n in r.nodes if n.startswith("party:")}
    )
    if not parties:
        return
    flags = party_flags(store, parties)
    for route in routes:
        on_route = {n.split(":", 1)[1] for n in route.nodes if n.startswith("party:")}
        route.flags += [f for f in flags if f.party_id in on_route and f.flag != "hub_rerouting"]
