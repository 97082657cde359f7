"""Tantalum and polymer capacitor rules: KYOCERA AVX, KEMET (YAGEO), Vishay Sprague,
Panasonic POSCAP and Samsung Electro-Mechanics.

Each case is an example from the documentation cited in the rule files: the order
codes of a data sheet's "How to order" / "Part numbering" block, and its MARKING
diagram. The top mark of a molded tantalum chip (capacitance code and rated-voltage
letter, "227 A") is printed alike by several makers, so it names none of them alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    assert_rule_file_loads,
    assert_suffix_fields,
    identify,
)

AVX, AVX_BRAND = "KYOCERA AVX", "AVX"
SEMCO = "Samsung Electro-Mechanics"
YAGEO, KEMET = "YAGEO", "KEMET"
VISHAY, SPRAGUE = "Vishay Intertechnology", "Vishay Sprague"
TANTALUM = "tantalum capacitor"


def test_the_samsung_file_loads() -> None:
    assert_rule_file_loads("samsung-electro-mechanics.yml", SEMCO, min_families=3)


# --- Samsung Electro-Mechanics: TC + series + voltage + capacitance + M + case + packing


@pytest.mark.parametrize(
    ("text", "series", "case"),
    [("TCSCN0J106MBAR0", "TCSCN", "B"),  # catalogue: TC SCN 0J 106 M B A R 0
     ("TCSVS0J106MAAR", "TCSVS", "A"),  # spec 10-S-CTN001: TC SVS 0J 106 M A A R
     ("TCSCS0J106MAAR", "TCSCS", "A")],  # SCS: the same code as SVS
)  # fmt: skip
def test_samsung_tantalum_part_numbers(text: str, series: str, case: str) -> None:
    result = identify(text)
    assert_identified(result, SEMCO, SEMCO, series, text, TANTALUM)
    assert_suffix_fields(
        result,
        {"voltage": ("0J", "6.3 V"), "capacitance": ("106", ""), "tolerance": ("M", "±20 %")},
    )
    assert dict((p.field, p.code) for p in result.suffix)["case"] == case


def test_samsung_rated_voltage_symbols_decode() -> None:
    result = identify("TCSCE1V475MBAR")
    assert_suffix_fields(result, {"voltage": ("1V", "35 V")})


@pytest.mark.parametrize(
    "text",
    ["TCSXX0J106MAAR",  # not one of the eight series
     "TCSCS9Z106MAAR",  # 9Z is no rated voltage symbol
     "TCSCS",  # the series alone
     "TCA1E106M8R"],  # ROHM's TC series, another maker's number
)  # fmt: skip
def test_samsung_near_misses_stay_unknown(text: str) -> None:
    result = identify(text)
    assert result.manufacturer != SEMCO
    assert result.unknown, (result.manufacturer, result.reason)


# --- KYOCERA AVX: TAJ and TPS order codes


@pytest.mark.parametrize(
    ("text", "base", "packaging"),
    [("TAJC106M035RNJ", "TAJC", ("R", "180 mm (7 in) reel")),  # TAJ How to order
     ("TAJC106K035BNJ", "TAJC", ("B", "330 mm (13 in) reel, gold plating")),
     ("TAJA106K016HNJ", "TAJA", ("H", "180 mm (7 in) reel, tin lead")),
     ("TPSC107M010R0100", "TPSC", ("R", "180 mm (7 in) reel"))],  # TPS How to order
)  # fmt: skip
def test_avx_tantalum_order_codes(text: str, base: str, packaging: tuple[str, str]) -> None:
    result = identify(text)
    assert_identified(result, AVX, AVX_BRAND, base, text, TANTALUM)
    assert_suffix_fields(result, {"packaging": packaging})


@pytest.mark.parametrize(
    ("text", "specification"),
    [("TAJB107K006RNJV", ("NJ", "standard")),  # NJ standard suffix, V = dry pack option
     ("TPSD686M020R0070V", ("0070", ""))],  # TPS: maximum ESR 70 mOhm, then V
)  # fmt: skip
def test_avx_dry_pack_option_decodes(text: str, specification: tuple[str, str]) -> None:
    result = identify(text)
    assert result.mpn == text
    assert_suffix_fields(
        result, {"specification": specification, "dry_pack": ("V", "dry pack option")}
    )


def test_avx_marking_is_read_through_its_logo_only() -> None:
    """TAJ/TPS MARKING: AVX logo, capacitance value in pF, rated voltage code, ID code."""
    named = identify("AVX 227 A XXXXX")
    assert (named.manufacturer, named.brand) == (AVX, AVX_BRAND)
    assert named.base_part is None


@pytest.mark.parametrize(
    "text",
    ["227 A", "227A", "107C", "106 C", "476 V XXXXX", "TAJ 227A", "TAJ"],
)
def test_capacitance_and_voltage_letter_alone_name_no_maker(text: str) -> None:
    """AVX's rated voltage letters (e, G, J, A, C, D, E, V, T) are the EIA letters
    other makers print too (ROHM's TC series: g, j, A, C, D, E, V)."""
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.reason)


