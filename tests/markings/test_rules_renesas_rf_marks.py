"""Renesas memories, RF MOSFET and reset ICs (orderable numbers and package marks), RFMD's
NBB-500 and MACOM's NPA1008 / MASW8000 ordering codes. Cases are the documents' own
ordering-information rows and marks; sources in renesas.yml, qorvo.yml and macom.yml."""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, decoded_suffix, identify

RENESAS = "Renesas Electronics"


@pytest.mark.parametrize(
    ("text", "base", "package", "temp"),
    [
        ("R1LV0408CSP-5SC", "R1LV0408C", "525-mil 32-pin plastic SOP", "-20 to +70 C"),
        ("R1LV0408CSB-7LC", "R1LV0408C", "400-mil 32-pin plastic TSOP II", "-20 to +70 C"),
        ("R1LV0408CSA-5SC", "R1LV0408C", "8 mm x 13.4 mm STSOP", "-20 to +70 C"),
        ("R1LP0408CSP-5SI", "R1LP0408C", "525-mil 32-pin plastic SOP", "-40 to +85 C"),
        ("R1LP0408CSC-7LI", "R1LP0408C", "400-mil 32-pin plastic TSOP II reverse", "-40 to +85 C"),
        ("R1RW0408DGE-2PI", "R1RW0408D", "400-mil 36-pin plastic SOJ", "-40 to +85 C"),
    ],
)  # fmt: skip
def test_renesas_sram_ordering_codes(text: str, base: str, package: str, temp: str) -> None:
    """Ordering Information rows of the R1LV0408C-C, R1LP0408C-I and R1RW0408DI data sheets."""
    result = identify(text)
    assert_identified(result, RENESAS, RENESAS, base, text, "SRAM")
    suffix = decoded_suffix(result)
    assert suffix["package"][1] == package
    assert suffix["temp"][1] == temp


def test_renesas_sram_speed_grades() -> None:
    assert decoded_suffix(identify("R1LV0408CSP-5SC"))["speed"] == ("5", "55 ns")
    assert decoded_suffix(identify("R1LP0408CSB-7LI"))["speed"] == ("7", "70 ns")
    assert decoded_suffix(identify("R1RW0408DGE-2PI"))["speed"] == ("2", "12 ns")


@pytest.mark.parametrize(
    ("text", "package", "finish"),
    [
        ("R1EX24002ASAS0I#U0", "150 mil 8-pin plastic SOP", "halogen free, lead free"),
        ("R1EX24002ASAS0I#S0", "150 mil 8-pin plastic SOP", "lead free"),
        ("R1EX24002ATAS0I#U0", "8-pin plastic TSSOP", "halogen free, lead free"),
        ("R1EX24002ATAS0I#S0", "8-pin plastic TSSOP", "lead free"),
    ],
)
def test_renesas_i2c_eeprom_orderable_numbers(text: str, package: str, finish: str) -> None:
    result = identify(text)
    assert_identified(result, RENESAS, RENESAS, "R1EX24002A", text, "EEPROM")
    suffix = decoded_suffix(result)
    assert (suffix["package"][1], suffix["finish"][1]) == (package, finish)


def test_renesas_rqa0011_is_read_from_its_mark_and_its_order_code() -> None:
    """The data sheet: Marking is "RQA0011"; ordered as RQA0011DNS (HWSON-2)."""
    assert_identified(identify("RQA0011"), RENESAS, RENESAS, "RQA0011", None, "MOSFET")
    result = identify("RQA0011DNS")
    assert_identified(result, RENESAS, RENESAS, "RQA0011", "RQA0011DNS", "MOSFET")
    assert decoded_suffix(result)["package"] == ("DNS", "HWSON-2 (WSON0504-2)")


@pytest.mark.parametrize(
    ("text", "base", "package", "taping"),
    [
        ("RNA51957AFPH0", "RNA51957A", "SOP-8", "2,500 pcs/reel"),
        ("RNA51957APT0", "RNA51957A", "DIP-8", "1,000 pcs/reel"),
        ("RNA51957BFPH0", "RNA51957B", "SOP-8", "2,500 pcs/reel"),
        ("RNA51957BPT0", "RNA51957B", "DIP-8", "1,000 pcs/reel"),
    ],
)
def test_renesas_rna51957_ordering(text: str, base: str, package: str, taping: str) -> None:
    result = identify(text)
    assert_identified(result, RENESAS, RENESAS, base, text, "power management IC")
    suffix = decoded_suffix(result)
    assert (suffix["package"][1], suffix["taping"][1]) == (package, taping)


