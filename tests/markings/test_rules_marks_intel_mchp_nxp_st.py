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


# --- Semtech TVS arrays ----------------------------------------------------------------

SEMTECH = "Semtech"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("SRV05-4.TCT", "SRV05-4"),  # SRV05-4 data sheet, tape and reel
        ("SMDA05.TBT", "SMDA05"),  # SMDA05 through SMDA24 data sheet
        ("SMDA05-6.TBT", "SMDA05-6"),  # SMDA05-6, six lines
        ("SM15.TCT", "SM15"),  # SM05 through SM36 data sheet
        ("SRDA05-6.TBT", "SRDA05-6"),  # SRDA3.3-6 and SRDA05-6 data sheet
    ],
)
def test_semtech_tvs_order_codes(text: str, base: str) -> None:
    result = identify(text)
    assert_identified(result, SEMTECH, SEMTECH, base, text, "diode")
    assert_suffix_fields(result, {"reel": (text.rsplit(".", 1)[1], "tape and reel")})


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("SRDA05-6", "SRDA05-6"),  # marked with the part number
        ("SRDA3.3-6", "SRDA3.3-6"),
        ("SEMTECH SRV05-4", "SRV05-4"),  # a shared number with the maker printed
        ("SMDA15 SEMTECH", "SMDA15"),
    ],
)
def test_semtech_tvs_marks(text: str, base: str) -> None:
    assert_identified(identify(text), SEMTECH, SEMTECH, base, None, "diode")


@pytest.mark.parametrize(
    "text",
    [
        "SRV05-4",  # Littelfuse sells SRV05 numbers too
        "SRV05-4A",
        "SMDA05",  # Microsemi and Vishay sell SMDA numbers too
        "SMDA12C",
        "SM05",  # a bare SM number is not Semtech's alone
        "SM15",
        "SRDA06-6",  # no such voltage
    ],
)
def test_semtech_tvs_near_misses_stay_unknown(text: str) -> None:
    result = identify(text)
    assert result.unknown, (result.manufacturer, result.base_part)


# --- Microchip AT21CS single-wire EEPROMs, Actel SX ----------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("AT21CS01-SSHM10-T", "AT21CS01"),  # DS20005857D product identification system
        ("AT21CS11-SSH10-B", "AT21CS11"),
        ("AT21CS11-STUM10-T", "AT21CS11"),
        ("AT21CS01-MSH10-T", "AT21CS01"),
        ("AT21CS01-UUM0B-T", "AT21CS01"),
    ],
)
def test_at21cs_order_codes(text: str, base: str) -> None:
    assert_identified(identify(text), MCHP, "Atmel", base, text, "EEPROM")


def test_at21cs_suffix_decodes() -> None:
    assert_suffix_fields(
        identify("AT21CS11-STUM10-T"),
        {
            "package": ("ST", "SOT23"),
            "voltage": ("M", "1.7 V to 3.6 V pull-up"),
            "address": ("10", "slave address 0-0-0"),
            "carrier": ("T", "tape and reel"),
        },
    )


@pytest.mark.parametrize(
    ("text", "mpn"),
    [("A54SX16P-2PQG208", "A54SX16P-2PQG208"), ("A54SX16P", None)],  # SX data sheet v3.2
)
def test_actel_sx16p(text: str, mpn: str | None) -> None:
    assert_identified(identify(text), MCHP, "Actel", "A54SX16P", mpn, "FPGA")


@pytest.mark.parametrize("text", ["AT21CS02", "AT21CS21", "AT21C01"])
def test_at21cs_near_misses_stay_unknown(text: str) -> None:
    assert identify(text).unknown


# --- STMicroelectronics TS391 comparator ---------------------------------------------

ST = "STMicroelectronics"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("TS391ILT", "TS391"),  # DS1551 order codes, SOT23-5
        ("TS391IYLT", "TS391"),  # automotive grade
        ("TS391RILT", "TS391R"),  # TS391R pinout
        ("TS391IQ2T", "TS391"),  # DFN8 2x2
        ("TS391AILT", "TS391A"),
    ],
)
def test_ts391_order_codes(text: str, base: str) -> None:
    assert_identified(identify(text), ST, ST, base, text, "integrated circuit")


