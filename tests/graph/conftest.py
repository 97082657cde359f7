"""A store holding the hand-made network of ``network.py``, imported and analysed."""

from __future__ import annotations

from pathlib import Path

import pytest

from partpath.graph import analyse_trade
from partpath.store import Store
from partpath.trade import import_trade_file
from partpath.trade.parties import load_company_facts
from tests.graph.network import write_companies, write_network
from tests.markings.conftest import fictional_book


@pytest.fixture
def network(store: Store, tmp_path: Path) -> Store:
    """The store with the network imported, its company facts loaded, and analysed."""
    import_trade_file(store, write_network(tmp_path / "network.csv"), "ru-customs")
    load_company_facts(store, write_companies(tmp_path / "companies.csv"))
    analyse_trade(store, book=fictional_book())
    return store
