"""The procurement network in the formats investigators' tools read: FollowTheMoney
entities (JSON lines) and GraphML.

FtM: every party is a ``Company`` (its spellings as ``alias``, its INN as
``innCode``, other tax numbers as ``taxNumber``); every customs line an
``EconomicActivity`` (FtM's customs declaration) with its ``sender`` and
``receiver``; every aggregated flow from sender to receiver an ``UnknownLink``
(FtM's link of a nature FtM does not name: here "supplied goods to", with the count
and value of the lines in ``summary``), because an ``EconomicActivity`` is one
declaration, not an edge; ownership from company facts an ``Ownership``. Makers are
not exported as parties: they made the goods and trade with no one on these records.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no type hints
from sqlalchemy import select, text

from partpath.graph.build import procurement_graph
from partpath.lists.identifiers import refine_kind
from partpath.store import Store
from partpath.store.graph import Party

PREFIX = "partpath"


def _country(code: str | None) -> list[str]:
    return [code.lower()] if code and len(code) == 2 and code.isalpha() else []


def _entity(schema: str, key: str, properties: dict[str, list[Any]]) -> dict[str, Any]:
    clean = {k: [str(v) for v in vs if v not in (None, "")] for k, vs in properties.items()}
    return {
        "id": f"{PREFIX}-{key}",
        "schema": schema,
        "properties": {k: v for k, v in clean.items() if v},
    }


def _companies(store: Store) -> Iterator[dict[str, Any]]:
    query = select(
        Party.id,
        Party.name,
        Party.country,
        Party.tax_ids,
        Party.spellings,
        Party.founded_on,
        Party.addresses,
        Party.owner_id,
    ).order_by(Party.id)
    with store.engine.connect() as connection:
        for pid, name, country, tax_ids, spellings, founded, addresses, owner in connection.execute(
            query
        ):
            inn = [t for t in tax_ids if refine_kind("tax", t, country) == "inn"]
            yield _entity(
                "Company",
                f"party-{pid}",
                {
                    "name": [name],
                    "alias": sorted({s["name"] for s in spellings} - {name}),
                    "country": _country(country),
                    "innCode": inn,
                    "taxNumber": [t for t in tax_ids if t not in inn],
                    "incorporationDate": [founded],
                    "address": list(addresses),
                },
            )
            if owner:
                yield _entity(
                    "Ownership",
                    f"ownership-{owner}-{pid}",
                    {
                        "owner": [f"{PREFIX}-party-{owner}"],
                        "asset": [f"{PREFIX}-party-{pid}"],
                    },
                )


def _flows(store: Store) -> Iterator[dict[str, Any]]:
    graph = procurement_graph(store).graph
    for source, target, key, data in graph.edges(keys=True, data=True):
        if key != "shipments":
            continue
        sender, receiver = source.split(":", 1)[1], target.split(":", 1)[1]
        yield _entity(
            "UnknownLink",
            f"flow-{sender}-{receiver}",
            {
                "subject": [f"{PREFIX}-party-{sender}"],
                "object": [f"{PREFIX}-party-{receiver}"],
                "role": ["supplied goods to (customs lines)"],
                "startDate": [data["first"]],
                "endDate": [data["last"]],
                "summary": [
                    f"{data['count']} customs lines, USD {data['value_usd']:,.2f} "
                    f"(CHPL: {data['chpl_count']} lines, USD {data['chpl_value_usd']:,.2f}); "
                    f"HS-6 {', '.join(data['hs6'])}"
                ],
            },
        )


def _declarations(store: Store) -> Iterator[dict[str, Any]]:
    query = text(
        "SELECT s.id, s.declaration_number, s.declared_on, s.description, s.hs_code, "
        "s.origin_country, s.dispatch_country, s.trading_country, s.destination_country, "
        "s.invoice_value, s.currency, s.value_usd, s.source_file, s.source_row, "
        "sp.exporter_party, sp.importer_party FROM shipments s "
        "LEFT JOIN shipment_parties sp ON sp.shipment_id = s.id ORDER BY s.id"
    )
    with store.engine.connect() as connection:
        rows = connection.execute(query.execution_options(stream_results=True, yield_per=10_000))
        for (
            sid,
            number,
            day,
            description,
            hs,
            origin,
            dispatch,
            trading,
            destination,
            invoice,
            currency,
            usd,
            source,
            row,
            exporter,
            importer,
        ) in rows:
            yield _entity(
                "EconomicActivity",
                f"shipment-{sid}",
                {
                    "ccdNumber": [number],
                    "date": [day],
                    "goodsDescription": [description],
                    "vedCode": [hs],
                    "originCountry": _country(origin),
                    "departureCountry": _country(dispatch),
                    "tradingCountry": _country(trading),
                    "destinationCountry": _country(destination),
                    "invoiceAmount": [invoice],
                    "summary": [
                        f"value USD {usd:.2f}; invoice currency {currency or 'not given'}"
                        if usd is not None
                        else None
                    ],
                    "recordId": [f"{source}#{row}"],
                    "sender": [f"{PREFIX}-party-{exporter}" if exporter else None],
                    "receiver": [f"{PREFIX}-party-{importer}" if importer else None],
                },
            )


def _default(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def write_ftm(store: Store, handle: IO[str], declarations: bool = True) -> int:
    """Write the network as FtM entities, one JSON object a line. Returns how many."""
    count = 0
    streams = [_companies(store), _flows(store)] + ([_declarations(store)] if declarations else [])
    for stream in streams:
        for entity in stream:
            handle.write(json.dumps(entity, ensure_ascii=False, default=_default) + "\n")
            count += 1
    return count


def graphml_graph(store: Store) -> Any:
    """The graph with GraphML-ready attributes: lists joined, dates as ISO text."""
    graph = procurement_graph(store).graph
    out = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        out.add_node(node, **{k: _plain(v) for k, v in data.items() if v is not None})
    for source, target, key, data in graph.edges(keys=True, data=True):
        out.add_edge(
            source, target, key=key, **{k: _plain(v) for k, v in data.items() if v is not None}
        )
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | set | tuple):
        return " ".join(str(v) for v in sorted(value))
    return value


def write_graphml(store: Store, path: Path) -> tuple[int, int]:
    """Write the graph as GraphML; returns its nodes and edges."""
    graph = graphml_graph(store)
    nx.write_graphml(graph, str(path))
    return graph.number_of_nodes(), graph.number_of_edges()
