"""Discretes of onsemi, Vishay, Infineon and Diodes Incorporated: top-side markings,
product-line names and numbering schemes.

Each case is an example given in the documentation cited in the maker's rule file
(the "Marking" column of Infineon data sheets, International Rectifier part marking
information, Vishay ordering information tables, onsemi marking diagrams).
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

IFX = "Infineon Technologies"
IR = "International Rectifier"


@pytest.mark.parametrize(
    ("name", "maker"),
    [
        ("infineon.yml", IFX),
        ("vishay.yml", "Vishay Intertechnology"),
        ("onsemi.yml", "onsemi"),
        ("diodes-incorporated.yml", "Diodes Incorporated"),
    ],
)
def test_rule_files_load(name: str, maker: str) -> None:
    assert_rule_file_loads(name, maker, min_families=10)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("010N08N5", "MOSFET"),  # IPT010N08NM5
        ("015N04NS", "MOSFET"),  # IPP015N04NF2S
        ("11N08NM5", "MOSFET"),  # IPTC011N08NM5
        ("20N60C3", "MOSFET"),  # SPP20N60C3, SPW20N60C3
        ("20N60CFD", "MOSFET"),  # SPA20N60CFD
        ("6R190C6", "MOSFET"),  # IPP60R190C6
        ("6R230P6", "MOSFET"),  # IPP60R230P6
        ("K40T1202", "IGBT"),  # IKW40N120T2
        ("K40H1203", "IGBT"),  # IKW40N120H3
        ("G40H1203", "IGBT"),  # IGW40N120H3
        ("K40MCT2", "IGBT"),  # IKQ40N120CT2
        ("G40DTP", "IGBT"),  # IGW40N60TP
        ("K08EEH5", "IGBT"),  # IKP08N65H5
    ],
)
def test_infineon_marking_codes(text: str, category: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, category)


def test_coolmos_type_with_package_letter() -> None:
    assert_identified(identify("SPB20N60C3"), IFX, IFX, "SPB20N60C3", None, "MOSFET")


@pytest.mark.parametrize("text", ["F3710S", "F540NS", "FR024N", "F7101"])
def test_international_rectifier_top_marks_without_the_ir_prefix(text: str) -> None:
    assert_identified(identify(text), IFX, IR, text, None, "MOSFET")


def test_second_sourced_ir_top_mark_needs_the_maker_named() -> None:
    assert identify("F530S").unknown
    named = identify("International Rectifier F530S")
    assert (named.manufacturer, named.brand) == (IFX, IR)


def test_ir_photovoltaic_relay_and_power_switch() -> None:
    assert_identified(identify("PVT412LSPbF"), IFX, IR, "PVT412LS", "PVT412LSPBF", "relay")
    switch = identify("IPS2041LPbF")
    assert (switch.manufacturer, switch.brand, switch.mpn) == (IFX, IR, "IPS2041LPBF")


def test_optimos_series_names_infineon() -> None:
    assert identify("OptiMOS power transistor").manufacturer == IFX


VISHAY = "Vishay Intertechnology"


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("10BQ040PbF", "10BQ040", "10BQ040PBF"),
        ("40CTQ045STRLPbF", "40CTQ045S", "40CTQ045STRLPBF"),
        ("VS-10WQ045FNPbF", "VS-10WQ045FN", "VS-10WQ045FNPBF"),
        ("30ETH06PbF", "30ETH06", "30ETH06PBF"),
    ],
)
def test_ir_origin_rectifiers_with_the_pbf_ending_are_vishay(
    text: str, base: str, mpn: str
) -> None:
    assert_identified(identify(text), VISHAY, VISHAY, base, mpn, "diode")


@pytest.mark.parametrize("text", ["40CTQ045", "10BQ040", "30ETH06"])
def test_ir_origin_rectifier_numbers_alone_are_second_sourced(text: str) -> None:
    result = identify(text)
    assert result.unknown
    assert identify(f"Vishay {text}").manufacturer == VISHAY


def test_hexfred_and_tmbs_rectifiers() -> None:
    assert_identified(identify("HFA15PB60"), VISHAY, VISHAY, "HFA15PB60", None, "diode")
    tmbs = identify("VB20100S-E3")
    assert (tmbs.manufacturer, tmbs.brand, tmbs.base_part) == (
        VISHAY,
        "Vishay General Semiconductor",
        "VB20100S",
    )


def test_ihlp_series_names_vishay() -> None:
    assert identify("IHLP inductor").manufacturer == VISHAY


DIODES = "Diodes Incorporated"


def test_pam_audio_amplifiers_are_a_diodes_product_line() -> None:
    result = identify("PAM8403H")
    assert (result.manufacturer, result.brand) == (DIODES, "Power Analog Microelectronics")


@pytest.mark.parametrize("text", ["AH372", "AH3372", "AH3562Q", "AH1815"])
def test_diodes_hall_effect_switches(text: str) -> None:
    assert_identified(identify(text), DIODES, DIODES, text, None, "sensor IC")


def test_ir_hirel_dc_dc_converters() -> None:
    result = identify("AFL2803R3S/CH")
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        IFX,
        IR,
        "AFL2803R3S",
        "AFL2803R3S/CH",
    )
    assert identify("AHP2803R3S").category == "power supply module"


ONSEMI = "onsemi"


def test_onsemi_igbt_and_its_marking_code() -> None:
    result = identify("NGTB40N120FL2WG")
    assert (result.manufacturer, result.base_part, result.mpn) == (
        ONSEMI,
        "NGTB40N120FL2",
        "NGTB40N120FL2WG",
    )
    for code in ["40N120FL2", "40N60L2", "40N65IHL2", "40N60IHL"]:
        assert_identified(identify(code), ONSEMI, ONSEMI, code, None, "IGBT")


def test_sanyo_and_fairchild_lines_of_onsemi() -> None:
    sanyo = identify("MCH6663-TL-H")
    assert (sanyo.manufacturer, sanyo.brand, sanyo.mpn) == (
        ONSEMI,
        "SANYO Semiconductor",
        "MCH6663-TL-H",
    )
    fairchild = identify("ISL9N302AP3")
    assert (fairchild.manufacturer, fairchild.brand) == (ONSEMI, "Fairchild Semiconductor")


def test_vishay_brand_names_printed_on_parts() -> None:
    dale = identify("DALE CMF55")
    assert (dale.manufacturer, dale.brand, dale.base_part) == (VISHAY, "Vishay Dale", "CMF55")
    assert identify("Vitramon VJ0805").brand == "Vishay Vitramon"


@pytest.mark.parametrize(
    ("text", "maker", "brand"),
    [
        ("HEXFET power MOSFET", IFX, IR),
        ("PROFET smart switch", IFX, IFX),
        ("PowerTrench MOSFET", ONSEMI, "Fairchild Semiconductor"),
        ("TrenchFET power MOSFET", VISHAY, VISHAY),
        ("PowerDI5060", DIODES, DIODES),
    ],
)
def test_product_line_names(text: str, maker: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (maker, brand)


@pytest.mark.parametrize(
    ("text", "base"),
    [("SS14-E3/61T", "SS14"), ("ES1D-E3", "ES1D"), ("BZT52C2V4-E3-08", "BZT52C2V4")],
)
def test_second_sourced_rectifiers_with_the_vishay_e3_ending(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        VISHAY,
        "Vishay General Semiconductor",
        base,
        text,
    )
    assert identify(base).unknown


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("B0540WQ-7-F", "B0540WQ"),
        ("BAV99-7-F", "BAV99"),
        ("BZX84C5V1-7-F", "BZX84C5V1"),
        ("1N4148W-7-F", "1N4148W"),
        ("BC817-40-7-F", "BC817-40"),
        ("2N7002-7-F", "2N7002"),
        ("SMAJ15A-13-F", "SMAJ15A"),
    ],
)
def test_second_sourced_numbers_with_the_diodes_reel_ending(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (DIODES, base, text)
    assert identify(base).unknown


def test_second_sourced_small_signal_numbers_with_infineon_ordering_code() -> None:
    result = identify("BSS138NH6327XTSA2")
    assert (result.manufacturer, result.base_part, result.mpn) == (
        IFX,
        "BSS138N",
        "BSS138NH6327XTSA2",
    )
    assert identify("BFR93AE6327").manufacturer == IFX
    assert identify("BSS138").unknown


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("DG409DJ-T1-E3", "DG409"),
        ("DG408DQ-E3", "DG408"),
        ("DG211DY-E3", "DG211"),
        ("4N35-X007T", "4N35"),
    ],
)
def test_industry_standard_numbers_with_vishay_endings(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (VISHAY, base, text)
    assert identify(base).unknown


def test_onsemi_prescalers_and_small_dual_mosfets() -> None:
    assert identify("MC12080DR2G").manufacturer == ONSEMI
    assert identify("NTJD4001NT1G").base_part == "NTJD4001N"


def test_ir_logo_with_the_omega_is_a_mark() -> None:
    result = identify("IΩR F3710S")
    assert (result.manufacturer, result.brand) == (IFX, IR)


@pytest.mark.parametrize(
    ("text", "maker"),
    [("BSZ0904NSI", IFX), ("XE167", IFX), ("XC878", IFX), ("SBR10U45", DIODES)],
)
def test_short_forms_of_infineon_and_diodes_numbers(text: str, maker: str) -> None:
    assert identify(text).manufacturer == maker


@pytest.mark.parametrize("text", ["BSP75N", "BSP76", "BSP752R", "BSP762T"])
def test_infineon_smart_switches_in_bsp_packages(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "power management IC")


@pytest.mark.parametrize(
    ("text", "base"),
    [("SE10PJ", "SE10PJ"), ("SE30AFJ-M3/6A", "SE30AFJ"), ("MSS1P4", "MSS1P4")],
)
def test_vishay_esmp_rectifiers(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        VISHAY,
        "Vishay General Semiconductor",
        base,
    )


@pytest.mark.parametrize("text", ["SKP15N60", "SKA06N60", "IGW25T120"])
def test_infineon_npt_and_trenchstop_igbts(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "IGBT")


def test_diodes_schottky_rectifiers_and_yww_date_code() -> None:
    result = identify("B340LA-13-F 023")  # DS30240: Y = last digit of year, WW = week
    assert (result.manufacturer, result.base_part, result.mpn) == (
        DIODES,
        "B340LA",
        "B340LA-13-F",
    )
    assert result.date_code == "023"
    assert (result.date_from, result.date_to) == (dt.date(2020, 6, 1), dt.date(2020, 6, 7))
    assert identify("B120-13-F").manufacturer == DIODES
    assert identify("SDM10K45").manufacturer == DIODES


@pytest.mark.parametrize(
    ("text", "brand"),
    [
        ("DMTH6010LPS", DIODES),
        ("PI4ULS5V102", "Pericom Semiconductor"),
        ("ZHCS1000", "Zetex"),
        ("ZXSC300", "Zetex"),
    ],
)
def test_more_diodes_prefixes(text: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (DIODES, brand)


def test_fairchild_transistors_and_regulators() -> None:
    fj = identify("FJP13009H2TU")
    assert (fj.manufacturer, fj.brand, fj.base_part, fj.mpn) == (
        ONSEMI,
        "Fairchild Semiconductor",
        "FJP13009",
        "FJP13009H2TU",
    )
    ka = identify("KA7805ERTM")
    assert (ka.manufacturer, ka.base_part, ka.mpn) == (ONSEMI, "KA7805ER", "KA7805ERTM")


@pytest.mark.parametrize("text", ["TLHR5400", "TLLG5400", "TLPY5600", "TLMS1000", "VLMS1300"])
def test_vishay_indicator_leds(text: str) -> None:
    assert_identified(identify(text), VISHAY, VISHAY, text, None, "LED")


def test_vishay_smd_led_reel_code() -> None:
    result = identify("VLMR33T1U2-GS08")
    assert (result.manufacturer, result.base_part, result.mpn) == (
        VISHAY,
        "VLMR33T1U2",
        "VLMR33T1U2-GS08",
    )


@pytest.mark.parametrize("text", ["TLUR4400", "TDSR5150", "TSHA5203", "TFDU4101", "K817P"])
def test_more_vishay_optoelectronics(text: str) -> None:
    assert identify(text).manufacturer == VISHAY


@pytest.mark.parametrize("text", ["QEC123", "QRE1113GR"])
def test_fairchild_qt_optoelectronics_numbering(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        ONSEMI,
        "Fairchild Semiconductor",
        text,
    )


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [("BAR63-02V", "BAR63", "SC79"), ("BAR64-04W", "BAR64", "SOT323, series")],
)
def test_infineon_rf_diodes_with_package_code(text: str, base: str, package: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (IFX, base, text)
    assert ("package", (text.split("-")[1], package)) in decoded_suffix(result).items()


@pytest.mark.parametrize("text", ["BGA420", "BGA622", "BGA628L7"])
def test_infineon_mmic_amplifiers(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "RF IC")


def test_package_names_are_not_mmics() -> None:
    assert identify("BGA484").unknown


@pytest.mark.parametrize(("text", "base"), [("BFP420", "BFP420"), ("BFP840ESD", "BFP840ESD")])
def test_infineon_rf_transistors(text: str, base: str) -> None:
    assert_identified(identify(text), IFX, IFX, base, None, "transistor")


def test_infineon_tuning_diode_and_shared_bfr() -> None:
    assert identify("BBY51-02W").mpn == "BBY51-02W"
    assert identify("BFR93A").unknown  # also an NXP number


@pytest.mark.parametrize("text", ["NLSX4378", "NUD3160", "NIS5132", "NCL30086BDR2G"])
def test_more_onsemi_n_prefixes(text: str) -> None:
    assert identify(text).manufacturer == ONSEMI


@pytest.mark.parametrize("text", ["TLE493D-W2B6", "TLI493D"])
def test_infineon_3d_magnetic_sensors(text: str) -> None:
    assert identify(text).manufacturer == IFX


def test_bccomponents_film_capacitor_catalog_number() -> None:
    result = identify("BFC233820103")
    assert (result.manufacturer, result.brand, result.category) == (
        VISHAY,
        "Vishay BCcomponents",
        "film capacitor",
    )


@pytest.mark.parametrize(
    ("text", "brand"),
    [("MBB 0207", "Vishay Beyschlag"), ("RCA1225", "Vishay Draloric"), ("WSC2515", "Vishay Dale")],
)
def test_vishay_resistor_series(text: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.category) == (VISHAY, brand, "resistor")


@pytest.mark.parametrize(
    ("text", "base"), [("T97R227K020ESA", "T97R"), ("489D476X9010D2C", "489D")]
)
def test_vishay_sprague_tantalum_ordering_codes(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        VISHAY,
        "Vishay Sprague",
        base,
        text,
    )


@pytest.mark.parametrize("text", ["VOL617A", "VOS617A", "VOT8026", "VOR1142", "VOMA617A"])
def test_vishay_optocoupler_package_letters(text: str) -> None:
    assert identify(text).manufacturer == VISHAY


def test_ir_origin_safeir_thyristors() -> None:
    result = identify("40TPS12PbF")
    assert (result.manufacturer, result.category, result.mpn) == (VISHAY, "thyristor", "40TPS12PBF")
    assert identify("40TPS12").unknown


@pytest.mark.parametrize("text", ["ITS 4140N", "ITS4040D-EP-D", "ISP752R"])
def test_infineon_industrial_profet(text: str) -> None:
    assert identify(text).manufacturer == IFX


@pytest.mark.parametrize("text", ["BSM100GB120DN2K", "BSM400GA120DLC"])
def test_infineon_bsm_igbt_modules(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "IGBT")


def test_ir_generation_letter_after_a_9z_number() -> None:
    result = identify("IRF9Z34NPbF")
    assert (result.manufacturer, result.brand, result.base_part) == (IFX, IR, "IRF9Z34N")
    assert identify("IRF9Z34").unknown  # the old number is Vishay's too


@pytest.mark.parametrize(
    ("text", "base"), [("SZMMSZ5231BT1G", "SZMMSZ5231B"), ("SMMBT3904LT1G", "SMMBT3904")]
)
def test_onsemi_automotive_prefixes_on_second_sourced_numbers(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (ONSEMI, base, text)


@pytest.mark.parametrize("text", ["SMBT3906", "SMBT3906S", "SMBT2222A", "SMBTA06"])
def test_infineon_smbt_switching_transistors(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "small-signal transistor")


def test_infineon_ordering_code_with_packing_suffix() -> None:
    assert identify("SMBT3904E6327HTSA1").mpn == "SMBT3904E6327HTSA1"


@pytest.mark.parametrize("text", ["KTY 11-6", "KTY13-6", "KTY 19-6M", "KT 100"])
def test_infineon_silicon_temperature_sensors(text: str) -> None:
    assert identify(text).manufacturer == IFX


def test_nxp_kty8x_is_not_infineon() -> None:
    assert identify("KTY81/210").manufacturer != IFX


def test_fairchild_dm74_logic() -> None:
    result = identify("DM74LS00SJ")
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        ONSEMI,
        "Fairchild Semiconductor",
        "DM74LS00",
        "DM74LS00SJ",
    )


def test_fairchild_cd4000_bc_series() -> None:
    result = identify("CD4011BCN")
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        ONSEMI,
        "Fairchild Semiconductor",
        "CD4011BC",
        "CD4011BCN",
    )
    assert identify("CD4011B").unknown


@pytest.mark.parametrize("text", ["74VHC04M", "74LCX245SJX"])
def test_fairchild_logic_with_fairchild_package_letters(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.mpn) == (
        ONSEMI,
        "Fairchild Semiconductor",
        text,
    )


def test_vishay_ambient_light_phototransistor() -> None:
    assert identify("TEMT6000X01").manufacturer == VISHAY


def test_onsemi_esd_protection_diode() -> None:
    # ESD9B5.0ST5G datasheet: "ESD9B5.0ST5G" ordering code.
    result = identify("ESD9B5.0ST5G")
    assert result.manufacturer == ONSEMI


def test_vishay_automotive_dpak_mosfet() -> None:
    # SQD50N04-5m6L data sheet: ordering code SQD50N04-5M6L_GE3.
    result = identify("SQD50N04-5M6L_GE3")
    assert (result.manufacturer, result.brand, result.base_part) == (
        VISHAY,
        "Vishay Siliconix",
        "SQD50N04",
    )


@pytest.mark.parametrize(
    ("text", "base"),
    [("199D335X0050D1V1E3", "199D"), ("194D225X0004A2T", "194D")],
)
def test_vishay_sprague_tantalex_ordering_codes(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        VISHAY,
        "Vishay Sprague",
        base,
    )
    assert identify(base).unknown


@pytest.mark.parametrize(
    "text", ["GSOT05-E3-08", "GSOT05-HG3-18", "GSOT03C-GS08", "VESD05A1-02V-GS08"]
)
def test_vishay_esd_protection_ordering_codes(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.mpn) == (VISHAY, text)


@pytest.mark.parametrize(
    ("text", "base"),
    [("BAS3010A-03W", "BAS3010A"), ("BAS3005B-02V", "BAS3005B")],
)
def test_infineon_medium_power_schottky_with_package_code(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (
        IFX,
        base,
        text,
    )


@pytest.mark.parametrize("text", ["IKCM30F60GD", "IGCM06F60HA", "IKCM20R60GD"])
def test_infineon_cipos_modules(text: str) -> None:
    assert identify(text).manufacturer == IFX


@pytest.mark.parametrize("text", ["IRU1117CY", "IRU1206-33CY", "IRU1207-18CSPBF"])
def test_ir_linear_regulators(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.mpn) == (
        IFX,
        "International Rectifier",
        text,
    )


@pytest.mark.parametrize(
    "text", ["DFLS240-7", "DFLS140Q-7", "DSS4160V-7", "DSS60601MZ4-13", "DGD2103MS8-13"]
)
def test_diodes_powerdi_rectifiers_transistors_gate_drivers(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.mpn) == (DIODES, text)


@pytest.mark.parametrize("text", ["PD3S130L-7", "PD3S130HQ-7", "PDS360-13", "DZT5401-13"])
def test_diodes_powerdi_schottky_and_sot223_transistors(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.mpn) == (DIODES, text)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("RH0251R000FE02", "RH025"),
        ("RH-25", "RH-25"),
        ("IHSM-3825", "IHSM-3825"),
        ("IHSM3825ER101L", "IHSM3825"),
    ],
)
def test_vishay_dale_power_resistors_and_inductors(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        VISHAY,
        "Vishay Dale",
        base,
    )


def test_fairchild_smps_igbt_brand_top_mark() -> None:
    # HGTG30N60A4D data sheet: "BRAND 30N60A4D".
    result = identify("30N60A4D")
    assert (result.manufacturer, result.brand) == (ONSEMI, "Fairchild Semiconductor")


@pytest.mark.parametrize("text", ["SG6846LDZ", "SG5842ASZ"])
def test_fairchild_system_general_pwm_controllers(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (ONSEMI, "Fairchild Semiconductor")


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("IRGP50B60PD1PBF", "IRGP50B60PD1"),
        ("IRGIB15B60KD1", "IRGIB15B60KD1"),
        ("IRG8P60N120KDPBF", "IRG8P60N120KD"),
    ],
)
def test_ir_igbt_numbering(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (IFX, IR, base)


@pytest.mark.parametrize(("text", "base"), [("VSKT56/16", "VSKT56"), ("VSKD320-24", "VSKD320")])
def test_vishay_power_modules(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (VISHAY, base)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("IPN70R1K4P7SATMA1", "IPN70R1K4P7S"),
        ("IAUS300N08S5N012", "IAUS300N08S5N012"),
        ("IAUTN08S5N012LATMA1", "IAUTN08S5N012L"),
    ],
)
def test_infineon_coolmos_kilo_ohm_and_automotive_toll(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (IFX, base)


@pytest.mark.parametrize(("text", "base"), [("ZR431LF01TA", "ZR431L"), ("ZR431L01", "ZR431L")])
def test_zetex_shunt_reference(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (DIODES, "Zetex", base)


@pytest.mark.parametrize("text", ["IGOT60R070D1", "IGLD60R070D1AUMA1", "60R070D1", "K10DRC2"])
def test_infineon_coolgan_and_rc_igbt_markings(text: str) -> None:
    assert identify(text).manufacturer == IFX


@pytest.mark.parametrize(
    ("text", "base"),
    [("AIKW50N60CTXKSA1", "AIKW50N60CT"), ("AK50DCT", "AK50DCT")],
)
def test_infineon_automotive_igbt_and_marking(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (IFX, base)


def test_onsemi_ignition_igbt() -> None:
    result = identify("NGB18N40CLBT4G")
    assert (result.manufacturer, result.base_part, result.mpn) == (
        ONSEMI,
        "NGB18N40CLB",
        "NGB18N40CLBT4G",
    )


def test_vishay_telefunken_brand() -> None:
    result = identify("VISHAY TELEFUNKEN TSOP1738")
    assert (result.manufacturer, result.brand) == (VISHAY, "Vishay Telefunken")


@pytest.mark.parametrize("text", ["74LVC1G08W5-7", "74LVC1G08SE-7", "74LVC2G08HD4-7"])
def test_diodes_single_gate_logic_with_package_and_reel(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.mpn) == (DIODES, text)
    assert identify("74LVC1G08").manufacturer is None


def test_infineon_litix_series() -> None:
    assert identify("LITIX LED driver").manufacturer == IFX