@pytest.mark.parametrize("text", ["R957A", "R957B", "R51957A", "R51957B"])
def test_renesas_rna51957_package_marks(text: str) -> None:
    """Outline and Article Indication: R957A over the lot line on SOP-8, R51957A on DIP-8."""
    result = identify(f"{text} 1234 567")
    assert (result.manufacturer, result.base_part) == (RENESAS, text)


@pytest.mark.parametrize(
    "text",
    [
        "R957C", "R9570", "R957AB", "R51957", "RNA51957C", "RQA00110", "RQA001",
        "R1EX2402A", "R1LV048CSP-5SC", "R1XX0408CSP-5SC",
    ],
)  # fmt: skip
def test_renesas_near_misses_stay_unread(text: str) -> None:
    result = identify(text)
    assert result.manufacturer != RENESAS or result.base_part != text


def test_an_undocumented_sram_suffix_is_not_decoded() -> None:
    result = identify("R1LV0408CSP-5SX")
    assert result.base_part == "R1LV0408C"
    assert result.mpn is None


@pytest.mark.parametrize(
    ("text", "mpn", "option"),
    [
        ("NBB-500", None, None),
        ("NBB-500-T1", "NBB-500-T1", "tape and reel, 1000 pieces"),
        ("NBB-500-D", "NBB-500-D", "chip form"),
        ("NBB-500-E", "NBB-500-E", "fully assembled evaluation board"),
    ],
)
def test_rfmd_nbb500_ordering_codes(text: str, mpn: str | None, option: str | None) -> None:
    result = identify(text)
    assert_identified(result, "Qorvo", "RF Micro Devices", "NBB-500", mpn, "RF amplifier")
    assert decoded_suffix(result).get("option", (None, None))[1] == option


def test_macom_npa1008_and_masw8000() -> None:
    assert_identified(identify("NPA1008"), "MACOM", "MACOM", "NPA1008", None, "RF amplifier")
    result = identify("NPA1008-SMB")
    assert_identified(result, "MACOM", "MACOM", "NPA1008", "NPA1008-SMB", "RF amplifier")
    assert decoded_suffix(result)["packing"] == ("SMB", "sample board")
    assert_identified(identify("MASW8000"), "MACOM", "MACOM", "MASW8000", None, "RF IC")


@pytest.mark.parametrize("text", ["NBB-5000", "NBB-50", "NPA10080", "NPA100", "MASW80001"])
def test_rf_near_misses_stay_unread(text: str) -> None:
    assert identify(text).unknown


@pytest.mark.parametrize(
    ("text", "base", "mpn", "package"),
    [
        ("HIP4082IBZ", "HIP4082", "HIP4082IBZ", "SOIC"),
        ("HIP4082IBZ-T", "HIP4082", "HIP4082IBZ-T", "SOIC"),
        ("HIP4020IBZ", "HIP4020", "HIP4020IBZ", "SOIC"),
        ("HIP4082", "HIP4082", None, None),
    ],
)
def test_intersil_hip_drivers_keep_the_temperature_letter_out_of_the_base(
    text: str, base: str, mpn: str | None, package: str | None
) -> None:
    """HIP4082 (FN3676, published as HIP4082IBZ-T) and HIP4020 (FN3976, HIP4020IBZT)."""
    result = identify(text)
    assert_identified(result, RENESAS, "Intersil", base, mpn, "driver IC")
    if package:
        suffix = decoded_suffix(result)
        assert suffix["package"] == ("B", package)
        assert suffix["rohs"] == ("Z", "Pb-free (RoHS compliant)")


@pytest.mark.parametrize("text", ["ICL7106", "ICL7107", "ICL7116", "ICL7117", "ICL7126", "ICL8069"])
def test_intersil_icl_converters_are_shared_numbers(text: str) -> None:
    """AN052's converters are second-sourced numbers: alone they name no maker..."""
    assert identify(text).unknown
    # ... beside Intersil's name they are Intersil's
    result = identify(f"INTERSIL {text}")
    assert (result.manufacturer, result.brand, result.base_part) == (RENESAS, "Intersil", text)


