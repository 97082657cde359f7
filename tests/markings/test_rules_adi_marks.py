"""Analog Devices top marks and model numbers, from the package branding tables and
ordering guides of the data sheets cited in analog-devices.yml."""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import identify

ADI = "Analog Devices"


def test_adxrs290_package_branding_identifier() -> None:
    """ADXRS290 branding: part identifier XR290 over #yyyy and the lot."""
    result = identify("XR290")
    assert (result.manufacturer, result.base_part, result.category) == (
        ADI,
        "XR290",
        "MEMS sensor",
    )


@pytest.mark.parametrize("text", ["362B", "362B #923 2970", "XR2900", "XR290A"])
def test_short_or_longer_codes_are_not_the_mems_identifiers(text: str) -> None:
    """A four-character code such as the ADXL362's 362B could be printed by anyone, so it
    is not read; XR290 is read only whole."""
    assert identify(text).base_part not in ("362B", "XR290")


@pytest.mark.parametrize("text", ["MAT01", "MAT03", "MAT04AH"])
def test_mat_numbers_without_a_cited_data_sheet_are_not_read(text: str) -> None:
    assert identify(text).manufacturer != ADI


@pytest.mark.parametrize(
    ("text", "mpn"), [("OP292GS", "OP292GS"), ("OP492GP", "OP492GP"), ("OP492GS", "OP492GS")]
)
def test_op292_op492_ordering_guide(text: str, mpn: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part[:5], result.mpn) == (ADI, text[:5], mpn)
    assert result.category == "operational amplifier"


@pytest.mark.parametrize(
    ("text", "base"),
    [("OP162GP", "OP162"), ("OP462GS", "OP462"), ("OP200GPZ", "OP200"),
     ("OP282GS", "OP282"), ("OP482GRU", "OP482")],
)  # fmt: skip
def test_more_pmi_op_amps(text: str, base: str) -> None:
    """OP162/OP262/OP462, OP200 and OP282/OP482 data sheets: G grade, S/P/RU packages."""
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (ADI, base, text)
    assert result.category == "operational amplifier"


@pytest.mark.parametrize("text", ["MAT02FH", "MAT02EH"])
def test_mat02_matched_transistor_pair(text: str) -> None:
    """MAT02 data sheet: E/F grades in the TO-78 (H suffix) package."""
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (ADI, "MAT02", text)
    assert result.category == "small-signal transistor"


@pytest.mark.parametrize(("text", "base"), [("ADM660AR", "ADM660"), ("ADM8660ARZ", "ADM8660")])
def test_adm660_charge_pump_converters(text: str, base: str) -> None:
    """ADM660/ADM8660 data sheet: grade A, packages N (PDIP), R (SOIC), RU (TSSOP)."""
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (ADI, base, text)
    assert result.category == "power management IC"
