"""Suggested and confirmed identifications of recorded components."""

from __future__ import annotations

import pytest

from partpath.evidence.cases import create_case
from partpath.evidence.history import record_history
from partpath.evidence.items import add_component, add_item, update_component
from partpath.evidence.records import CaseIn, ComponentIn, ItemIn
from partpath.exc import InvalidInput, NotFound
from partpath.markings.components import (
    confirm_identification,
    get_identification,
    suggest_for_case,
    suggest_identification,
)
from partpath.markings.rules import RuleBook
from partpath.store import Store


def _component(store: Store, lines: list[str], brand: str | None = None) -> str:
    with store.session() as session:
        create_case(session, CaseIn(id="EX-1", title="Exercise"))
        item = add_item(session, "EX-1", ItemIn(ref="A1", weapon_system="Kh-101"))
        component = ComponentIn(ref="U1", marking_lines=lines, brand_as_marked=brand)
        return add_component(session, item.id, component).id


def test_a_suggestion_is_kept_and_a_confirmation_corrects_it(store: Store, book: RuleBook) -> None:
    component_id = _component(store, ["ACM1234", "CQF", "#2207"], brand="Acme Semi")
    with store.session() as session:
        (record,) = suggest_for_case(session, "EX-1", book)
        assert record.status == "suggested"
        assert record.suggested["manufacturer"] == "Acme Semiconductor"
        assert record.suggested["date_from"] == "2022-02-14"
        assert record.engine.startswith("partpath ")
    with store.session() as session:
        confirmed = confirm_identification(session, component_id, {"category": "MCU"})
        assert confirmed.status == "corrected"
        assert confirmed.confirmed is not None
        assert (confirmed.confirmed["category"], confirmed.confirmed["hs_code"]) == (
            "MCU",
            "854231",
        )
        assert confirmed.confirmed["chpl_tier"] == "1"
        assert confirmed.suggested["category"] == "RF transceiver"  # the suggestion is kept
        record_id = confirmed.id
    with store.session() as session:
        assert [r.action for r in record_history(session, record_id)] == ["create", "update"]


def test_a_new_suggestion_keeps_a_confirmation(store: Store, book: RuleBook) -> None:
    component_id = _component(store, ["XX555"])
    with store.session() as session:
        assert suggest_identification(session, component_id, book).suggested["unknown"]
        confirm_identification(session, component_id, {"manufacturer": "Bolt Microsystems"})
        update_component(session, component_id, {"brand_as_marked": "Bolt Microsystems"})
        again = suggest_identification(session, component_id, book)
    assert again.suggested["manufacturer"] == "Bolt Microsystems"
    assert again.status == "corrected" and again.confirmed is not None
    assert again.confirmed["manufacturer"] == "Bolt Microsystems"


def test_confirming_needs_a_suggestion_and_known_fields(store: Store, book: RuleBook) -> None:
    component_id = _component(store, ["ACM1234"])
    with pytest.raises(NotFound, match="no identification yet"), store.session() as session:
        confirm_identification(session, component_id)
    with store.session() as session:
        suggest_identification(session, component_id, book)
    with pytest.raises(InvalidInput, match="cannot correct colour"), store.session() as session:
        confirm_identification(session, component_id, {"colour": "red"})
    with pytest.raises(InvalidInput, match="date_from"), store.session() as session:
        confirm_identification(session, component_id, {"date_from": "last year"})
    with store.session() as session:
        assert get_identification(session, component_id).status == "suggested"