@pytest.mark.parametrize("text", ["INTERSIL ICL7108", "INTERSIL ICL71070", "INTERSIL ICL806"])
def test_intersil_icl_near_misses(text: str) -> None:
    assert identify(text).base_part != text.split()[1]


@pytest.mark.parametrize(
    ("text", "brand", "base", "package", "temp"),
    [
        ("ICS85311AMILF", "Integrated Circuit Systems", "ICS85311", "8-lead SOIC", "-40 to 85 C"),
        ("85311AMILF", "IDT", "85311", "8-lead SOIC", "-40 to 85 C"),
        ("841S02CGILF", "IDT", "841S02", "20-lead TSSOP", "-40 to 85 C"),
        ("8312AYLF", "IDT", "8312", "32-lead LQFP", None),
        ("874003BG-05LFT", "IDT", "874003", "20-lead TSSOP", None),
    ],
)  # fmt: skip
def test_idt_hiperclocks_order_codes(
    text: str, brand: str, base: str, package: str, temp: str | None
) -> None:
    """The order codes the IDT data sheets are published under: revision, package, I, LF."""
    result = identify(text)
    assert_identified(result, RENESAS, brand, base, text, "clock IC")
    suffix = decoded_suffix(result)
    assert suffix["package"][1] == package
    assert suffix.get("temp", (None, None))[1] == temp
    assert suffix["rohs"] == ("LF", "lead-free (RoHS 6)")


@pytest.mark.parametrize("text", ["8312", "8312AY", "85311", "874003BG", "8312AXLF", "83120AYLF"])
def test_bare_idt_numbers_need_their_whole_order_code(text: str) -> None:
    assert identify(text).unknown


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("AH110-89", "AH110", "SOT-89"),
        ("AH118-89", "AH118", "SOT-89"),
        ("AH115-S8", "AH115", "SOIC-8"),
        ("AH116-S8", "AH116", "SOIC-8"),
        ("AH215-S8", "AH215", "SOIC-8"),
        ("AH312-S8", "AH312", "SOIC-8"),
    ],
)
def test_wj_amplifiers_with_their_package_code(text: str, base: str, package: str) -> None:
    """WJ's packaging specification 14482 product table; WJ is TriQuint's (Qorvo's) since 2008."""
    result = identify(text)
    assert_identified(result, "Qorvo", "WJ Communications", base, text, "RF amplifier")
    assert decoded_suffix(result)["package"][1] == package


@pytest.mark.parametrize("text", ["CV210-101", "CV210-201", "CV210-301", "CV211-101", "FP31QF"])
def test_wj_mixers_and_fp31qf(text: str) -> None:
    assert_identified(identify(text), "Qorvo", "WJ Communications", text, None, "RF IC")


@pytest.mark.parametrize(
    "text", ["AH118", "AH118-90", "AH119-89", "CV210-401", "CV212-101", "FP31QFX", "FP31"]
)
def test_wj_near_misses_stay_unread(text: str) -> None:
    assert identify(text).unknown


@pytest.mark.parametrize("text", ["AH180", "AH1806"])
def test_diodes_hall_sensors_keep_their_ah_numbers(text: str) -> None:
    assert identify(text).manufacturer == "Diodes Incorporated"


CONSUMER = "-40 to +85 C, for consumer applications (2008 data sheet)"


@pytest.mark.parametrize(
    ("text", "base", "grade"),
    [
        ("R1EX24016ASAS0I#S0", "R1EX24016A", "-40 to +85 C"),
        ("R1EX24016ATAS0I#S0", "R1EX24016A", "-40 to +85 C"),
        ("R1EX24002ASAS0A", "R1EX24002A", CONSUMER),
        ("R1EX24002ATAS0A", "R1EX24002A", CONSUMER),
    ],
)
def test_renesas_i2c_eeprom_other_densities_and_grades(text: str, base: str, grade: str) -> None:
    result = identify(text)
    assert_identified(result, RENESAS, RENESAS, base, text, "EEPROM")
    assert decoded_suffix(result)["grade"][1] == grade


@pytest.mark.parametrize("text", ["R1EX24002ASAS0B", "R1EX24002AXAS0I", "R1EX24002ASAS0I#X0"])
def test_renesas_eeprom_codes_outside_the_tables_are_not_decoded(text: str) -> None:
    assert identify(text).mpn is None


