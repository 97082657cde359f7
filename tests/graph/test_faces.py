"""The API's graph routes and the export formats, on the hand-made network."""

from __future__ import annotations

import io
import json
from pathlib import Path

import networkx as nx  # type: ignore[import-untyped]  # networkx ships no type hints
from fastapi.testclient import TestClient
from sqlalchemy import select

from partpath.api.app import create_app
from partpath.graph import write_ftm, write_graphml
from partpath.store import Store
from partpath.store.graph import Party
from partpath.trade import import_trade_file
from tests.graph.network import ALPHA, IKS


def test_routes_chokepoints_and_party_pages_over_http(network: Store) -> None:
    with TestClient(create_app(network.settings)) as client:
        routes = client.get("/routes", params={"part": "ACM1234", "to_country": "RU"})
        assert routes.status_code == 200
        assert routes.json()["routes"][0]["labels"] == ["Acme Semiconductor", ALPHA, IKS, "RU"]
        chokepoints = client.get("/chokepoints", params={"country": "RU"}).json()
        assert chokepoints["chokepoints"][0]["name"] == ALPHA
        party_id = chokepoints["chokepoints"][0]["party_id"]
        page = client.get(f"/parties/{party_id}").json()
        assert page["name"] == ALPHA and page["screened"] is False
        assert {f["flag"] for f in page["flags"]} >= {"shared_address", "hub_rerouting"}
        assert client.get("/parties/pa_nothing").status_code == 404


def test_ftm_export_holds_companies_flows_and_declarations(network: Store, tmp_path: Path) -> None:
    handle = io.StringIO()
    count = write_ftm(network, handle)
    entities = [json.loads(line) for line in handle.getvalue().splitlines()]
    assert len(entities) == count
    schemata = [e["schema"] for e in entities]
    assert schemata.count("Company") == 6
    assert schemata.count("EconomicActivity") == 6
    assert schemata.count("UnknownLink") == 4  # Alpha-Iks, Beta-Igrek, Beta-Iks, Gamma-Gruz
    assert schemata.count("Ownership") == 1
    ids = {e["id"] for e in entities}
    for entity in entities:
        for prop in ("sender", "receiver", "subject", "object", "owner", "asset"):
            assert set(entity["properties"].get(prop, [])) <= ids
    iks = next(e for e in entities if e["properties"].get("name") == [IKS])
    assert iks["properties"]["innCode"] == ["0011111111"]
    # the declarations read back through the ftm mapping, every line accounted for
    path = tmp_path / "network.ftm.json"
    path.write_text(handle.getvalue(), encoding="utf-8")
    summary = import_trade_file(network, path, "ftm")
    assert (summary.rows, summary.rejected) == (6, 0)


def test_graphml_export_reads_back(network: Store, tmp_path: Path) -> None:
    nodes, edges = write_graphml(network, tmp_path / "network.graphml")
    graph = nx.read_graphml(tmp_path / "network.graphml")
    assert graph.number_of_nodes() == nodes and graph.number_of_edges() == edges
    with network.session() as session:
        alpha = session.scalars(select(Party).where(Party.name == ALPHA)).one()
    assert graph.nodes[f"party:{alpha.id}"]["kind"] == "party"
    assert graph.nodes["maker:Acme Semiconductor"]["kind"] == "maker"
