"""Discretes and passives of onsemi and Vishay: more top marks and numbering schemes.

Each case is an example given in the documentation cited in the maker's rule file
(onsemi marking diagrams, Vishay ordering information tables).
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, identify

ONSEMI = "onsemi"
VISHAY = "Vishay Intertechnology"


@pytest.mark.parametrize(("text", "base"), [("B20200G", "B20200"), ("B20H100G", "B20H100")])
def test_onsemi_switchmode_schottky_device_code(text: str, base: str) -> None:
    """MBRB20200CT marking diagram: B20200G (G = Pb-free); MBR20H100CT: B20H100G."""
    result = identify(text)
    assert_identified(result, ONSEMI, ONSEMI, base, text, "diode")


@pytest.mark.parametrize("text", ["B20200", "B340", "B540C"])
def test_schottky_device_codes_without_the_pb_free_g_are_not_onsemis(text: str) -> None:
    assert identify(text).manufacturer != ONSEMI


def test_onsemi_mc74hc_soic_top_mark() -> None:
    """MC74HC4020A SOIC-16 marking diagram: HC4020AG over AWLYWW."""
    result = identify("HC4020AG AWL1947")
    assert (result.manufacturer, result.base_part, result.category) == (
        ONSEMI,
        "HC4020A",
        "logic IC",
    )


def test_hc_top_mark_without_the_g_stays_shared() -> None:
    assert identify("HC4020A").manufacturer is None
