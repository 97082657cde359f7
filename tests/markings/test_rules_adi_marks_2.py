"""Analog Devices package marks, second set: the PART MARKING codes of Linear Technology
order-information tables, Hittite's "H" top marks with their lot line, ADI's short
branding codes (not read), and ADI's "#" date codes. Sources in analog-devices.yml."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import decoded_suffix, identify

ADI = "Analog Devices"
LINEAR = "Linear Technology"
HITTITE = "Hittite Microwave"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("LHGR", "power management IC"),  # LTC4372 DD (DFN-8)
        ("LTHGS", "power management IC"),  # LTC4372 MS8 (MSOP-8)
        ("LHMQ", "power management IC"),  # LTC4373 DD
        ("LTHMR", "power management IC"),  # LTC4373 MS8
        ("LTFKT", "power management IC"),  # LTC4365 TS8 (TSOT-23-8)
        ("LGFM", "interface IC"),  # LTC6820 UD (QFN-16)
        ("LTFVR", None),  # LT5400-1 MS8E
        ("3859AL", "DC-DC converter IC"),  # LTC3859AL UHF (QFN-38)
    ],
)
def test_linear_part_marking_codes(text: str, category: str | None) -> None:
    """Each code is the PART MARKING of its data sheet's order information table."""
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.brand) == (ADI, LINEAR)
    assert (result.base_part, result.category) == (text, category)


def test_a_linear_mark_over_its_date_line() -> None:
    """The code on the first line, a four-digit yyww on the second."""
    result = identify("LTHGS 1947")
    assert (result.brand, result.base_part, result.date_code) == (LINEAR, "LTHGS", "1947")
    assert result.date_from == dt.date(2019, 11, 18)


@pytest.mark.parametrize(
    "text",
    ["LHGRX", "LHG", "LTHG", "LTHGS1", "LTFK", "LTFKTA", "LGFMA", "LGF", "LTFVRS", "3859A",
     "3859", "38590AL", "6820", "3789", "3350"],
)  # fmt: skip
def test_near_misses_of_the_linear_codes_stay_unread(text: str) -> None:
    """A code is read only whole; the bare numbers some larger packages carry (LTC6820 MSOP
    6820, LTC3789 QFN 3789, LTC3350 QFN 3350) are also date codes and lot numbers."""
    result = identify(text)
    assert result.brand != LINEAR
    assert result.base_part != text


@pytest.mark.parametrize("text", ["H341", "H361", "H424A", "H485A", "H519", "H564", "H565"])
def test_hittite_package_marks(text: str) -> None:
    """Package Information / Ordering Guide tables: HMC341LC3B H341, HMC361S8GE H361,
    HMC424ALP3E H424A, HMC485AMS8GE H485A, HMC519LC4 H519, HMC564LC4 H564, HMC565LC5
    H565, each over a 4-digit lot number."""
    result = identify(text)
    assert (result.manufacturer, result.brand) == (ADI, HITTITE)
    assert (result.base_part, result.category) == (text, "RF IC")


def test_a_hittite_mark_with_its_lot_line_keeps_the_part() -> None:
    result = identify("H424A 1234")
    assert (result.brand, result.base_part) == (HITTITE, "H424A")
    # hittite-hmc424a-marking: the four digits are a lot number, never read as a date
    assert (result.date_code, result.date_from) == (None, None)
    assert identify("H424A 1947").date_code is None


@pytest.mark.parametrize("text", ["H4240", "H424AB", "H42", "HH424A"])
def test_hittite_mark_near_misses(text: str) -> None:
    assert identify(text).brand != HITTITE


@pytest.mark.parametrize("text", ["G0U", "SQA", "Y4P", "Y4S", "Q2A", "34P", "A33", "LQZ"])
def test_adi_three_character_branding_codes_are_not_read(text: str) -> None:
    """ADI's ordering guides brand SC70/SOT-23/LFCSP/MSOP parts with three characters
    (ADCMP608 G0U, ADG836L SQA, ADXL377 Y4P, ADXL344 Y4S, ADAR4002 Q2A, HMC434 34P);
    three characters are too short to name a maker."""
    assert identify(text).manufacturer != ADI


def test_adi_hash_date_code_four_digit_form() -> None:
    """ADXRS290 branding: XR290 over "#yyyy", read by the generic yyww (week 47 of 2019)."""
    result = identify("XR290 #1947")
    assert (result.manufacturer, result.base_part, result.date_code) == (ADI, "XR290", "#1947")
    assert (result.date_from, result.date_to) == (dt.date(2019, 11, 18), dt.date(2019, 11, 24))


def test_adi_hash_date_code_three_digit_form() -> None:
    """ADXL345/ADXL362 branding "#yww": year digit and week."""
    result = identify("ADXL362 #947")
    assert (result.manufacturer, result.date_code) == (ADI, "#947")
    assert result.date_from is not None and result.date_from.isocalendar()[1] == 47


@pytest.mark.parametrize(
    ("text", "option"),
    [
        ("LT5400ACMS8E-1#PBF", ("1", "R1 = R4 = 10k, R2 = R3 = 10k (1:1)")),
        ("LT5400BIMS8E-3", ("3", "R2 = R3 = 10k, R1 = R4 = 100k (1:10)")),
        ("LT5400BMPMS8E-6#TRPBF", ("6", "R2 = R3 = 1k, R1 = R4 = 5k (1:5)")),
    ],
)
def test_lt5400_is_a_resistor_network_with_its_options(text: str, option: tuple[str, str]) -> None:
    """LT5400 data sheet: a quad matched resistor network, not an RF part like LT5575;
    its order codes end in the resistor option -1 to -6."""
    result = identify(text)
    assert (result.brand, result.base_part, result.mpn, result.category) == (
        LINEAR,
        "LT5400",
        text,
        None,
    )
    assert decoded_suffix(result)["option"] == option


def test_other_lt5_numbers_stay_rf() -> None:
    assert identify("LT5575").category == "RF IC"
