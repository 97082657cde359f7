"""Device marking codes from onsemi marking diagrams and International Rectifier part
marking pages: the codes the data sheets print on the package, not the ordering numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import identify

ONSEMI = "onsemi"


# --- onsemi logic: MC74LCX / MC74VHC / MC74LVX top marks ------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [("LCX08G", "LCX08"),  # MC74LCX08, SOIC-14: LCX08G over AWLYWW
     ("VHCU04G", "VHCU04")],  # MC74VHCU04, SOIC-14: VHCU04G over AWLYWW
)  # fmt: skip
def test_the_soic14_logic_mark_ends_in_the_pb_free_g(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (ONSEMI, base, text)
    assert result.category == "logic IC"


def test_the_awlyww_line_under_a_soic14_mark_dates_it() -> None:
    """AWLYWW: assembly location, two-character wafer lot, one-digit year, work week."""
    result = identify("LCX08G ZKA947")
    assert result.manufacturer == ONSEMI
    assert (result.date_from, result.date_to) == (dt.date(2019, 11, 18), dt.date(2019, 11, 24))


@pytest.mark.parametrize(
    "text",
    ["LCX245 ZKA1947G",  # MC74LCX245 SOIC-20: LCX245 over AWLYYWWG
     "LCX 245 ALYWG",  # TSSOP-20: LCX / 245 / ALYWG
     "VHC245 ZKA1947G",  # MC74VHC245 SOIC-20
     "LVX245 ZKA1947G",  # MC74LVX245 SOIC-20
     "LCX08"],  # without the G the code is what other LCX makers print too
)  # fmt: skip
def test_the_bare_logic_device_code_is_shared(text: str) -> None:
    result = identify(text)
    assert result.unknown
    assert "sold by several makers" in result.reason


def test_the_bare_logic_device_code_names_onsemi_beside_its_logo() -> None:
    result = identify("ON LCX245 ZKA1947G")
    assert (result.manufacturer, result.base_part) == (ONSEMI, "LCX245")
    assert (result.date_from, result.date_to) == (dt.date(2019, 11, 18), dt.date(2019, 11, 24))


@pytest.mark.parametrize("text", ["VHCU04G", "ON LVX245"])
def test_the_vhc_and_lvx_lines_were_motorolas_before_on_semiconductor(text: str) -> None:
    """Motorola's MC74VHCT14A (1999) and MC74LVX245 (1997) data sheets."""
    assert identify(text).past_owners == ["Motorola"]


def test_the_lvx_mark_with_a_g_is_not_read_as_onsemis() -> None:
    """Only the LVX SOIC-20 mark is documented, with its G on the date line."""
    assert identify("LVX245G").manufacturer != ONSEMI


@pytest.mark.parametrize("text", ["LCX08A", "LCX08GX", "VHC08GT", "XLCX08G"])
def test_near_misses_of_the_logic_marks_stay_unknown_or_shared(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != ONSEMI


# --- onsemi regulators -------------------------------------------------------------------


def test_the_mc78m00_dpak_mark_is_the_device_code_with_the_pb_free_g() -> None:
    """MC78M00 DPAK-3: xxxxxG over ALYWW, xxxxx = device type and voltage option code."""
    result = identify("78M05G")
    assert (result.manufacturer, result.base_part, result.category) == (
        ONSEMI,
        "78M05",
        "linear regulator",
    )


@pytest.mark.parametrize("text", ["78M05", "78M05C", "L78M05G", "78M5G"])
def test_other_78m_marks_are_not_onsemis_dpak_mark(text: str) -> None:
    assert identify(text).manufacturer != ONSEMI


# --- Fairchild / onsemi TinyLogic top marks ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [("7Z02", "7Z02", None),  # NC7SZ02M5X, SOT23: top mark 7Z02
     ("7S14", "7S14", None),  # NC7S14M5X, SOT23: top mark 7S14
     ("7S02M", "7S02", "7S02M"),  # NC7S02, SC-74A: 7S02 + date code M
     ("7Z32 M", "7Z32", "7Z32M")],  # NC7SZ32, SC-74A: 7Z32 M
)  # fmt: skip
def test_tinylogic_sot23_top_marks(text: str, base: str, mpn: str | None) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (ONSEMI, "Fairchild Semiconductor")
    assert (result.base_part, result.mpn, result.category) == (base, mpn, "logic IC")


@pytest.mark.parametrize("text", ["Z02", "S14", "7S141", "7Z1", "A7S14", "7SZ14"])
def test_short_or_longer_tinylogic_look_alikes_are_not_read(text: str) -> None:
    """The SC70 marks (Z02, S14) are too short; a digit after the code is not a date letter."""
    assert identify(text).manufacturer != ONSEMI
