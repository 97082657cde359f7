"""Lines linked to a recovered component by base part, ranked by the production window."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select, text

from partpath.evidence.cases import create_case
from partpath.evidence.items import add_component, add_item
from partpath.evidence.records import CaseIn, ComponentIn, ItemIn
from partpath.markings.components import confirm_identification, suggest_identification
from partpath.store import Store
from partpath.store.graph import ShipmentLink
from partpath.trade.links import ComponentPart, date_fit, link_components
from tests.graph.conftest import network as network_fixture
from tests.markings.conftest import fictional_book

network = network_fixture  # the hand-made network of tests/graph, shared

WINDOW = ComponentPart(
    "co_x",
    "ACM1234",
    "Acme Semiconductor",
    dt.date(2022, 12, 1),
    dt.date(2023, 4, 30),
    dt.date(2023, 8, 1),
)


def test_a_line_shortly_after_the_window_fits_best() -> None:
    soon = date_fit(WINDOW, dt.date(2023, 5, 12))
    later = date_fit(WINDOW, dt.date(2023, 7, 30))
    within = date_fit(WINDOW, dt.date(2023, 3, 10))
    assert soon.fit == later.fit == "after made"
    assert 1 >= soon.score > later.score > within.score > 0
    assert within.fit == "within window"
    assert date_fit(WINDOW, dt.date(2022, 11, 30)).score == 0  # before it was made
    assert date_fit(WINDOW, dt.date(2023, 8, 2)).fit == "after recovery"
    unknown = ComponentPart("co_y", "ACM1234", None, None, None, None)
    assert date_fit(unknown, dt.date(2023, 1, 1)).fit == "no window"


def test_components_link_to_the_lines_of_their_base_part(network: Store) -> None:
    with network.session() as session:
        create_case(session, CaseIn(id="EX-9", title="links"))
        item = add_item(
            session,
            "EX-9",
            ItemIn(ref="A1", weapon_system="Geran-2", recovered_on=dt.date(2023, 8, 1)),
        )
        marked = ComponentIn(ref="U1", marking_lines=["ACM1234CQF"], brand_as_marked="Acme Semi")
        component = add_component(session, item.id, marked)
        suggest_identification(session, component.id, fictional_book())
        confirm_identification(
            session, component.id, {"date_from": "2022-12-01", "date_to": "2023-04-30"}
        )
        component_id = component.id
    assert link_components(network) == 2
    with network.session() as session:
        links = list(session.scalars(select(ShipmentLink).order_by(ShipmentLink.rank)))
        numbers = dict(session.execute(text("SELECT id, declaration_number FROM shipments")).all())
    assert [(numbers[link.shipment_id], link.fit) for link in links] == [
        ("D2", "after made"),  # 12 days after the window ends
        ("D1", "within window"),
    ]  # D4 predates the part, D3 came after the item was recovered
    assert all(link.component_id == component_id for link in links)
    assert "same base part ACM1234" in links[0].reason