@pytest.mark.parametrize(
    ("text", "base", "category"),
    [
        ("RJK03M5DNS", "RJK03M5DNS", "MOSFET"),
        ("RJK60S4DPE", "RJK60S4DPE", "MOSFET"),
        ("RJH60D7DPK", "RJH60D7DPK", "IGBT"),
        ("RJF0605DPD", "RJF0605DPD", "MOSFET"),
        ("RJF0409JSP", "RJF0409JSP", "MOSFET"),
        ("NP160N04TUK", "NP160N04TUK", "MOSFET"),
        ("NP90N04VUK", "NP90N04VUK", "MOSFET"),
        ("NP45N06VDK", "NP45N06VDK", "MOSFET"),
        ("PS2806-4", "PS2806-4", "photosensitive device"),
        ("PS9313L", "PS9313L", "photosensitive device"),
        ("PS9313L2", "PS9313L2", "photosensitive device"),
    ],
)
def test_renesas_discretes_and_photocouplers(text: str, base: str, category: str) -> None:
    """The numbers of the Renesas data sheets cited in renesas.yml."""
    assert_identified(identify(text), RENESAS, RENESAS, base, None, category)


def test_renesas_discrete_order_codes() -> None:
    result = identify("RJH1CF7RDPQ-80")
    assert_identified(result, RENESAS, RENESAS, "RJH1CF7RDPQ", "RJH1CF7RDPQ-80", "IGBT")
    result = identify("PS2806-1-F3")
    assert_identified(result, RENESAS, RENESAS, "PS2806-1", "PS2806-1-F3", "photosensitive device")
    assert decoded_suffix(result)["taping"] == ("F3", "tape product")


@pytest.mark.parametrize(
    ("text", "base", "plating"),
    [("UPA603CT-T1-A", "UPA603CT", "Sn-Bi"), ("UPA502CT-T1-AT", "UPA502CT", "pure Sn")],
)
def test_nec_upa_order_codes(text: str, base: str, plating: str) -> None:
    result = identify(text)
    assert_identified(result, RENESAS, "NEC Electronics", base, text, "transistor")
    assert decoded_suffix(result)["plating"][1] == plating


def test_nec_upd166105_order_code() -> None:
    result = identify("UPD166105GS-E1-AY")
    assert_identified(
        result, RENESAS, "NEC Electronics", "UPD166105GS", "UPD166105GS-E1-AY", "driver IC"
    )


@pytest.mark.parametrize(
    "text",
    ["RJK03X5DNS", "RJH60D8DPK", "RJF1605DPD", "NP160N4TUK", "NP160P04TUK", "PS2806-2",
     "PS9313", "PS9313L3", "UPA604CT-T1-A"],
)  # fmt: skip
def test_renesas_discrete_near_misses(text: str) -> None:
    result = identify(text)
    assert result.manufacturer != RENESAS or result.base_part != text


@pytest.mark.parametrize(
    ("text", "brand", "base", "packing"),
    [
        ("QPC1022SB", "Qorvo", "QPC1022", "sample bag with 5 pieces"),
        ("QPC1022SR", "Qorvo", "QPC1022", "sample reel"),
        ("QPC1022TR7", "Qorvo", "QPC1022", "tape and reel, 7-inch"),
        ("TQP9309SR", "TriQuint", "TQP9309", "sample reel"),
        ("TQP9309TR13", "TriQuint", "TQP9309", "tape and reel, 13-inch"),
        ("TQP9309EVB-01", "TriQuint", "TQP9309", "evaluation board"),
        ("TQP9113-PCB2140", "TriQuint", "TQP9113", ""),
    ],
)
def test_qorvo_ordering_tables(text: str, brand: str, base: str, packing: str) -> None:
    """Ordering Information rows of the QPC1022, TQP9309 and TQP9113 data sheets."""
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        "Qorvo",
        brand,
        base,
        text,
    )
    assert decoded_suffix(result)["packing"][1] == packing


@pytest.mark.parametrize("text", ["QPC1022SX", "TQP9309EVB-001", "TQP9113-PCB214"])
def test_qorvo_packing_near_misses_are_not_decoded(text: str) -> None:
    assert identify(text).mpn is None


def test_anaren_0606_broadcast_balun() -> None:
    result = identify("B0008K5050A00")
    assert_identified(result, "TTM Technologies", "Anaren", "B0008K5050A00", None, "transformer")


