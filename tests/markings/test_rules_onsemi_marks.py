"""onsemi's top marks, from the marking diagrams of its data sheets."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import identify


@pytest.mark.parametrize(("text", "base"), [("14011BG", "14011B"), ("14017B", "14017B")])
def test_the_soic_top_mark_of_mc14000b_cmos_drops_mc(text: str, base: str) -> None:
    """MC14001B series: SOIC-14 marked 140xxBG / AWLYWW; MC14017B: SOIC-16 14017B / AWLYWW."""
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == ("onsemi", base, "logic IC")


def test_the_cmos_top_mark_reads_the_awlyww_line_under_it() -> None:
    result = identify("14017B AWL1947")
    assert (result.date_from, result.date_to) == (dt.date(2019, 11, 18), dt.date(2019, 11, 24))


@pytest.mark.parametrize("text", ["14053", "140538BG", "CD4053B"])
def test_other_spellings_are_not_the_onsemi_top_mark(text: str) -> None:
    assert identify(text).manufacturer != "onsemi"
