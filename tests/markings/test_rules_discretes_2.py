"""Discretes and passives of onsemi and Vishay: more top marks and numbering schemes.

Each case is an example given in the documentation cited in the maker's rule file
(onsemi marking diagrams, Vishay ordering information tables).
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, identify

ONSEMI = "onsemi"
VISHAY = "Vishay Intertechnology"


@pytest.mark.parametrize(
    ("text", "base"), [("B20200G", "B20200"), ("B20H100G", "B20H100"), ("B1045G", "B1045")]
)
def test_onsemi_switchmode_schottky_device_code(text: str, base: str) -> None:
    """MBRB20200CT marking diagram: B20200G (G = Pb-free); MBR20H100CT: B20H100G;
    MBRD1045: B10 45G."""
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


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("SQD50P04-09L-GE3", "SQD50P04", "SQD50P04-09L-GE3"),
        ("SQP50P03-07", "SQP50P03", "SQP50P03-07"),
        ("SQD50P04", "SQD50P04", None),
    ],
)
def test_vishay_automotive_mosfets_with_or_without_the_grade(
    text: str, base: str, mpn: str | None
) -> None:
    """SQD50P04-09L data sheet: ordering code SQD50P04-09L-GE3; SQP50P03-07-GE3."""
    assert_identified(identify(text), VISHAY, "Vishay Siliconix", base, mpn, "MOSFET")


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("VFT1045C-M3", "VFT1045C"),
        ("VBT1045BP-E3", "VBT1045BP"),
        ("VT2045BP-M3/4W", "VT2045BP"),
    ],
)
def test_vishay_low_voltage_tmbs_rectifiers(text: str, base: str) -> None:
    """VFT1045C-M3 (ITO-220AB, dual), VBT1045BP-E3 (D2PAK), VT2045BP-M3/4W (TO-220AC)."""
    result = identify(text)
    assert_identified(result, VISHAY, "Vishay General Semiconductor", base, text, "diode")


def test_a_bare_v_t_number_is_not_a_tmbs_rectifier() -> None:
    assert identify("VT2045").manufacturer is None


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("TS63Y203KR10", "TS63Y", "TS63Y203KR10"),
        ("TS63Z504KT20", "TS63Z", "TS63Z504KT20"),
        ("TS63Y", "TS63Y", None),
        ("T63YB203KT20", "T63YB", "T63YB203KT20"),
    ],
)
def test_vishay_sfernice_multi_turn_trimmers(text: str, base: str, mpn: str | None) -> None:
    """TS63 data sheet (document 51011): models TS63X/Y/Z, TS63Y203KR10; T63 (51024)."""
    assert_identified(identify(text), VISHAY, "Vishay Sfernice", base, mpn, "resistor")


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("FDWS86368-F085", "FDWS86368", "FDWS86368-F085"),
        ("ON AYWWWL FDWS 86368", "FDWS86368", None),
        ("FDWS 9508L", "FDWS9508L", None),
    ],
)
def test_onsemi_fdws_automotive_mosfets(text: str, base: str, mpn: str | None) -> None:
    """FDWS86368-F085 marking diagram: ON / AYWWWL / FDWS / 86368; FDWS9508L-F085."""
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn, result.category) == (
        ONSEMI,
        base,
        mpn,
        "MOSFET",
    )


@pytest.mark.parametrize("text", ["B34G", "B32G 1947", "B310G", "B540G"])
def test_onsemi_smc_schottky_device_code(text: str) -> None:
    """MBRS340T3 data sheet: B32, B33, B34, B36 (B3xG = Pb-free in later revisions);
    MBRS3100T3G: AYWW / B310G; MBRS540T3G: AYWW / B540G."""
    result = identify(text)
    code = text.split()[0]
    assert (result.manufacturer, result.base_part, result.mpn) == (ONSEMI, code[:-1], code)


@pytest.mark.parametrize(
    "text",
    ["B34", "B32 1947", "B310", "B540", "B12", "B14", "B14G", "B340", "B340A", "B35G", "B34X",
     "B3100", "B540C", "B140", "B15", "B2045G", "B2060G", "B1060G"],
)  # fmt: skip
def test_short_or_undocumented_b_codes_are_not_onsemis(text: str) -> None:
    """Without the Pb-free G a two- or three-digit B code is too short to name a maker; the
    SMB codes B12/B14 carry a microdot, not a G; device codes of voltages that the cited
    marking diagrams do not show are not read."""
    assert identify(text).manufacturer != ONSEMI
