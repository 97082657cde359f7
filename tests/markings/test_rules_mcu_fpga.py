"""Microcontroller, FPGA, memory and sensor makers (ST, NXP, Microchip, Infineon, AMD,
Intel, Altera): top marks and ordering codes added from the makers' documentation.

Each case is an example given in the document cited by the rule it tests.
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, assert_suffix_fields, identify


def test_pic12c67x_soic_top_mark() -> None:
    # DS30561C, 8-lead SOIC (208 mil) example: 12C671 / 04I/SM / 9924SAZ
    result = identify("12C671 04I/SM 9924SAZ")
    assert_identified(
        result, "Microchip Technology", "Microchip Technology", "12C671", "12C67104I/SM", "MCU"
    )
    assert_suffix_fields(
        result,
        {
            "osc": ("04", "4 MHz"),
            "temp": ("I", "industrial (-40 to +85 C)"),
            "package": ("SM", "SOIC (208 mil)"),
        },
    )


def test_pic12c67x_pdip_top_mark() -> None:
    # DS30561C, 8-lead PDIP example: 12CE674 / 04/PSAZ / 9925
    result = identify("12CE674 04/PSAZ 9925")
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.base_part) == ("Microchip Technology", "12CE674")
    assert_suffix_fields(result, {"package": ("P", "PDIP (300 mil)")})


def test_pic12c_numbers_outside_the_documented_family_stay_unknown() -> None:
    assert identify("12C675").unknown


def test_spansion_s29al_named_by_family_and_density() -> None:
    # S29AL032D data sheet: the 32-Mbit member of the S29AL family
    for text in ("S29AL032D", "S29AL032"):
        result = identify(text)
        assert not result.unknown, result.reason
        assert (result.manufacturer, result.brand) == ("Infineon Technologies", "Spansion")
    assert identify("S29AL032").base_part == "S29AL032"


def test_picmicro_family_name_names_microchip() -> None:
    # DS33023A names the mid-range family PIC16CXXX
    result = identify("PIC16CXXX")
    assert (result.manufacturer, result.base_part) == ("Microchip Technology", None)


def test_spansion_s25fl_named_by_family_and_density() -> None:
    result = identify("S25FL128")
    assert not result.unknown, result.reason
    assert (result.brand, result.base_part) == ("Spansion", "S25FL128")


@pytest.mark.parametrize(("text", "mpn"), [("LSM303D", None), ("LSM303DTR", "LSM303DTR")])
def test_st_lsm303d_ecompass(text: str, mpn: str | None) -> None:
    result = identify(text)
    assert_identified(
        result, "STMicroelectronics", "STMicroelectronics", "LSM303D", mpn, "MEMS sensor"
    )


@pytest.mark.parametrize(
    ("text", "maker"),
    [("AMD Geode LX", "AMD"), ("Geode processor", "AMD"), ("dsPIC33 DSC", "Microchip Technology")],
)
def test_processor_trademarks_name_their_maker(text: str, maker: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert result.manufacturer == maker


@pytest.mark.parametrize("text", ["EPM5032", "EPM5064", "EPM5128", "EPM5130", "EPM5192"])
def test_altera_max5000_epld(text: str) -> None:
    # MAX 5000 data sheet A-DS-M5000-05, Table 1
    assert_identified(identify(text), "Altera", "Altera", text, None, "CPLD")


@pytest.mark.parametrize(
    ("text", "base", "category"),
    [
        ("S2-LP", "S2-LP", "RF transceiver"),
        ("SPSGRF-868", "SPSGRF-868", "radio module"),
        ("BALF-NRG-01D3", "BALF-NRG-01D3", "RF IC"),
        ("BALF-SPI2-01D3", "BALF-SPI2-01D3", "RF IC"),
    ],
)
def test_st_sub_ghz_radio_parts(text: str, base: str, category: str) -> None:
    assert_identified(
        identify(text), "STMicroelectronics", "STMicroelectronics", base, None, category
    )


@pytest.mark.parametrize(
    ("text", "base", "category"),
    [
        ("MSC8102", "MSC8102", "DSP"),
        ("MSC8122", "MSC8122", "DSP"),
        ("MC9328MX21", "MC9328MX21", "microprocessor"),
        ("MC9328MXL", "MC9328MXL", "microprocessor"),
    ],
)
def test_freescale_starcore_dsps_and_mc9328mx(text: str, base: str, category: str) -> None:
    assert_identified(
        identify(text), "NXP Semiconductors", "Freescale Semiconductor", base, None, category
    )


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("MPFS025T-FCSG325E", "MPFS025T", ("FCSG", "flip-chip BGA (RoHS)")),
        ("MPFS095TS-1FCSG325I", "MPFS095TS", ("FCSG", "flip-chip BGA (RoHS)")),
        ("RT4G150-LG1657", "RT4G150", ("LG", "ceramic land grid array")),
        ("RTPFS460ZT-CG1509", "RTPFS460ZT", ("CG", "ceramic column grid array")),
    ],
)
def test_microsemi_polarfire_soc_and_rtg4(text: str, base: str, package: tuple) -> None:
    result = identify(text)
    assert_identified(result, "Microchip Technology", "Microsemi", base, text, "FPGA")
    assert_suffix_fields(result, {"package": package})


@pytest.mark.parametrize(
    ("text", "base"),
    [("MCP6V31", "MCP6V31"), ("MCP6V31U", "MCP6V31U"), ("MCP6S21", "MCP6S21")],
)
def test_microchip_lettered_op_amps(text: str, base: str) -> None:
    assert_identified(
        identify(text),
        "Microchip Technology",
        "Microchip Technology",
        base,
        None,
        "operational amplifier",
    )


@pytest.mark.parametrize("text", ["SLE78", "SLB96"])
def test_infineon_security_family_names_are_not_intel_spec_codes(text: str) -> None:
    assert identify(text).manufacturer != "Intel"


def test_intel_spec_codes_still_read() -> None:
    assert identify("SL8YB").manufacturer == "Intel"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("XCKU5P", "XCKU5P"),
        ("XCKU3P", "XCKU3P"),
        ("XCSU200P", "XCSU200P"),
        ("XQRKU060", "XQRKU060"),
    ],
)
def test_xilinx_ultrascale_plus_small_kintex_spartan_and_rt_kintex(text: str, base: str) -> None:
    assert_identified(identify(text), "AMD", "Xilinx", base, None, "FPGA")


def test_a_five_character_security_family_name_is_not_read_as_a_misread_sspec_code() -> None:
    """SLE78 is too short to be read with a look-alike swapped (SLE7B would fit an sSpec)."""
    result = identify("SLE78")
    assert not any("taken for" in line for line in result.explanation)
