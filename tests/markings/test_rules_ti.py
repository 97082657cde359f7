"""Texas Instruments rules: product-line names, top-side device markings and the
ex-National orderable forms.

Each case is an example given in the documentation cited in texas-instruments.yml
(data-sheet ordering information and "marked as" notes, nomenclature sections).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    assert_rule_file_loads,
    decoded_suffix,
    identify,
)

TI = "Texas Instruments"
NATIONAL = "National Semiconductor"


def test_the_file_loads() -> None:
    assert_rule_file_loads("texas-instruments.yml", TI, min_families=50)


@pytest.mark.parametrize(
    "text",
    ["DSP TMS320", "MSP430", "Sitara processor", "C2000 real-time MCU", "OMAP", "DaVinci",
     "Stellaris", "Tiva C series"],
)  # fmt: skip
def test_product_lines_name_ti(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (TI, TI), result.reason
    assert result.base_part is None


def test_a_part_number_still_wins_over_its_product_line() -> None:
    result = identify("MSP430F2013IPW")
    assert_identified(result, TI, TI, "MSP430F2013", "MSP430F2013IPW", "MCU")


@pytest.mark.parametrize("text", ["VP230", "VP231", "VP232"])
def test_can_transceiver_device_markings(text: str) -> None:
    """SLOS346: SN65HVD230D is marked as VP230, SN65HVD231D as VP231, SN65HVD232D as VP232."""
    assert_identified(identify(text), TI, TI, text, None, "CAN transceiver")


def test_a_can_device_marking_with_its_yms_date_code() -> None:
    result = identify("VP230 TI 9AK")
    assert result.base_part == "VP230"
    assert result.date_code == "9AK"
    assert (result.date_from, result.date_to) == (dt.date(2019, 10, 1), dt.date(2019, 10, 31))


def test_logic_top_side_marking_is_shared() -> None:
    """SCLS130D: SN74HC244DW/NS/DB/PW are marked HC244; other makers print HC244 too."""
    alone = identify("HC244")
    assert alone.unknown
    assert alone.base_part == "HC244"
    named = identify("TI HC244 9AKG4")
    assert (named.manufacturer, named.base_part) == (TI, "HC244")
    assert named.date_code == "9AKG4"
    assert named.date_from == dt.date(2019, 10, 1)


@pytest.mark.parametrize(
    ("text", "package", "version"),
    [("LM386M-1", "M", "1"), ("LM386MM-1", "MM", "1"), ("LM386N-1", "N", "1"),
     ("LM386N-3", "N", "3"), ("LM386N-4", "N", "4")],
)  # fmt: skip
def test_lm386_order_numbers_are_national(text: str, package: str, version: str) -> None:
    """SNAS545: order numbers LM386M-1, LM386MM-1, LM386N-1, LM386N-3, LM386N-4."""
    result = identify(text)
    assert_identified(result, TI, NATIONAL, "LM386", text, "amplifier")
    decoded = decoded_suffix(result)
    assert decoded["ns_package"][0] == package
    assert decoded["version"][0] == version


def test_lm386_without_nationals_version_is_shared() -> None:
    assert identify("LM386").unknown


@pytest.mark.parametrize(
    ("text", "option"),
    [("LM2596S-5.0/NOPB", "5.0"), ("LM2596T-ADJ/NOPB", "ADJ"), ("LM2596S-12/NOPB", "12"),
     ("LM2596T-ADJ", "ADJ")],
)  # fmt: skip
def test_simple_switcher_orderables_are_national(text: str, option: str) -> None:
    """SNVS124: LM2596S-5.0/NOPB, LM2596T-ADJ/NOPB, LM2596S-12/NOPB."""
    result = identify(text)
    assert_identified(result, TI, NATIONAL, "LM2596", text, "DC-DC converter IC")
    assert decoded_suffix(result)["ns_option"][0] == option


def test_onsemi_regulator_option_is_not_read_as_national() -> None:
    """onsemi writes the output option as -5G / -005G: the number stays shared."""
    assert identify("LM2575T-005G").manufacturer != TI


def test_national_date_code_next_to_a_national_number() -> None:
    result = identify("LM386N-1 1047")
    assert result.date_code == "1047"
    assert result.date_from == dt.date(2010, 11, 22)


@pytest.mark.parametrize(
    ("text", "base", "package", "option"),
    [("LM2940CT-5.0", "LM2940C", "T", "5.0"), ("LM2940CT-9.0", "LM2940C", "T", "9.0"),
     ("LM2940S-5.0", "LM2940", "S", "5.0"), ("LM2940IMP-5.0", "LM2940", "MP", "5.0")],
)  # fmt: skip
def test_national_regulator_order_numbers(text: str, base: str, package: str, option: str) -> None:
    """SNVS769 ordering information: LM2940CT-5.0, LM2940CT-9.0, LM2940S-5.0, LM2940IMP-5.0."""
    result = identify(text)
    assert_identified(result, TI, NATIONAL, base, text, "linear regulator")
    decoded = decoded_suffix(result)
    assert (decoded["ns_package"][0], decoded["ns_option"][0]) == (package, option)


def test_msp430_top_side_marking_drops_msp() -> None:
    """The print of an MSP430F5529: lot trace code, M430F5529, revision."""
    result = identify("24A0T4TCH M430F5529 REV F")
    assert_identified(result, TI, TI, "M430F5529", None, "MCU")


@pytest.mark.parametrize(
    ("text", "base"),
    [("MAX3232I", "MAX3232"), ("MAX3232CDR", "MAX3232"), ("MAX3232IPWR", "MAX3232"),
     ("MAX232I", "MAX232"), ("MAX232IDR", "MAX232"), ("MAX232N", "MAX232"),
     ("MA3232C", "MA3232C"), ("MB3232I", "MB3232I")],
)  # fmt: skip
def test_ti_rs232_orderables_and_top_marks(text: str, base: str) -> None:
    """SLLS410I / SLLS047: MAX3232ID marked MAX3232I, MAX3232CPW MA3232C, MAX3232IPW MB3232I,
    MAX232ID marked MAX232I, orderables MAX3232CDR, MAX232N."""
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (TI, base), result.reason


@pytest.mark.parametrize("text", ["MAX3232ESE", "MAX232CPE", "MAX3232", "MAX3232C"])
def test_maxim_forms_of_the_rs232_numbers_stay_shared(text: str) -> None:
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize("text", ["BL176A", "LB176A", "B176AQ", "65LBC176A", "75LBC176A"])
def test_lbc176a_device_markings(text: str) -> None:
    """SLLS376C: SN65LBC176AD marked as BL176A, SN75LBC176AD as LB176A, ..."""
    assert_identified(identify(text), TI, TI, text, None, "RS-485 transceiver")


def test_txb0108_device_marking_with_its_ymsg4_line() -> None:
    """TI E2E: TXB0108PWR marked YE08 / YMSG4 / LLLL (06KG4: 2020 or 2010, June)."""
    result = identify("YE08 06KG4 CVK0")
    assert (result.manufacturer, result.base_part) == (TI, "YE08")
    assert result.date_code == "06KG4"
    assert (result.date_from, result.date_to) == (dt.date(2020, 6, 1), dt.date(2020, 6, 30))


def test_tis_green_yms_line_names_ti_for_a_shared_logic_top_mark() -> None:
    """TI's topside YMS + G4 is TI's own (G4 is TI's green designator); YMS + E4 is not:
    E4 is JEDEC's lead-finish category, printed by other makers too."""
    result = identify("HC244 9AKG4")
    assert (result.manufacturer, result.base_part, result.date_code) == (TI, "HC244", "9AKG4")
    assert any("printed only by Texas Instruments" in line for line in result.explanation)
    assert identify("HC244 9AKE4").unknown


def test_tis_yms_line_with_the_lot_code_below_names_ti_beside_a_top_mark() -> None:
    """TI E2E (TS3A44159): topside "YMS" over the lot trace code "LLLL"; read side by
    side, the pair is TI's layout (2AK: 2022 or 2012, October, site K). Beside a top
    mark no grammar reads (Q7W2, made up here) it names TI."""
    result = identify("Q7W2 2AK CVK0")
    assert (result.manufacturer, result.date_code) == (TI, "2AK CVK0")
    assert (result.date_from, result.date_to) == (dt.date(2022, 10, 1), dt.date(2022, 10, 31))
    assert any("printed only by Texas Instruments" in line for line in result.explanation)


@pytest.mark.parametrize("text", ["2AK CVK0", "Capacitor 2AK CVK0", "Q7W2 2AK CV"])
def test_the_yms_lot_pair_alone_or_cut_short_names_no_maker(text: str) -> None:
    """Without a top mark beside it the pair may be anything; a lot code is four characters."""
    assert identify(text).unknown


def test_a_date_code_does_not_outweigh_another_makers_own_part_number() -> None:
    """A Vishay Siliconix number (SU[DMP] grammar) beside a TI-shaped YMS/LLLL pair stays
    Vishay's: a date format is weaker evidence than a maker's own part-number grammar."""
    result = identify("SUD50N04 2AK CVK0")
    assert result.manufacturer == "Vishay Intertechnology"


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [("CD4013BE", "CD4013B", "E"), ("CD4013BM", "CD4013B", "M"), ("CD4013BPWR", "CD4013B", "PWR"),
     ("CD4070BF3A", "CD4070B", "F3A"), ("CD4070BM96", "CD4070B", "M96"),
     ("CD4077BNSR", "CD4077B", "NSR"), ("CD4049UBE", "CD4049UB", "E")],
)  # fmt: skip
def test_cd4000b_with_tis_package_suffix_is_ti(text: str, base: str, package: str) -> None:
    """SCHS023E / SCHS055E: CD4013B in E (PDIP), M/MT/M96/NSR (SOIC, SOP), PW/PWR (TSSOP);
    CD4070BF3A (CERDIP), CD4070BM96, CD4077BNSR (Harris numbering, now TI's)."""
    result = identify(text)
    assert_identified(result, TI, TI, base, text, "logic IC")
    assert decoded_suffix(result)["package"][0] == package


