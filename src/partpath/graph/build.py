"""The procurement graph, built in memory from the store and kept while the store's
derived tables do not change.

Nodes are makers (``maker:Analog Devices``, from the parts the goods descriptions
name), parties (``party:pa_…``, one per resolved company) and countries
(``country:RU``). Edges are flows aggregated from customs lines: a maker's goods in
an exporter's lines (``goods``: the maker made them, nothing more), exporter to
importer (``shipments``), importer into the destination country (``imports``); and
``ownership`` from company facts, ``located_in`` from a party to its country. Each
flow edge carries its line count, USD value, CHPL value, first and last date and
HS-6 codes; the lines themselves stay in the store and are fetched per query.

The aggregation runs in the database (GROUP BY), so a million lines cost seconds.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from threading import Lock
from typing import Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no type hints
from sqlalchemy import Connection, select, text

from partpath.controls import chpl_tier
from partpath.store import Store
from partpath.store.graph import Party, bulk_work, day


@dataclass
class Flow:
    """Lines aggregated along one edge."""

    count: int = 0
    chpl_count: int = 0
    value_usd: float = 0.0
    chpl_value_usd: float = 0.0
    first: dt.date | None = None
    last: dt.date | None = None
    hs6: set[str] = field(default_factory=set)

    def add(self, count: int, value: float, chpl: bool, first: Any, last: Any, hs6: Any) -> None:
        """Fold one aggregated row (of one HS-6 code, CHPL or not) into the flow."""
        self.count += int(count)
        self.value_usd += float(value or 0)
        if chpl:
            self.chpl_count += int(count)
            self.chpl_value_usd += float(value or 0)
        self.first = _earlier(self.first, day(first))
        self.last = _later(self.last, day(last))
        if hs6:
            self.hs6.add(str(hs6))

    def attributes(self) -> dict[str, Any]:
        """The flow as edge attributes."""
        return {
            "count": self.count,
            "chpl_count": self.chpl_count,
            "value_usd": round(self.value_usd, 2),
            "chpl_value_usd": round(self.chpl_value_usd, 2),
            "first": self.first,
            "last": self.last,
            "hs6": sorted(self.hs6),
        }


@dataclass(frozen=True, slots=True)
class PartFlow:
    """The lines of one part between one exporter and one importer into one country."""

    maker: str | None
    exporter: str | None
    importer: str | None
    country: str | None
    count: int
    value_usd: float
    first: dt.date | None
    last: dt.date | None


@dataclass
class ProcurementGraph:
    """The graph, the flows of each part, and the day of the latest line."""

    graph: Any  # nx.MultiDiGraph
    parts: dict[str, list[PartFlow]]
    latest: dt.date | None
    stamp: tuple[Any, ...] = ()
    part_graphs: dict[str, Any] = field(default_factory=dict)
    numbers: frozenset[str] = frozenset()
    """Keys of ``parts`` that are part numbers as written (no base part identified)."""

    def party_label(self, node: str) -> str:
        """The display name of a node."""
        return str(self.graph.nodes[node].get("label", node)) if node in self.graph else node


def _earlier(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return min(a, b) if a and b else a or b


def _later(a: dt.date | None, b: dt.date | None) -> dt.date | None:
    return max(a, b) if a and b else a or b


def maker_node(name: str) -> str:
    """The node of a maker."""
    return f"maker:{name}"


def party_node(party_id: str) -> str:
    """The node of a party."""
    return f"party:{party_id}"


def country_node(code: str) -> str:
    """The node of a country."""
    return f"country:{code}"


def _add_flow(flows: dict[tuple[str, str, str], Flow], key: tuple[str, str, str]) -> Flow:
    flow = flows.get(key)
    if flow is None:
        flow = flows[key] = Flow()
    return flow


def _party_flows(connection: Connection, flows: dict[tuple[str, str, str], Flow]) -> None:
    query = text(
        "SELECT sp.exporter_party, sp.importer_party, s.destination_country, s.hs6, count(*), "
        "sum(s.value_usd), min(s.declared_on), max(s.declared_on) FROM shipments s "
        "JOIN shipment_parties sp ON sp.shipment_id = s.id GROUP BY 1, 2, 3, 4"
    )
    for exporter, importer, country, hs6, count, value, first, last in connection.execute(query):
        chpl = chpl_tier(hs6) is not None
        source = party_node(exporter) if exporter else None
        target = party_node(importer) if importer else None
        if source and target:
            _add_flow(flows, (source, target, "shipments")).add(
                count, value, chpl, first, last, hs6
            )
        last_party = target or source
        if last_party and country:
            into = (last_party, country_node(country), "imports")
            _add_flow(flows, into).add(count, value, chpl, first, last, hs6)


def _part_flows(
    connection: Connection, flows: dict[tuple[str, str, str], Flow]
) -> dict[str, list[PartFlow]]:
    query = text(
        "SELECT coalesce(pt.base_part, pt.part_number), "
        "coalesce(pt.manufacturer, pt.maker_declared), sp.exporter_party, sp.importer_party, "
        "s.destination_country, s.hs6, count(*), sum(s.value_usd), min(s.declared_on), "
        "max(s.declared_on) FROM shipment_parts pt JOIN shipments s ON s.id = pt.shipment_id "
        "JOIN shipment_parties sp ON sp.shipment_id = s.id GROUP BY 1, 2, 3, 4, 5, 6"
    )
    parts: dict[str, dict[tuple[Any, ...], list[Any]]] = defaultdict(dict)
    for (
        part,
        maker,
        exporter,
        importer,
        country,
        hs6,
        count,
        value,
        first,
        last,
    ) in connection.execute(query):
        chpl = chpl_tier(hs6) is not None
        if maker and exporter:
            goods = (maker_node(maker), party_node(exporter), "goods")
            _add_flow(flows, goods).add(count, value, chpl, first, last, hs6)
        key = (maker, exporter, importer, country)
        row = parts[part].get(key)
        if row is None:
            parts[part][key] = [int(count), float(value or 0), day(first), day(last)]
        else:
            row[0] += int(count)
            row[1] += float(value or 0)
            row[2] = _earlier(row[2], day(first))
            row[3] = _later(row[3], day(last))
    return {
        part: [PartFlow(*key, *row) for key, row in rows.items()] for part, rows in parts.items()
    }


def _nodes(connection: Connection, graph: Any) -> None:
    query = select(
        Party.id, Party.name, Party.country, Party.roles, Party.founded_on, Party.owner_id
    )
    for pid, name, country, roles, founded_on, owner_id in connection.execute(query):
        node = party_node(pid)
        graph.add_node(
            node,
            kind="party",
            label=name,
            country=country or "",
            roles=",".join(roles) if isinstance(roles, list) else str(roles or ""),
            founded_on=day(founded_on),
        )
        if country:
            graph.add_node(country_node(country), kind="country", label=country)
            graph.add_edge(node, country_node(country), key="located_in", kind="located_in")
        if owner_id:
            graph.add_edge(party_node(owner_id), node, key="ownership", kind="ownership")


def stamp_of(connection: Connection) -> tuple[Any, ...]:
    """What the graph is built from, cheaply: the small tables counted, the large ones
    (lines and their parts and parties) by their last id, an index look-up."""
    return tuple(
        connection.execute(
            text(
                "SELECT (SELECT count(*) FROM parties), (SELECT sum(shipments) FROM parties), "
                "(SELECT count(founded_on) FROM parties), (SELECT count(owner_id) FROM parties), "
                "(SELECT max(shipment_id) FROM shipment_parties), "
                "(SELECT max(shipment_id) FROM shipment_parts), (SELECT max(id) FROM shipments), "
                "(SELECT count(*) FROM party_hits), (SELECT count(*) FROM party_flags), "
                "(SELECT max(id) FROM company_facts)"
            )
        ).one()
    )


def build_graph(store: Store) -> ProcurementGraph:
    """Build the procurement graph from the store's resolved lines."""
    graph = nx.MultiDiGraph()
    flows: dict[tuple[str, str, str], Flow] = {}
    with store.engine.connect() as connection, bulk_work(connection):
        stamp = stamp_of(connection)
        _nodes(connection, graph)
        _party_flows(connection, flows)
        parts = _part_flows(connection, flows)
        latest = day(connection.execute(text("SELECT max(declared_on) FROM shipments")).scalar())
        numbers = frozenset(
            connection.execute(
                text("SELECT DISTINCT part_number FROM shipment_parts WHERE base_part IS NULL")
            ).scalars()
        )
    for (source, target, kind), flow in flows.items():
        for node in (source, target):
            if node not in graph:
                kind_of = node.split(":", 1)[0]
                graph.add_node(node, kind=kind_of, label=node.split(":", 1)[1])
        graph.add_edge(source, target, key=kind, kind=kind, **flow.attributes())
    built = ProcurementGraph(graph, parts, latest, stamp, numbers=numbers)
    for key in parts:  # so that the first routes query of a part costs no more than the next
        part_graph(built, [key])
    return built