@pytest.mark.parametrize("text", ["B0008K5050AHF", "B0008K5050A0", "B0008J5050A00"])
def test_anaren_balun_near_misses(text: str) -> None:
    assert identify(text).unknown


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("RD74LVC1G32WPE", "RD74LVC1G32", "WCSP-5 pin"),
        ("HD74LVC3G04CPE", "HD74LVC3G04", "WCSP (TBS-6V / TBS-8V)"),
        ("HD74LVC3G04CLE", "HD74LVC3G04", "WCSP (TBS-6AV / TBS-8AV)"),
        ("HD74LVC1G98CPE", "HD74LVC1G98", "WCSP (TBS-6V / TBS-8V)"),
        ("HD74LV1GW97ACME", "HD74LV1GW97A", "CMPAK-6 pin"),
    ],
)
def test_renesas_uni_logic_order_codes(text: str, base: str, package: str) -> None:
    result = identify(text)
    assert_identified(result, RENESAS, RENESAS, base, text, "logic IC")
    assert decoded_suffix(result)["package"][1] == package
    assert decoded_suffix(result)["taping"] == ("E", "3,000 pcs/reel")


@pytest.mark.parametrize("text", ["RD74LVC1G32", "RD74LVC1G04B", "RD74LVC04B", "RD74LVC245B"])
def test_rd74lvc_logic_is_renesas_not_a_mitsubishi_rf_mosfet(text: str) -> None:
    assert_identified(identify(text), RENESAS, RENESAS, text, None, "logic IC")


def test_an_rd74_number_without_a_renesas_grammar_is_not_a_mitsubishi_rf_mosfet() -> None:
    assert identify("RD74LVC245BX").manufacturer != "Mitsubishi Electric"


@pytest.mark.parametrize("text", ["RD15HVF1", "RD16HHF1"])
def test_mitsubishi_rd_mosfets_stay_mitsubishi(text: str) -> None:
    assert identify(text).manufacturer == "Mitsubishi Electric"


@pytest.mark.parametrize(
    ("text", "base", "package", "rohs"),
    [
        ("HIP1011BCB-T", "HIP1011B", ("B", "SOIC"), None),
        ("ISL28134IBZ", "ISL28134", ("B", "SOIC"), ("Z", "Pb-free (RoHS compliant)")),
        ("ISL3172EIBZ-T", "ISL3172E", ("B", "SOIC"), ("Z", "Pb-free (RoHS compliant)")),
    ],
)
def test_intersil_codes_with_and_without_the_pb_free_z(
    text: str, base: str, package: tuple[str, str], rohs: tuple[str, str] | None
) -> None:
    """The leaded HIP1011BCB-T has no Z; the package letter never takes the Z."""
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (RENESAS, base, text)
    assert decoded_suffix(result)["package"] == package
    assert decoded_suffix(result).get("rohs") == rohs


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("5P49V5913A001NLGI8", "5P49V5913"),
        ("5P49V5913A001NLGI", "5P49V5913"),
        ("IDT8T49N006A-001NLGI", "IDT8T49N006"),
    ],
)
def test_idt_programmable_clock_order_codes(text: str, base: str) -> None:
    """5P49V5913 (published as 5P49V5913A001NLGI8) and IDT8T49N006A-dddNLGI."""
    result = identify(text)
    assert_identified(result, RENESAS, "IDT", base, text, "clock IC")
    assert decoded_suffix(result)["package"] == ("NL", "40-lead VFQFN (NL package)")
    assert decoded_suffix(result)["temp"] == ("I", "-40 to 85 C")


@pytest.mark.parametrize("text", ["5P49V5913A01NLGI", "5P49V5913A001NXGI", "5P49V5907B000NDGI"])
def test_idt_clock_codes_outside_the_documents_keep_no_mpn(text: str) -> None:
    assert identify(text).mpn is None


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("HA9P5320-5Z", "HA9P5320", "HA9P5320-5Z"),
        ("HA1-5320-2", "HA1-5320", "HA1-5320-2"),
        ("HA9P5320-7Z", "HA9P5320", None),
    ],
)
def test_intersil_ha5320_order_codes(text: str, base: str, mpn: str | None) -> None:
    """HA-5320 Ordering Information: HA1-5320-2 and HA9P5320-5Z (marked HA9P5320-5Z)."""
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part, result.mpn) == (
        RENESAS,
        "Intersil",
        base,
        mpn,
    )