@pytest.mark.parametrize("text", ["CD4013B", "CD4013BCN", "CD4013BCM"])
def test_cd4000b_without_tis_suffix_stays_shared(text: str) -> None:
    """Fairchild/National write CD4013BCN / CD4013BCM: no TI package suffix, no maker."""
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize(
    "text",
    ["HA86", "HB74", "LC04A", "LJ245A", "LXH244A", "LXH543"],
)  # fmt: skip
def test_tis_shortened_logic_top_marks_name_ti(text: str) -> None:
    """TI marks the small packages with shortened family letters: SN74AHC86PW HA86
    (SCLS249I), SN74AHCT74PW HB74 (SCLS263N), SN74LVC04APW LC04A (SCAS281Q),
    SN74LVC4245APW LJ245A (SCAS375G), SN74LVTH244APW LXH244A (SCAS586J)."""
    assert_identified(identify(text), TI, TI, text, None, "logic IC")


@pytest.mark.parametrize("text", ["HA17358", "HA1630", "LC7800", "AHC86", "LVC04A"])
def test_other_numbers_are_not_tis_shortened_logic_marks(text: str) -> None:
    """Hitachi/Renesas HA17358, Sanyo-style LC numbers and the full family letters
    (printed by other makers too) are not read as TI's shortened marks."""
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize(
    ("text", "base"),
    [("MAX3243CDB", "MAX3243"), ("MAX3243IDW", "MAX3243"), ("MAX3238CDBR", "MAX3238"),
     ("MAX3238IDB", "MAX3238"), ("MAX3221IPWR", "MAX3221"), ("MAX3223CPW", "MAX3223")],
)  # fmt: skip
def test_tis_orderables_of_other_maxim_rs232_numbers(text: str, base: str) -> None:
    """SLLS350P / SLLS349J / SLLS348F / SLLS409C: MAX3243C/I in DB/DW/PW, MAX3238CDBR,
    MAX3238IDB, MAX3221 and MAX3223 in TI's DB/DW/PW packages."""
    result = identify(text)
    assert_identified(result, TI, TI, base, text, "interface IC")