def part_graph(graph: ProcurementGraph, keys: list[str]) -> Any:
    """The flows of some parts (their keys in ``graph.parts``) as a small directed graph:
    maker → exporter → importer → country, each edge with its lines' count, value and
    dates; built once per set of keys and kept with the graph."""
    cache_key = "|".join(keys)
    cached = graph.part_graphs.get(cache_key)
    if cached is not None:
        return cached
    sub = nx.DiGraph()

    def add(source: str, target: str, flow: Any) -> None:
        data = sub.get_edge_data(source, target)
        if data is None:
            sub.add_edge(source, target, count=0, value=0.0, first=None, last=None)
            data = sub.get_edge_data(source, target)
        data["count"] += flow.count
        data["value"] += flow.value_usd
        data["first"] = _earlier(data["first"], flow.first)
        data["last"] = _later(data["last"], flow.last)

    for key in keys:
        for flow in graph.parts[key]:
            exporter = party_node(flow.exporter) if flow.exporter else None
            importer = party_node(flow.importer) if flow.importer else None
            if flow.maker and exporter:
                add(maker_node(flow.maker), exporter, flow)
            if exporter and importer:
                add(exporter, importer, flow)
            last = importer or exporter
            if last and flow.country:
                add(last, country_node(flow.country), flow)
    graph.part_graphs[cache_key] = sub
    return sub


CACHED_STORES = 4
"""Graphs kept in memory at most, one per store (database URL)."""
_CACHE: dict[str, ProcurementGraph] = {}
_LOCK = Lock()


def procurement_graph(store: Store) -> ProcurementGraph:
    """The store's graph, rebuilt only when its lines, parts or parties changed."""
    key = store.settings.database_url
    with store.engine.connect() as connection:
        stamp = stamp_of(connection)
    with _LOCK:
        cached = _CACHE.get(key)
        if cached is not None and cached.stamp == stamp:
            return cached
    built = build_graph(store)
    with _LOCK:
        if len(_CACHE) >= CACHED_STORES and key not in _CACHE:
            _CACHE.pop(next(iter(_CACHE)))  # the oldest: one process rarely serves many
        _CACHE[key] = built
    return built
