"""Chokepoints: the intermediaries whose removal cuts the most CHPL-goods flow into a
country, with the figure for each.

The CHPL value a party passes into the country is what it imports there itself
plus, for each party it supplies, the share of that party's CHPL supply it provides
times what that party passes on: removing a supplier removes its share of its
customers' onward flow (goods are not assumed to find another route). For the
usual customs picture (hub exporter → importer in the country) this is exactly the
value of the CHPL lines the exporter sent into the country. Parties in the country
itself are end users, not intermediaries, unless asked for.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from partpath.graph.build import ProcurementGraph, country_node, procurement_graph
from partpath.store import Store


class Chokepoint(BaseModel):
    """An intermediary and the CHPL flow into the country that depends on it."""

    party_id: str
    name: str
    country: str | None
    value_cut_usd: float = Field(description="CHPL value into the country that passes through it")
    share: float = Field(description="that value as a share of all CHPL value into the country")
    lines: int = Field(description="its CHPL lines between parties (sent or received)")
    customers: int = Field(description="parties it sends CHPL goods to")
    sole_supplier_of: int = Field(description="customers with no other CHPL supplier")


class ChokepointAnswer(BaseModel):
    """The chokepoints of a country's CHPL imports, the largest first."""

    country: str
    chpl_value_usd: float
    chokepoints: list[Chokepoint]


def _flows(graph: Any, kind: str) -> list[tuple[str, str, dict[str, Any]]]:
    return [(u, v, d) for u, v, k, d in graph.edges(keys=True, data=True) if k == kind]


def through_values(pg: ProcurementGraph, country: str) -> tuple[dict[str, float], float]:
    """CHPL value into ``country`` passing through each party, and the total."""
    target = country_node(country)
    graph = pg.graph
    direct: dict[str, float] = {}
    for u, v, d in _flows(graph, "imports"):
        if v == target and d["chpl_value_usd"] > 0:
            direct[u] = direct.get(u, 0.0) + d["chpl_value_usd"]
    supply: dict[str, list[tuple[str, float]]] = {}
    inflow: dict[str, float] = {}
    for u, v, d in _flows(graph, "shipments"):
        if d["chpl_value_usd"] > 0:
            supply.setdefault(u, []).append((v, d["chpl_value_usd"]))
            inflow[v] = inflow.get(v, 0.0) + d["chpl_value_usd"]
    memo: dict[str, float] = {}
    active: set[str] = set()

    def through(node: str) -> float:
        if node in memo:
            return memo[node]
        active.add(node)
        value = direct.get(node, 0.0)
        for customer, amount in supply.get(node, []):
            if customer not in active:  # a cycle adds nothing more
                value += amount / inflow[customer] * through(customer)
        active.discard(node)
        memo[node] = value
        return value

    nodes = set(direct) | set(supply)
    return {node: through(node) for node in nodes}, sum(direct.values())


def find_chokepoints(
    store: Store, country: str = "RU", limit: int = 20, include_domestic: bool = False
) -> ChokepointAnswer:
    """The parties whose removal cuts the most CHPL flow into ``country``, largest first."""
    pg = procurement_graph(store)
    country = country.strip().upper()
    values, total = through_values(pg, country)
    graph = pg.graph
    sends: dict[str, list[tuple[str, int]]] = {}
    suppliers: dict[str, set[str]] = {}
    for u, v, d in _flows(graph, "shipments"):
        if d["chpl_value_usd"] > 0:
            sends.setdefault(u, []).append((v, d["chpl_count"]))
            suppliers.setdefault(v, set()).add(u)
    received = {
        v: sum(
            d["chpl_count"]
            for _, _, d in graph.in_edges(v, data=True)
            if d.get("kind") == "shipments"
        )
        for v in suppliers
    }
    answer = []
    for node, value in values.items():
        data = graph.nodes[node]
        if value <= 0 or data.get("kind") != "party":
            continue
        if not include_domestic and data.get("country") == country:
            continue
        customers = sends.get(node, [])
        answer.append(
            Chokepoint(
                party_id=node.split(":", 1)[1],
                name=str(data.get("label")),
                country=data.get("country") or None,
                value_cut_usd=round(value, 2),
                share=round(value / total, 4) if total else 0.0,
                lines=sum(n for _, n in customers) + received.get(node, 0),
                customers=len(customers),
                sole_supplier_of=sum(1 for v, _ in customers if suppliers.get(v) == {node}),
            )
        )
    answer.sort(key=lambda c: (-c.value_cut_usd, c.party_id))
    return ChokepointAnswer(
        country=country, chpl_value_usd=round(total, 2), chokepoints=answer[:limit]
    )