@pytest.mark.parametrize(
    "text", ["MAX3243CAI", "MAX3243EAI", "MAX3223EPP", "MAX3221CUE", "MAX3243"]
)
def test_maxims_own_forms_of_those_numbers_stay_shared(text: str) -> None:
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize(
    ("text", "base"),
    [("TPS767D318PWP", "TPS767D318"), ("TPS767D301PWPR", "TPS767D301"),
     ("TPS767D325", "TPS767D325")],
)  # fmt: skip
def test_dual_ldo_numbers_are_read_whole(text: str, base: str) -> None:
    """SLVS209H: TPS767D301, TPS767D318, TPS767D325 in the PWP package."""
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (TI, base), result.reason


def test_c2000_name_split_over_two_lines() -> None:
    """TMS320F28335PGFA printed with TMS320 on one line and F28335PGFA on the next."""
    result = identify("TMS320 F28335PGFA")
    assert_identified(result, TI, TI, "TMS320F28335", "TMS320F28335PGFA", "DSP")


@pytest.mark.parametrize(
    ("text", "base"),
    [("ISO122P", "ISO122"), ("ISO3082DW", "ISO3082"), ("LP3878", "LP3878"),
     ("LM46002PWPR", "LM46002"), ("DAC8811", "DAC8811"), ("INA2128U", "INA2128"),
     ("LMK61E2", "LMK61E2")],
)  # fmt: skip
def test_more_ti_product_line_numbers(text: str, base: str) -> None:
    """Catalogue numbers of TI product lines: ISO122/ISO308x isolators, LP38xx LDOs,
    LM4600x bucks, DAC88xx, four-digit INA, LMK61 oscillators."""
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (TI, base), result.reason