@pytest.mark.parametrize("text", ["TS391", "TS391SN2T1G", "TS3910"])
def test_ts391_shared_or_other_stays_unknown(text: str) -> None:
    assert identify(text).unknown  # onsemi sells a TS391 too (TS391SN2T1G)


# --- Supertex (Microchip) depletion-mode DMOS FETs -----------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("DN2540N5-G", "DN2540"),  # DN2535/DN2540 data sheet, TO-220, RoHS
        ("DN2540N3", "DN2540"),  # TO-92, before the -G codes
        ("DN2535N8-G", "DN2535"),  # SOT-89
    ],
)
def test_supertex_dn25xx_order_codes(text: str, base: str) -> None:
    assert_identified(identify(text), MCHP, "Supertex", base, text, "MOSFET")


def test_supertex_dn25xx_suffix_decodes() -> None:
    assert_suffix_fields(
        identify("DN2540N5-G"),
        {"package": ("N5", "TO-220"), "green": ("G", "RoHS compliant ('Green')")},
    )


@pytest.mark.parametrize("text", ["DN2541N3", "DN254", "DN2640N5-G"])
def test_supertex_dn25xx_near_misses_stay_unknown(text: str) -> None:
    assert identify(text).unknown


# --- Atmel CryptoMemory / CryptoAuthentication ----------------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("AT88SC0104C-SU", "AT88SC0104C"),  # AT88SC0104C summary data sheet
        ("AT88SC0808C-SH-T", "AT88SC0808C"),  # CryptoMemory full specification
        ("AT88SC0104CA-SU", "AT88SC0104CA"),  # AT88SC0104CA summary
        ("AT88SA102S-SH-T", "AT88SA102S"),  # CryptoAuthentication AT88SA102S
    ],
)
def test_cryptomemory_order_codes(text: str, base: str) -> None:
    assert_identified(identify(text), MCHP, "Atmel", base, text, "integrated circuit")


@pytest.mark.parametrize("text", ["AT88SC0105C", "AT88SC0104", "AT88SC0204CA"])
def test_cryptomemory_near_misses_stay_unknown(text: str) -> None:
    assert identify(text).unknown


# --- ST date code Y WW printed as two fields (TN1433) --------------------------------


def test_st_date_code_in_two_fields() -> None:
    result = identify("STM8S003 F3P6 ZH 9 45")
    assert result.manufacturer == ST
    assert result.date_code == "9 45"
    assert result.date_from is not None and result.date_from.isocalendar()[1] == 45


def test_st_single_token_date_code_still_read_first() -> None:
    assert identify("STM32F103 C8T6 991KA 93 MYS 807").date_code == "807"


# --- Semtech SC1565 / SC1566 LDOs -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base"),
    [
        ("SC1565IS-2.5TR", "SC1565"),  # SC1565 ordering information
        ("SC1565IS-1.8TR", "SC1565"),
        ("SC1565IST-1.8", "SC1565"),
        ("SC1566I5T-2.5", "SC1566"),  # SC1566 application circuits
        ("SC1566IT-1.8", "SC1566"),
    ],
)
def test_semtech_ldo_order_codes(text: str, base: str) -> None:
    assert_identified(identify(text), SEMTECH, SEMTECH, base, text, "linear regulator")


def test_semtech_ldo_suffix_decodes() -> None:
    assert_suffix_fields(
        identify("SC1565IS-2.5TR"),
        {
            "package": ("S", "SO-8"),
            "voltage": ("2.5", "2.5 V output"),
            "reel": ("TR", "tape and reel"),
        },
    )


def test_bare_sc1565_is_not_given_to_one_maker() -> None:
    assert identify("SC1565").unknown  # also fits another maker's SC1xxx grammar


# --- DataFlash: the E revision is Adesto's (Renesas), earlier ones Atmel's -------------


@pytest.mark.parametrize("text", ["AT45DB161E-SHD-T", "AT45DB321E"])
def test_dataflash_e_revision_is_not_given_to_microchip(text: str) -> None:
    result = identify(text)
    assert result.manufacturer != MCHP, result.manufacturer


def test_dataflash_d_revision_stays_atmel() -> None:
    result = identify("AT45DB161D-SU")
    assert (result.manufacturer, result.brand, result.base_part) == (MCHP, "Atmel", "AT45DB161D")
