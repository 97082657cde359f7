"""Texas Instruments top-side marks from ordering tables (2): the device marks TI data
sheets list for their orderable numbers ("Marked as" beside the pinout, or the TOP-SIDE
MARKING column of ORDERING INFORMATION) where the mark differs from the number (sources
in texas-instruments.yml, section "Top-side marks from ordering tables (2)").
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import identify

TI = "Texas Instruments"


def assert_ti_mark(text: str, base: str, category: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (TI, TI), result.reason
    assert (result.base_part, result.category) == (base, category)


@pytest.mark.parametrize(
    ("orderable", "mark"),
    [
        ("SN65LVDS31D", "LVDS31"),  # SLLS261F: Marked as LVDS31 or 65LVDS31
        ("SN65LVDS31D", "65LVDS31"),
        ("SN65LVDS048AD", "LVDS048A"),  # SLLS451B: D marked LVDS048A
        ("SN65LVDS048APW", "DL048A"),  # SLLS451B: PW marked DL048A
        ("SN65LVDS104PW", "LVDS104"),  # SLLS396F: D or PW marked LVDS104
        ("SN65LVDS105D", "LVDS105"),  # SLLS396F: D or PW marked LVDS105
        ("SN65LVDS1050PW", "DL1050"),  # SLLS343B: Marked as DL1050 or LDS1050
        ("SN65LVDS1050PW", "LDS1050"),
    ],
)
def test_lvds_marks(orderable: str, mark: str) -> None:
    assert_ti_mark(mark, mark, "interface IC")
    assert identify(orderable).manufacturer == TI


@pytest.mark.parametrize(
    ("orderable", "mark"),
    [
        ("SN65LBC184D", "6LB184"),  # SLLS236F
        ("SN75LBC184D", "7LB184"),
        ("SN65LBC184P", "65LBC184"),
        ("SN75LBC184P", "75LBC184"),
        ("SN65LBC179AD", "BL179A"),  # SLLS377C
        ("SN75LBC179AD", "LB179A"),
        ("SN65LBC179AP", "65LBC179A"),
        ("SN75LBC179AP", "75LBC179A"),
        ("SN65LBC176QDRQ1", "L176Q1"),  # SGLS211A ordering information
    ],
)
def test_rs485_transceiver_marks(orderable: str, mark: str) -> None:
    assert_ti_mark(mark, mark, "RS-485 transceiver")
    assert identify(orderable).manufacturer == TI


@pytest.mark.parametrize("mark", ["PG96", "PG715"])  # SCPS144B, SCPS145A: SOIC D
def test_i2c_bus_buffer_marks(mark: str) -> None:
    assert_ti_mark(mark, mark, "interface IC")


def test_a_mark_with_the_date_line_before_it() -> None:
    result = identify("2BK 7LB184")  # TI's YMS line recorded before the mark
    assert (result.manufacturer, result.base_part) == (TI, "7LB184")


@pytest.mark.parametrize(
    "text",
    [
        # other LVDS numbers whose tables are not at hand, or more characters glued on
        "LVDS32",
        "LVDS310",
        "65LVDS32",
        "LVDS048",
        "DL048",
        "LVDS106",
        "DL1051",
        "LDS1050A",
        # the LBC marks need their documented letters and digits
        "6LB1840",
        "8LB184",
        "LB179",
        "BL179",
        "LB180A",
        "85LBC179A",
        "L176Q",
        "L176Q2",
        # bus-buffer marks read only whole
        "PG960",
        "PG96A",
        "PG7150",
        "PG716",
        "7DS",
    ],
)
def test_near_misses_stay_unread(text: str) -> None:
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize(
    ("orderable", "mark", "category"),
    [
        ("SN65LVDM176D", "DM176", "interface IC"),  # SLLS320D: DM176 or LVM176
        ("SN65LVDM176D", "LVM176", "interface IC"),
        ("SN75ALS180D", "75ALS180", "RS-485 transceiver"),  # SLLS052G ordering information
        ("SN65ALS180DR", "65ALS180", "RS-485 transceiver"),
        ("ULN2003APWR", "UN2003A", "driver IC"),  # SLRS027G: TSSOP PW
    ],
)
def test_more_documented_marks(orderable: str, mark: str, category: str) -> None:
    assert_ti_mark(mark, mark, category)
    if not orderable.startswith("ULN"):  # ULN2003A is second-sourced: the number stays shared
        assert identify(orderable).manufacturer == TI


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("L2903V", "L2903V"),  # SLCS005W: LM2903VQDR / LM2903VQPWR
        ("L2903AV", "L2903AV"),  # SLCS005W: LM2903AVQDR / LM2903AVQPWR
        ("L2903VK", "L2903V"),  # the one site character TI adds after the mark
        ("L2903AV3", "L2903AV"),
    ],
)
def test_the_lm2903v_mark_with_or_without_its_site_character(text: str, base: str) -> None:
    assert_ti_mark(text, base, "integrated circuit")


@pytest.mark.parametrize(
    "text",
    [
        "L2903",  # LM2903 without V: its mark is not in the table at hand
        "L2903VXX",  # more than the one site character
        "L2904V",
        "UN2003",
        "UN2003AB",
        "UN2004A",
        "DM1760",
        "LVM1760",
        "M76",
        "85ALS180",
        "75ALS181",
    ],
)
def test_more_near_misses_stay_unread(text: str) -> None:
    assert identify(text).manufacturer != TI


@pytest.mark.parametrize(
    ("mark", "category"),
    [
        ("T3474A", "operational amplifier"),  # tl3474a_oa: TL3474ACPWR (TSSOP PW)
        ("7705AC", "supervisor"),  # tl7709a_oa: TL7705ACD/ACDR
        ("7705AI", "supervisor"),  # TL7705AID/AIDR
        ("7702AC", "supervisor"),  # TL7702ACD/ACDR
        ("7702AI", "supervisor"),  # TL7702AID/AIDR
        ("T7705A", "supervisor"),  # TL7705ACPSR (SO PS)
        ("TY431A", "voltage reference"),  # tlv431b_oa: TLV431AID (SOIC)
        ("V431AC", "voltage reference"),  # TLV431ACLP (TO-92)
        ("ZA431A", "voltage reference"),  # tlvh432a_oa: TLVH431ACLP (TO-92)
        ("CM0174B", "logic IC"),  # SCHS104C addendum: CD40174BPW (TSSOP)
        ("CM009UB", "logic IC"),  # SCHS020C addendum: CD4009UBPWR (TSSOP)
    ],
)
def test_marks_from_package_option_addenda(mark: str, category: str) -> None:
    assert_ti_mark(mark, mark, category)


def test_the_opa170_soic_mark() -> None:
    result = identify("O170A")  # opa4170_oa: OPA170AID/AIDR
    assert (result.manufacturer, result.brand) == (TI, "Burr-Brown"), result.reason
    assert (result.base_part, result.category) == ("O170A", "operational amplifier")


def test_an_addendum_mark_beside_the_date_line() -> None:
    result = identify("TI 7705AC 23K")
    assert (result.manufacturer, result.base_part) == (TI, "7705AC")


@pytest.mark.parametrize(
    "text",
    [
        "T3474",
        "T3474AI",
        "T3472A",  # a neighbour whose addendum is not at hand
        "7705A",
        "7705ACX",
        "7709AC",
        "7705AQ",
        "T7702A",
        "TY431",
        "TY431B",
        "V431A",
        "V431ACX",
        "ZA431",
        "ZA432A",
        "O170",
        "O170B",
        "O2170A",  # OPA2170's mark is not in the part of the addendum at hand
        "OSVI",
        "CM0174",
        "CM0175B",
        "CM01740B",
        "CM009B",
        "CM010B",  # CD4010BPWR's mark is not in the part of the addendum at hand
    ],
)
def test_addendum_near_misses_stay_unread(text: str) -> None:
    assert identify(text).manufacturer != TI