@pytest.mark.parametrize("text", ["ISO9001", "ISO14001", "DAC8800"])
def test_standards_and_other_makers_numbers_are_not_ti(text: str) -> None:
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize("text", ["ALVTH16244", "ALVTH162245"])
def test_alvth_widebus_marks_are_tis_own(text: str) -> None:
    """SCES070G: the 'ALVTH16244 devices are members of the TI Widebus family."""
    assert_identified(identify(text), TI, TI, text, None, "logic IC")


def test_alvch_marks_stay_shared() -> None:
    """Philips/Nexperia print ALVCH (74ALVCH162245) as TI does."""
    assert identify("ALVCH16245").manufacturer != TI


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [("CD74HC4067E", "CD74HC4067", "E"), ("CD74HC4067M96", "CD74HC4067", "M96"),
     ("CD74HC4067SM96", "CD74HC4067", "SM96"), ("CD54HC75F3A", "CD54HC75", "F3A"),
     ("CD74HCT75PWT", "CD74HCT75", "PWT")],
)  # fmt: skip
def test_harris_hc_numbers_with_their_package_suffix(text: str, base: str, package: str) -> None:
    """SCHS209C / SCHS135F (acquired from Harris): CD74HC4067E/M96/SM96, CD54HC75F3A,
    CD74HCT75PWT."""
    result = identify(text)
    assert_identified(result, TI, TI, base, text, "logic IC")
    assert decoded_suffix(result)["package"][0] == package


@pytest.mark.parametrize(
    ("text", "base"),
    [("CD40174BPWR", "CD40174B"), ("CD40106BE", "CD40106B"), ("CD4017BE", "CD4017B")],
)
def test_cd4000_numbers_of_four_digits_are_not_cut_to_three(text: str, base: str) -> None:
    """CD40174B (TI SCHS104C) is a hex D flip-flop, not the CD4017 decade counter."""
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (TI, base)