# --- KEMET (a YAGEO company): T491 top marking and order codes


def test_kemet_t491_marking_with_print_week_code() -> None:
    """T491 CAPACITOR MARKINGS: picofarad code 226, rated voltage 20 with the KEMET K,
    print week code 942 (first digit the year, then the week)."""
    result = identify("226 20K 942")
    assert (result.manufacturer, result.brand, result.category) == (YAGEO, KEMET, TANTALUM)
    assert result.date_code == "942"
    assert result.date_from is not None and result.date_from.year == 2019
    assert result.date_from <= dt.date(2019, 10, 14) <= result.date_to  # type: ignore[operator]


@pytest.mark.parametrize("text", ["226", "226 20", "20K", "226 20V", "942"])
def test_kemet_marking_without_its_k_names_no_maker(text: str) -> None:
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.reason)


@pytest.mark.parametrize(
    "text", ["T491B106K016AT", "T491A155M020AS", "T491X107K020AS"]
)  # T491 ordering information / rating table
def test_kemet_t491_order_codes(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.category) == (YAGEO, KEMET, TANTALUM)
    assert result.base_part == text[:5]


@pytest.mark.parametrize(
    ("text", "voltage", "esr"),
    [("T495T107M2R5ATE3K0", "2R5", "3K0"),  # F3109: T495T107M2R5A(2)E3K0, (2) = T
     ("T495T106M016ATE4K0", "016", "4K0"),  # T495T106M016A(2)E4K0
     ("T495V107K006ATE150", "006", "150")],  # T495V107(1)006A(2)E150
)  # fmt: skip
def test_kemet_t495_order_codes_with_2r5_and_ohm_esr(text: str, voltage: str, esr: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.mpn) == (YAGEO, KEMET, text)
    codes = {p.field: p.code for p in result.suffix}
    assert (codes["voltage"], codes["esr"]) == (voltage, esr)


# --- Vishay Sprague and Panasonic POSCAP order codes


def test_vishay_293d_order_code() -> None:
    """Document 40002, Ordering information: 293D 107 X9 010 D 2WE3."""
    result = identify("293D107X9010D2WE3")
    assert_identified(result, VISHAY, SPRAGUE, "293D", "293D107X9010D2WE3", TANTALUM)
    assert_suffix_fields(
        result,
        {"tolerance": ("X9", "±10 %"), "packaging": ("2WE3", "matte tin, 13 in (330 mm) reel")},
    )


@pytest.mark.parametrize(
    ("text", "voltage"),
    [("T55A156M6R3C0500", ("6R3", "6.3 V")),  # document 40174, ordering information
     ("T55V157M010C0040", ("010", "10 V")),
     ("T55B226M12RC0070", ("12R", "12.5 V"))],  # 12R = 12.5 V in the voltage table
)  # fmt: skip
def test_vishay_t55_order_codes(text: str, voltage: tuple[str, str]) -> None:
    result = identify(text)
    assert_identified(result, VISHAY, "Vishay Polytech", text[:4], text, TANTALUM)
    assert_suffix_fields(result, {"voltage": voltage, "tolerance": ("M", "±20 %")})


@pytest.mark.parametrize(
    "text",
    ["298D106X0010M2T",  # 298D ordering information: 298D 106 X0 010 M 2 T
     "298D106X96R3K2T",  # 298D data sheet part numbers
     "298D156X9010M2T"],
)  # fmt: skip
def test_vishay_298d_microtan_order_codes(text: str) -> None:
    result = identify(text)
    assert_identified(result, VISHAY, SPRAGUE, "298D", text, TANTALUM)
    assert_suffix_fields(result, {"termination": ("2", "100 % tin")})


