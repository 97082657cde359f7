# ruff: noqa: RUF001  (company names are written in Russian on purpose)
"""Red flags of the hand-made network, each with the records that raise it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from partpath.graph import analyse_trade, party_flags, party_page
from partpath.graph.flags import is_forwarder, surge_months
from partpath.store import Store
from partpath.store.graph import Party
from partpath.trade import import_trade_file
from tests.graph.network import ACME, ALPHA, BETA, GAMMA, GRUZ, IKS, ORANGES, write_network
from tests.markings.conftest import fictional_book


def _ids(store: Store) -> dict[str, str]:
    with store.session() as session:
        return {p.name: p.id for p in session.scalars(select(Party))}


def _flags(store: Store, name: str) -> dict[str, str]:
    return {f.flag: f.detail for f in party_flags(store, [_ids(store)[name]])}


def test_each_flag_is_raised_where_the_records_show_it(network: Store) -> None:
    assert "founded_after_invasion" in _flags(network, GAMMA)
    assert "founded_after_invasion" not in _flags(network, ALPHA)
    assert "shared_address" in _flags(network, ALPHA)
    assert "shared_address" in _flags(network, BETA)
    assert "forwarder_consignee" in _flags(network, GRUZ)
    # D1 and D2: origin PH, dispatched from Hong Kong; D3 left from its country of origin
    alpha = {f.flag: f for f in party_flags(network, [_ids(network)[ALPHA]])}
    assert alpha["hub_rerouting"].records == 2
    assert "hub_rerouting" in _flags(network, GAMMA)  # made in Japan, sent from Kyrgyzstan
    beta = {f.flag: f for f in party_flags(network, [_ids(network)[BETA]])}
    assert beta["hub_rerouting"].records == 1  # D5: Turkish oranges sent from the UAE


def test_a_party_page_shows_spellings_screening_and_flags(network: Store) -> None:
    page = party_page(network, _ids(network)[ALPHA])
    assert {s["name"] for s in page.spellings} >= {ALPHA, ALPHA.upper()}
    assert page.shipments == 3
    assert not page.screened and "no list loaded" in (page.screening_note or "")
    assert len(page.latest_shipment_ids) == 3
    assert page.counterparties[0].direction == "sent to"
    gamma = party_page(network, _ids(network)[GAMMA])
    assert gamma.owner_id == page.id  # the company facts name Alpha as Gamma's owner


def test_a_surge_is_raised_with_the_lines_of_its_month(store: Store, tmp_path: Path) -> None:
    months = [("10.01.2023", 1000), ("10.02.2023", 1000), ("10.03.2023", 1000)]
    lines = [
        (f"S{i}", day, IKS, ALPHA, "HK", "HK", "HK", "8542390000", ACME, usd)
        for i, (day, usd) in enumerate(months)
    ]
    lines += [
        ("S8", "02.04.2023", IKS, ALPHA, "HK", "HK", "HK", "8542390000", ACME, 30000),
        ("S9", "28.04.2023", IKS, ALPHA, "HK", "HK", "HK", "8542390000", ACME, 20000),
        ("S10", "01.05.2023", IKS, ALPHA, "HK", "HK", "HK", "0805102200", ORANGES, 9),
    ]
    import_trade_file(store, write_network(tmp_path / "surge.csv", lines), "ru-customs")
    analyse_trade(store, book=fictional_book())
    (surge,) = [f for f in party_flags(store, [_ids(store)[IKS]]) if f.flag == "chpl_surge"]
    assert "2023-04" in surge.detail and surge.records == 2
    with store.engine.connect() as connection:
        numbers = dict(
            connection.execute(text("SELECT id, declaration_number FROM shipments")).all()
        )
    assert [numbers[i] for i in surge.shipment_ids] == ["S9", "S8"]


def test_forwarders_and_surges() -> None:
    assert is_forwarder("ООО «ТРАНСПОРТНАЯ ЭКСПЕДИЦИЯ»")
    assert is_forwarder("Acme Freight Forwarders Ltd")
    assert not is_forwarder("Acme Semiconductor")
    months = [("2023-01", 1000.0), ("2023-02", 1000.0), ("2023-03", 1000.0), ("2023-04", 50000.0)]
    assert [m for m, _, _ in surge_months(months)] == ["2023-04"]
    assert surge_months([("2023-04", 50000.0)]) == []  # a first month is no surge
    assert surge_months([*months[:3], ("2023-04", 2500.0)]) == []
