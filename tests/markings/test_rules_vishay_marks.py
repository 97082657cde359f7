"""Vishay marks and orderable forms, from the ordering and marking tables of its data sheets."""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    assert_suffix_fields,
    decoded_suffix,
    identify,
)

VISHAY = "Vishay Intertechnology"
SILICONIX = "Vishay Siliconix"


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [("SI1021R-T1-GE3", "SI1021R", "SI1021R-T1-GE3"),  # document 71410
     ("SI1024X-T1-GE3", "SI1024X", "SI1024X-T1-GE3"),  # document 71170
     ("SI1023X", "SI1023X", None),  # document 71169
     ("SI1012CR-T1-GE3", "SI1012CR", "SI1012CR-T1-GE3"),  # document 67519
     ("SI9945AEY", "SI9945AEY", None)],  # document 70758
)  # fmt: skip
def test_siliconix_small_signal_and_so8_mosfets(text: str, base: str, mpn: str | None) -> None:
    assert_identified(identify(text), VISHAY, SILICONIX, base, mpn, "MOSFET")


def test_the_sc75a_ordering_code_decodes_reel_and_finish() -> None:
    assert_suffix_fields(
        identify("SI1021R-T1-GE3"),
        {"reel": ("-T1", "tape and reel"), "finish": ("-GE3", "lead (Pb)-free and halogen-free")},
    )


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [("SIC402ACD-T1-GE3", "SIC402A", "SIC402ACD-T1-GE3"),  # document 63729
     ("SIC401BCD", "SIC401B", "SIC401BCD"),  # document 63835
     ("SIC437", "SIC437", None),
     ("SIC461", "SIC461", None)],
)  # fmt: skip
def test_microbuck_regulators(text: str, base: str, mpn: str | None) -> None:
    assert_identified(identify(text), VISHAY, SILICONIX, base, mpn, "power management IC")


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [("IL420", "IL420", None),
     ("IL4208-X007T", "IL4208", "IL4208-X007T"),
     ("IL4118", "IL4118", None),
     ("CNY70", "CNY70", None)],
)  # fmt: skip
def test_optocouplers_and_reflective_sensor(text: str, base: str, mpn: str | None) -> None:
    assert_identified(identify(text), VISHAY, VISHAY, base, mpn, "photosensitive device")


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [("BYG20J-E3/TR", "BYG20J", "BYG20J-E3/TR"),  # ordering code of document 88958
     ("BYG20DHE3/TR3", "BYG20D", "BYG20DHE3/TR3"),
     ("BYG10M-M3", "BYG10M", "BYG10M-M3")],
)  # fmt: skip
def test_byg_rectifiers_with_vishay_endings(text: str, base: str, mpn: str) -> None:
    brand = "Vishay General Semiconductor"
    assert_identified(identify(text), VISHAY, brand, base, mpn, "diode")


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [("TZMC2V7-GS08", "TZMC2V7", "TZMC2V7-GS08"),  # ordering codes of document 84122
     ("TZMB22-GS18", "TZMB22", "TZMB22-GS18")],
)  # fmt: skip
def test_tzm_zeners_with_the_gs_reel_code(text: str, base: str, mpn: str) -> None:
    assert_identified(identify(text), VISHAY, VISHAY, base, mpn, "diode")


@pytest.mark.parametrize(
    "text",
    ["BYG20J",  # device marking code, also a Taiwan Semiconductor number
     "BYG10M",
     "BYW56-TR",
     "BYT56M",
     "BYV28-200",
     "BZT03C6V2-TR",
     "BZG03C15-TR3",
     "TZMC5V1",
     "BPW34",
     "BP104S"],
)  # fmt: skip
def test_second_sourced_numbers_stay_unknown_without_a_name(text: str) -> None:
    result = identify(text)
    assert result.unknown
    assert result.base_part is not None


