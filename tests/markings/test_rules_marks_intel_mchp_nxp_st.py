"""Ordering codes and top marks of Intel, Altera, Microchip (Atmel, Actel), NXP
(Freescale), STMicroelectronics and Semtech added from the makers' documents.

Every positive case is an ordering code or a mark printed in the document the family
cites (microchip.yml, nxp.yml, ...); the negative cases are neighbouring strings the
grammars must leave alone.
"""

from __future__ import annotations

import pytest

from tests.markings.rule_cases import assert_identified, assert_suffix_fields, identify

MCHP = "Microchip Technology"
NXP = "NXP Semiconductors"
FSL = "Freescale Semiconductor"


# --- NXP (Freescale) MPXAZ / MPXHZ pressure sensors ---------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("MPXAZ6115A6U", "MPXAZ6115A"),  # MPXAZ6115A ordering information, case 482
        ("MPXAZ6115AC6U", "MPXAZ6115A"),  # case 482A, axial port
        ("MPXAZ6115AP", "MPXAZ6115A"),  # case 1369, ported
        ("MPXAZ6115A6T1", "MPXAZ6115A"),  # tape and reel
        ("MPXAZ4115A6U/T1", "MPXAZ4115A"),  # MPX4115A data sheet, P1 side table
        ("MPXAZ4115AC6U", "MPXAZ4115A"),
    ],
)
def test_mpxaz_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, NXP, FSL, base, text, "sensor")


def test_mpxaz_suffix_decodes() -> None:
    assert_suffix_fields(
        identify("MPXAZ6115AC6U"),
        {"port": ("C", "axial port (case 482A)"), "packing": ("6U", "rail")},
    )


@pytest.mark.parametrize(
    "text",
    [
        "MPXAZ6115A",  # the bare number: only the whole order code is read
        "MPXAZ6115",  # no A (absolute) after the number
        "MPXAZ6115AX",  # not a port or packing code
        "MPXBZ6115A6U",  # no B series
    ],
)
def test_mpxaz_near_misses_stay_unknown(text: str) -> None:
    assert identify(text).unknown


# --- Atmel AT49 parallel flash ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("AT49F040-70JC", "AT49F040"),  # AT49F040 data sheet 0998D, PLCC, commercial
        ("AT49F040-90PC", "AT49F040"),  # PDIP
        ("AT49F040A-70PI", "AT49F040A"),  # AT49F040A data sheet 3359A, industrial
        ("AT49BV040B-VU", "AT49BV040B"),  # AT49BV040B data sheet, green
    ],
)
def test_at49_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, MCHP, "Atmel", base, text, "flash memory")


def test_at49_suffix_decodes() -> None:
    assert_suffix_fields(
        identify("AT49F040-70JC"),
        {"speed": ("70", ""), "package": ("J", "32-lead PLCC"), "temp": ("C", "commercial")},
    )


@pytest.mark.parametrize("text", ["AT49", "AT49F04", "AT49X040-70JC"])
def test_at49_near_misses_stay_unknown(text: str) -> None:
    assert identify(text).unknown


# --- Actel ProASIC 500K ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("A500K130-BG456I", "A500K130"),  # ProASIC 500K data sheet v3.0
        ("A500K130-FG144", "A500K130"),
        ("A500K050-PQ208", "A500K050"),
        ("A500K270-FG676", "A500K270"),
    ],
)
def test_proasic_500k_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, MCHP, "Actel", base, text, "FPGA")


def test_proasic_500k_suffix_decodes() -> None:
    assert_suffix_fields(
        identify("A500K130-BG456I"),
        {"package": ("BG", "BGA"), "pins": ("456", ""), "temp": ("I", "industrial (-40 to +85 C)")},
    )


@pytest.mark.parametrize("text", ["A500K100", "A500K1300", "A500K"])
def test_proasic_500k_near_misses_stay_unknown(text: str) -> None:
    assert identify(text).unknown
