"""Rule files of memory, RF, magnetics and connector makers, second set (Renesas'
IDT processors, Würth Elektronik transformers, ...).

Each case is an example given in the maker's documentation cited in its rule file
(ordering information, trademark notices, product marking of the data sheets).
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, decoded_suffix, identify


@pytest.mark.parametrize("text", ["RC64474", "RC64475", "RC64574", "RC4640", "RC32364"])
def test_idt_riscontroller_device_names(text: str) -> None:
    result = identify(text)
    assert_identified(result, "Renesas Electronics", "IDT", text, None, "microprocessor")


def test_idt_riscontroller_trademark_names_the_maker() -> None:
    result = identify("RISController 64-bit")
    assert (result.manufacturer, result.brand) == ("Renesas Electronics", "IDT")


def test_idt_rc_device_name_is_not_a_longer_number() -> None:
    assert identify("RC644741").unknown


@pytest.mark.parametrize("text", ["749023310", "7490240120", "74930000"])
def test_wurth_signal_and_lan_transformer_order_codes(text: str) -> None:
    result = identify(text)
    assert_identified(result, "Würth Elektronik", "Würth Elektronik", text, None, "transformer")


@pytest.mark.parametrize("text", ["74912345", "749812345", "749300001"])
def test_other_digit_runs_beginning_749_are_not_wurth_transformers(text: str) -> None:
    assert identify(text).manufacturer != "Würth Elektronik"


def test_wurth_transformer_order_code_is_not_a_7490_counter() -> None:
    assert identify("SN7490N").manufacturer != "Würth Elektronik"


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("H5MS2562JFR", "H5MS2562JFR", None),
        ("H5MS1222EFP-K3M", "H5MS1222EFP", "H5MS1222EFP-K3M"),
    ],
)
def test_hynix_mobile_ddr_below_one_gigabit(text: str, base: str, mpn: str | None) -> None:
    result = identify(text)
    assert_identified(result, "SK hynix", "SK hynix", base, mpn, "DRAM")


@pytest.mark.parametrize(
    ("text", "base"),
    [("TOS 06-05SM", "TOS06-05SM"), ("TOS 16-12SIL", "TOS16-12SIL"), ("TOS 30-05SM", "TOS30-05SM")],
)
def test_traco_tos_point_of_load_converters(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, "Traco Power", "Traco Power", base, None, "DC-DC converter module")


@pytest.mark.parametrize("text", ["MT29F4G08AAA", "MT29F8G08BAA", "MT29F8G08DAA", "MT29F16G08FAA"])
def test_micron_nand_earlier_three_letter_numbering(text: str) -> None:
    result = identify(text)
    assert_identified(result, "Micron Technology", "Micron Technology", text, None, "flash memory")


@pytest.mark.parametrize(
    ("text", "base"),
    [("F1956NBGI8", "F1956"), ("IDTF1200NBGI8", "IDTF1200"), ("F1240NBGI", "F1240")],
)
def test_idt_rf_attenuators_and_if_vgas(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, "Renesas Electronics", "IDT", base, text, "RF IC")


@pytest.mark.parametrize("text", ["F1956", "F1240", "F1234NBGI", "F1957NBGI", "F1250NBGI8"])
def test_a_bare_f_number_is_not_an_idt_rf_part(text: str) -> None:
    """F + four digits is read as IDT's only with the NBGI code of its data sheets and only
    for the numbers those data sheets show."""
    assert identify(text).manufacturer != "Renesas Electronics"


def test_the_idt_prefix_names_the_rf_part_without_its_suffix() -> None:
    assert_identified(identify("IDTF1951"), "Renesas Electronics", "IDT", "IDTF1951", None, "RF IC")


def test_idt_rf_tape_and_reel_digit() -> None:
    assert decoded_suffix(identify("F1956NBGI8"))["reel"] == ("8", "tape and reel")


@pytest.mark.parametrize("text", ["4525DO", "4525DO-DS"])
def test_meas_4525do_by_its_data_sheet_name(text: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part) == (
        "TE Connectivity",
        "Measurement Specialties",
        "4525DO",
    )


@pytest.mark.parametrize(
    ("text", "base", "mpn"),
    [
        ("GS1524A", "GS1524A", None),
        ("GS9076-CNE3", "GS9076", "GS9076-CNE3"),
        ("GS9090B", "GS9090B", None),
        ("GS1661A", "GS1661A", None),
    ],
)
def test_gennum_sdi_families(text: str, base: str, mpn: str | None) -> None:
    result = identify(text)
    assert_identified(result, "Semtech", "Gennum", base, mpn, "interface IC")


def test_semtech_12g_sdi() -> None:
    assert_identified(identify("GS12190"), "Semtech", "Semtech", "GS12190", None, "interface IC")


@pytest.mark.parametrize("text", ["GS1M", "GS1010FL", "GS8160Z18"])
def test_gennum_families_leave_other_gs_numbers_alone(text: str) -> None:
    assert identify(text).manufacturer != "Semtech"


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("UF3C065040K3S", "UF3C065040", "TO-247-3L"),
        ("UF3SC065007K4S", "UF3SC065007", "TO-247-4L"),
        ("UJ3N120065K3S", "UJ3N120065", "TO-247-3L"),
    ],
)
def test_unitedsic_sic_fets(text: str, base: str, package: str) -> None:
    result = identify(text)
    assert_identified(result, "Qorvo", "UnitedSiC", base, text, "transistor")
    assert decoded_suffix(result)["package"][1] == package


def test_hynix_mobile_sdr() -> None:
    result = identify("H55S1262EFP-75M")
    assert_identified(result, "SK hynix", "SK hynix", "H55S1262EFP", "H55S1262EFP-75M", "DRAM")
