"""Rules for passives, RF parts and power modules: tantalum top markings (KEMET), EMI
filters, inductors, DC/DC converters, couplers, cells and relays.

Each case is an example given in the maker's documentation cited in its rule file
(ordering information, part-numbering guides, marking sections of data sheets).
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    decoded_suffix,
    identify,
)


# KEMET T491 data sheet, "Capacitor markings": picofarad code, rated voltage with
# the KEMET ID "K", print week code ("942" = week 42 of a year ending in 9).
def test_kemet_tantalum_top_marking_names_kemet_and_reads_the_print_week() -> None:
    result = identify("226 20K 942")
    assert_identified(result, "YAGEO", "KEMET", "22620K", None, "tantalum capacitor")
    assert result.date_code == "942"
    assert result.date_from is not None and result.date_to is not None
    year, week, _ = result.date_from.isocalendar()
    assert (year % 10, week) == (9, 42)
    assert (result.date_to - result.date_from).days == 6


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("107C", "the EIA capacitance code and voltage letter are used by AVX, Vishay and KEMET"),
        ("226 20", "a voltage without KEMET's K names no maker"),
        ("103 20K", "103 (10 nF) is not a tantalum capacitance code; 20K may be a resistor"),
    ],
)
def test_tantalum_codes_without_kemets_mark_stay_unknown(text: str, why: str) -> None:
    assert identify(text).unknown, why


@pytest.mark.parametrize(
    ("text", "base", "packaging"),
    [("BNX022-01L", "BNX022-01", "L"), ("BNX016-01", "BNX016-01", None)],
)
def test_murata_block_emifil(text: str, base: str, packaging: str | None) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (
        "Murata Manufacturing",
        base,
        "filter",
    )
    if packaging:
        assert decoded_suffix(result)["packaging"][0] == packaging


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("TSM 1205S", "TSM1205S"),
        ("TSH 0505S-TR", "TSH0505S"),
        ("TRV 1-0511", "TRV1-0511"),
        ("THD 15-2413", "THD15-2413"),
    ],
)
def test_traco_power_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(
        result, "Traco Power", "Traco Power", base, result.mpn, "DC-DC converter module"
    )


@pytest.mark.parametrize(
    ("text", "base"),
    [("1A1305-5", "1A1305-5"), ("1D1304-5", "1D1304-5"), ("Xinger coupler", None)],
)
def test_anaren_xinger(text: str, base: str | None) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        "TTM Technologies",
        "Anaren",
        base,
    )


def test_jedec_diode_numbers_are_not_read_as_xinger_couplers() -> None:
    assert identify("1N4148-7").manufacturer != "TTM Technologies"


@pytest.mark.parametrize(("text", "base"), [("RLM-33+", "RLM-33"), ("VLM-33+", "VLM-33")])
def test_mini_circuits_limiters(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, "Mini-Circuits", "Mini-Circuits", base, text, "RF module")


@pytest.mark.parametrize("text", ["CDRH6D28", "CDRH4D28C/LD", "CDRH38D16R"])
def test_sumida_cdrh_type_names(text: str) -> None:
    result = identify(text)
    assert_identified(result, "Sumida", "Sumida", text, None, "inductor")


@pytest.mark.parametrize(
    ("text", "base", "category"),
    [
        ("NCR18650BK", "NCR18650BK", "battery"),
        ("AGN200S24Z", "AGN200S24", "relay"),
        ("ATX209", "ATX209", "relay"),
    ],
)
def test_panasonic_cells_and_relays(text: str, base: str, category: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (
        "Panasonic",
        base,
        category,
    )


def test_rubycon_6_3_volt_parts() -> None:
    result = identify("6.3ZLH1000MEFC8X11.5")
    assert (result.manufacturer, result.base_part) == ("Rubycon", "6.3ZLH1000M")


def test_siemens_made_the_v23_relays_before_tyco() -> None:
    result = identify("V23079-A1001-B301")
    assert (result.manufacturer, result.brand) == ("TE Connectivity", "Axicom")
    assert result.past_owners == ["Siemens"]


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("NTH1212MC-R", "NTH1212"),
        ("MTU1S0505MC", "MTU1S0505"),
        ("MEA1D0509SC", "MEA1D0509"),
        ("NKA1209SC", "NKA1209"),
        ("NMK0505SAC", "NMK0505"),
    ],
)
def test_murata_power_solutions_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        "Murata Manufacturing",
        "Murata Power Solutions",
        base,
    )


@pytest.mark.parametrize(
    ("text", "base"),
    [("742C083103JP", "742C083"), ("766141103GPTR13", "766141"), ("766141103GP", "766141")],
)
def test_cts_resistor_networks(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == ("CTS", base, "resistor")


@pytest.mark.parametrize("text", ["BD0810J50150AHF", "BD0810J50200A00", "BD4859N50100AHF"])
def test_anaren_xinger_baluns(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        "TTM Technologies",
        "Anaren",
        text,
    )


def test_panasonic_gq_relay() -> None:
    assert identify("AGQ200A4H").manufacturer == "Panasonic"


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("NPH25S2405iC", "NPH25S2405", "NPH25S2405IC"),
        ("NPH10S4805EiC", "NPH10S4805", "NPH10S4805EIC"),
        ("NCS12S1205C", "NCS12S1205", "NCS12S1205C"),
        ("NDXD2415EC", "NDXD2415", "NDXD2415EC"),
        ("NDL0505SC", "NDL0505", "NDL0505SC"),
    ],
)
def test_murata_power_solutions_higher_power_series(text: str, base: str, mpn: str) -> None:
    result = identify(text)
    assert_identified(
        result,
        "Murata Manufacturing",
        "Murata Power Solutions",
        base,
        mpn,
        "DC-DC converter module",
    )


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("BLM18", "BLM18"),
        ("NFM21", "NFM21"),
        ("GRM21", "GRM21"),
        ("SFECF10M7FA00", "SFECF10M7FA00"),
    ],
)
def test_murata_series_with_size_code_only(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == ("Murata Manufacturing", base)


def test_tdk_act45b_can_choke() -> None:
    result = identify("ACT45B-510-2P-TL003")
    assert_identified(result, "TDK", "TDK", "ACT45B-510-2P", "ACT45B-510-2P-TL003", "inductor")


@pytest.mark.parametrize("text", ["61301221821", "66101011622"])
def test_wurth_connector_order_codes(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (
        "Würth Elektronik",
        text,
        "connector",
    )


@pytest.mark.parametrize(
    ("text", "formers"),
    [
        ("UWR-5/2000-D12A-C", ["C&D Technologies", "DATEL"]),
        ("NMA1205SC", ["C&D Technologies"]),
        ("UWE-5/10-Q12P-C", []),
    ],
)
def test_murata_power_solutions_product_lines_name_their_former_makers(
    text: str, formers: list[str]
) -> None:
    result = identify(text)
    assert result.brand == "Murata Power Solutions"
    assert result.past_owners == formers


@pytest.mark.parametrize(("text", "maker"), [("CD54", "Sumida"), ("CD105", "Sumida")])
def test_sumida_cd_type_names(text: str, maker: str) -> None:
    assert identify(text).manufacturer == maker


@pytest.mark.parametrize("text", ["CD54HC00", "CD4017"])
def test_cmos_logic_is_not_a_sumida_inductor(text: str) -> None:
    assert identify(text).manufacturer != "Sumida"


@pytest.mark.parametrize(
    ("text", "base", "category"),
    [
        ("10SVP150MX", "10SVP150M", "aluminium electrolytic capacitor"),
        ("16SEQP330M", "16SEQP330M", "aluminium electrolytic capacitor"),
        ("6TPE330ML", "6TPE330M", "tantalum capacitor"),
    ],
)
def test_panasonic_os_con_and_poscap(text: str, base: str, category: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == ("Panasonic", base, category)


def test_os_con_names_panasonic() -> None:
    assert identify("OS-CON").manufacturer == "Panasonic"


def test_deutsch_names_te() -> None:
    result = identify("DEUTSCH DTM06-6S")
    assert (result.manufacturer, result.brand, result.base_part) == (
        "TE Connectivity",
        "Deutsch",
        "DTM06-6S",
    )


@pytest.mark.parametrize(
    ("text", "maker", "brand"),
    [
        ("EMIFIL", "Murata Manufacturing", "Murata Manufacturing"),
        ("SIOV-S14K275", "TDK", "EPCOS"),
        ("TransGuard", "KYOCERA AVX", "AVX"),
        ("KO-CAP", "YAGEO", "KEMET"),
        ("WE-PD2", "Würth Elektronik", "Würth Elektronik"),
    ],
)
def test_product_line_trademarks_name_their_maker(text: str, maker: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (maker, brand)


@pytest.mark.parametrize("text", ["MS3116F10-6P", "MS27484T14B35S", "M83723/75R1210N"])
def test_military_standard_connectors_name_no_maker_by_themselves(text: str) -> None:
    result = identify(text)
    assert result.unknown and result.base_part == text


def test_a_military_standard_connector_takes_the_maker_printed() -> None:
    result = identify("Amphenol MS27484T14B35S")
    assert (result.manufacturer, result.base_part) == ("Amphenol", "MS27484T14B35S")


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("MLG0402S3N0ST", "TDK"),
        ("DEA162450BT-1247C1", "TDK"),
        ("EEV-FK1V101P", "Panasonic"),
        ("EZJ-Z0V180CA", "Panasonic"),
        ("ERT-J1VG103FA", "Panasonic"),
        ("EXC-3BB102H", "Panasonic"),
        ("ERA-3AEB103V", "Panasonic"),
        ("ERA-3SM+", "Mini-Circuits"),
    ],
)
def test_tdk_and_panasonic_passive_lines(text: str, maker: str) -> None:
    assert identify(text).manufacturer == maker


def test_atc_capacitors_are_kyocera_avx() -> None:
    result = identify("ATC100B101JW500XT")
    assert (result.manufacturer, result.brand, result.base_part) == (
        "KYOCERA AVX",
        "American Technical Ceramics",
        "ATC100B101",
    )


@pytest.mark.parametrize(
    ("text", "brand"),
    [("RIFA PME271M", "Evox Rifa"), ("Arcotronics R.46", "Arcotronics"), ("TOKIN", "TOKIN")],
)
def test_kemet_acquired_brands_name_yageo(text: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == ("YAGEO", brand)


@pytest.mark.parametrize(("text", "base"), [("HAL 1820", "HAL1820"), ("HVC 4223F", "HVC4223F")])
def test_micronas_sensors_are_tdk(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == ("TDK", "Micronas", base)


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("PDC-20-3BD+", "Mini-Circuits"),
        ("885012206052", "Würth Elektronik"),
        ("890484428002CS", "Würth Elektronik"),
    ],
)
def test_more_documented_order_codes(text: str, maker: str) -> None:
    assert identify(text).manufacturer == maker


def test_kemet_f862_film_capacitor() -> None:
    result = identify("F862BC104M310C")
    assert (result.manufacturer, result.brand, result.category) == (
        "YAGEO",
        "KEMET",
        "film capacitor",
    )


@pytest.mark.parametrize("text", ["LEV200A4NAA", "EV200AAANA", "EV250-1B"])
def test_kilovac_contactors_are_te(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.category) == (
        "TE Connectivity",
        "KILOVAC",
        "relay",
    )


@pytest.mark.parametrize("text", ["NTA0505MC", "NDH2415SC"])
def test_a_decoded_murata_order_code_beats_a_looser_grammar_that_swallows_its_suffix(
    text: str,
) -> None:
    """onsemi's NT*/ND* grammars read these whole as a base part; Murata's reads a base and
    a suffix its ordering guide defines, which is the stronger evidence."""
    result = identify(text)
    assert (result.manufacturer, result.mpn) == ("Murata Manufacturing", text)


def test_a_block_emifil_without_its_features_code_is_still_murata() -> None:
    result = identify("EMI filter BNX023")
    assert (result.manufacturer, result.base_part) == ("Murata Manufacturing", "BNX023")


def test_a_cyclone_ii_number_is_not_a_mini_circuits_splitter() -> None:
    """Mini-Circuits' EP2C splitter has no digits after EP2C; EP2C20 is Altera's."""
    result = identify("EP2C20F484C8N")
    assert (result.brand, result.base_part) == ("Altera", "EP2C20")
    assert identify("EP2C20 Cyclone II").manufacturer != "Mini-Circuits"
