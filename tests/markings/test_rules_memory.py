"""Rules of the memory, programmable-logic and MCU makers: Micron (with the ST / Intel /
Numonyx flash lines), AMD (Xilinx), Altera, Intel, Microchip (Atmel, Microsemi, SST),
Renesas (IDT, Intersil), Semtech, Lattice and the memory makers' top-side marks.

Each case is an example given in the maker's documentation cited in its rule file
(ordering information, package marking information, product briefs).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    decoded_suffix,
    identify,
)

# --- Micron: the ST / Intel flash lines that went to Numonyx, then to Micron ------------


@pytest.mark.parametrize(
    ("text", "base", "former"),
    [
        ("Micron M25P16-VMN6TP", "M25P16", "STMicroelectronics"),
        ("Micron M25PX16-VMN6TP", "M25PX16", "STMicroelectronics"),
        ("Numonyx M29W160EB", "M29W160EB", "STMicroelectronics"),
        ("Numonyx RC28F320J3F75A", "RC28F320J3", "Intel"),
    ],
)
def test_numonyx_flash_names_the_maker_before_numonyx(text: str, base: str, former: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == ("Micron Technology", base)
    assert result.past_owners == [former]


def test_st_flash_numbers_alone_name_micron_with_st_before_it() -> None:
    # one product line that changed hands: Micron now, ST before Numonyx
    result = identify("M25P16-VMN6TP")
    assert (result.manufacturer, result.past_owners) == (
        "Micron Technology",
        ["STMicroelectronics"],
    )


def test_the_m25p16_package_code_decodes() -> None:
    result = identify("Micron M25P16-VMN6TP")
    assert decoded_suffix(result)["package"] == ("MN", "SO8N 150 mil")


# --- Microchip: abbreviated PIC top marks ------------------------------------------------


def test_an_8_lead_pdip_pic_mark_without_pic_is_microchip() -> None:
    result = identify("12F1501 I/P 017 1110")
    assert_identified(
        result, "Microchip Technology", "Microchip Technology", "12F1501", "12F1501I/P", "MCU"
    )
    assert decoded_suffix(result)["package"] == ("P", "PDIP")
    assert result.date_code == "1110"


def test_the_soic_line_carries_the_date_code() -> None:
    result = identify("12LF1822 E/SN1010 017")
    assert result.manufacturer == "Microchip Technology"
    assert result.base_part == "12LF1822"
    assert decoded_suffix(result)["temp"] == ("E", "extended (-40 to +125 C)")
    # week 10 of 2010, weeks counted from the week holding 1 January
    assert result.date_code == "E/SN1010"
    assert result.date_from == dt.date(2010, 2, 28)
    assert result.date_to == dt.date(2010, 3, 6)


def test_a_qfn_mark_split_after_pic16_is_read_whole() -> None:
    result = identify("PIC16 LF1829 E/ML 110017")
    assert result.manufacturer == "Microchip Technology"
    assert result.base_part == "PIC16LF1829"


# --- product-line names ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "maker", "brand"),
    [
        ("FPGA Spartan-3E", "AMD", "Xilinx"),
        ("Virtex-5 FPGA", "AMD", "Xilinx"),
        ("Zynq-7000 SoC", "AMD", "Xilinx"),
        ("CoolRunner-II CPLD", "AMD", "Xilinx"),
        ("Cyclone IV FPGA", "Altera", "Altera"),
        ("Stratix V", "Altera", "Altera"),
        ("MachXO2 FPGA", "Lattice Semiconductor", "Lattice Semiconductor"),
        ("SmartFusion2 SoC FPGA", "Microchip Technology", "Microsemi"),
        ("Pentium processor", "Intel", "Intel"),
    ],
)
def test_product_line_names_name_their_maker(text: str, maker: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (maker, brand), result.explanation


# --- Intel: chipset ordering codes and spec codes ----------------------------------------


@pytest.mark.parametrize("text", ["SL36W", "SR00B", "NH82801GBM", "QG82945GM"])
def test_intel_spec_codes_and_chipset_codes(text: str) -> None:
    result = identify(text)
    assert result.manufacturer == "Intel", result.explanation


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("SR560", "a Schottky rectifier number of many makers, not a spec code"),
        ("SLEEP", "a word"),
        ("BD82001FVJ", "ROHM's BD82 power switches, not an Intel chipset"),
    ],
)
def test_near_misses_of_intel_codes(text: str, why: str) -> None:
    assert identify(text).manufacturer != "Intel", why


# --- brands of the other makers ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base"),
    [
        ("ICS9FG107", "Renesas Electronics", "Integrated Circuit Systems", "ICS9FG107"),
        ("SM712.TCT", "Semtech", "Semtech", "SM712"),
        ("AT17LV128-10JI", "Microchip Technology", "Atmel", "AT17LV128"),
        ("AT17C040", "Microchip Technology", "Atmel", "AT17C040"),
        ("M4A3-64/64-10VC", "Lattice Semiconductor", "Lattice Semiconductor", "M4A3-64/64"),
        ("X9C103PZ", "Renesas Electronics", "Intersil", "X9C103"),
        ("X9C503SIZ", "Renesas Electronics", "Intersil", "X9C503"),
        ("MT16JTF51264AZ", "Micron Technology", "Micron Technology", "MT16JTF51264AZ"),
        ("MT18KSF1G72HZ", "Micron Technology", "Micron Technology", "MT18KSF1G72HZ"),
    ],
)
def test_numbers_of_acquired_brands_legacy_lines_and_modules(
    text: str, maker: str, brand: str, base: str
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (maker, brand, base)


def test_sm712_alone_is_second_sourced() -> None:
    # Littelfuse and Bourns sell SM712 too: only Semtech's .TCT ordering code is Semtech's
    assert identify("SM712").unknown


@pytest.mark.parametrize(
    ("text", "base"), [("MT41J1G4", "MT41J1G4"), ("MT41J256M16RE-15E", "MT41J256M16")]
)
def test_micron_ddr3_densities_of_one_digit(text: str, base: str) -> None:
    # the DDR3 data sheet covers MT41J1G4 (1 Gig x 4) as well as MT41J256M16
    result = identify(text)
    assert (result.manufacturer, result.base_part) == ("Micron Technology", base)


def test_intel_ssd_names_sk_hynix_and_intel_before_solidigm() -> None:
    result = identify("SSDSC2BB480G4")
    assert (result.manufacturer, result.brand) == ("SK hynix", "Solidigm")
    assert result.past_owners == ["Intel"]


def test_an_ispmach_4a_made_by_vantis_names_amd_before_lattice() -> None:
    assert identify("M4A5-64/32-10VC").past_owners == ["AMD"]


@pytest.mark.parametrize("text", ["ATMLH712", "ATMLU 2BC", "ATMH045"])
def test_the_atmel_truncation_on_small_memories_names_atmel(text: str) -> None:
    # DS20005857D: truncation AT / ATM / ATML, grade H or U, then YWW
    result = identify(text)
    assert (result.manufacturer, result.brand) == ("Microchip Technology", "Atmel")


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("IDT79R3051-25J", "IDT79R3051"),
        ("79R3081E", "79R3081E"),
        ("IDTQS32245", "IDTQS32245"),
        ("IDTQS316212PA", "IDTQS316212"),
        ("9DB233", "9DB233"),
        ("932S421", None),
    ],
)
def test_idt_numbers_without_the_idt_or_ics_prefix(text: str, base: str | None) -> None:
    result = identify(text)
    if base is None:  # a bare number the rules do not claim
        assert result.unknown
        return
    assert (result.manufacturer, result.brand, result.base_part) == (
        "Renesas Electronics",
        "IDT",
        base,
    )


@pytest.mark.parametrize(
    ("text", "maker", "base"),
    [
        ("S3C2440A", "Samsung Electronics", "S3C2440A"),
        ("H27UBG8T2BTR-BC", "SK hynix", "H27UBG8T2B"),
        ("H5AN8G6NDJR-XNC", "SK hynix", "H5AN8G6NDJR"),
    ],
)
def test_samsung_and_hynix_numbers(text: str, maker: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (maker, base)


def test_the_bare_s3c_rectifier_is_not_a_samsung_processor() -> None:
    assert identify("S3C").manufacturer != "Samsung Electronics"


# --- AMD's Am29 flash, Spansion's since 2003 (now Infineon's) ------------------------------


@pytest.mark.parametrize(
    ("text", "base", "package", "temperature"),
    [("AM29LV160DB-90EC", "AM29LV160DB", "TSOP", "commercial, 0 to 70 C"),
     ("Am29F040B-70JC", "AM29F040B", "PLCC", "commercial, 0 to 70 C"),
     ("AM29F080B-90SI", "AM29F080B", "SO", "industrial, -40 to 85 C")],
)  # fmt: skip
def test_am29_flash_is_spansions_line_with_amd_before_it(
    text: str, base: str, package: str, temperature: str
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        "Infineon Technologies", "Spansion", base,
    )  # fmt: skip
    assert result.past_owners == ["AMD"]
    fields = {p.field: p.meaning for p in result.suffix}
    assert (fields["package"], fields["temperature"]) == (package, temperature)


def test_an_am29_part_dated_after_spansions_launch_has_no_amd_past() -> None:
    assert identify("Am29F040B-70JC 0545").past_owners == []  # week 45 of 2005


def test_n25q_with_its_density_alone_is_micron() -> None:
    result = identify("Serial flash N25Q128")
    assert (result.manufacturer, result.base_part) == ("Micron Technology", "N25Q128")
