"""Rule files of group a: Texas Instruments, Microchip, onsemi, NXP, Infineon.

Cases come from the makers' documentation cited in the rule files (ordering
tables, package option addenda, marking legends, acquisition filings).
"""

from __future__ import annotations

import datetime as dt

import pytest

from partpath.markings.rules import BUILTIN_RULES, load_rule_file
from tests.markings.rule_cases import identify

FILES = ["texas-instruments", "microchip", "onsemi", "nxp", "infineon"]
TI, MCHP, ON, NXP, IFX = (
    "Texas Instruments", "Microchip Technology", "onsemi", "NXP Semiconductors",
    "Infineon Technologies",
)  # fmt: skip


@pytest.mark.parametrize("slug", FILES)
def test_each_file_loads_with_cited_rules_and_clean_meanings(slug: str) -> None:
    maker = load_rule_file(BUILTIN_RULES / f"{slug}.yml")
    assert len(maker.families) >= 25
    assert all(s["url"].startswith("http") for s in maker.sources.values())
    for family in maker.families:
        assert family.rule.startswith(f"{slug}.yml:")
        if family.suffix is None:
            continue
        for codes in family.suffix.meanings.values():
            # a comma inside an unquoted flow mapping would split a meaning in two
            assert all(text and text != "None" for text in codes.values()), family.rule


