"""Rule files of RF, power-module and other makers found in Russian weapons (MACOM,
Broadcom's Oxford Semiconductor line, Toshiba, Mitsubishi Electric, Nuvoton, ...).

Each case is an example given in the maker's documentation cited in its rule file
(ordering information, package-type and marking sections of the data sheets).
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    decoded_suffix,
    identify,
)


def test_macom_product_line_and_six_digits_with_packing() -> None:
    result = identify("MAAD-011021-TR0500")
    assert_identified(result, "MACOM", "MACOM", "MAAD-011021", "MAAD-011021-TR0500", "RF IC")
    assert decoded_suffix(result)["packing"] == ("TR0500", "tape and reel, 500 pieces")


def test_macom_bulk_and_reel_options() -> None:
    result = identify("MAAD-008790-0001TR")
    assert decoded_suffix(result)["packing"] == ("0001TR", "tape and reel, 1000 pieces")


@pytest.mark.parametrize("text", ["OXPCIE958", "OXPCIE954", "OXCF950", "OX16PCI954"])
def test_oxford_950_uart_bridges(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        "Broadcom",
        "Oxford Semiconductor",
        text,
    )


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("TA7805F", "TA7805", ("F", "surface mount (SOP, PW-Mini)")),
        ("TA78L005AP", "TA78L005", ("AP", "DIP")),
        ("TA78M05SB", "TA78M05", ("SB", "SIP (TPL)")),
        ("TA78DS05F", "TA78DS05", ("F", "surface mount (SOP, PW-Mini)")),
    ],
)
def test_toshiba_ta78_regulators(text: str, base: str, package: tuple[str, str]) -> None:
    result = identify(text)
    assert_identified(result, "Toshiba", "Toshiba", base, text, "linear regulator")
    assert decoded_suffix(result)["package"] == package


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("TD62308APG", "TD62308"),
        ("TD62387AFG", "TD62387"),
        ("TBD62786AFWG", "TBD62786A"),
        ("TB62777FNG", "TB62777"),
    ],
)
def test_toshiba_driver_arrays_with_lead_free_g(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, "Toshiba", "Toshiba", base, text, "driver IC")
    assert decoded_suffix(result)["pbfree"] == ("G", "lead (Pb)-free product")


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("RA30H4047M-E01", "RA30H4047M", "RA30H4047M-E01"),
        ("RA30H1317M1-201", "RA30H1317M1", "RA30H1317M1-201"),
        ("RA45H4045MR-101", "RA45H4045MR", "RA45H4045MR-101"),
        ("RA07H4047M", "RA07H4047M", None),
    ],
)
def test_mitsubishi_rf_power_modules(text: str, base: str, mpn: str | None) -> None:
    result = identify(text)
    assert_identified(
        result, "Mitsubishi Electric", "Mitsubishi Electric", base, mpn, "RF amplifier"
    )


@pytest.mark.parametrize("text", ["W681360", "W681310", "W6811"])
def test_nuvoton_codecs_from_winbond(text: str) -> None:
    result = identify(text)
    assert result.manufacturer == "Nuvoton Technology"
    assert result.base_part == text
    assert "Winbond Electronics" in result.past_owners


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("SKYA21001", "SKYA21001", None),
        ("AS183-92LF", "AS183", "AS183-92LF"),
        ("AA104-73LF", "AA104", "AA104-73LF"),
        ("CX77107", "CX77107", None),
    ],
)
def test_skyworks_automotive_alpha_and_pa_module_numbers(
    text: str, base: str, mpn: str | None
) -> None:
    result = identify(text)
    assert result.manufacturer == "Skyworks Solutions"
    assert (result.base_part, result.mpn) == (base, mpn)


def test_decawave_uwb_transceiver_is_qorvos() -> None:
    result = identify("DW1000-I-TR13")
    assert_identified(result, "Qorvo", "Decawave", "DW1000", "DW1000-I-TR13", "RF transceiver")
    assert decoded_suffix(result)["packing"] == ("TR13", "tape and reel, 13-inch")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("AMMC-6220", "RF amplifier"),
        ("ALM-3012", "RF amplifier"),
        ("VMMK-3603", "RF amplifier"),
        ("MGA-645T6", "RF amplifier"),
    ],
)
def test_avago_rf_mmics(text: str, category: str) -> None:
    result = identify(text)
    assert_identified(result, "Broadcom", "Avago Technologies", text, None, category)


def test_macom_earlier_numbering_with_reel() -> None:
    result = identify("MAADSS0013TR-1000")
    assert_identified(result, "MACOM", "MACOM", "MAADSS0013", "MAADSS0013TR-1000", "RF IC")


@pytest.mark.parametrize(
    "text", ["P3448-0000", "P3448-0002", "P3310-1000", "P2888-0001", "P3489-0000"]
)
def test_nvidia_jetson_module_p_numbers(text: str) -> None:
    result = identify(text)
    assert_identified(result, "NVIDIA", "NVIDIA", text, None, "module")


def test_lsr_tiwi_module_is_lairds() -> None:
    result = identify("TiWi-SL")
    assert (result.manufacturer, result.brand) == ("Laird Connectivity", "LS Research")


def test_picor_cool_power_regulator_is_vicors() -> None:
    result = identify("PI3318-00-LGIZ")
    assert_identified(result, "Vicor", "Picor", "PI3318-00", "PI3318-00-LGIZ", "DC-DC converter IC")


@pytest.mark.parametrize("text", ["FCB-EV7520A", "FCB-EX1020P", "FCB-CX12EP"])
def test_sony_fcb_camera_modules(text: str) -> None:
    assert_identified(identify(text), "Sony", "Sony", text, None, "module")


@pytest.mark.parametrize(
    ("text", "base"),
    [("IL3122-3ETR13", "IL3122"), ("IL711-3E", "IL711"), ("IL3022", "IL3022")],
)
def test_nve_isoloop_numbers(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == ("NVE Corporation", base)


@pytest.mark.parametrize("text", ["IL755-1", "IL217AT", "IL420"])
def test_vishay_il_optocouplers_are_not_nves(text: str) -> None:
    assert identify(text).manufacturer != "NVE Corporation"


def test_caddock_kool_pak_ordering_code() -> None:
    result = identify("MP915-50.0-1%")
    assert_identified(
        result, "Caddock Electronics", "Caddock Electronics", "MP915", "MP915-50.0-1%", "resistor"
    )
    assert decoded_suffix(result)["tolerance"] == ("1%", "±1 % (standard)")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("RTC-4543SA", "clock IC"),
        ("RTC-72421A", "clock IC"),
        ("S1D15G10D08B000", "integrated circuit"),
        ("S1C17W14", "integrated circuit"),
    ],
)
def test_epson_rtc_modules_and_s1_ics(text: str, category: str) -> None:
    assert_identified(identify(text), "Seiko Epson", "Seiko Epson", text, None, category)


@pytest.mark.parametrize(
    ("text", "base", "mpn", "category"),
    [
        ("TC358840XBG", "TC358840", "TC358840XBG", "interface IC"),
        ("TC358870XBG", "TC358870", "TC358870XBG", "interface IC"),
        ("GT30GW22", "GT30GW22", None, "IGBT"),
        ("CRS08", "CRS08", None, "diode"),
        ("CMS08", "CMS08", None, "diode"),
    ],
)
def test_toshiba_bridges_igbts_and_flat_package_diodes(
    text: str, base: str, mpn: str | None, category: str
) -> None:
    assert_identified(identify(text), "Toshiba", "Toshiba", base, mpn, category)


@pytest.mark.parametrize(
    "text", ["MKWI40-24S05", "MKWI40-48D15", "MA01-05S05H", "MIAR03-12D15", "MCWI02-24S05"]
)
def test_minmax_series_power_input_output_models(text: str) -> None:
    result = identify(text)
    assert_identified(
        result, "Minmax Technology", "Minmax Technology", text, None, "DC-DC converter module"
    )


@pytest.mark.parametrize("text", ["ICH7524S12", "IHA0105S09"])
def test_xp_power_ich_and_iha_models(text: str) -> None:
    assert_identified(identify(text), "XP Power", "XP Power", text, None, "DC-DC converter module")


@pytest.mark.parametrize(
    ("text", "base"),
    [("HCM1A0503-2R2-R", "HCM1A0503"), ("HCM0503-220-R", "HCM0503"), ("HCM1305-R10-R", "HCM1305")],
)
def test_eaton_hcm_inductors(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, "Eaton", "Eaton", base, text, "inductor")
    assert decoded_suffix(result)["rohs"] == ("R", "RoHS compliant")


def test_ublox_chip_name_without_prefix() -> None:
    result = identify("M8030-KT")
    assert (result.manufacturer, result.base_part) == ("u-blox", "M8030-KT")


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("UP2B-100-R", "UP2B"),
        ("UP0.4C-390-R", "UP0.4C"),
        ("VP1-0076-R", "VP1-0076"),
        ("VPH1-0190-R", "VPH1-0190"),
        ("MPIA4040R1-R10-R", "MPIA4040R1"),
    ],
)
def test_coiltronics_uni_pac_versa_pac_and_mpia(text: str, base: str) -> None:
    assert_identified(identify(text), "Eaton", "Eaton", base, text, "inductor")


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("HLMP-1301-E00XX", "HLMP-1301", "HLMP-1301-E00XX"),
        ("HLMP-K401", "HLMP-K401", None),
        ("HSMF-A341-A00J1", "HSMF-A341", "HSMF-A341-A00J1"),
    ],
)
def test_avago_led_lamps_and_chip_leds(text: str, base: str, mpn: str | None) -> None:
    assert_identified(identify(text), "Broadcom", "Avago Technologies", base, mpn, "LED")


def test_avago_hsms_schottky_stays_a_diode() -> None:
    assert identify("HSMS-2822").category == "diode"


@pytest.mark.parametrize(
    ("text", "base", "category"),
    [
        ("HDSP-5503", "HDSP-5503", "display"),
        ("ASMT-AW31-NUV00", "ASMT-AW31", "LED"),
        ("AT-32063", "AT-32063", "transistor"),
    ],
)
def test_avago_displays_power_leds_and_at_transistors(text: str, base: str, category: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == ("Broadcom", "Avago Technologies")
    assert (result.base_part, result.category) == (base, category)


@pytest.mark.parametrize("text", ["SML-D12V8W", "SML-310VT", "SML312ECT"])
def test_rohm_chip_leds(text: str) -> None:
    assert_identified(identify(text), "ROHM", "ROHM", text, None, "LED")


def test_rohm_digital_transistor_with_rohm_package_letters() -> None:
    result = identify("DTA114TUA-T106")
    assert_identified(result, "ROHM", "ROHM", "DTA114T", "DTA114TUA-T106", "transistor")
    assert decoded_suffix(result)["package"] == ("UA", "UMT3 (SC-70)")


def test_bare_digital_transistor_number_names_no_maker() -> None:
    assert identify("DTC114E").manufacturer is None


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("ACT88430QJ101-T", "ACT88430", "ACT88430QJ101-T"),
        ("ACT4524YH-T", "ACT4524", "ACT4524YH-T"),
        ("ACT88326", "ACT88326", None),
    ],
)
def test_active_semi_power_ics_are_qorvos(text: str, base: str, mpn: str | None) -> None:
    result = identify(text)
    assert_identified(result, "Qorvo", "Active-Semi", base, mpn, "power management IC")


def test_taoglas_active_gnss_patch() -> None:
    result = identify("AGGP.25F.07.0060A")
    assert (result.manufacturer, result.base_part, result.category) == (
        "Taoglas",
        "AGGP.25F.07.0060A",
        "antenna",
    )


@pytest.mark.parametrize("text", ["0RQB-30Y05L", "0RQ1-H0T12B"])
def test_bel_power_converters(text: str) -> None:
    assert_identified(identify(text), "Bel Fuse", "Bel Fuse", text, None, "DC-DC converter module")


def test_a_fairchild_transistor_is_not_read_as_a_delta_fan() -> None:
    """Delta fans: four digits, then speed letters (FFB0412VHN, AFB0612HH); FFB2222A has
    one letter only."""
    assert identify("FFB0412VHN").manufacturer == "Delta Electronics"
    assert identify("FFB2222A").manufacturer != "Delta Electronics"
