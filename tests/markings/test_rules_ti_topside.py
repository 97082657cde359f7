"""Texas Instruments top-side marks from the TOP-SIDE MARKING column of the ORDERING
INFORMATION tables in TI logic data sheets: the shortened forms TI prints on the small
packages (SSOP DB, TSSOP PW, TVSOP DGV, QFN RGY), where the full family letters do not
fit (sources in texas-instruments.yml).
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import identify

TI = "Texas Instruments"


@pytest.mark.parametrize(
    ("orderable", "mark"),
    [
        ("SN74ABT541BDBR", "AB541B"),  # SCBS093L: SSOP DB
        ("SN74ABT541BPWR", "AB541B"),  # SCBS093L: TSSOP PW
        ("SN74ABT245BDBR", "AB245B"),  # SCBS081L: SSOP DB
        ("SN74ABT245BPWR", "AB245B"),  # SCBS081L: TSSOP PW
        ("SN74ABT245BRGYR", "AB245B"),  # SCBS081L: QFN RGY
    ],
)
def test_the_abt_mark_on_the_small_packages(orderable: str, mark: str) -> None:
    """ABT -> AB where the package is too small for the family letters in full."""
    result = identify(mark)
    assert (result.manufacturer, result.brand) == (TI, TI), result.reason
    assert (result.base_part, result.category) == (mark, "logic IC")
    # the orderable number itself is TI's too (read by the SN74 grammar)
    assert identify(orderable).manufacturer == TI


def test_the_abt_mark_with_the_date_line_before_it() -> None:
    result = identify("2BK AB245B")
    assert (result.manufacturer, result.base_part) == (TI, "AB245B")


@pytest.mark.parametrize("text", ["ABT541B", "ABT245B"])
def test_the_soic_mark_keeps_the_family_letters_and_stays_shared(text: str) -> None:
    """SOIC DW / SOP NS carry ABT541B / ABT245B: other makers print ABT numbers too."""
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize("text", ["AB541", "AB245", "AB245BX", "AB2451B", "AB244B", "AB374B"])
def test_other_ab_forms_are_not_read(text: str) -> None:
    """Without the B revision letter, with more characters after it, or for a number whose
    table is not at hand, an AB word names no maker."""
    assert identify(text).manufacturer != TI
