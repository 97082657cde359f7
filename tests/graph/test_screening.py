"""Parties screened against a loaded list: hits kept with their list version, and the
listed party's counterparties flagged. The list is a fictional one written here."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from partpath.graph import analyse_trade, party_flags, party_page
from partpath.lists.snapshots import load_snapshot
from partpath.store import Store
from partpath.store.graph import Party
from tests.graph.network import GAMMA, GRUZ
from tests.markings.conftest import fictional_book

LISTED = {
    "id": "fictional-list-gamma",
    "caption": "GAMMA FICTIONAL COMPONENTS",
    "schema": "Company",
    "properties": {
        "name": ["GAMMA FICTIONAL COMPONENTS LLC"],
        "country": ["kg"],
        "topics": ["sanction"],
    },
    "datasets": ["fictional_test_list"],
    "target": True,
}


def test_a_listed_party_and_its_counterparty(network: Store, tmp_path: Path) -> None:
    path = tmp_path / "list.ftm.json"
    path.write_text(json.dumps(LISTED) + "\n", encoding="utf-8")
    load_snapshot(network, "ftm_json", path)
    analysis = analyse_trade(network, book=fictional_book())
    assert analysis.screened and analysis.matches >= 1
    with network.session() as session:
        ids = {p.name: p.id for p in session.scalars(select(Party))}
    gamma = party_page(network, ids[GAMMA])
    assert gamma.screened and gamma.list_versions
    hit = next(h for h in gamma.hits if h.match)
    assert hit.entry_id == "fictional-list-gamma"
    assert hit.list_version == gamma.list_versions[hit.dataset]
    assert "listed" in {f.flag for f in gamma.flags}
    (flag,) = [f for f in party_flags(network, [ids[GRUZ]]) if f.flag == "sanctioned_counterparty"]
    assert flag.records == 1 and flag.shipment_ids
