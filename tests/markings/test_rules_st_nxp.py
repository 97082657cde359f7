"""STMicroelectronics, NXP (Freescale, Philips) and Nexperia: product-line names, own
package letters on second-sourced numbers, RF power, PLL synthesizers, HEF4000B logic.

Each case is an example given in the maker's documentation cited in its rule file.
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    assert_suffix_fields,
    identify,
)


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Microcontroller STM32F4xx", "STMicroelectronics"),
        ("STM32L0 series", "STMicroelectronics"),
        ("STM8 MCU", "STMicroelectronics"),
        ("SPC5 automotive MCU", "STMicroelectronics"),
        ("Kinetis MCU", "NXP Semiconductors"),
        ("i.MX processor", "NXP Semiconductors"),
        ("QorIQ", "NXP Semiconductors"),
        ("LPC17xx", "NXP Semiconductors"),
    ],
)
def test_product_line_names_name_their_maker(text: str, maker: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert result.manufacturer == maker


def test_imx_with_a_digit_is_not_an_nxp_series() -> None:
    # ROHM's IMX dual transistors start the same way: IMX6/IMX8 are not series names.
    assert identify("IMX8").manufacturer != "NXP Semiconductors"


def test_the_stm32_trademark_alone_names_st_and_bare_l78_numbers_stay_unknown() -> None:
    result = identify("Microcontroller STM32")
    assert (result.manufacturer, result.base_part) == ("STMicroelectronics", None)
    assert identify("L7805").unknown


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("PD55025S-E", "PD55025", "PD55025S-E"),
        ("PD55015TR-E", "PD55015", "PD55015TR-E"),
        ("PD54008STR-E", "PD54008", "PD54008STR-E"),
        ("PD85004", "PD85004", None),
    ],
)
def test_st_ldmost_rf_transistors(text: str, base: str, mpn: str | None) -> None:
    result = identify(text)
    assert_identified(result, "STMicroelectronics", "STMicroelectronics", base, mpn, "transistor")


def test_st_displayport_ics() -> None:
    result = identify("STDP4028")
    assert_identified(
        result, "STMicroelectronics", "STMicroelectronics", "STDP4028", None, "interface IC"
    )


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("MC145170D2", "MC145170", ("D", "SOG (SOIC)")),
        ("MC145170DT2", "MC145170", ("DT", "TSSOP")),
        ("MC145151P2", "MC145151", ("P", "plastic DIP")),
        ("MC145152DW2", "MC145152", ("DW", "SOG wide (SOIC)")),
    ],
)
def test_freescale_pll_synthesizers(text: str, base: str, package: tuple) -> None:
    result = identify(text)
    assert_identified(
        result, "NXP Semiconductors", "Freescale Semiconductor", base, text, "integrated circuit"
    )
    assert_suffix_fields(result, {"package": package})


def test_motorola_cmos_logic_is_not_a_pll_synthesizer() -> None:
    assert identify("MC14538B").manufacturer != "NXP Semiconductors"


@pytest.mark.parametrize(
    ("text", "base"),
    [("A2I08H040NR1", "A2I08H040N"), ("A2I08H040GNR1", "A2I08H040GN")],
)
def test_airfast_integrated_amplifiers(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(
        result, "NXP Semiconductors", "NXP Semiconductors", base, text, "RF amplifier"
    )


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("PCA9685BS", "PCA9685", ("BS", "HVQFN")),
    ],
)
def test_nxp_own_package_letters_on_i2c_parts(text: str, base: str, package: tuple) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.base_part, result.mpn) == ("NXP Semiconductors", base, text)
    assert_suffix_fields(result, {"package": package})


@pytest.mark.parametrize("text", ["PCF8574N", "PCA9555PW", "PCA9555D"])
def test_package_letters_ti_also_uses_prove_nothing(text: str) -> None:
    assert identify(text).unknown


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("HEF4013BP", "HEF4013B", ("P", "DIP (SOT27-1 / SOT38-4)")),
        ("HEF4013BT", "HEF4013B", ("T", "SO (SOT108-1 / SOT109-1)")),
        ("HEF4013BTT", "HEF4013B", ("TT", "TSSOP (SOT402-1 / SOT403-1)")),
        ("HEF4001BT", "HEF4001B", ("T", "SO (SOT108-1 / SOT109-1)")),
    ],
)
def test_hef4000b_logic_is_nexperia_with_nxp_before_2017(
    text: str, base: str, package: tuple
) -> None:
    result = identify(text)
    assert_identified(result, "Nexperia", "Nexperia", base, text, "logic IC")
    assert_suffix_fields(result, {"package": package})
    assert result.past_owners == ["NXP Semiconductors"]


def test_philips_printed_on_hef_logic_names_philips() -> None:
    result = identify("PHILIPS HEF4013BP")
    assert (result.manufacturer, result.brand) == ("NXP Semiconductors", "Philips Semiconductors")


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("74HC595PW", "74HC595", ("PW", "TSSOP")),
        ("74HC595DB", "74HC595", ("DB", "SSOP")),
        ("74LVC1G08GW", "74LVC1G08", ("GW", "TSSOP5 / SC-88A (SOT353-1)")),
    ],
)
def test_nexperia_logic_with_its_own_package_codes(text: str, base: str, package: tuple) -> None:
    result = identify(text)
    assert_identified(result, "Nexperia", "Nexperia", base, text, "logic IC")
    assert_suffix_fields(result, {"package": package})


def test_logic_with_a_one_letter_package_code_stays_shared() -> None:
    # D (SO) is also printed by other makers of the same numbers.
    assert identify("74HC595D").unknown


def test_pmeg_without_its_letters_is_nexperia() -> None:
    assert identify("PMEG3010").manufacturer == "Nexperia"


@pytest.mark.parametrize(
    ("text", "maker", "base"),
    [
        ("STR912FAW44X6", "STMicroelectronics", "STR912FAW44"),
        ("STR711FR2T6", "STMicroelectronics", "STR711FR2"),
        ("ST10F269", "STMicroelectronics", "ST10F269"),
        ("ST10F252M", "STMicroelectronics", "ST10F252M"),
        ("ST72F321", "STMicroelectronics", "ST72F321"),
        ("LPY530AL", "STMicroelectronics", "LPY530AL"),
        ("LY550ALH", "STMicroelectronics", "LY550ALH"),
        ("LPR503AL", "STMicroelectronics", "LPR503AL"),
        ("STC3100", "STMicroelectronics", "STC3100"),
        ("STC3117", "STMicroelectronics", "STC3117"),
        ("STA013", "STMicroelectronics", "STA013"),
        ("M48Z08Y", "STMicroelectronics", "M48Z08Y"),
        ("M48T37", "STMicroelectronics", "M48T37"),
        ("STGB30V60DF", "STMicroelectronics", "STGB30V60"),
        ("GD19N40LZ", "STMicroelectronics", "GD19N40LZ"),
        ("GB30V60DF", "STMicroelectronics", "GB30V60DF"),
        ("PC9S12DG128", "NXP Semiconductors", "PC9S12DG128"),
        ("MC33889BPEG", "NXP Semiconductors", "MC33889B"),
        ("PC33972AEW", "NXP Semiconductors", "PC33972A"),
        ("DSPB56362", "NXP Semiconductors", "DSPB56362"),
        ("KMZ60", "NXP Semiconductors", "KMZ60"),
        ("KMZ41", "NXP Semiconductors", "KMZ41"),
        ("P89CV51RD2FBC", "NXP Semiconductors", "P89CV51RD2"),
        ("P89LPC915FDH", "NXP Semiconductors", "P89LPC915"),
        ("SC16C550B", "NXP Semiconductors", "SC16C550B"),
        ("PHD98N03LT", "Nexperia", "PHD98N03LT"),
        ("PHK13N03LT", "Nexperia", "PHK13N03LT"),
        ("PH5330E", "Nexperia", "PH5330E"),
    ],
)
def test_documented_families(text: str, maker: str, base: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.base_part) == (maker, base)


def test_freescale_analog_order_code_with_slash_reel() -> None:
    result = identify("MC33972DWB/R2")
    assert (result.manufacturer, result.brand, result.mpn) == (
        "NXP Semiconductors",
        "Freescale Semiconductor",
        "MC33972DWB/R2",
    )
    assert_suffix_fields(result, {"package": ("DWB", "SOIC-W"), "reel": ("/R2", "tape and reel")})


@pytest.mark.parametrize("text", ["MC33063", "MC34063", "MC33269"])
def test_onsemi_heritage_mc33_numbers_stay_shared(text: str) -> None:
    assert identify(text).unknown


@pytest.mark.parametrize("text", ["GD25Q16", "ST7735"])
def test_near_misses_of_st_top_marks_and_st7(text: str) -> None:
    assert identify(text).manufacturer != "STMicroelectronics"


def test_signetics_names_nxp() -> None:
    result = identify("SIGNETICS NE555N")
    assert (result.manufacturer, result.brand) == ("NXP Semiconductors", "Signetics")


def test_80c51_suffix_decodes() -> None:
    result = identify("P89V51RD2FA")
    assert result.mpn == "P89V51RD2FA"
    assert_suffix_fields(result, {"temp": ("F", "-40 to +85 C"), "package": ("A", "PLCC")})


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("MRF1513NT1", "MRF1513", "MRF1513NT1"),
        ("MRF1570FNT1", "MRF1570", "MRF1570FNT1"),
        ("MRF9135LSR3", "MRF9135", "MRF9135LSR3"),
        ("MRF282S", "MRF282", "MRF282S"),
        ("MRF947T1", "MRF947", "MRF947T1"),
    ],
)
def test_freescale_numeric_rf_transistors(text: str, base: str, mpn: str) -> None:
    result = identify(text)
    assert_identified(
        result, "NXP Semiconductors", "Freescale Semiconductor", base, mpn, "transistor"
    )


def test_freescale_ingap_amplifier() -> None:
    result = identify("MMG3H21NT1")
    assert_identified(
        result,
        "NXP Semiconductors",
        "Freescale Semiconductor",
        "MMG3H21",
        "MMG3H21NT1",
        "RF amplifier",
    )


@pytest.mark.parametrize("text", ["MRF24J40", "MRF89XA"])
def test_microchip_mrf_transceivers_stay_microchip(text: str) -> None:
    assert identify(text).manufacturer == "Microchip Technology"


@pytest.mark.parametrize(("text", "base"), [("STV0299B", "STV0299B"), ("STA002", "STA002")])
def test_st_broadcast_and_audio_ics(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == ("STMicroelectronics", base)


@pytest.mark.parametrize(
    "code",
    [
        "452",  # AN926 figure 1: Y WW (4 = 2004, or 2024)
        "9452",  # figure 2: P Y WW, 9 = Muar
        "Z452",  # figure 2: Z = Bouskoura
        "99452",  # figure 3: PP Y WW, 99 = Muar
    ],
)
def test_st_an926_date_codes(code: str) -> None:
    result = identify(f"M24C02-WMN6TP {code}")
    assert result.date_code == code
    # Week 52 of the latest year ending in 4 that is not in the future.
    assert (result.date_from.isoformat(), result.date_to.isoformat()) == (
        "2024-12-23",
        "2024-12-29",
    )


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("MC145026P", "MC145026", ("P", "plastic DIP")),
        ("MC145027DW", "MC145027", ("DW", "SOG wide (SOIC)")),
        ("MC145481SD", "MC145481", ("SD", "SSOP")),
        ("MC145481EGR2", "MC145481", ("EG", "SOG wide (Pb-free)")),
    ],
)
def test_freescale_mc145_telecom_and_remote_control_ics(
    text: str, base: str, package: tuple
) -> None:
    result = identify(text)
    assert_identified(
        result, "NXP Semiconductors", "Freescale Semiconductor", base, text, "integrated circuit"
    )
    assert_suffix_fields(result, {"package": package})


@pytest.mark.parametrize(
    ("text", "maker", "base", "mpn"),
    [
        ("NXB0104PW", "Nexperia", "NXB0104", "NXB0104PW"),
        ("NXS0104BQ", "Nexperia", "NXS0104", "NXS0104BQ"),
        ("PHPT60406NY", "Nexperia", "PHPT60406NY", None),
        ("PBHV9540X", "Nexperia", "PBHV9540X", None),
        ("74LVC1T45GW", "Nexperia", "74LVC1T45", "74LVC1T45GW"),
        ("MC908QC4", "NXP Semiconductors", "MC908QC4", None),
        ("PCA9306DP", "NXP Semiconductors", "PCA9306", "PCA9306DP"),
        ("PCA9517ADP", "NXP Semiconductors", "PCA9517A", "PCA9517ADP"),
        ("PCA9615DP", "NXP Semiconductors", "PCA9615", "PCA9615DP"),
    ],
)
def test_more_documented_numbers(text: str, maker: str, base: str, mpn: str | None) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.base_part, result.mpn) == (maker, base, mpn)


def test_st_mcu_date_and_revision_code() -> None:
    # DS9773 TSSOP20 marking example: 32F030F4P6 over YWWR (date code, revision code).
    result = identify("32F030F4P6 452Z")
    assert result.manufacturer == "STMicroelectronics"
    assert result.date_code == "452Z"
    assert result.date_from.isoformat() == "2024-12-23"


def test_nxp_standard_ics_line_three_date_code() -> None:
    # Package markings example: line 3 "HRn9744 F X" = centre codes, assembly date
    # 97/44, revision, release status.
    result = identify("HEF4013BT HRn9744 F X")
    assert (result.manufacturer, result.date_code) == ("Nexperia", "HRN9744")
    assert (result.date_from.isoformat(), result.date_to.isoformat()) == (
        "1997-10-27",
        "1997-11-02",
    )
    assert result.past_owners == ["NXP Semiconductors"]


def test_a_nexperia_part_made_after_the_sale_has_no_past_owner() -> None:
    result = identify("74HC595PW HRn1744")
    assert result.date_from.isoformat() == "2017-10-30"
    assert result.past_owners == []


@pytest.mark.parametrize(("text", "base"), [("MPC555LFMZP40", "MPC555"), ("MPC565MZP56", "MPC565")])
def test_mpc500_family(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        "NXP Semiconductors",
        "Freescale Semiconductor",
        base,
    )


@pytest.mark.parametrize("text", ["P80C51BH", "P87C51FA"])
def test_intel_plastic_dip_8051_numbers_are_not_philips(text: str) -> None:
    assert identify(text).manufacturer != "NXP Semiconductors"


@pytest.mark.parametrize("text", ["MC145151P2", "MC68HC11A1FN", "DSP56303VF100"])
def test_motorola_lines_that_went_to_freescale_name_motorola_before_the_spin_off(
    text: str,
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.past_owners) == ("NXP Semiconductors", ["Motorola"])


def test_a_freescale_part_dated_after_the_spin_off_has_no_motorola_past() -> None:
    assert identify("MC68HC11E1CFNE2 0912").past_owners == []  # week 12 of 2009