@pytest.mark.parametrize(
    ("text", "base"),
    [("VISHAY BYG20J", "BYG20J"),
     ("VISHAY BYW56", "BYW56"),
     ("VISHAY BPW34", "BPW34"),
     ("VISHAY BZG03C15", "BZG03C15")],
)  # fmt: skip
def test_second_sourced_numbers_name_vishay_with_its_name(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part) == (VISHAY, base)


@pytest.mark.parametrize(
    "text",
    ["SI1012",  # no package letter
     "SI1000-C-GM",  # Silicon Labs wireless MCU
     "SI9946AEY",  # only Si9945AEY is documented in the old form
     "CNY700",
     "IL41050",  # NVE's CAN transceiver
     "SIC4375"],
)  # fmt: skip
def test_near_misses_are_not_read_as_these_vishay_parts(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != VISHAY


@pytest.mark.parametrize(
    ("text", "base"),
    [("MBR1045-E3/45", "MBR1045"),  # ordering code of document 88669
     ("MBRB1045-E3/81", "MBRB1045"),
     ("MBRF1060HE3/45", "MBRF1060"),
     ("GBU4M-E3/45", "GBU4M"),  # document 88614
     ("GBU8M-E3/45", "GBU8M"),  # document 88616
     ("DF06S-E3/77", "DF06S"),  # document 88573
     ("S1J-E3/61T", "S1J")],  # document 88711
)  # fmt: skip
def test_general_semiconductor_rectifiers_with_vishay_endings(text: str, base: str) -> None:
    brand = "Vishay General Semiconductor"
    assert_identified(identify(text), VISHAY, brand, base, text, "diode")


@pytest.mark.parametrize("text", ["MBRB1045", "GBU8K", "DF06S", "DF06M", "S1M"])
def test_bare_rectifier_numbers_are_shared(text: str) -> None:
    result = identify(text)
    assert result.unknown
    assert result.base_part == text


@pytest.mark.parametrize("text", ["GBU4", "DF06", "MBR1045-E4", "GBU4N-E3/45"])
def test_rectifier_near_misses_are_not_vishay(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != VISHAY


@pytest.mark.parametrize(
    ("text", "base"),
    [("WSR25L000FEA", "WSR2"),  # global part number example of the WSR data sheet
     ("DALE WSR2 .01 1%", "WSR2"),  # part marking: DALE, model, value, tolerance
     ("WSR3R0050FEA", "WSR3"),
     ("WSLT2512R0500FEA", "WSLT2512"),
     ("WSLS2512R0150FHEB", "WSLS2512"),
     ("WSF25151K500JKTA", "WSF2515"),  # global part numbering example of the WSF sheet
     ("WSK1206R0100FEA", "WSK1206")],
)  # fmt: skip
def test_dale_power_resistors(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (VISHAY, "Vishay Dale", base)
    assert result.category == "resistor"


@pytest.mark.parametrize("text", ["VJ1206A101JXAAT", "VJ2220Y104KXAAT"])
def test_vitramon_mlcc_sizes_from_1206_up(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.category) == (VISHAY, "MLCC")


@pytest.mark.parametrize("text", ["WSR23", "WSR4", "WSF2013", "WSLT1206"])
def test_dale_resistor_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != VISHAY


@pytest.mark.parametrize(
    ("text", "base", "ctr", "option"),
    [("SFH617A-3X007T", "SFH617A", "-3", "X007"),  # ordering scheme SFH617A-#X0##T
     ("VO618A-3X007T", "VO618A", "-3", "X007"),  # ordering scheme VO618A-#X0##T
     ("VO617A-2X001", "VO617A", "-2", "X001")],
)  # fmt: skip
def test_optocoupler_ctr_bin_and_package_option(
    text: str, base: str, ctr: str, option: str
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (VISHAY, base, text)
    codes = {field: code for field, (code, _meaning) in decoded_suffix(result).items()}
    assert (codes.get("ctr"), codes.get("option")) == (ctr, option)


def test_the_dashed_option_without_a_bin_still_reads() -> None:
    result = identify("VO3120-X007T")
    assert_suffix_fields(result, {"option": ("-X007", "SMD (option 7)")})


@pytest.mark.parametrize(
    ("text", "base"),
    [("SQJ444EP-T1_GE3", "SQJ444EP"),  # automotive order codes with "_GE3"
     ("SQS840CENW-T1_GE3", "SQS840CENW"),
     ("SQJQ142E-T1_GE3", "SQJQ142E"),  # PowerPAK 8 x 8L
     ("SQJB40EP-T1_GE3", "SQJB40EP"),  # PowerPAK SO-8L dual
     ("SMMA511DJ-T1-GE3", "SMMA511DJ")],  # document 65281
)  # fmt: skip
def test_automotive_and_medical_mosfet_order_codes(text: str, base: str) -> None:
    assert_identified(identify(text), VISHAY, SILICONIX, base, text, "MOSFET")


def test_the_automotive_underscore_finish_is_decoded() -> None:
    finish = ("_GE3", "lead (Pb)-free and halogen-free (automotive order code)")
    assert_suffix_fields(identify("SQJ444EP-T1_GE3"), {"finish": finish})


@pytest.mark.parametrize(
    ("text", "base"),
    [("6CWQ10FNPBF", "6CWQ10FN"),  # IR/Vishay 100 V D-PAK Schottky, document 93386
     ("12CWQ10FNTRPBF", "12CWQ10FN"),
     ("VS-HFA08TB60-N3", "VS-HFA08TB60")],  # HEXFRED with the VS- prefix and -N3
)  # fmt: skip
def test_ex_ir_rectifiers_with_vishay_endings(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (VISHAY, base, text)


def test_the_bare_100_v_dpak_schottky_is_shared() -> None:
    result = identify("6CWQ10FN")
    assert result.unknown
    assert result.base_part == "6CWQ10FN"


@pytest.mark.parametrize(
    ("text", "base", "category"),
    [("RCS040210R0FKED", "RCS0402", "resistor"),  # document 20065
     ("RCA12101K24DKEA", "RCA1210", "resistor"),
     ("VY2102M29Y5US63V7", "VY2102M29Y5U", None),  # document 28535
     ("MAL212325109E3", "MAL212325109", "aluminium electrolytic capacitor")],  # doc 28355
)  # fmt: skip
def test_more_passive_order_codes(text: str, base: str, category: str | None) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (VISHAY, base, category)


def test_the_anti_surge_chip_resistor_code_is_decoded() -> None:
    result = identify("RCS040210R0FKED")
    assert result.mpn == "RCS040210R0FKED"
    assert_suffix_fields(result, {"tolerance": ("F", "±1 %"), "tcr": ("K", "±100 ppm/K")})


@pytest.mark.parametrize("text", ["MAL2123251", "VY3102M29Y5U", "RCS0804"])
def test_passive_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != VISHAY


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [("V10PN50", "V10PN50", None),  # product sheet VMN-PT0378
     ("V15PN50-M3/86A", "V15PN50", "V15PN50-M3/86A"),
     ("V10PM153HM3", "V10PM153", "V10PM153HM3"),
     ("V10D100C-M3", "V10D100C", "V10D100C-M3"),  # document 89998
     ("VSSAF3L45-M3/6A", "VSSAF3L45", "VSSAF3L45-M3/6A")],
)  # fmt: skip
def test_tmbs_esmp_rectifiers(text: str, base: str, mpn: str | None) -> None:
    brand = "Vishay General Semiconductor"
    assert_identified(identify(text), VISHAY, brand, base, mpn, "diode")


@pytest.mark.parametrize("text", ["V100PN50", "V1PM1", "VSSAF3L4", "V10PX50"])
def test_tmbs_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != VISHAY


@pytest.mark.parametrize(
    ("text", "valid"),
    [("T70HF80", True),  # document 93587
     ("T110HF100", True),
     ("T70HF90", False),  # no 90 voltage code
     ("SD703C12S30L", True),  # document 93179
     ("SD703C13S30L", False)],
)  # fmt: skip
def test_power_rectifier_modules_and_puk_diodes(text: str, valid: bool) -> None:
    result = identify(text)
    if valid:
        assert (result.manufacturer, result.base_part, result.category) == (VISHAY, text, "diode")
    else:
        assert result.unknown or result.manufacturer != VISHAY


def test_6n137_is_shared_unless_vishay_option_code() -> None:
    assert identify("6N137").unknown
    result = identify("6N137-X007T")
    assert (result.manufacturer, result.base_part, result.mpn) == (VISHAY, "6N137", "6N137-X007T")


@pytest.mark.parametrize(
    ("text", "base"),
    [("V4148", "V4148"),  # type marking of Vishay's 1N4148 in DO-35
     ("LL42-GS08", "LL42"),  # LL42-GS18 or LL42-GS08
     ("LL43-GS18", "LL43")],
)  # fmt: skip
def test_small_signal_diode_type_marks_and_reel_codes(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (VISHAY, base, "diode")


@pytest.mark.parametrize("text", ["V41480", "LL42", "LL44-GS08"])
def test_small_signal_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != VISHAY


@pytest.mark.parametrize(
    "text", ["VOS618A-3T", "VOL617A-4X001T", "VO615A-4X017T", "VOM617A-3T"]
)  # ordering schemes VOS618A-#X001T, VOL617A-#X001T, VO615A-#X0##T
def test_ctr_bin_before_the_reel_letter(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.mpn) == (VISHAY, text)


@pytest.mark.parametrize(
    ("text", "base"),
    [("VBUS05B1-SD0-G4-08", "VBUS05B1-SD0"),  # document 85899
     ("VBUS054B-HSF-GS08", "VBUS054B-HSF")],  # document 81624
)  # fmt: skip
def test_vbus_esd_protection(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.category) == (VISHAY, base, "diode")


@pytest.mark.parametrize(
    ("text", "resistance", "packaging"),
    [("WSL2512R0100FEA", "R0100", "EA"),
     ("WSLP1206R0100FEA", "R0100", "EA"),  # global part numbering example of WSLP
     ("WSR25L000FEA", "5L000", "EA"),  # global part numbering example of WSR
     ("WSR2R0100FEK", "R0100", "EK")],
)  # fmt: skip
def test_power_metal_strip_global_part_numbers(text: str, resistance: str, packaging: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.mpn) == (VISHAY, text)
    codes = {field: code for field, (code, _meaning) in decoded_suffix(result).items()}
    assert (codes["resistance"], codes["tolerance"], codes["packaging"]) == (
        resistance,
        "F",
        packaging,
    )


@pytest.mark.parametrize(
    ("text", "base"),
    [("MBR1545CT-E3/45", "MBR1545CT"),  # document 88670, base P/N-E3
     ("MBRF1560CTHE3/45", "MBRF1560CT"),
     ("MBRB1545CTPBF", "MBRB1545CT"),  # VS-MBRB15..CTPbF
     ("MBRB1545CTTRLPBF", "MBRB1545CT"),
     ("MBR745-N3", "MBR745")],  # VS-MBR745-N3
)  # fmt: skip
def test_center_tap_schottky_with_vishay_endings(text: str, base: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (VISHAY, base, text)


@pytest.mark.parametrize("text", ["MBRB1545CT", "MBR745"])
def test_bare_center_tap_schottky_is_shared(text: str) -> None:
    result = identify(text)
    assert result.unknown
    assert result.base_part == text


def test_a_named_maker_keeps_its_center_tap_schottky() -> None:
    assert identify("ONSEMI MBRB1545CT").manufacturer == "onsemi"
