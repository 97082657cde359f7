"""HS codes by category, CHPL tiers by HS code, windows against the milestones."""

from __future__ import annotations

import datetime as dt

from partpath.controls import chpl_tier, hs_code_for, known_categories, relation_to_milestones


def test_the_chpl_has_its_fifty_codes_in_six_tiers() -> None:
    from partpath.controls.classify import _CHPL

    assert len(_CHPL) == 50
    assert sorted(set(_CHPL.values())) == ["1", "2", "3.A", "3.B", "4.A", "4.B"]


def test_categories_map_to_hs_codes_and_tiers() -> None:
    assert (hs_code_for("MCU"), chpl_tier(hs_code_for("MCU"))) == ("854231", "1")
    assert (hs_code_for("gnss module"), chpl_tier("852691")) == ("852691", "2")
    assert (hs_code_for("MLCC"), chpl_tier("853224")) == ("853224", "2")
    assert (hs_code_for("DC-DC converter module"), chpl_tier("8504.40")) == ("850440", "3.A")
    assert hs_code_for("resistor") is None and hs_code_for(None) is None
    assert chpl_tier("850450") is None  # inductors: not on the list
    assert all(hs_code_for(c) for c in known_categories())


def test_a_window_is_before_after_or_across_each_milestone() -> None:
    relations = relation_to_milestones(dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    assert relations == {
        "2014-07-31 EU Regulation 833/2014": "after",
        "2022-02-24 2022 invasion export controls": "straddles",
        "2024-02-23 CHPL of 23 Feb 2024": "before",
    }
    assert relation_to_milestones(None, None) == {}
