"""Infineon top-side markings and Cypress/Spansion orderable numbers, second wave.

Every positive case is a marking printed in the "Marking" column of the Infineon data
sheet cited by the family in infineon.yml (650 V CoolMOS E6/CFD/CFDA/CFD7/CFD7A, CoolMOS
CE/P7/PFD7 in SOT-223 and narrow-lead FullPAK, OptiMOS-T 100 V, TLE925x CAN
transceivers), or an ordering part number from a Cypress/Ramtron F-RAM or HyperRAM data
sheet. The negative cases are neighbouring strings the grammars must leave alone.
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, assert_suffix_fields, identify

IFX = "Infineon Technologies"
CYPRESS = "Cypress Semiconductor"
SPANSION = "Spansion"


@pytest.mark.parametrize(
    "text",
    [
        "3N10L16",  # IPB50N10S3L-16 / IPI50N10S3L-16 / IPP50N10S3L-16, OptiMOS-T
        "3N1211",  # IPB70N12S3-11 / IPI70N12S3-11 / IPP70N12S3-11
        "QN0407",  # IPD70N04S3-07, OptiMOS-T in DPAK
        "QN1012",  # IPD70N10S3-12
        "QN12L12",  # IPD70N12S3L-12
        "4N1003",  # IPB/IPI/IPP120N10S4-03, OptiMOS-T2 100 V
        "4N1005",  # IPB/IPI/IPP120N10S4-05
        "4N04LH1",  # IPB160N04S4L-H1
        "013N08LF",  # IPT013N08NM5LF, OptiMOS 5 linear FET
        "50S800",  # IPN50R800CE
        "50S950",  # IPN50R950CE
        "65E6190",  # IPx65R190E6, CoolMOS E6
        "65F6080",  # IPW65R080CFD, CoolMOS CFD
        "65F6660A",  # IPB65R660CFDA / IPP65R660CFDA, CoolMOS CFDA
        "65R041F7",  # IPP65R041CFD7, CoolMOS CFD7
        "65A050F7",  # IPBE65R050CFD7A, CoolMOS CFD7A
        "50S650",  # IPN50R650CE, CoolMOS CE in SOT-223
        "60S360",  # IPN60R360P7S, CoolMOS P7 in SOT-223
        "60S360D7",  # IPAN60R360PFD7S, CoolMOS PFD7
        "60S1K5",  # IPN60R1K5CE
        "65S650CE",  # IPAN65R650CE
        "65S1K0CE",  # IPA65R1K0CE
        "70S600",  # IPN70R600P7S, 700 V CoolMOS P7
        "60C7120",  # IPP60R120C7, 600 V CoolMOS C7
        "60R045P7",  # IPW60R045P7, 600 V CoolMOS P7
        "80R900P7",  # IPS80R900P7, 800 V CoolMOS P7
        "60R040S7",  # IPT60R040S7, CoolMOS S7
        "95R3K7",  # IPN95R3K7P7, 950 V CoolMOS P7 in SOT-223
        "0402NS",  # BSC0402NS, OptiMOS 5 150 V
        "0502NSI",  # BSC0502NSI, OptiMOS 5 30 V
        "0902NSI",  # BSC0902NSI, OptiMOS 30 V
        "0501NSI",  # BSC0501NSI
        "0901NSI",  # BSZ0901NSI
        "011N03LI",  # BSC011N03LSI
        "100N03MS",  # BSC100N03MS G, OptiMOS3 M-series
        "033N03MS",  # BSO033N03MS G
    ],
)
def test_infineon_mosfet_marks(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "MOSFET")


def test_coolmos_mark_with_date_code_line() -> None:
    assert_identified(identify("65F6080 H1234"), IFX, IFX, "65F6080", None, "MOSFET")


@pytest.mark.parametrize("text", ["9250X", "9250V", "9251V"])
def test_infineon_can_transceiver_marks(text: str) -> None:
    # TLE9250XLE/XSJ, TLE9250VLE/VSJ, TLE9251VLE/VSJ
    assert_identified(identify(text), IFX, IFX, text, None, "CAN transceiver")


@pytest.mark.parametrize(
    "text",
    [
        "3N10016",  # the 100 V OptiMOS-T mark documented is logic level (3N10L16)
        "3N10L1",  # RDS(on) code has two digits
        "3N121",
        "QN0607",  # no 60 V DPAK mark is documented
        "QN12012",
        "QN10L12",
        "4N100",
        "4N10033",
        "4N04LH12",
        "013N10LF",
        "65E619",  # RDS(on) is three digits
        "65E61900",
        "65F6080B",  # only the CFDA ending A is documented
        "65R041F6",  # CFD7 marks end in F7
        "65X050F7",
        "50S65",
        "60S360D6",  # PFD7 marks end in D7
        "60S360CE",  # no 600 V CE mark with a 3-digit RDS(on) and CE is documented
        "65S650",  # the 650 V CE FullPAK mark carries CE
        "70S60",
        "60C712",
        "60R045",  # P7 marks carry the technology
        "80R900P6",
        "60R040S6",
        "95R3K",
        "95R37K",
        "0902NS",  # the data sheet marks BSC0902NSI with the I
        "0402NSI",
        "0501NS",
        "0903NSI",
        "011N04LI",  # the LI mark documented is 30 V
        "100N03M",
        "100N03MSX",
        "9250",
        "9250XY",
        "9252V",
        "9251X",
    ],
)
def test_near_miss_marks_stay_unknown(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != IFX, (text, result.base_part)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("FM24C16B-G", "FM24C16B"),
        ("FM24C16B-GTR", "FM24C16B"),
        ("FM24C04B-G", "FM24C04B"),
        ("FM24C04B-GTR", "FM24C04B"),
        ("FM25040B-GA", "FM25040B"),
        ("FM25VN10-GTR", "FM25VN10"),
        ("FM25LX64-GTR", "FM25LX64"),
        ("FM22L16-55-TG", "FM22L16"),
        ("FM22LD16-55-BGTR", "FM22LD16"),
        ("FM21LD16-60-BGTR", "FM21LD16"),
        ("FM25640B-GATR", "FM25640B"),
        ("FM25640C-G", "FM25640C"),
        ("FM25P16-G", "FM25P16"),
    ],
)
def test_fram_ordering_numbers(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, IFX, CYPRESS, base, text, "FRAM")


def test_parallel_fram_suffix_decoded() -> None:
    result = identify("FM22L16-55-TG")
    assert_suffix_fields(
        result,
        {"speed": ("55", "55 ns access time"), "package": ("TG", "44-pin green/RoHS TSOP-II")},
    )


@pytest.mark.parametrize("text", ["FM21L16", "FM16W08"])
def test_fram_base_numbers(text: str) -> None:
    assert_identified(identify(text), IFX, CYPRESS, text, None, "FRAM")


def test_fram_suffix_decoded() -> None:
    result = identify("FM25040B-GA")
    assert_suffix_fields(result, {"grade": ("A", "automotive, -40 to +125 C")})
    result = identify("FM24C16B-GTR")
    assert_suffix_fields(result, {"reel": ("TR", "tape and reel")})


@pytest.mark.parametrize(
    "text",
    [
        "FM24C16B",  # without the F-RAM ending the FM24C number is not Cypress's alone
        "FM24C04B",
        "FM24C08B-G",  # no FM24C08B in the data sheets cited
        "FM25041B-GA",
        "FM25VN11",
        "FM22L17",
        "FM25640A-G",
        "FM25P32-G",
    ],
)
def test_fram_near_misses_are_not_cypress(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.brand != CYPRESS, (text, result.base_part)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("S27KL0641", "S27KL0641"),
        ("S27KS0641", "S27KS0641"),
        ("S70KL1281", "S70KL1281"),
        ("S70KS1281", "S70KS1281"),
        ("S27KL0642GABHA020", "S27KL0642"),
        ("S27KS0642GABHB020", "S27KS0642"),
    ],
)
def test_hyperram(text: str, base: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.brand) == (IFX, SPANSION)
    assert (result.base_part, result.category) == (base, "DRAM")


@pytest.mark.parametrize("text", ["S27KL0643", "S27KL1281", "S70KL0641"])
def test_hyperram_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.category != "DRAM", (text, result.base_part)


@pytest.mark.parametrize(
    "text",
    [
        "H20R1203",  # IHW20N120R3, induction heating RC-IGBT
        "H30R1203",  # IHW30N120R3
        "H20R1353",  # IHW20N135R3
        "H30R1353",  # IHW30N135R3
        "H40R1353",  # IHW40N135R3
        "H20ER5",  # IHW20N65R5
        "H30ER5",  # IHW30N65R5
        "H40ER5",  # IHW40N65R5
        "H40ER5S",  # IHFW40N65R5S, isolated HSIP247
        "H40MR5",  # IHW40N120R5
        "H20PR5",  # IHW20N135R5
        "H40PR5",  # IHW40N135R5
    ],
)
def test_reverse_conducting_igbt_marks(text: str) -> None:
    assert_identified(identify(text), IFX, IFX, text, None, "IGBT")


def test_rc_igbt_mark_with_date_code() -> None:
    assert_identified(identify("H20R1203 G1234"), IFX, IFX, "H20R1203", None, "IGBT")


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("IHW20N120R3", "IHW20N120R3"),
        ("IHW30N120R3FKSA1", "IHW30N120R3"),
        ("IHW20N65R5XKSA1", "IHW20N65R5"),
        ("IHW40N135R5XKSA1", "IHW40N135R5"),
        ("IHFW40N65R5S", "IHFW40N65R5S"),
    ],
)
def test_reverse_conducting_igbt_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.base_part, result.category) == (IFX, base, "IGBT")


@pytest.mark.parametrize(
    "text",
    ["H20R120", "H20R1202", "H20R12030", "H20ER4", "H20XR5", "H20MR5S", "H2R1203", "IHW20N100R3"],
)
def test_rc_igbt_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != IFX, (text, result.base_part)


@pytest.mark.parametrize("text", ["S3035TF", "S3011TE", "4300SGA"])
def test_smart_switch_marks(text: str) -> None:
    # HITFET BTS3035TF, BTS3011TE; PROFET BTS4300SGA
    assert_identified(identify(text), IFX, IFX, text, None, "power management IC")


@pytest.mark.parametrize("text", ["S3035T", "S3035TE", "S3011TF", "4300SG", "4300SGB"])
def test_smart_switch_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != IFX, (text, result.base_part)


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("IMW120R007M1H", "IMW120R007M1H"),
        ("IMW120R007M1HXKSA1", "IMW120R007M1H"),
        ("IMZA65R083M1H", "IMZA65R083M1H"),
        ("IMZC120R012M2H", "IMZC120R012M2H"),
    ],
)
def test_coolsic_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.base_part, result.category) == (IFX, base, "MOSFET")


@pytest.mark.parametrize("text", ["12M1H007", "65R083M1"])
def test_coolsic_marks(text: str) -> None:
    # IMW120R007M1H, IMZA65R083M1H
    assert_identified(identify(text), IFX, IFX, text, None, "MOSFET")


@pytest.mark.parametrize("text", ["12M1H07", "65R083M2", "IMW120R007M2H", "IMZA65R083M1"])
def test_coolsic_near_misses(text: str) -> None:
    result = identify(text)
    assert result.unknown or result.manufacturer != IFX, (text, result.base_part)


@pytest.mark.parametrize(
    ("text", "base", "reel"),
    [
        ("AUIRFS8409-7TRL", "AUIRFS8409", ("TRL", "tape and reel (left)")),
        ("AUIRFS8409-7TRR", "AUIRFS8409", ("TRR", "tape and reel (right)")),
        ("AUIRFS8407TRL", "AUIRFS8407", ("TRL", "tape and reel (left)")),
        ("AUIRFR8403TRL", "AUIRFR8403", ("TRL", "tape and reel (left)")),
    ],
)
def test_auir_reel_ending_is_not_part_of_the_base(
    text: str, base: str, reel: tuple[str, str]
) -> None:
    result = identify(text)
    assert_identified(result, IFX, "International Rectifier", base, text, "MOSFET")
    assert_suffix_fields(result, {"reel": reel})


def test_auir_seven_pin_tube() -> None:
    result = identify("AUIRFS8409-7P")
    assert_identified(
        result, IFX, "International Rectifier", "AUIRFS8409", "AUIRFS8409-7P", "MOSFET"
    )
    assert_suffix_fields(result, {"pins": ("-7P", "D2Pak 7 pin, tube")})


def test_imotion_numbers_are_not_read_out_of_a_longer_number() -> None:
    """IMC101T is Infineon's iMOTION controller; IMC1210ER1R0K (a Vishay Dale IMC-1210
    inductor code) is not IMC121 with a rest."""
    assert identify("IMC101T").manufacturer == "Infineon Technologies"
    assert identify("IMC1210ER1R0K").manufacturer != "Infineon Technologies"
