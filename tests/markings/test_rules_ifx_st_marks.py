"""Top-side markings of Infineon (automotive OptiMOS, CoolMOS CE) and STMicroelectronics
power MOSFETs, read without the order code's package prefix.

Every positive case is a marking printed in the "Marking" column of the data sheet cited
by the family (infineon.yml, stmicroelectronics.yml); the negative cases are neighbouring
strings the grammars must leave alone.
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, identify

IFX = "Infineon Technologies"
ST = "STMicroelectronics"


@pytest.mark.parametrize(
    "text",
    [
        "3N0408",  # IPD50N04S3-08, OptiMOS-T
        "3N0409",  # IPD50N04S3-09
        "4N0604",  # IPB90N06S4-04, OptiMOS-T2
        "4N0402",  # IPD90N04S4-02
        "4N04L11",  # IPG20N04S4L-11, logic level
        "4N04L08",  # IPG20N04S4L-08A
        "4N06L07",  # IPB80N06S4L-07
        "4N03L14",  # IPD30N03S4L-14
        "2N03L07",  # SPD30N03S2L-07, OptiMOS S2
        "5N10035",  # IAUT150N10S5N035, OptiMOS-5
        "5N08014",  # IAUS300N08S5N014T
        "A08S5N12",  # IAUS300N08S5N012
        "70S1K5",  # IPN70R1K5CE, CoolMOS CE
        "65S1K5",  # IPN65R1K5CE
        "70S1K0",  # IPN70R1K0CE
        "70S1K4CE",  # IPSA70R1K4CE
        "65C7045",  # IPW65R045C7, IPB65R045C7, CoolMOS C7
        "65C7065",  # IPA65R065C7
    ],
)
def test_infineon_automotive_and_coolmos_ce_marks(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "MOSFET")


def test_infineon_mark_with_date_code_line() -> None:
    result = identify("4N0604 H1234")
    assert_identified(result, IFX, IFX, "4N0604", None, "MOSFET")


@pytest.mark.parametrize(
    "text",
    [
        "4N35",  # an optocoupler number several makers sell
        "4N25",
        "3N201",  # a JEDEC dual-gate MOSFET number
        "2N0307",  # the S2 mark documented is logic level (2N03L07)
        "4N0611X",  # a marking with letters the data sheets do not show
        "5N0801",  # OptiMOS-5 marks carry a three-digit RDS(on) code
        "70S1K",
        "3N0608",  # no OptiMOS-T data sheet shows a 60 V 3N mark
        "4N0304",  # the 30 V OptiMOS-T2 mark is logic level (4N03L14)
    ],
)
def test_infineon_marks_leave_other_strings_alone(text: str) -> None:
    assert identify(text).manufacturer != IFX


@pytest.mark.parametrize(
    "text",
    [
        "9NK95Z",  # STW9NK95Z, SuperMESH
        "24NM60N",  # STF24NM60N / STP24NM60N / STW24NM60N, MDmesh II
    ],
)
def test_st_mosfet_marks_without_package_letter(text: str) -> None:
    assert_identified(identify(text), ST, ST, text, None, "MOSFET")


@pytest.mark.parametrize("text", ["9NK95", "24NM60", "1N4148"])
def test_st_marks_leave_other_strings_alone(text: str) -> None:
    assert identify(text).manufacturer != ST


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("S71WS512NE0BFWZZ0", "S71WS512N"),  # S71WS512NE0BFWZZ data sheet
        ("S70WS512N00BFWAA3", "S70WS512N"),  # S70WS512N00 based MCPs
        ("S75WS256PEFKFF", "S75WS256P"),  # S75WS-P based MCP/POP products
    ],
)
def test_spansion_multi_chip_products(text: str, base: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.brand, result.base_part) == (IFX, "Spansion", base)
    assert result.category == "flash memory"


def test_spansion_multi_chip_series_not_in_the_data_sheets() -> None:
    assert identify("S75WS128Q").unknown


@pytest.mark.parametrize(
    "text",
    [
        "4276V",  # TLE4276DV / GV / SV
        "4276V50",  # TLE4276DV50 / GV50
        "4271-2G",  # TLE4271-2G
        "66GV10",  # TLE4266GSV10
    ],
)
def test_infineon_linear_regulator_marks(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "linear regulator")


@pytest.mark.parametrize("text", ["4276", "4276V33"])
def test_regulator_marks_not_in_the_data_sheets(text: str) -> None:
    assert identify(text).unknown
