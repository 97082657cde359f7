"""Rule files of group d: memories, RF ICs, discretes and other IC makers.

Every case comes from the makers' ordering-information tables and marking
documentation cited in the rule files: orderable numbers decode to maker, brand,
base part, full part number and suffix meanings; second-sourced numbers without
a maker's name stay unknown.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import (
    assert_identified,
    assert_rule_file_loads,
    assert_suffix_fields,
    identify,
)

FILES = {
    "micron-technology.yml": "Micron Technology",
    "samsung-electronics.yml": "Samsung Electronics",
    "winbond-electronics.yml": "Winbond Electronics",
    "issi.yml": "ISSI",
    "gigadevice.yml": "GigaDevice",
    "macronix.yml": "Macronix",
    "broadcom.yml": "Broadcom",
    "qorvo.yml": "Qorvo",
    "skyworks-solutions.yml": "Skyworks Solutions",
    "semtech.yml": "Semtech",
    "silicon-laboratories.yml": "Silicon Laboratories",
    "nexperia.yml": "Nexperia",
    "diodes-incorporated.yml": "Diodes Incorporated",
    "holt-integrated-circuits.yml": "Holt Integrated Circuits",
    "monolithic-power-systems.yml": "Monolithic Power Systems",
    "toshiba.yml": "Toshiba",
    "marvell.yml": "Marvell",
    "macom.yml": "MACOM",
    "espressif-systems.yml": "Espressif Systems",
    "nordic-semiconductor.yml": "Nordic Semiconductor",
    "allegro-microsystems.yml": "Allegro MicroSystems",
    "sony.yml": "Sony",
    "realtek-semiconductor.yml": "Realtek Semiconductor",
}


@pytest.mark.parametrize(("name", "maker"), sorted(FILES.items()))
def test_each_file_loads_with_families_citing_its_sources(name: str, maker: str) -> None:
    assert_rule_file_loads(name, maker)


# text, manufacturer, brand, base part, full part number (None: suffix not decoded), category
IDENTIFIED = [
    ("MT41K256M16TW-107:P", "Micron Technology", "Micron Technology", "MT41K256M16",
     "MT41K256M16TW-107:P", "DRAM"),
    ("MT29F4G08ABADAWP", "Micron Technology", "Micron Technology", "MT29F4G08ABADA", None,
     "flash memory"),
    ("D9SHD", "Micron Technology", "Micron Technology", "D9SHD", None, "DRAM"),
    ("N25Q128A13ESE40", "Micron Technology", "Numonyx", "N25Q128A13", None, "flash memory"),
    ("K4B4G1646E-BYMA", "Samsung Electronics", "Samsung Electronics", "K4B4G1646E",
     "K4B4G1646E-BYMA", "DRAM"),
    ("K9F1G08U0D-SIB0", "Samsung Electronics", "Samsung Electronics", "K9F1G08U0D",
     "K9F1G08U0D-SIB0", "flash memory"),
    ("KLMAG1JETD-B041", "Samsung Electronics", "Samsung Electronics", "KLMAG1JETD", None,
     "flash memory"),
    ("W25Q128JVSIQ", "Winbond Electronics", "Winbond Electronics", "W25Q128JV", "W25Q128JVSIQ",
     "flash memory"),
    ("winbond 25Q64JVSQ", "Winbond Electronics", "Winbond Electronics", "25Q64JV", "25Q64JVSQ",
     "flash memory"),
    ("W9825G6KH-6", "Winbond Electronics", "Winbond Electronics", "W9825G6KH", "W9825G6KH-6",
     "DRAM"),
    ("IS42S16400J-7TLI", "ISSI", "ISSI", "IS42S16400J", "IS42S16400J-7TLI", "DRAM"),
    ("IS61WV51216BLL-10TLI", "ISSI", "ISSI", "IS61WV51216BLL", None, "SRAM"),
    ("GD25Q64CSIG", "GigaDevice", "GigaDevice", "GD25Q64C", "GD25Q64CSIG", "flash memory"),
    ("GD32F103C8T6", "GigaDevice", "GigaDevice", "GD32F103C8", "GD32F103C8T6", "MCU"),
    ("MX25L12835FM2I-10G", "Macronix", "Macronix", "MX25L12835F", "MX25L12835FM2I-10G",
     "flash memory"),
    ("ACPL-W343-500E", "Broadcom", "Avago Technologies", "ACPL-W343", "ACPL-W343-500E",
     "photosensitive device"),
    ("HCPL-316J-500E", "Broadcom", "Avago Technologies", "HCPL-316J", "HCPL-316J-500E",
     "photosensitive device"),
    ("Avago HCPL-2630", "Broadcom", "Avago Technologies", "HCPL-2630", None,
     "photosensitive device"),
    ("ATF-54143", "Broadcom", "Avago Technologies", "ATF-54143", None, "transistor"),
    ("BCM5461", "Broadcom", "Broadcom", "BCM5461", None, "integrated circuit"),
    ("QPA4501", "Qorvo", "Qorvo", "QPA4501", None, "RF IC"),
    ("RFFM4204", "Qorvo", "RF Micro Devices", "RFFM4204", None, "RF IC"),
    ("TGA2597", "Qorvo", "TriQuint", "TGA2597", None, "RF IC"),
    ("TQP3M9009", "Qorvo", "TriQuint", "TQP3M9009", None, "RF IC"),
    ("SBB5089Z", "Qorvo", "RF Micro Devices", "SBB5089Z", None, "RF amplifier"),
    ("SKY13317-373LF", "Skyworks Solutions", "Skyworks Solutions", "SKY13317",
     "SKY13317-373LF", "RF IC"),
    ("SE2576L", "Skyworks Solutions", "SiGe Semiconductor", "SE2576L", None, "RF IC"),
    ("Si5351A-B-GT", "Skyworks Solutions", "Silicon Laboratories", "SI5351A", "SI5351A-B-GT",
     "clock IC"),
    ("Si8641BC-B-IS1", "Skyworks Solutions", "Silicon Laboratories", "SI8641BC",
     "SI8641BC-B-IS1", "interface IC"),
    ("Si4463-C2A-GM", "Silicon Laboratories", "Silicon Laboratories", "SI4463",
     "SI4463-C2A-GM", "RF transceiver"),
    ("Si7021-A20-GM1R", "Silicon Laboratories", "Silicon Laboratories", "SI7021",
     "SI7021-A20-GM1R", "sensor IC"),
    ("CP2102N-A02-GQFN28R", "Silicon Laboratories", "Silicon Laboratories", "CP2102N",
     "CP2102N-A02-GQFN28R", "USB interface"),
    ("EFM32GG990F1024", "Silicon Laboratories", "Silicon Laboratories", "EFM32GG990F1024",
     None, "MCU"),
    ("SX1278IMLTRT", "Semtech", "Semtech", "SX1278", "SX1278IMLTRT", "RF transceiver"),
    ("RClamp0524P.TCT", "Semtech", "Semtech", "RCLAMP0524P", "RCLAMP0524P.TCT", "diode"),
    ("Nexperia 74HC595D", "Nexperia", "Nexperia", "74HC595", "74HC595D", "logic IC"),
    ("PMEG3020EH", "Nexperia", "Nexperia", "PMEG3020EH", None, "diode"),
    ("PESD5V0S1BA", "Nexperia", "Nexperia", "PESD5V0S1BA", None, "diode"),
    ("DMN2041L-7", "Diodes Incorporated", "Diodes Incorporated", "DMN2041L", "DMN2041L-7",
     "MOSFET"),
    ("AP2112K-3.3TRG1", "Diodes Incorporated", "BCD Semiconductor Manufacturing", "AP2112K",
     None, "power management IC"),
    ("PI3USB102", "Diodes Incorporated", "Pericom Semiconductor", "PI3USB102", None,
     "interface IC"),
    ("HI-8282APJI", "Holt Integrated Circuits", "Holt Integrated Circuits", "HI-8282A",
     "HI-8282APJI", "interface IC"),
    ("HI-3582PQT", "Holt Integrated Circuits", "Holt Integrated Circuits", "HI-3582",
     "HI-3582PQT", "interface IC"),
    ("MP1584EN-LF-Z", "Monolithic Power Systems", "Monolithic Power Systems", "MP1584",
     "MP1584EN-LF-Z", "DC-DC converter IC"),
    ("TLP281-4", "Toshiba", "Toshiba", "TLP281-4", None, "photosensitive device"),
    ("TB6612FNG", "Toshiba", "Toshiba", "TB6612FNG", None, "driver IC"),
    ("SSM3K324R", "Toshiba", "Toshiba", "SSM3K324R", None, "MOSFET"),
    ("Toshiba 2SC5200", "Toshiba", "Toshiba", "2SC5200", None, "transistor"),
    ("88E1512-A0-NNP2C000", "Marvell", "Marvell", "88E1512", "88E1512-A0-NNP2C000",
     "Ethernet PHY"),
    ("MASW-007107-TR3000", "MACOM", "MACOM", "MASW-007107", "MASW-007107-TR3000", "RF IC"),
    ("ESP32-S3-WROOM-1-N8R8", "Espressif Systems", "Espressif Systems", "ESP32-S3-WROOM-1",
     "ESP32-S3-WROOM-1-N8R8", "radio module"),
    ("ESP32-D0WD-V3", "Espressif Systems", "Espressif Systems", "ESP32-D0WD-V3", None, "SoC"),
    ("ESP8266EX", "Espressif Systems", "Espressif Systems", "ESP8266EX", None, "SoC"),
    ("nRF52832-QFAA-R", "Nordic Semiconductor", "Nordic Semiconductor", "NRF52832",
     "NRF52832-QFAA-R", "SoC"),
    ("nRF24L01+", "Nordic Semiconductor", "Nordic Semiconductor", "NRF24L01+", None,
     "RF transceiver"),
    ("ACS712ELCTR-20A-T", "Allegro MicroSystems", "Allegro MicroSystems", "ACS712",
     "ACS712ELCTR-20A-T", "sensor IC"),
    ("A4988SETTR-T", "Allegro MicroSystems", "Allegro MicroSystems", "A4988", "A4988SETTR-T",
     "integrated circuit"),
    ("IMX219", "Sony", "Sony", "IMX219", None, "sensor IC"),
    ("CXD5603GF", "Sony", "Sony", "CXD5603GF", None, "GNSS receiver IC"),
    ("RTL8211E-VB-CG", "Realtek Semiconductor", "Realtek Semiconductor", "RTL8211E",
     "RTL8211E-VB-CG", "Ethernet PHY"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base", "mpn", "category"),
    IDENTIFIED,
    ids=[c[0] for c in IDENTIFIED],
)
def test_documented_part_numbers_are_identified(
    text: str, maker: str, brand: str, base: str, mpn: str | None, category: str
) -> None:
    assert_identified(identify(text), maker, brand, base, mpn, category)


# text, {suffix field: (code, meaning)}
SUFFIXES = [
    ("W25Q128JVSIQ", {"package": ("S", "8-pin SOIC 208-mil"),
                      "temp": ("I", "industrial, -40 to +85 °C"),
                      "option": ("Q", "green package, QE=1 fixed")}),
    ("MT41J256M16RE-15E", {"package": ("RE", "96-ball FBGA 10x14 mm (x16, rev. D)"),
                           "speed": ("15E", "DDR3-1333 (1.5 ns, CL 9)")}),
    ("IS42S16400J-7TLI", {"speed": ("7", "143 MHz"),
                          "package": ("TL", "54-pin TSOP II, lead-free")}),
    ("ACPL-W343-500E", {"option": ("500", "tape and reel"),
                        "rohs": ("E", "RoHS-compliant (lead-free)")}),
    ("SX1276IMLTRT", {"temp": ("I", "industrial, -40 to +85 °C"), "package": ("ML", "QFN (MLPQ)"),
                      "reel": ("TRT", "tape and reel")}),
    ("SKY13317-373LF", {"package": ("373", ""),
                        "rohs": ("LF", "lead (Pb)-free, RoHS-compliant")}),
    ("DMN2041L-13", {"reel": ("13", "13-inch tape and reel")}),
    ("HI-8282APQIF", {"package": ("PQ", "44-pin plastic QFP"),
                      "temp": ("I", "industrial, -40 to +85 °C"),
                      "rohs": ("F", "RoHS-compliant lead finish")}),
    ("MP2315GJ-Z", {"package": ("GJ", "TSOT23 (green)"), "reel": ("Z", "tape and reel")}),
    ("nRF52840-QIAA-R7", {"package": ("QI", "aQFN73 7x7 mm"), "container": ("R7", "7-inch reel")}),
    ("ACS712ELCTR-05B-T", {"temp": ("E", "-40 to +85 °C"), "package": ("LC", "SOIC-8"),
                           "range": ("05B", "±5 A, bidirectional"),
                           "rohs": ("T", "lead (Pb)-free, 100% matte tin")}),
    ("A3144EUA-T", {"temp": ("E", "-40 to +85 °C"), "package": ("UA", "3-pin SIP"),
                    "rohs": ("T", "lead (Pb)-free, 100% matte tin")}),
    ("ESP32-S3-WROOM-1-N16R8", {"memory": ("N16R8", "16 MB flash, 8 MB PSRAM")}),
    ("MASW-007107-TR1000", {"packing": ("TR1000", "tape and reel, 1000 pieces")}),
    ("Nexperia 74LVC1G08GW-Q100", {"package": ("GW", "TSSOP5 / SC-88A (SOT353-1)"),
                                   "qualification": ("-Q100", "AEC-Q100 automotive qualified")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fields"), SUFFIXES, ids=[c[0] for c in SUFFIXES])
def test_suffixes_decode_to_their_documented_meanings(
    text: str, fields: dict[str, tuple[str, str]]
) -> None:
    assert_suffix_fields(identify(text), fields)


def test_nordic_package_marking_reads_year_week_and_lot() -> None:
    result = identify("N52832 QFAAE0 1932AB")
    assert result.manufacturer == "Nordic Semiconductor"
    assert result.base_part == "N52832"
    assert result.date_code == "1932AB"
    assert (result.date_from, result.date_to) == (dt.date(2019, 8, 5), dt.date(2019, 8, 11))


def test_nordic_date_after_the_invasion_is_reported_as_made_after() -> None:
    result = identify("N52840 QIAAF0 2310AA")
    assert (result.date_from, result.date_to) == (dt.date(2023, 3, 6), dt.date(2023, 3, 12))


@pytest.mark.parametrize(
    ("text", "brand", "since"),
    [
        ("N25Q128A13ESE40", "Numonyx", "2010-05-07"),
        ("ACPL-W343-500E", "Avago Technologies", "2016-02-01"),
        ("TGA2597", "TriQuint", "2015-01-01"),
        ("Si5351A-B-GT", "Silicon Laboratories", "2021-07-26"),
        ("PI3USB102", "Pericom Semiconductor", "2015-11-24"),
    ],
)
def test_acquired_brands_name_their_owner_and_date(text: str, brand: str, since: str) -> None:
    result = identify(text)
    assert result.brand == brand
    assert any(f"{brand} belongs to" in line and since in line for line in result.explanation)


@pytest.mark.parametrize(
    "text",
    [
        "74HC595D",  # second-sourced logic, no maker named
        "HCPL-2630",  # second-sourced optocoupler number
        "BAS16",  # Pro Electron discrete
        "2SC5200",  # JEITA registration used by several makers
        "FZT749",  # Zetex number also sold by Fairchild/onsemi
        "ULN2003A",  # Darlington array of many makers
        "A4988",  # Allegro's bare number without its temperature/package code
        "A1050/C",  # a lot code that looks like an Allegro number
        "AP2301GN",  # APEC MOSFET numbering, not Diodes/BCD
        "HI-5043",  # Intersil/Harris analog switch, not Holt
        "SI4463BDY",  # Vishay MOSFET, not the Silicon Labs transceiver
        "25Q128XYZ",  # near miss of the Winbond marking
        "ESP-12F",  # third-party module built on an Espressif chip
    ],
)
def test_near_misses_and_second_sources_are_not_given_to_these_makers(text: str) -> None:
    result = identify(text)
    mine = set(FILES.values())
    assert result.unknown or result.manufacturer not in mine, (
        result.manufacturer,
        result.explanation,
    )


def test_hisilicon_numbers_are_not_holt() -> None:
    assert identify("Hi3516").manufacturer is None
