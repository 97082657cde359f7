"""Routes and chokepoints of the hand-made network, whose answers are known."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from partpath.exc import NotFound
from partpath.graph import find_chokepoints, trace_routes
from partpath.store import Store
from tests.graph.network import ALPHA, BETA, GAMMA, IGREK, IKS
from tests.markings.conftest import fictional_book


def _line_ids(store: Store, *numbers: str) -> list[int]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text("SELECT declaration_number, id FROM shipments ORDER BY id")
        ).all()
    ids = dict(rows)
    return [ids[n] for n in numbers]


def test_the_routes_of_a_part_run_from_its_maker_to_the_country(network: Store) -> None:
    answer = trace_routes(network, "ACM1234", to_country="RU", book=fictional_book())
    assert answer.matched == ["ACM1234"]
    assert [r.labels for r in answer.routes] == [
        ["Acme Semiconductor", ALPHA, IKS, "RU"],
        ["Acme Semiconductor", BETA, IGREK, "RU"],
    ]
    best = answer.routes[0]
    assert best.value_usd == 6000.0
    assert [h.kind for h in best.hops] == ["goods", "shipments", "imports"]
    assert best.hops[1].count == 3
    assert sorted(best.hops[1].shipment_ids) == sorted(_line_ids(network, "D1", "D2", "D3"))
    assert str(best.last) == "2023-09-20"


def test_a_full_part_number_and_an_end_user_narrow_the_routes(network: Store) -> None:
    answer = trace_routes(network, "ACM1234CQF", end_user="ИГРЕК", book=fictional_book())
    assert [r.labels[1:] for r in answer.routes] == [[BETA, IGREK, "RU"]]
    prefix = trace_routes(network, "ACM1234", end_user="ИГР", book=fictional_book())
    assert [r.labels[2] for r in prefix.routes] == [IGREK]  # the start of a name word
    assert trace_routes(network, "ACM1234", to_country="KZ", book=fictional_book()).routes == []


def test_an_unknown_part_is_reported(network: Store) -> None:
    with pytest.raises(NotFound, match="no customs line names the part"):
        trace_routes(network, "ZZZ999", book=fictional_book())


def test_chokepoints_rank_by_the_chpl_value_they_carry_into_the_country(network: Store) -> None:
    answer = find_chokepoints(network, "RU")
    assert answer.chpl_value_usd == 10500.0
    assert [(c.name, c.value_cut_usd) for c in answer.chokepoints] == [
        (ALPHA, 6000.0),
        (GAMMA, 4000.0),
        (BETA, 500.0),  # its oranges are not on the CHPL
    ]
    assert answer.chokepoints[0].share == pytest.approx(6000 / 10500, abs=1e-4)
    assert answer.chokepoints[0].sole_supplier_of == 1  # Beta sells Iks only oranges
    domestic = find_chokepoints(network, "RU", include_domestic=True)
    assert {c.name for c in domestic.chokepoints} >= {IKS, IGREK}
