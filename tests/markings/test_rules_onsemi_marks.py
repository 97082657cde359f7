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


@pytest.mark.parametrize(
    ("text", "window"),
    [("FDS6680A 912", (dt.date(2019, 3, 18), dt.date(2019, 4, 28))),  # &3: 2019, weeks 12-17
     ("FDS6680A 1948", (dt.date(2019, 11, 25), dt.date(2019, 12, 22))),  # &4: weeks 48-51
     ("FDS6680A 1852", (dt.date(2018, 1, 1), dt.date(2019, 2, 3))),  # weeks 52-05 span the years
     ("FDS6680A 1947", (dt.date(2019, 11, 18), dt.date(2019, 11, 24)))],  # not a period: YYWW
)  # fmt: skip
def test_fairchild_six_week_date_codes(text: str, window: tuple[dt.date, dt.date]) -> None:
    """Fairchild's top-mark conventions: &3 = XYY and &4 = XXYY, the year and the first week
    of a six-week period (06-11, 12-17, ..., 48-51, 52-05)."""
    result = identify(text)
    assert result.manufacturer == "onsemi"
    assert (result.date_from, result.date_to) == window


@pytest.mark.parametrize("text", ["MC14017BCP", "MC12093DG", "14017B"])
def test_motorola_made_these_lines_before_on_semiconductor(text: str) -> None:
    assert identify(text).past_owners == ["Motorola"]


def test_an_mc14000b_part_dated_after_the_spin_off_has_no_motorola_past() -> None:
    assert identify("MC14017BCP AWL0512").past_owners == []


@pytest.mark.parametrize("text", ["MOTOROLA MC74HC00AN", "Motorola MC14013BCP 9433"])
def test_a_printed_motorola_names_the_line_it_made_before_onsemi(text: str) -> None:
    """Motorola is no maker today; its MC74/MC14 logic went to onsemi in 1999
    (onsemi.yml, former: Motorola until 1999-08-03): the name printed is the brand."""
    result = identify(text)
    assert (result.brand, result.manufacturer, result.basis) == (
        "Motorola",
        "onsemi",
        "name or mark",
    )
    assert result.past_owners == ["Motorola"]


def test_a_printed_motorola_beside_a_number_of_a_line_it_never_made_names_no_maker() -> None:
    assert identify("MOTOROLA 74HC00").unknown  # a second-sourced number, not onsemi's MC74