@pytest.mark.parametrize(
    ("slug", "brand", "since"),
    [
        ("texas-instruments", "Burr-Brown", dt.date(2000, 8, 24)),
        ("texas-instruments", "National Semiconductor", dt.date(2011, 9, 23)),
        ("microchip", "Silicon Storage Technology", dt.date(2010, 4, 8)),
        ("microchip", "SMSC", dt.date(2012, 8, 2)),
        ("microchip", "Micrel", dt.date(2015, 8, 3)),
        ("microchip", "Atmel", dt.date(2016, 4, 4)),
        ("microchip", "Microsemi", dt.date(2018, 5, 29)),
        ("onsemi", "Fairchild Semiconductor", dt.date(2016, 9, 19)),
        ("nxp", "Freescale Semiconductor", dt.date(2015, 12, 7)),
        ("infineon", "International Rectifier", dt.date(2015, 1, 13)),
        ("infineon", "Cypress Semiconductor", dt.date(2020, 4, 16)),
        ("infineon", "Spansion", dt.date(2020, 4, 16)),
    ],
)
def test_acquired_brands_carry_their_dates(slug: str, brand: str, since: dt.date) -> None:
    maker = load_rule_file(BUILTIN_RULES / f"{slug}.yml")
    found = {b.name: b.since for b in maker.brands}
    assert found[brand] == since


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base", "mpn", "category"),
    [
        # Texas Instruments: package option addenda and TI orderables
        ("TPS54331DR", TI, TI, "TPS54331", "TPS54331DR", "power management IC"),
        ("TPS2000CDGKR", TI, TI, "TPS2000C", "TPS2000CDGKR", "power management IC"),
        ("TPS7B6933QDBVRQ1", TI, TI, "TPS7B6933", "TPS7B6933QDBVRQ1", "power management IC"),
        ("SN74LVC1G00DBVR", TI, TI, "SN74LVC1G00", "SN74LVC1G00DBVR", "logic IC"),
        ("SN65HVD230DR", TI, TI, "SN65HVD230", "SN65HVD230DR", "CAN transceiver"),
        ("TXB0108PWR", TI, TI, "TXB0108", "TXB0108PWR", "level translator"),
        ("MSP430G2553IPW20R", TI, TI, "MSP430G2553", "MSP430G2553IPW20R", "MCU"),
        ("TMS320F28335PGFA", TI, TI, "TMS320F28335", "TMS320F28335PGFA", "DSP"),
        ("CC1101RGPR", TI, TI, "CC1101", "CC1101RGPR", "RF transceiver"),
        ("OPA180ID", TI, "Burr-Brown", "OPA180", "OPA180ID", "operational amplifier"),
        ("OPA2134UA", TI, "Burr-Brown", "OPA2134", "OPA2134UA", "operational amplifier"),
        ("INA128U/2K5", TI, "Burr-Brown", "INA128", "INA128U/2K5", "instrumentation amplifier"),
        ("LM25116MH", TI, "National Semiconductor", "LM25116", "LM25116MH",
         "power management IC"),
        ("LM35DZ", TI, "National Semiconductor", "LM35", "LM35DZ", "sensor IC"),
        ("LM358DR TI", TI, TI, "LM358", "LM358DR", "operational amplifier"),
        ("PTN78060WAZ", TI, TI, "PTN78060", None, "DC-DC converter module"),
        # Microchip and its brands
        ("PIC16F877A-I/P", MCHP, MCHP, "PIC16F877A", "PIC16F877A-I/P", "MCU"),
        ("PIC16F716-20I/SS", MCHP, MCHP, "PIC16F716", "PIC16F716-20I/SS", "MCU"),
        ("MCP1700T-3302E/TT", MCHP, MCHP, "MCP1700", "MCP1700T-3302E/TT", "linear regulator"),
        ("24LC256-I/P", MCHP, MCHP, "24LC256", "24LC256-I/P", "EEPROM"),
        ("AVR128DA48-I/PT", MCHP, MCHP, "AVR128DA48", "AVR128DA48-I/PT", "MCU"),
        ("ATmega328P-AU", MCHP, "Atmel", "ATMEGA328P", "ATMEGA328P-AU", "MCU"),
        ("ATtiny1614-SSNR", MCHP, "Atmel", "ATTINY1614", "ATTINY1614-SSNR", "MCU"),
        ("AT24C256C-SSHL-T", MCHP, "Atmel", "AT24C256C", "AT24C256C-SSHL-T", "EEPROM"),
        ("MIC5205-3.3YM5-TR", MCHP, "Micrel", "MIC5205", "MIC5205-3.3YM5-TR",
         "linear regulator"),
        ("KSZ8081RNA", MCHP, "Micrel", "KSZ8081RNA", None, "Ethernet PHY"),
        ("LAN8720A", MCHP, "SMSC", "LAN8720A", None, "Ethernet PHY"),
        ("SST25VF016B", MCHP, "Silicon Storage Technology", "SST25VF016B", None,
         "flash memory"),
        ("A3P250-1FGG256I", MCHP, "Microsemi", "A3P250", "A3P250-1FGG256I", "FPGA"),
        ("AX1000-1FG896I", MCHP, "Actel", "AX1000", "AX1000-1FG896I", "FPGA"),
        ("TC4420", MCHP, MCHP, "TC4420", None, "integrated circuit"),
        ("MRF24J40MA", MCHP, MCHP, "MRF24J40MA", None, "RF transceiver"),
        # onsemi and Fairchild
        ("NCP1117ST33T3G", ON, ON, "NCP1117", "NCP1117ST33T3G", "power management IC"),
        ("MC7805CTG", ON, ON, "MC7805", "MC7805CTG", "linear regulator"),
        ("MC74HC595ADR2G", ON, ON, "MC74HC595", "MC74HC595ADR2G", "logic IC"),
        ("NTD3055L104T4G", ON, ON, "NTD3055L104", "NTD3055L104T4G", "MOSFET"),
        ("NTR4101PT1G", ON, ON, "NTR4101P", "NTR4101PT1G", "MOSFET"),
        ("MMBT3904LT1G ON", ON, ON, "MMBT3904", "MMBT3904LT1G", "small-signal transistor"),
        ("FDS6680A", ON, "Fairchild Semiconductor", "FDS6680A", None, "MOSFET"),
        ("FQP30N06L", ON, "Fairchild Semiconductor", "FQP30N06L", None, "MOSFET"),
        ("FAN7930", ON, "Fairchild Semiconductor", "FAN7930", None, "power management IC"),
        # NXP and Freescale
        ("LPC1768FBD100", NXP, NXP, "LPC1768", "LPC1768FBD100", "MCU"),
        ("LPC11U68JBD100", NXP, NXP, "LPC11U68", "LPC11U68JBD100", "MCU"),
        ("MK64FN1M0VLL12", NXP, "Freescale Semiconductor", "MK64FN1M0", "MK64FN1M0VLL12", "MCU"),
        ("MKL25Z128VLK4", NXP, "Freescale Semiconductor", "MKL25Z128", "MKL25Z128VLK4", "MCU"),
        ("MCIMX6Q5EYM10AC", NXP, "Freescale Semiconductor", "MCIMX6Q5", None, "microprocessor"),
        ("FS32K144HFT0VLLT", NXP, NXP, "FS32K144", None, "MCU"),
        ("TJA1050T", NXP, NXP, "TJA1050", "TJA1050T", "CAN transceiver"),
        ("PCA9685PW", NXP, NXP, "PCA9685", "PCA9685PW", "driver IC"),
        ("PCF8563T", NXP, NXP, "PCF8563", "PCF8563T", "integrated circuit"),
        ("MFRC52202HN1", NXP, NXP, "MFRC522", None, "RF IC"),
        ("MMA8451Q", NXP, "Freescale Semiconductor", "MMA8451Q", None, "MEMS sensor"),
        # Infineon, International Rectifier, Cypress, Spansion
        ("BSC014N04LSATMA1", IFX, IFX, "BSC014N04LS", "BSC014N04LSATMA1", "MOSFET"),
        ("IPW65R080CFD", IFX, IFX, "IPW65R080CFD", None, "MOSFET"),
        ("IKW40N120T2", IFX, IFX, "IKW40N120T2", None, "IGBT"),
        ("BTS7960B", IFX, IFX, "BTS7960B", None, "power management IC"),
        ("XMC4500-F100K1024", IFX, IFX, "XMC4500", "XMC4500-F100K1024", "MCU"),
        ("TC275T", IFX, IFX, "TC275T", None, "MCU"),
        ("IRF540NPBF", IFX, "International Rectifier", "IRF540N", "IRF540NPBF", "MOSFET"),
        ("IRLML2502TRPBF", IFX, "International Rectifier", "IRLML2502", "IRLML2502TRPBF",
         "MOSFET"),
        ("IRFB38N20D", IFX, "International Rectifier", "IRFB38N20D", None, "MOSFET"),
        ("IR2110SPBF", IFX, "International Rectifier", "IR2110", "IR2110SPBF", "driver IC"),
        ("CY8C4245AXI-483", IFX, "Cypress Semiconductor", "CY8C4245", "CY8C4245AXI-483", "MCU"),
        ("CY7C68013A-56LTXC", IFX, "Cypress Semiconductor", "CY7C68013A", "CY7C68013A-56LTXC",
         "USB interface"),
        ("S25FL128SAGMFI011", IFX, "Spansion", "S25FL128S", None, "flash memory"),
        # Widened coverage: ex-National, Burr-Brown and TI lines from TI data sheets
        ("LPV358DGKR", TI, "National Semiconductor", "LPV358", "LPV358DGKR",
         "operational amplifier"),
        ("LPV821DBVR", TI, TI, "LPV821", "LPV821DBVR", "operational amplifier"),
        ("DS26C31TM", TI, "National Semiconductor", "DS26C31", None, "interface IC"),
        ("DS8921AM", TI, "National Semiconductor", "DS8921A", "DS8921AM", "interface IC"),
        ("AM26LV31CDR", TI, TI, "AM26LV31", "AM26LV31CDR", "interface IC"),
        ("PGA112AIDGSR", TI, "Burr-Brown", "PGA112", "PGA112AIDGSR", "amplifier"),
        ("VCA824ID", TI, "Burr-Brown", "VCA824", "VCA824ID", "amplifier"),
        ("DCP010505DBP", TI, "Burr-Brown", "DCP010505DB", None, "DC-DC converter module"),
        ("DCR012405U", TI, "Burr-Brown", "DCR012405", None, "DC-DC converter module"),
        ("TM4C123GH6PMI7R", TI, TI, "TM4C123GH6", "TM4C123GH6PMI7R", "MCU"),
        ("TM4C1294NCPDT", TI, TI, "TM4C1294NC", "TM4C1294NCPDT", "MCU"),
        ("SNJ54LS244J", TI, TI, "SNJ54LS244", "SNJ54LS244J", "logic IC"),
        ("ISOM8110DFG", TI, TI, "ISOM8110", None, "interface IC"),
        ("DLPA200", TI, TI, "DLPA200", None, "integrated circuit"),
        ("TAS2505IRGER", TI, TI, "TAS2505", "TAS2505IRGER", "amplifier"),
        ("TSC2046IPW", TI, TI, "TSC2046", "TSC2046IPW", "integrated circuit"),
        ("TSC2046EIPWRQ1", TI, TI, "TSC2046E", "TSC2046EIPWRQ1", "integrated circuit"),
        # onsemi, Fairchild: bias resistor transistors, S/NSV automotive prefix, AMIS, Sanyo
        ("MC74HC04ADR2G", ON, ON, "MC74HC04", "MC74HC04ADR2G", "logic IC"),
        ("MMUN2211LT1G", ON, ON, "MMUN2211", "MMUN2211LT1G", "small-signal transistor"),
        ("SMMUN2111LT1G", ON, ON, "SMMUN2111", "SMMUN2111LT1G", "small-signal transistor"),
        ("MUN5211T1G", ON, ON, "MUN5211", "MUN5211T1G", "small-signal transistor"),
        ("AMIS30623C6238G", ON, ON, "AMIS30623", None, "driver IC"),
        ("LB1948MC-AH", ON, ON, "LB1948", None, "driver IC"),
        ("NDS331N", ON, "Fairchild Semiconductor", "NDS331N", None, "MOSFET"),
        ("FDPF33N25T", ON, "Fairchild Semiconductor", "FDPF33N25T", None, "MOSFET"),
        # NXP and Freescale: level translators, Airfast RF power LDMOS
        ("NTB0104BQ", NXP, NXP, "NTB0104", "NTB0104BQ", "level translator"),
        ("NTSX2102GM", NXP, NXP, "NTSX2102", None, "level translator"),
        ("A2T08VD020NT1", NXP, "Freescale Semiconductor", "A2T08VD020N", None, "transistor"),
        ("AFT09MS015NT1", NXP, "Freescale Semiconductor", "AFT09MS015N", None, "transistor"),
        ("A3T21H455W23SR6", NXP, NXP, "A3T21H455W23S", None, "transistor"),
    ],
)  # fmt: skip
def test_documented_part_numbers_are_identified(
    text: str, maker: str, brand: str, base: str, mpn: str | None, category: str
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand, result.base_part, result.mpn, result.category) == (
        maker, brand, base, mpn, category,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("TLV431AIDBZR TI", [("temp", "I", "industrial temperature"), ("package", "DBZ",
         "SOT-23 (3 pins)"), ("reel", "R", "large tape and reel")]),
        ("LM1117IMPX-3.3/NOPB TI", [("ns_grade", "I", "industrial"), ("ns_package", "MP",
         "SOT-223"), ("ns_reel", "X", "tape and reel"), ("ns_option", "3.3", ""),
         ("nopb", "NOPB", "lead-free (no Pb)")]),
        ("MCP1700T-3302E/TT", [("reel", "T", "tape and reel"), ("option", "3302", ""),
         ("temp", "E", "extended (-40 to +125 C)"), ("package", "TT", "SOT-23 (3-lead)")]),
        ("ATmega328P-MUR", [("package", "M", "QFN/VQFN"), ("temp", "U",
         "-40 to +85 C (industrial; green)"), ("reel", "R", "tape and reel")]),
        ("NCP1117ST33T3G", [("package", "ST", "SOT-223"), ("option", "33",
         "3.3 V output option"), ("reel", "T3", "tape and reel (13 inch)"),
         ("leadfree", "G", "Pb-free package")]),
        ("MK64FN1M0VLL12", [("temp", "V", "-40 to +105 C"), ("package", "LL", "LQFP (100)"),
         ("speed", "12", "120 MHz")]),
        ("IRLML2502TRPBF", [("reel", "TR", "tape and reel"), ("leadfree", "PBF", "lead-free")]),
        ("CY8C4245AXI-483", [("package", "AX", "TQFP (Pb-free)"), ("temp", "I",
         "industrial (-40 to +85 C)"), ("code", "483", "")]),
    ],
)  # fmt: skip
def test_suffixes_decode_to_their_documented_meanings(
    text: str, parts: list[tuple[str, str, str]]
) -> None:
    result = identify(text)
    assert [(p.field, p.code, p.meaning) for p in result.suffix] == parts


