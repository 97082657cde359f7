"""Rule files of group b: Analog Devices (with Linear, Maxim, Dallas, Hittite),
STMicroelectronics, AMD (Xilinx), Altera, Intel, Lattice and Renesas (with
Intersil, IDT, Dialog, Adesto, NEC).

Every case comes from the makers' ordering-information tables and package-marking
documents cited in the rule files: orderable numbers decode field by field, the
documented date-code formats give production windows, and near misses or
second-sourced numbers without a maker's name stay unknown.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from partpath.markings.identify import Identification
from partpath.markings.rules import BUILTIN_RULES, RuleBook, load_rule_book, load_rule_file
from tests.markings.rule_cases import assert_identified, assert_rule_file_loads, decoded_suffix
from tests.markings.rule_cases import identify as identify_with

FILES = {
    "analog-devices.yml": "Analog Devices",
    "stmicroelectronics.yml": "STMicroelectronics",
    "amd.yml": "AMD",
    "altera.yml": "Altera",
    "intel.yml": "Intel",
    "lattice.yml": "Lattice Semiconductor",
    "renesas.yml": "Renesas Electronics",
}
ADI, ST, AMD, ALTERA = "Analog Devices", "STMicroelectronics", "AMD", "Altera"
INTEL, LATTICE, RENESAS = "Intel", "Lattice Semiconductor", "Renesas Electronics"


@cache
def bundled() -> RuleBook:
    """Every bundled rule file (all groups), so that overlaps between makers show."""
    return load_rule_book()


def identify(text: str) -> Identification:
    return identify_with(text, book=bundled())


@pytest.mark.parametrize(("name", "maker"), sorted(FILES.items()))
def test_each_file_loads_with_its_maker_and_cites_known_sources(name: str, maker: str) -> None:
    assert_rule_file_loads(name, maker, min_families=8)


def test_the_acquired_brands_carry_their_dates() -> None:
    since = {
        brand.name: brand.since
        for name in FILES
        for brand in load_rule_file(BUILTIN_RULES / name).brands
    }
    assert since["Hittite Microwave"] == dt.date(2014, 7, 22)
    assert since["Linear Technology"] == dt.date(2017, 3, 10)
    assert since["Maxim Integrated"] == dt.date(2021, 8, 26)
    assert since["Xilinx"] == dt.date(2022, 2, 14)
    assert since["Intersil"] == dt.date(2017, 2, 24)
    assert since["IDT"] == dt.date(2019, 3, 29)
    assert since["Dialog Semiconductor"] == dt.date(2021, 8, 31)


# text, manufacturer, brand, base part, full part number (None: suffix not decoded), category
IDENTIFIED = [
    # Analog Devices: grade, package, Z (RoHS), reel
    ("AD620ANZ", ADI, ADI, "AD620", "AD620ANZ", "instrumentation amplifier"),
    ("AD8221ARMZ-R7", ADI, ADI, "AD8221", "AD8221ARMZ-R7", "amplifier"),
    ("AD7606BSTZ", ADI, ADI, "AD7606", "AD7606BSTZ", "ADC"),
    ("AD9361BBCZ", ADI, ADI, "AD9361", "AD9361BBCZ", "RF transceiver"),
    ("ADP151AUJZ-3.3-R7", ADI, ADI, "ADP151", "ADP151AUJZ-3.3-R7", "linear regulator"),
    ("ADXL345BCCZ", ADI, ADI, "ADXL345", "ADXL345BCCZ", "MEMS sensor"),
    ("ADIS16470BMLZ", ADI, ADI, "ADIS16470", "ADIS16470BMLZ", "MEMS sensor"),
    ("ADUM1201ARZ", ADI, ADI, "ADUM1201", "ADUM1201ARZ", "interface IC"),
    ("ADM3485EARZ", ADI, ADI, "ADM3485E", "ADM3485EARZ", "interface IC"),
    ("ADG704BRMZ", ADI, ADI, "ADG704", "ADG704BRMZ", "analog switch"),
    ("ADF4351BCPZ", ADI, ADI, "ADF4351", "ADF4351BCPZ", "RF IC"),
    ("ADR4525BRZ", ADI, ADI, "ADR4525", "ADR4525BRZ", "voltage reference"),
    ("AD8605ARTZ-REEL7", ADI, ADI, "AD8605", "AD8605ARTZ-REEL7", "amplifier"),
    ("OP177GSZ", ADI, ADI, "OP177", "OP177GSZ", "operational amplifier"),
    # Hittite: package code, E (RoHS)
    ("HMC830LP6GE", ADI, "Hittite Microwave", "HMC830", "HMC830LP6GE", "RF IC"),
    ("HMC624ALP4E", ADI, "Hittite Microwave", "HMC624A", "HMC624ALP4E", "RF IC"),
    ("HMC1118LP3DE", ADI, "Hittite Microwave", "HMC1118", "HMC1118LP3DE", "RF IC"),
    # Linear Technology: grade, package, output voltage, #PBF / #TRPBF
    ("LT1763CS8-3.3#PBF", ADI, "Linear Technology", "LT1763", "LT1763CS8-3.3#PBF",
     "integrated circuit"),
    ("LTC3780EGN#PBF", ADI, "Linear Technology", "LTC3780", "LTC3780EGN#PBF",
     "DC-DC converter IC"),
    ("LTM4644EY#PBF", ADI, "Linear Technology", "LTM4644", "LTM4644EY#PBF",
     "DC-DC converter module"),
    ("LT3045EDD#TRPBF", ADI, "Linear Technology", "LT3045", "LT3045EDD#TRPBF",
     "DC-DC converter IC"),
    # Maxim: temperature, package, pins, + lead-free, T reel
    ("MAX9937AXK+T", ADI, "Maxim Integrated", "MAX9937", "MAX9937AXK+T", "amplifier"),
    ("MAX2769ETI+", ADI, "Maxim Integrated", "MAX2769", "MAX2769ETI+", "GNSS receiver IC"),
    ("MAX4684EBC+T", ADI, "Maxim Integrated", "MAX4684", "MAX4684EBC+T", "analog switch"),
    ("MAX232CPE MAXIM", ADI, "Maxim Integrated", "MAX232", "MAX232CPE", "interface IC"),
    # Dallas Semiconductor
    ("DS18B20+", ADI, "Dallas Semiconductor", "DS18B20", "DS18B20+", "sensor IC"),
    ("DS3231SN#", ADI, "Dallas Semiconductor", "DS3231", "DS3231SN#", "clock IC"),
    # STMicroelectronics: STM32/STM8 ordering scheme
    ("STM32F103C8T6", ST, ST, "STM32F103", "STM32F103C8T6", "MCU"),
    ("STM32F407VGT6TR", ST, ST, "STM32F407", "STM32F407VGT6TR", "MCU"),
    ("STM32H743ZIT6", ST, ST, "STM32H743", "STM32H743ZIT6", "MCU"),
    ("STM32G0B1RET6", ST, ST, "STM32G0B1", "STM32G0B1RET6", "MCU"),
    ("STM8S003F3P6", ST, ST, "STM8S003", "STM8S003F3P6", "MCU"),
    ("LIS3DHTR", ST, ST, "LIS3DH", "LIS3DHTR", "MEMS sensor"),
    ("LSM6DS3TR", ST, ST, "LSM6DS3", "LSM6DS3TR", "MEMS sensor"),
    ("LD1117S33TR", ST, ST, "LD1117", "LD1117S33TR", "linear regulator"),
    ("ST L7805CV", ST, ST, "L7805", "L7805CV", "linear regulator"),
    ("M24C02-WMN6TP", ST, ST, "M24C02", "M24C02-WMN6TP", "EEPROM"),
    ("ST3232CTR", ST, ST, "ST3232", "ST3232CTR", "interface IC"),
    ("TSV912IST", ST, ST, "TSV912", "TSV912IST", "operational amplifier"),
    ("STP55NF06L", ST, ST, "STP55NF06", None, "MOSFET"),
    ("VIPER22A", ST, ST, "VIPER22A", None, "power management IC"),
    ("TESEO-LIV3F", ST, ST, "TESEO-LIV3F", None, "GNSS module"),
    ("VL53L1X", ST, ST, "VL53L1X", None, "sensor IC"),
    ("ST BTA16-600B", ST, ST, "BTA16-600B", None, "thyristor"),
    ("SGS-THOMSON L298N", ST, "SGS-Thomson", "L298", None, "driver IC"),
    # AMD (Xilinx): device-speed, package, G, pins, temperature
    ("XC7A35T-1CSG324C", AMD, "Xilinx", "XC7A35T", "XC7A35T-1CSG324C", "FPGA"),
    ("XC7Z020-1CLG400C", AMD, "Xilinx", "XC7Z020", "XC7Z020-1CLG400C", "SoC"),
    ("XCZU9EG-2FFVB1156E", AMD, "Xilinx", "XCZU9EG", "XCZU9EG-2FFVB1156E", "SoC"),
    ("XC6SLX9-2TQG144C", AMD, "Xilinx", "XC6SLX9", "XC6SLX9-2TQG144C", "FPGA"),
    ("XC3S500E-4PQG208C", AMD, "Xilinx", "XC3S500E", "XC3S500E-4PQG208C", "FPGA"),
    ("XC9572XL-10VQG44C", AMD, "Xilinx", "XC9572XL", "XC9572XL-10VQG44C", "CPLD"),
    ("XC2C64A-7VQG44C", AMD, "Xilinx", "XC2C64A", "XC2C64A-7VQG44C", "CPLD"),
    ("XCF04SVOG20C", AMD, "Xilinx", "XCF04S", "XCF04SVOG20C", "flash memory"),
    # Altera: density, package, pins/package code, temperature, speed, N
    ("EP4CE22F17C8N", ALTERA, ALTERA, "EP4CE22", "EP4CE22F17C8N", "FPGA"),
    ("EP2C5T144C8N", ALTERA, ALTERA, "EP2C5", "EP2C5T144C8N", "FPGA"),
    ("EP3C16F484C6N", ALTERA, ALTERA, "EP3C16", "EP3C16F484C6N", "FPGA"),
    ("EPM240T100C5N", ALTERA, ALTERA, "EPM240", "EPM240T100C5N", "CPLD"),
    ("EPM7128SLC84-15", ALTERA, ALTERA, "EPM7128S", "EPM7128SLC84-15", "CPLD"),
    ("10M08SAE144C8G", ALTERA, ALTERA, "10M08SA", "10M08SAE144C8G", "FPGA"),
    ("5CSEMA5F31C6N", ALTERA, ALTERA, "5CSEMA5", "5CSEMA5F31C6N", "SoC"),
    ("EPCS16SI8N", ALTERA, ALTERA, "EPCS16", "EPCS16SI8N", "flash memory"),
    # Intel: Ethernet controllers and Wi-Fi modules
    ("WG82574L", INTEL, INTEL, "WG82574L", None, "Ethernet PHY"),
    ("WGI210AT", INTEL, INTEL, "WGI210AT", None, "Ethernet PHY"),
    ("AX200NGW", INTEL, INTEL, "AX200NGW", None, "radio module"),
    # Lattice: device-speed, package, pins, temperature
    ("LCMXO2-1200HC-4TG100C", LATTICE, LATTICE, "LCMXO2-1200HC", "LCMXO2-1200HC-4TG100C",
     "FPGA"),
    ("LFE5U-25F-6BG381C", LATTICE, LATTICE, "LFE5U-25F", "LFE5U-25F-6BG381C", "FPGA"),
    ("ICE40UP5K-SG48I", LATTICE, LATTICE, "ICE40UP5K", "ICE40UP5K-SG48I", "FPGA"),
    ("LC4256ZE-7TN100C", LATTICE, LATTICE, "LC4256ZE", "LC4256ZE-7TN100C", "CPLD"),
    ("LATTICE GAL22V10D", LATTICE, LATTICE, "GAL22V10D", None, "CPLD"),
    # Renesas and its brands
    ("R5F100LEAFB", RENESAS, RENESAS, "R5F100LE", "R5F100LEAFB", "MCU"),
    ("R7FA4M1AB3CFM", RENESAS, RENESAS, "R7FA4M1AB", None, "MCU"),
    ("ISL3172EIBZ-T", RENESAS, "Intersil", "ISL3172E", "ISL3172EIBZ-T", "interface IC"),
    ("ISL28134IHZ-T7", RENESAS, "Intersil", "ISL28134", "ISL28134IHZ-T7",
     "operational amplifier"),
    ("5P49V5901", RENESAS, "IDT", "5P49V5901", None, "clock IC"),
    ("DA14531", RENESAS, "Dialog Semiconductor", "DA14531", None, "RF transceiver"),
    ("ADESTO AT25SF041B", RENESAS, "Adesto", "AT25SF041B", None, "flash memory"),
    ("UPD720201", RENESAS, "NEC Electronics", "UPD720201", None, "USB interface"),
    ("HD64F3687", RENESAS, RENESAS, "HD64F3687", None, "MCU"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base", "mpn", "category"),
    IDENTIFIED,
    ids=[c[0] for c in IDENTIFIED],
)
def test_orderable_numbers_identify_maker_brand_part_and_category(
    text: str, maker: str, brand: str, base: str, mpn: str | None, category: str
) -> None:
    assert_identified(identify(text), maker, brand, base, mpn, category)


# text, {field: (code, meaning)} of the decoded suffix
SUFFIXES = [
    ("AD8605ARTZ-REEL7", {"grade": ("A", "performance/temperature grade A"),
                          "package": ("RT", "SOT-23"), "rohs": ("Z", "RoHS compliant"),
                          "reel": ("REEL7", "7-inch tape and reel")}),
    ("LTC6655BHMS8-2.5#PBF", {"grade": ("B", "B grade"),
                              "temp": ("H", "high temperature, -40 to 125 C"),
                              "package": ("MS8", "MSOP-8"), "voltage": ("2.5", ""),
                              "finish": ("PBF", "lead free finish")}),
    ("MAX3232ESE+T MAXIM", {"temp": ("E", "extended, -40 to 85 C"),
                            "package": ("S", "SO (narrow)"), "pins": ("E", "16"),
                            "leadfree": ("+", "lead(Pb)-free / RoHS compliant"),
                            "reel": ("T", "tape and reel")}),
    ("HMC830LP6GE", {"package": ("LP6G", "6x6 mm QFN"), "rohs": ("E", "RoHS compliant")}),
    ("STM32F103C8T6", {"pins": ("C", "48 pins"), "flash": ("8", "64 Kbytes"),
                       "package": ("T", "LQFP"), "temp": ("6", "industrial, -40 to 85 C")}),
    ("STM32L432KCU6", {"pins": ("K", "32 pins"), "flash": ("C", "256 Kbytes"),
                       "package": ("U", "UFQFPN / VFQFPN"),
                       "temp": ("6", "industrial, -40 to 85 C")}),
    ("M24C02-WMN6TP", {"voltage": ("W", "2.5 V to 5.5 V"), "package": ("MN", "SO8N"),
                       "temp": ("6", "-40 to 85 C"), "reel": ("T", "tape and reel"),
                       "finish": ("P", "ECOPACK (RoHS)")}),
    ("XC7A35T-1CSG324C", {"speed": ("1", "speed grade -1"),
                          "package": ("CS", "chip-scale BGA (CSG)"), "pbfree": ("G", "Pb-free"),
                          "pins": ("324", ""), "temp": ("C", "commercial, 0 to 85 C junction")}),
    ("EP4CE22F17C8N", {"package": ("F", "FineLine BGA"), "pins": ("17", ""),
                       "temp": ("C", "commercial, 0 to 85 C junction"), "speed": ("8", ""),
                       "option": ("N", "lead-free")}),
    ("LCMXO2-1200HC-4TG100C", {"speed": ("4", "speed grade 4"), "package": ("T", "TQFP"),
                               "leadfree": ("G", "halogen-free, lead-free"),
                               "pins": ("100", ""), "temp": ("C", "commercial")}),
    ("ISL3172EIBZ-T", {"temp": ("I", "industrial, -40 to 85 C"), "package": ("B", "SOIC"),
                       "rohs": ("Z", "Pb-free (RoHS compliant)"),
                       "reel": ("T", "tape and reel")}),
    ("R5F100LEAFB", {"application": ("A", "consumer applications, -40 to 85 C"),
                     "package": ("FB", "LFQFP")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fields"), SUFFIXES, ids=[c[0] for c in SUFFIXES])
def test_suffixes_decode_field_by_field(text: str, fields: dict[str, tuple[str, str]]) -> None:
    result = identify(text)
    assert result.mpn is not None, result.explanation
    assert decoded_suffix(result) == fields


# text, date code read, first and last day of the window
DATES = [
    # ADI: #YYWW on the branding
    ("AD620ANZ #1947", "#1947", dt.date(2019, 11, 18), dt.date(2019, 11, 24)),
    # Linear and Maxim: YYWW
    ("LTC3780EGN#PBF 1912", "1912", dt.date(2019, 3, 18), dt.date(2019, 3, 24)),
    ("DS3231SN# 2134", "2134", dt.date(2021, 8, 23), dt.date(2021, 8, 29)),
    # ST: Y WW (one-digit year, latest decade), P Y WW, country + Y WW
    ("STM32F103 C8T6 GH22N 93 MYS 807", "807", dt.date(2018, 2, 12), dt.date(2018, 2, 18)),
    ("STM8S003F3P6 Z245", "Z245", dt.date(2022, 11, 7), dt.date(2022, 11, 13)),
    ("STM32F103C8T6 CHN915", "CHN915", dt.date(2019, 4, 8), dt.date(2019, 4, 14)),
    # Xilinx: package line with YYWW, and lot-date on chip-scale packages
    ("XILINX XC7A35T CSG324ABX1830 D1234567A 1C", "CSG324ABX1830",
     dt.date(2018, 7, 23), dt.date(2018, 7, 29)),
    ("XC3S250E FT256AGQ0525 D1234567A 4C", "FT256AGQ0525",
     dt.date(2005, 6, 20), dt.date(2005, 6, 26)),
    # Altera: 11-character code (letter, test site, die, revision, process, YYWW, id),
    # the same without the leading letter, and the older XZYYWW
    ("EPM7256ATI144-10 T CAC270743A", "CAC270743A", dt.date(2007, 10, 22),
     dt.date(2007, 10, 28)),
    ("EP4CE6E22C8N AB1C2D1526E", "AB1C2D1526E", dt.date(2015, 6, 22), dt.date(2015, 6, 28)),
    ("EPF10K10TC144-3 AB9715", "AB9715", dt.date(1997, 4, 7), dt.date(1997, 4, 13)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code", "start", "end"), DATES, ids=[c[0] for c in DATES])
def test_documented_date_codes_give_production_windows(
    text: str, code: str, start: dt.date, end: dt.date
) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.date_code, result.date_from, result.date_to) == (code, start, end)


def test_a_one_digit_st_year_is_read_in_the_latest_decade_with_the_earlier_one_named() -> None:
    result = identify("STM32F103C8T6 915")
    assert (result.date_from, result.date_to) == (dt.date(2019, 4, 8), dt.date(2019, 4, 14))
    assert any("2009 a decade earlier" in line for line in result.explanation)


def test_the_xilinx_lot_date_of_chip_scale_packages_is_read() -> None:
    result = identify("XC3S250E F1234567-0525")
    assert result.date_code == "F1234567-0525"
    assert result.date_from == dt.date(2005, 6, 20)


def test_a_brand_bought_after_the_production_window_is_explained() -> None:
    result = identify("LTC3780EGN#PBF 1912")
    assert any("Linear Technology belongs to Analog Devices since 2017-03-10" in line
               for line in result.explanation)  # fmt: skip


# second-sourced numbers without a maker's name, and near misses of the grammars
UNKNOWN = [
    "MAX232CPE",  # TI and others sell MAX232
    "MAX3232ESE",  # without Maxim's "+" (MAX3232ESE+T is Maxim's: test_rules_adi)
    "MAX485ESA",
    "OP07CP",  # OP07: ADI and TI
    "MAX809STRG",  # MAX809: onsemi and others
    "BTA16-600B",  # triacs also made by WeEn/NXP
    "L7805CV",  # L78xx: second-sourced
    "LM358DT",
    "GAL16V8D",  # GAL: Lattice and licensees
    "AT45DB161D",  # DataFlash before Adesto: Atmel-made
    "HMC5883L",  # Honeywell magnetometer, not Hittite
    "HMC6343",
    "XC6206P332MR",  # Torex regulator, not Xilinx
    "XC9142A",
    "DS26LS31",  # National/TI, not Dallas
    "LF347N",  # TI op amp, not an ST LFxx regulator
    "ST7735",  # Sitronix display driver, not ST
    "EP4",
    "LCMXO",
    "8255",
    "AT25256",  # Atmel serial EEPROM (Microchip), not Adesto
]


@pytest.mark.parametrize("text", UNKNOWN)
def test_second_sourced_numbers_and_near_misses_give_no_maker_of_this_group(text: str) -> None:
    result = identify(text)
    assert result.manufacturer not in set(FILES.values()), result.explanation


def test_a_second_sourced_number_gives_the_maker_the_text_names() -> None:
    assert identify("ST LM358DT").manufacturer == ST
    assert identify("MAX485ESA MAXIM").brand == "Maxim Integrated"
    assert identify("L7805CV").unknown


def test_old_atmel_dataflash_goes_to_the_maker_named() -> None:
    assert identify("ADESTO AT45DB161D").brand == "Adesto"
    assert identify("ADESTO AT45DB161E").brand == "Adesto"
    assert identify("RENESAS AT45DB161E").manufacturer == RENESAS


# ---- wider coverage of Analog Devices, STMicroelectronics and AMD -------------------
# Older three-digit and newer five-digit numbers, acquired brands' families and the
# documented top-marking forms; each case from the sources cited in the rule files.
WIDER = [
    # Analog Devices: AD7xx op amps, reel suffix without hyphen, RS-485, supervisors
    ("AD797ARZ", ADI, ADI, "AD797", "AD797ARZ", "operational amplifier"),
    ("AD7980ARMZRL7", ADI, ADI, "AD7980", "AD7980ARMZRL7", "ADC"),
    ("ADM485EARZ", ADI, ADI, "ADM485E", "ADM485EARZ", "interface IC"),
    ("ADM690AN", ADI, ADI, "ADM690", "ADM690AN", "supervisor"),
    ("TMP36GT9Z", ADI, ADI, "TMP36", None, "sensor IC"),
    ("ADIN1300BCPZ", ADI, ADI, "ADIN1300", "ADIN1300BCPZ", "Ethernet PHY"),
    # Hittite four-digit numbers with a Hittite package code
    ("HMC7044LP10BE", ADI, "Hittite Microwave", "HMC7044", "HMC7044LP10BE", "RF IC"),
    ("HMC1119LP4ME", ADI, "Hittite Microwave", "HMC1119", "HMC1119LP4ME", "RF IC"),
    # Linear Technology: LT4xxx, three-digit LTC485, TO-3P / DD-Pak packages
    ("LT4356CDE-1#PBF", ADI, "Linear Technology", "LT4356", "LT4356CDE-1#PBF",
     "power management IC"),
    ("LTC485CN8", ADI, "Linear Technology", "LTC485", "LTC485CN8", "interface IC"),
    ("LT1083CP", ADI, "Linear Technology", "LT1083", "LT1083CP", "integrated circuit"),
    ("LT1086CM-3.3", ADI, "Linear Technology", "LT1086", "LT1086CM-3.3",
     "integrated circuit"),
    # Maxim: three-digit and five-digit numbers, MAXQ
    ("MAX038CPP", ADI, "Maxim Integrated", "MAX038", "MAX038CPP", "integrated circuit"),
    ("MAX471CSA", ADI, "Maxim Integrated", "MAX471", "MAX471CSA", "integrated circuit"),
    ("MAX13487EESA+", ADI, "Maxim Integrated", "MAX13487E", "MAX13487EESA+",
     "interface IC"),
    ("MAX21100", ADI, "Maxim Integrated", "MAX21100", None, "integrated circuit"),
    ("MAXQ1850", ADI, "Maxim Integrated", "MAXQ1850", None, "MCU"),
    # Dallas Semiconductor: clocks and 8051 microcontrollers
    ("DS12C887", ADI, "Dallas Semiconductor", "DS12C887", None, "clock IC"),
    ("DS80C320", ADI, "Dallas Semiconductor", "DS80C320", None, "MCU"),
    # STMicroelectronics: small-package STM32 marking, VIPower, MOSFET top marks
    ("32F030F4P6", ST, ST, "32F030", "32F030F4P6", "MCU"),
    ("VNH2SP30-E", ST, ST, "VNH2SP30", None, "power management IC"),
    ("VND7140AJ", ST, ST, "VND7140A", None, "power management IC"),
    ("70N60DM2", ST, ST, "70N60DM2", None, "MOSFET"),
    ("160N4F7", ST, ST, "160N4F7", None, "MOSFET"),
    ("7LN80K5", ST, ST, "7LN80K5", None, "MOSFET"),
    ("D35NF06L", ST, ST, "D35NF06L", None, "MOSFET"),
    ("SCT30N120", ST, ST, "SCT30N120", None, "MOSFET"),
    ("M41T81SM6F", ST, ST, "M41T81S", None, "clock IC"),
    ("TDA7294", ST, ST, "TDA7294", None, "amplifier"),
    ("L9637D", ST, ST, "L9637", None, "integrated circuit"),
    ("ST232CN", ST, ST, "ST232", "ST232CN", "interface IC"),
    # AMD (Xilinx): the older families of the Xilinx data books
    ("XC4010XL", AMD, "Xilinx", "XC4010XL", None, "FPGA"),
    ("XC3090-70PC84C", AMD, "Xilinx", "XC3090", "XC3090-70PC84C", "FPGA"),
    ("XCS10XL", AMD, "Xilinx", "XCS10XL", None, "FPGA"),
    ("XC5204", AMD, "Xilinx", "XC5204", None, "FPGA"),
    ("XC17V04", AMD, "Xilinx", "XC17V04", None, "flash memory"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base", "mpn", "category"), WIDER, ids=[c[0] for c in WIDER]
)
def test_wider_families_identify_maker_brand_part_and_category(
    text: str, maker: str, brand: str, base: str, mpn: str | None, category: str
) -> None:
    assert_identified(identify(text), maker, brand, base, mpn, category)


def test_new_suffix_codes_decode() -> None:
    linear = decoded_suffix(identify("LT1083CP"))
    assert linear == {"temp": ("C", "commercial, 0 to 70 C"), "package": ("P", "TO-3P")}
    adi = {part.field: part.code for part in identify("AD7980ARMZRL7").suffix}
    assert adi == {"grade": "A", "package": "RM", "rohs": "Z", "reel": "RL7"}


# Other makers' numbers under the same prefixes, package names and second sources
WIDER_NEAR_MISSES = [
    "HMC5883L",  # Honeywell magnetometer: no Hittite package code
    "HMC1052L",
    "VN2222LL",  # Supertex/Microchip MOSFET, not VIPower
    "VN0106N3",
    "TDA7050",  # NXP audio amplifier
    "L9110S",  # motor driver of other makers
    "SCT3080AL",  # ROHM SiC MOSFET
    "SSM3K15AFU",  # Toshiba small-signal MOSFET, not an SSM audio part
    "DS1488N",  # National/TI line driver, not Dallas
    "MAX232N",  # TI's MAX232 (package N)
    "MAX3232CPWR",  # TI's MAX3232
    "MAX485ESA",  # second-sourced transceiver: the text names no maker
    "10N60",  # no ST technology code
    "1N4148",
    "XC6206P332MR",  # Torex
]


@pytest.mark.parametrize("text", WIDER_NEAR_MISSES)
def test_wider_families_leave_other_makers_numbers_alone(text: str) -> None:
    assert identify(text).manufacturer not in {ADI, ST, AMD}


# ---- Infineon Technologies (with International Rectifier, Cypress, Spansion) --------
# Main cases are in test_rules_a.py; these cover the families added since.
IFX = "Infineon Technologies"
INFINEON_WIDER = [
    ("ESD5V3U1U-02LS", IFX, IFX, "ESD5V3U1U", None, "diode"),
    ("ESD5V3S1B-02LS", IFX, IFX, "ESD5V3S1B", None, "diode"),
    ("BCR133", IFX, IFX, "BCR133", None, "transistor"),
    ("SAB-C167CR-LM", IFX, IFX, "SAB-C167CR", None, "MCU"),
    # Spansion flash top marking without the S25/S29 prefix (KBA221133)
    ("FL128SAIF00", IFX, "Spansion", "FL128S", None, "flash memory"),
    ("FL127SIF00", IFX, "Spansion", "FL127S", None, "flash memory"),
    ("GL128P10FFI01", IFX, "Spansion", "GL128P", None, "flash memory"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base", "mpn", "category"),
    INFINEON_WIDER,
    ids=[c[0] for c in INFINEON_WIDER],
)
def test_infineon_wider_families(
    text: str, maker: str, brand: str, base: str, mpn: str | None, category: str
) -> None:
    assert_identified(identify(text), maker, brand, base, mpn, category)


@pytest.mark.parametrize(
    "text",
    [
        "BGA144",  # a package name, not an Infineon RF part
        "BCR08AM",  # Renesas triac
        "ESD5Z5.0T1G",  # onsemi
        "FL7701",  # Fairchild LED driver
        "GL850G",  # Genesys Logic USB hub
    ],
)
def test_infineon_wider_families_leave_other_makers_numbers_alone(text: str) -> None:
    assert identify(text).manufacturer != IFX