@pytest.mark.parametrize("text", ["298D", "298D106K010M2T", "298"])
def test_vishay_298d_near_misses_stay_unknown(text: str) -> None:
    """298D alone, or with a K tolerance letter in place of X0/X9, is no order code."""
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.reason)


def test_vishay_t55_unknown_voltage_code_is_not_decoded() -> None:
    result = identify("T55B226M13RC0070")
    assert result.mpn is None


@pytest.mark.parametrize(
    ("text", "base"),
    [("6TPE330ML", "6TPE330M"),  # POSCAP explanation of part numbers
     ("2TPE470M9", "2TPE470M"),  # POSCAP series integration table
     ("8TPE100MAZB", "8TPE100M"),
     ("ETPF1000M6H", "ETPF1000M"),
     ("ETPLF330M5", "ETPLF330M"),
     ("16TQS33MED", "16TQS33M")],  # POSCAP specification E1705014
)  # fmt: skip
def test_poscap_part_numbers(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.category) == ("Panasonic", TANTALUM)
    assert result.base_part == base


@pytest.mark.parametrize(
    "text", ["ETP", "8TP12", "2TPS", "ETPF", "3TPE470M", "16TQ", "16TQS", "10TQ045"]
)
def test_poscap_near_misses_stay_unknown(text: str) -> None:
    """10TQ045 is a Schottky rectifier number (IR/Vishay), not a POSCAP."""
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.reason)


@pytest.mark.parametrize(
    ("text", "base"),
    [("TCQD337M006R0025E", "TCQD"),  # TCQ data sheet
     ("TCQB476M006R0070E", "TCQB")],  # TCQ How to order: TCQ B 476 M 006 # 0070 E
)  # fmt: skip
def test_avx_tcq_polymer_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, AVX, AVX_BRAND, base, text, TANTALUM)


@pytest.mark.parametrize("text", ["TCQA476M006R0070E", "TCQ", "TCQD"])
def test_avx_tcq_near_misses_stay_unknown(text: str) -> None:
    """Case A is not a TCQ case size; the series or the case alone is no part."""
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.reason)


@pytest.mark.parametrize(
    ("text", "base"),
    [("TBJV108M006CBSB0024", "TBJV"),  # TBJ COTS-Plus data sheet
     ("TBJD156K035LRSB0023BKN", "TBJD"),
     ("TBCL685M004C", "TBCL")],  # TBC How to order: TBC L 685 * 004 C ...
)  # fmt: skip
def test_avx_cots_plus_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, AVX, AVX_BRAND, base, text, TANTALUM)


@pytest.mark.parametrize("text", ["TBJF108M006CBSB0024", "TBJD156K035XRSB", "TBJ", "TBCA"])
def test_avx_cots_plus_near_misses_stay_unknown(text: str) -> None:
    """F is no TBJ case size, X no ESR range letter; the series alone is no part."""
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.reason)


# --- Murata ECAS polymer aluminium electrolytic capacitors


@pytest.mark.parametrize(
    ("text", "base", "voltage"),
    [("ECASD40E337M006KA0", "ECASD4", ("0E", "2.5 V")),  # spec JECPY1-9006N-01
     ("ECASD31E156M040KA0", "ECASD3", ("1E", "25 V"))],  # ECAS KA0 series data sheet
)  # fmt: skip
def test_murata_ecas_part_numbers(text: str, base: str, voltage: tuple[str, str]) -> None:
    result = identify(text)
    assert_identified(
        result, "Murata Manufacturing", "Murata Manufacturing", base, text,
        "aluminium electrolytic capacitor",
    )  # fmt: skip
    assert_suffix_fields(
        result,
        {
            "voltage": voltage,
            "tolerance": ("M", "±20 %"),
            "packing": ("K", "ø330 mm plastic taping"),
        },
    )


@pytest.mark.parametrize("text", ["ECASD50E337M006KA0", "ECASD49Z337M006KA0", "ECAS", "ECASD4"])
def test_murata_ecas_near_misses_stay_unknown(text: str) -> None:
    """D5 is no ECAS case code, 9Z no rated voltage code; the series alone is no part."""
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.reason)