@pytest.mark.parametrize(
    ("text", "maker", "code", "first", "last"),
    [
        # TI topside YMS (month A-C = Oct-Dec) over its lot code LLLL, YMS+G4, YMLLLLS (DSPs)
        ("TMP400 TI 3BK DEN3", TI, "3BK DEN3", dt.date(2023, 11, 1), dt.date(2023, 11, 30)),
        ("TXB0108PWR TI 06KG4", TI, "06KG4", dt.date(2020, 6, 1), dt.date(2020, 6, 30)),
        ("TXB0108PWR TI 06K G4", TI, "06K G4", dt.date(2020, 6, 1), dt.date(2020, 6, 30)),
        ("TXB0108PWR 0B12ABK G4", TI, "0B12ABK G4", dt.date(2020, 11, 1), dt.date(2020, 11, 30)),
        ("TMS320F28335PGFA 93ACZ8W", TI, "93ACZ8W", dt.date(2019, 3, 1), dt.date(2019, 3, 31)),
        # ex-National XXYY
        ("LM5117PMH TI 1247", TI, "1247", dt.date(2012, 11, 19), dt.date(2012, 11, 25)),
        # Microchip YYWWNNN and YWWNNN: week 01 holds 1 January
        ("PIC16F88-I/P 0510017", MCHP, "0510017", dt.date(2005, 2, 27), dt.date(2005, 3, 5)),
        ("MCP1252-ADJI/MS 233025", MCHP, "233025", dt.date(2022, 8, 7), dt.date(2022, 8, 13)),
        ("ATMEGA328P-AU 1947", MCHP, "1947", dt.date(2019, 11, 18), dt.date(2019, 11, 24)),
        # onsemi AWLYYWWG and AYWWG
        ("MC7805CTG KAL1845G", ON, "KAL1845G", dt.date(2018, 11, 5), dt.date(2018, 11, 11)),
        ("NTMS7N03R2 ON E7N03 K845G", ON, "K845G", dt.date(2018, 11, 5), dt.date(2018, 11, 11)),
        # NXP AWLYYWW, YWWLAZ, YYWW
        ("MPC8548E QEX1234", NXP, "QEX1234", dt.date(2012, 8, 20), dt.date(2012, 8, 26)),
        ("LPC1768FBD100 NXP 847XA1", NXP, "847XA1", dt.date(2018, 11, 19), dt.date(2018, 11, 25)),
        ("NXP TJA1050T 1847", NXP, "1847", dt.date(2018, 11, 19), dt.date(2018, 11, 25)),
        # Infineon YYWW with H prefix, IR YWW + line letter
        ("IPP110N20N3 G 1948", IFX, "1948", dt.date(2019, 11, 25), dt.date(2019, 12, 1)),
        ("BSC014N04LS G H1512", IFX, "H1512", dt.date(2015, 3, 16), dt.date(2015, 3, 22)),
        ("IRF540N IOR 919C", IFX, "919C", dt.date(2019, 5, 6), dt.date(2019, 5, 12)),
    ],
)  # fmt: skip
def test_documented_date_codes_give_their_windows(
    text: str, maker: str, code: str, first: dt.date, last: dt.date
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.date_code, result.date_from, result.date_to) == (
        maker, code, first, last,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "LM358DR", "LM7805CT", "TLV431AIDBZR", "MC34063ADR2G", "MMBT3904LT1G", "IRF540",
        "IRF9540", "PCF8574T", "BSS138", "UC3842BN",
        "LF353N", "AM26C31IDR", "AM26LS31CN", "74ACT245",
    ],
)  # fmt: skip
def test_second_sourced_numbers_name_no_maker_by_themselves(text: str) -> None:
    result = identify(text)
    assert result.unknown and result.manufacturer is None
    assert "sold by several makers" in (result.reason or "")


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("LM317T Texas Instruments", TI),
        ("ON Semiconductor LM317T", ON),
        ("IRF540 IOR", IFX),
        ("MC34063ADR2G onsemi", ON),
        ("Infineon BSS138N", IFX),
    ],
)
def test_a_named_maker_settles_a_second_sourced_number(text: str, maker: str) -> None:
    assert identify(text).manufacturer == maker


