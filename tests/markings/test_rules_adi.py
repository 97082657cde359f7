"""Analog Devices rule file: the ADI brand and the brands it bought (Linear Technology,
Maxim Integrated, Hittite Microwave).

Every case is an example from the documentation cited in analog-devices.yml:
ordering guides, package branding tables, trademark notices and lead-free notices.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import (
    assert_rule_file_loads,
    identify,
)

ADI = "Analog Devices"


def test_the_file_loads_and_cites_its_sources() -> None:
    assert_rule_file_loads("analog-devices.yml", ADI, min_families=40)


@pytest.mark.parametrize("text", ["Blackfin", "SHARC", "iCoupler", "iMEMS", "SigmaDSP"])
def test_a_product_line_name_alone_names_adi(text: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert result.manufacturer == ADI


@pytest.mark.parametrize("mark", ["LT", "LTC", "LTM"])
def test_linear_trademarks_printed_as_marks_name_linear(mark: str) -> None:
    result = identify(mark)
    assert (result.manufacturer, result.brand) == (ADI, "Linear Technology")


def test_hittite_top_mark_h_and_number() -> None:
    # HMC830LP6GE is marked H830 over a four-digit lot number.
    result = identify("H830")
    assert (result.manufacturer, result.brand, result.base_part) == (
        ADI,
        "Hittite Microwave",
        "H830",
    )


@pytest.mark.parametrize("text", ["H7928", "H616", "Video encoder H264"])
def test_other_h_numbers_are_not_read_as_hittite(text: str) -> None:
    assert identify(text).brand != "Hittite Microwave"


def test_adxl345_branding_and_hash_yww_date_code() -> None:
    # ADXL345 package branding: 345B / #yww / vvvv / CNTY (example lot 2970).
    result = identify("345B #923 2970")
    assert (result.manufacturer, result.base_part, result.category) == (
        ADI,
        "345B",
        "MEMS sensor",
    )
    assert result.date_code == "#923"
    assert (result.date_from, result.date_to) == (dt.date(2019, 6, 3), dt.date(2019, 6, 9))


@pytest.mark.parametrize("text", ["18B20", "18B20+"])
def test_ds18b20_top_mark_without_ds(text: str) -> None:
    # DS18B20 ordering information, TOP MARK column: 18B20 on the TO-92 and uSOP
    # packages, with a "+" on the top mark of lead-free packages.
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        ADI,
        "Dallas Semiconductor",
        "18B20",
    )


@pytest.mark.parametrize("text", ["DS2003", "DS1488"])
def test_national_ds_numbers_are_not_dallas(text: str) -> None:
    assert identify(text).brand != "Dallas Semiconductor"


@pytest.mark.parametrize(
    ("text", "base"), [("LTC690CS8", "LTC690"), ("LTC660", "LTC660"), ("LT338AK", "LT338A")]
)
def test_three_digit_linear_numbers(text: str, base: str) -> None:
    # LTC is Linear's registered trademark; LT138A/LT338A are Linear's improved regulators.
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        ADI,
        "Linear Technology",
        base,
    )


@pytest.mark.parametrize(
    ("text", "brand"),
    [("HMC7044", "Hittite Microwave"), ("HMC1119", "Hittite Microwave"), ("HMC1052", "Honeywell")],
)
def test_four_digit_hmc_numbers_split_between_hittite_and_honeywell(text: str, brand: str) -> None:
    assert identify(text).brand == brand


@pytest.mark.parametrize(
    ("text", "mpn"),
    [("MAX3232ESE+T", "MAX3232ESE+T"), ("MAX485ESA+", "MAX485ESA+"),
     ("MAX3232 CPE+", "MAX3232CPE+")],
)  # fmt: skip
def test_a_second_sourced_number_with_maxims_lead_free_plus_is_maxims(text: str, mpn: str) -> None:
    """Maxim's lead-free notice: "+" marks its lead(Pb)-free orderables; TI and the other
    makers of MAX232/MAX3232/MAX485 never write it."""
    result = identify(text)
    assert (result.manufacturer, result.brand, result.mpn) == (
        "Analog Devices", "Maxim Integrated", mpn,
    )  # fmt: skip
    assert ("leadfree", "+", "lead(Pb)-free / RoHS compliant") in [
        (p.field, p.code, p.meaning) for p in result.suffix
    ]


@pytest.mark.parametrize(
    ("text", "threshold", "package"),
    [("ADM709LAR", "reset at 4.65 V", "8-pin SOIC"),
     ("ADM709TAN", "reset at 3.08 V", "8-pin plastic DIP"),
     ("ADM709 SAR", "reset at 2.93 V", "8-pin SOIC")],
)  # fmt: skip
def test_adm709_threshold_and_package_from_its_ordering_guide(
    text: str, threshold: str, package: str
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (
        "Analog Devices", "ADM709", "supervisor",
    )  # fmt: skip
    fields = {p.field: p.meaning for p in result.suffix}
    assert (fields["threshold"], fields["package"]) == (threshold, package)


def test_adm709_alone_is_adis_own_number() -> None:
    assert identify("ADM709").manufacturer == "Analog Devices"


def test_the_hash_date_line_of_adi_branding_names_adi_when_no_grammar_reads_the_part() -> None:
    """ADXL345 branding "345B / #yww / vvvv / CNTY": the "#" + YWW line is ADI's own, so it
    names Analog Devices even beside a branding code no grammar reads; a plain YWW does not."""
    result = identify("QQ7X #915 PHL")
    assert (result.manufacturer, result.date_code) == ("Analog Devices", "#915")
    assert (result.date_from, result.date_to) == (dt.date(2019, 4, 8), dt.date(2019, 4, 14))
    assert identify("QQ7X 915 PHL").unknown
    assert identify("Component #915").unknown  # no top mark beside it: an item number
