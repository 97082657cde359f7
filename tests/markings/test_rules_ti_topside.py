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


@pytest.mark.parametrize(
    ("orderable", "mark"),
    [
        ("SN74CBT3257DBR", "CU257"),  # SCDS017M: SSOP DB
        ("SN74CBT3257PWR", "CU257"),  # SCDS017M: TSSOP PW
        ("SN74CBT3257RGYR", "CU257"),  # SCDS017M: QFN RGY
        ("SN74CBT3384ADBR", "CU384A"),  # SCDS004L: SSOP DB
        ("SN74CBT3384ADGVR", "CU384A"),  # SCDS004L: TVSOP DGV
        ("SN74CBTLV3257DBQR", "CL257"),  # SCDS040J: QSOP DBQ
        ("SN74CBTLV3257RGYR", "CL257"),  # SCDS040J: QFN RGY
    ],
)
def test_the_bus_switch_mark_on_the_small_packages(orderable: str, mark: str) -> None:
    """CBT -> CU and CBTLV -> CL where the family letters do not fit."""
    result = identify(mark)
    assert (result.manufacturer, result.brand) == (TI, TI), result.reason
    assert (result.base_part, result.category) == (mark, "analog switch")
    assert identify(orderable).manufacturer == TI


@pytest.mark.parametrize(
    "text", ["CU257A", "CU2570", "CU384", "CU384AX", "CL2570", "CL250", "CU245A"]
)
def test_other_cu_and_cl_forms_are_not_read(text: str) -> None:
    """Other letters or digits after the documented marks, a number whose table is not at
    hand (CU245A), or Supertex's CL2xx LED drivers name no maker here."""
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize(
    ("orderable", "mark"),
    [("OPA330AIDR", "O330A"), ("OPA2330AIDR", "O2330A")],  # addendum OPA4330: SOIC D
)
def test_the_opa330_soic_mark(orderable: str, mark: str) -> None:
    """The SOIC parts carry O + the number + the grade letter, without PA."""
    result = identify(mark)
    assert (result.manufacturer, result.brand) == (TI, "Burr-Brown"), result.reason
    assert (result.base_part, result.category) == (mark, "operational amplifier")
    assert identify(orderable).manufacturer == TI


@pytest.mark.parametrize("text", ["O330", "O330B", "O3300A", "O2330AX", "O1330A"])
def test_other_o_forms_are_not_read(text: str) -> None:
    assert identify(text).manufacturer != TI