@pytest.mark.parametrize(
    ("text", "not_maker"),
    [
        ("ISO9001", TI),  # a standard, not a TI isolator
        ("DAC8512", TI),  # Analog Devices (PMI) number
        ("REF195", TI),  # Analog Devices reference
        ("TMP36", TI),  # Analog Devices sensor
        ("CC6201", TI),  # CrossChip Hall sensor
        ("AM26LS31", TI),  # not a Sitara number
        ("TC74HC595AP", MCHP),  # Toshiba logic
        ("TC4013BP", MCHP),  # Toshiba CMOS
        ("TC4013BP", IFX),
        ("NT5CB128M16", ON),  # Nanya DRAM
        ("MC145481SD", ON),  # six digits: not an MC14xxx CMOS part
        ("PTN78060WAZ", NXP),  # a TI power module, not an NXP PTN interface IC
        ("BGA144", IFX),  # a package name
        ("IR204", IFX),  # an infrared LED number
        ("MRF24J40MA", NXP),  # Microchip radio, not Freescale RF power
        ("TSC2011", TI),  # an ST current-sense amplifier, not a TI touch controller
        ("PGA132", TI),  # a 132-pin grid array, not a TI PGA
        ("DS89C430", TI),  # a Dallas (Maxim) 8051, not a National DS89C interface part
        ("LF33CV", TI),  # an ST low-drop regulator, not an LF JFET op amp
        ("FDC2214", ON),  # a TI capacitance-to-digital converter, not a Fairchild FDC MOSFET
        ("NTB0104BQ", ON),  # an NXP level translator, not an onsemi NTB MOSFET
        ("LPC662", NXP),  # a National (TI) CMOS op amp, not an NXP LPC microcontroller
        ("FDA803", ON),  # an ST audio amplifier, not a Fairchild MOSFET
    ],
)  # fmt: skip
def test_near_misses_are_not_claimed(text: str, not_maker: str) -> None:
    assert identify(text).manufacturer != not_maker


@pytest.mark.parametrize(
    ("text", "mpn"),
    [("LM1117IMPX-3.3/NOPB", "LM1117IMPX-3.3/NOPB"), ("TL431AIDBZRG4", "TL431AIDBZRG4")],
)
def test_a_second_sourced_number_with_a_suffix_only_ti_prints_is_tis(text: str, mpn: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.mpn) == (TI, mpn)
    assert identify(text.split("/")[0].removesuffix("G4")).unknown
