"""Texas Instruments top-side device marks: the short forms TI prints where the
orderable number does not fit, from the Device Marking column of TI's package option
addenda and the ordering information of TI data sheets (sources in texas-instruments.yml).
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import identify

TI = "Texas Instruments"


@pytest.mark.parametrize("text", ["HC138M", "HC540M", "HC541M"])
def test_the_soic_mark_of_the_harris_numbered_cd74hc_parts(text: str) -> None:
    """Addenda CD54HCT238 and CD54HCT541: CD74HC138M96 is marked HC138M, CD74HC540M96
    HC540M, CD74HC541M96 HC541M (the function code and M, without CD74)."""
    result = identify(text)
    assert (result.manufacturer, result.brand) == (TI, TI), result.reason
    assert (result.base_part, result.category) == (text, "logic IC")


def test_the_soic_mark_with_the_lot_line_before_it() -> None:
    result = identify("2BK HC138M")  # TI's YMS line recorded before the mark
    assert (result.manufacturer, result.base_part) == (TI, "HC138M")


@pytest.mark.parametrize("text", ["HC541", "HC541MX", "HC541M1"])
def test_other_forms_of_the_function_code_are_not_the_cd74hc_mark(text: str) -> None:
    """Without the M (TI's SN74HC541 and others print HC541) the number stays shared; an M
    followed by more letters or digits is not the CD74HC mark."""
    assert identify(text).manufacturer != TI


def test_the_max3238_mark() -> None:
    """SLLS349J: MAX3238 comes in SSOP (DB) and TSSOP (PW) only; the C grade is marked
    MA3238C. The I grade's mark is not in the documentation at hand, so it is not read."""
    result = identify("MA3238C")
    assert (result.manufacturer, result.base_part, result.category) == (
        TI,
        "MA3238C",
        "interface IC",
    )


@pytest.mark.parametrize("text", ["MA3238", "MA3238I", "MA3238CX", "MA3238E"])
def test_a_max3238_mark_needs_its_grade_letter(text: str) -> None:
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize(
    ("text", "base"),
    [("DM368", "DM368"), ("DM368ZCE", "DM368"), ("DM369", "DM369")],
)
def test_davinci_dm36x_named_without_tms320(text: str, base: str) -> None:
    """SPRZ316 (TMS320DM368, ZCE package) and SPRS867 (TMS320DM369)."""
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (
        TI,
        base,
        "microprocessor",
    )


def test_the_four_digit_davinci_numbers_still_read_as_before() -> None:
    assert identify("DM3730CBP").base_part == "DM3730"
