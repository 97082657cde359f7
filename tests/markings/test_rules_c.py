"""Rule files of group c: passive components, power and RF modules, connectors.

Every case comes from the makers' part-numbering pages, ordering-information
tables and marking documents cited in the rule files: orderable numbers decode
to maker, brand, base part, full part number and suffix meanings; documented
date codes decode to production windows; near misses and second-sourced
numbers without a maker's name stay unknown (or go to another maker).
"""

from __future__ import annotations

import datetime as dt

import pytest

from partpath.markings import identify_marking
from tests.markings.rule_cases import (
    assert_identified,
    assert_rule_file_loads,
    assert_suffix_fields,
    identify,
)

FILES = {
    "u-blox.yml": "u-blox",
    "murata.yml": "Murata Manufacturing",
    "vishay.yml": "Vishay Intertechnology",
    "tdk.yml": "TDK",
    "yageo.yml": "YAGEO",
    "kyocera-avx.yml": "KYOCERA AVX",
    "panasonic.yml": "Panasonic",
    "traco-power.yml": "Traco Power",
    "mini-circuits.yml": "Mini-Circuits",
    "mornsun.yml": "MORNSUN Guangzhou Science & Technology",
    "bourns.yml": "Bourns",
    "littelfuse.yml": "Littelfuse",
    "te-connectivity.yml": "TE Connectivity",
    "amphenol.yml": "Amphenol",
    "wurth-elektronik.yml": "Würth Elektronik",
    "sumida.yml": "Sumida",
    "cts.yml": "CTS",
    "ttm-technologies.yml": "TTM Technologies",
    "transcend-information.yml": "Transcend Information",
    "taoglas.yml": "Taoglas",
    "raspberry-pi.yml": "Raspberry Pi",
}


@pytest.mark.parametrize(("name", "maker"), sorted(FILES.items()))
def test_each_file_loads_with_families_citing_its_sources(name: str, maker: str) -> None:
    assert_rule_file_loads(name, maker)


# text, manufacturer, brand, base part, full part number (None: suffix not decoded), category
IDENTIFIED = [
    # u-blox: product name PPPP-TGVV, ordering code -TTQ, type number -XX
    ("NEO-M8N-0-10", "u-blox", "u-blox", "NEO-M8N", "NEO-M8N-0-10", "GNSS module"),
    ("ZED-F9P-04B-01", "u-blox", "u-blox", "ZED-F9P", "ZED-F9P-04B-01", "GNSS module"),
    ("MAX-M10S-00B", "u-blox", "u-blox", "MAX-M10S", "MAX-M10S-00B", "GNSS module"),
    ("NEO-6M-0-001", "u-blox", "u-blox", "NEO-6M", "NEO-6M-0-001", "GNSS module"),
    ("SARA-R410M-02B-03", "u-blox", "u-blox", "SARA-R410M", "SARA-R410M-02B-03", "radio module"),
    ("NINA-B111-00B-00", "u-blox", "u-blox", "NINA-B111", "NINA-B111-00B-00", "radio module"),
    ("UBX-M8030-KT", "u-blox", "u-blox", "UBX-M8030", None, "GNSS receiver IC"),
    # Murata: MLCC field by field, EMIFIL, inductors, power, MEMS
    (
        "GRM188R71H104KA93D",
        "Murata Manufacturing",
        "Murata Manufacturing",
        "GRM188",
        "GRM188R71H104KA93D",
        "MLCC",
    ),
    (
        "GCM155R71H104KE02J",
        "Murata Manufacturing",
        "Murata Manufacturing",
        "GCM155",
        "GCM155R71H104KE02J",
        "MLCC",
    ),
    (
        "GRM21BR61E475MA12L",
        "Murata Manufacturing",
        "Murata Manufacturing",
        "GRM21B",
        "GRM21BR61E475MA12L",
        "MLCC",
    ),
    (
        "BLM18PG221SN1D",
        "Murata Manufacturing",
        "Murata Manufacturing",
        "BLM18PG221",
        "BLM18PG221SN1D",
        "inductor",
    ),
    ("LQH32CN100K23L", "Murata Manufacturing", "Murata Manufacturing", "LQH32CN", None, "inductor"),
    (
        "NME0505SC",
        "Murata Manufacturing",
        "Murata Power Solutions",
        "NME0505",
        "NME0505SC",
        "DC-DC converter module",
    ),
    (
        "OKI-78SR-5/1.5-W36-C",
        "Murata Manufacturing",
        "Murata Power Solutions",
        "OKI-78SR-5/1.5",
        None,
        "DC-DC converter module",
    ),
    (
        "SCA3300-D01",
        "Murata Manufacturing",
        "Murata Electronics Oy",
        "SCA3300-D01",
        None,
        "MEMS sensor",
    ),
    # Vishay
    (
        "CRCW060310K0FKEA",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "CRCW0603",
        "CRCW060310K0FKEA",
        "resistor",
    ),
    (
        "TNPW060310K0BEEA",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "TNPW0603",
        "TNPW060310K0BEEA",
        "resistor",
    ),
    (
        "293D107X9010D2WE3",
        "Vishay Intertechnology",
        "Vishay Sprague",
        "293D",
        "293D107X9010D2WE3",
        "tantalum capacitor",
    ),
    (
        "TR3D107K010C0100",
        "Vishay Intertechnology",
        "Vishay Sprague",
        "TR3D",
        "TR3D107K010C0100",
        "tantalum capacitor",
    ),
    (
        "IHLP2525CZER100M01",
        "Vishay Intertechnology",
        "Vishay Dale",
        "IHLP2525CZ",
        "IHLP2525CZER100M01",
        "inductor",
    ),
    (
        "SI2301CDS-T1-GE3",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "SI2301CDS",
        "SI2301CDS-T1-GE3",
        "MOSFET",
    ),
    (
        "SiZ920DT-T1-GE3",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "SIZ920DT",
        "SIZ920DT-T1-GE3",
        "MOSFET",
    ),
    (
        "SUM110P06-07L",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "SUM110P06",
        "SUM110P06-07L",
        "MOSFET",
    ),
    (
        "VS-30BQ040TRPBF",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "VS-30BQ040",
        "VS-30BQ040TRPBF",
        "diode",
    ),
    ("SS3P3", "Vishay Intertechnology", "Vishay General Semiconductor", "SS3P3", None, "diode"),
    ("VISHAY SS14", "Vishay Intertechnology", "Vishay Intertechnology", "SS14", None, "diode"),
    (
        "TSOP38238",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "TSOP38238",
        None,
        "photosensitive device",
    ),
    (
        "VO617A",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "VO617A",
        None,
        "photosensitive device",
    ),
    # TDK / EPCOS / TDK-Lambda / InvenSense
    ("C1608X7R1H104K080AA", "TDK", "TDK", "C1608", "C1608X7R1H104K080AA", "MLCC"),
    ("C1608C0G1E103J", "TDK", "TDK", "C1608", "C1608C0G1E103J", "MLCC"),
    ("CGA3E2X7R1H104K080AA", "TDK", "TDK", "CGA3E2", "CGA3E2X7R1H104K080AA", "MLCC"),
    ("VLS3012ET-2R2M", "TDK", "TDK", "VLS3012ET", "VLS3012ET-2R2M", "inductor"),
    ("B57861S0103F040", "TDK", "EPCOS", "B57861", None, "resistor"),
    ("B82464G4103M", "TDK", "EPCOS", "B82464", None, "inductor"),
    (
        "CC10-0512SF-E",
        "TDK",
        "TDK-Lambda",
        "CC10-0512SF",
        "CC10-0512SF-E",
        "DC-DC converter module",
    ),
    ("MPU-6000", "TDK", "InvenSense", "MPU-6000", None, "MEMS sensor"),
    ("ICM-42688-P", "TDK", "InvenSense", "ICM-42688-P", None, "MEMS sensor"),
    # YAGEO / KEMET / Pulse
    ("RC0603FR-0710KL", "YAGEO", "YAGEO", "RC0603", "RC0603FR-0710KL", "resistor"),
    ("RT0603DRE0756RL", "YAGEO", "YAGEO", "RT0603", "RT0603DRE0756RL", "resistor"),
    ("CC0603KRX7R9BB104", "YAGEO", "YAGEO", "CC0603", "CC0603KRX7R9BB104", "MLCC"),
    ("T491B106K016AT", "YAGEO", "KEMET", "T491B", "T491B106K016AT", "tantalum capacitor"),
    ("T495X107K016ATE100", "YAGEO", "KEMET", "T495X", "T495X107K016ATE100", "tantalum capacitor"),
    ("C0805C104K5RACTU", "YAGEO", "KEMET", "C0805", "C0805C104K5RACTU", "MLCC"),
    ("H1102NL", "YAGEO", "Pulse Electronics", "H1102", "H1102NL", "transformer"),
    ("PE-68386NL", "YAGEO", "Pulse Electronics", "PE-68386", "PE-68386NL", "transformer"),
    # KYOCERA AVX
    ("TAJA106K016RNJ", "KYOCERA AVX", "AVX", "TAJA", "TAJA106K016RNJ", "tantalum capacitor"),
    ("TPSD107M010R0100", "KYOCERA AVX", "AVX", "TPSD", "TPSD107M010R0100", "tantalum capacitor"),
    ("08055A101JAT2A", "KYOCERA AVX", "AVX", "08055A", "08055A101JAT2A", "MLCC"),
    # Panasonic
    ("ERJ-3EKF1002V", "Panasonic", "Panasonic", "ERJ-3E", None, "resistor"),
    ("EEE-FK1V101P", "Panasonic", "Panasonic", "EEE-FK1V101", None, None),
    ("AQY212EH", "Panasonic", "Panasonic", "AQY212EH", None, "relay"),
    ("TQ2SA-5V", "Panasonic", "Panasonic", "TQ2SA-5V", None, "relay"),
    # Traco Power (order code written without the space)
    ("TSR1-2450", "Traco Power", "Traco Power", "TSR1-2450", None, "DC-DC converter module"),
    ("TEN5-2411", "Traco Power", "Traco Power", "TEN5-2411", None, "DC-DC converter module"),
    ("TME0505S", "Traco Power", "Traco Power", "TME0505S", None, "DC-DC converter module"),
    # Mini-Circuits: "+" = RoHS compliant
    ("GALI-84+", "Mini-Circuits", "Mini-Circuits", "GALI-84", "GALI-84+", "RF amplifier"),
    ("ERA-3SM+", "Mini-Circuits", "Mini-Circuits", "ERA-3SM", "ERA-3SM+", "RF amplifier"),
    ("PSA4-5043+", "Mini-Circuits", "Mini-Circuits", "PSA4-5043", "PSA4-5043+", "RF amplifier"),
    (
        "ZX60-3018G-S+",
        "Mini-Circuits",
        "Mini-Circuits",
        "ZX60-3018G-S",
        "ZX60-3018G-S+",
        "RF module",
    ),
    ("ADE-1+", "Mini-Circuits", "Mini-Circuits", "ADE-1", "ADE-1+", "RF module"),
    ("ROS-2500+", "Mini-Circuits", "Mini-Circuits", "ROS-2500", "ROS-2500+", "oscillator"),
    ("LFCN-1000+", "Mini-Circuits", "Mini-Circuits", "LFCN-1000", "LFCN-1000+", "filter"),
    ("PAT-10+", "Mini-Circuits", "Mini-Circuits", "PAT-10", "PAT-10+", "RF module"),
    # MORNSUN
    (
        "B0505S-1WR3",
        "MORNSUN Guangzhou Science & Technology",
        "MORNSUN Guangzhou Science & Technology",
        "B0505S-1W",
        "B0505S-1WR3",
        "DC-DC converter module",
    ),
    (
        "URB2405YMD-6WR3",
        "MORNSUN Guangzhou Science & Technology",
        "MORNSUN Guangzhou Science & Technology",
        "URB2405YMD-6W",
        "URB2405YMD-6WR3",
        "DC-DC converter module",
    ),
    (
        "K7805-500R3",
        "MORNSUN Guangzhou Science & Technology",
        "MORNSUN Guangzhou Science & Technology",
        "K7805-500",
        "K7805-500R3",
        "DC-DC converter module",
    ),
    # Bourns
    ("3296W-1-103LF", "Bourns", "Bourns", "3296W", "3296W-1-103LF", "resistor"),
    ("SRR1260-100M", "Bourns", "Bourns", "SRR1260", "SRR1260-100M", "inductor"),
    ("CDSOT23-SM712", "Bourns", "Bourns", "CDSOT23-SM712", None, "diode"),
    ("MF-MSMF050-2", "Bourns", "Bourns", "MF-MSMF050", None, "fuse"),
    # Littelfuse / IXYS / PolySwitch
    ("0451005.MRL", "Littelfuse", "Littelfuse", "0451005", "0451005.MRL", "fuse"),
    ("SP0503BAHTG", "Littelfuse", "Littelfuse", "SP0503BAHT", None, "diode"),
    ("IXFH30N60P", "Littelfuse", "IXYS", "IXFH30N60P", None, "MOSFET"),
    ("CPC1017N", "Littelfuse", "IXYS", "CPC1017N", None, "relay"),
    ("RXEF050", "Littelfuse", "PolySwitch", "RXEF050", None, "fuse"),
    # TE Connectivity
    ("1-1734248-5", "TE Connectivity", "TE Connectivity", "1-1734248-5", None, None),
    ("IM03GR", "TE Connectivity", "Axicom", "IM03GR", None, "relay"),
    ("PCH-124D2H", "TE Connectivity", "Potter & Brumfield", "PCH-124D2H", None, "relay"),
    ("RT314012", "TE Connectivity", "Schrack", "RT314012", None, "relay"),
    (
        "MS5611-01BA03",
        "TE Connectivity",
        "Measurement Specialties",
        "MS5611",
        "MS5611-01BA03",
        "MEMS sensor",
    ),
    ("MS5611", "TE Connectivity", "Measurement Specialties", "MS5611", None, "MEMS sensor"),
    ("MPU6050", "TDK", "InvenSense", "MPU6050", None, "MEMS sensor"),
    # Amphenol, Würth, Sumida, CTS
    ("10118194-0001LF", "Amphenol", "FCI", "10118194-0001", "10118194-0001LF", "connector"),
    ("RJHSE-5380", "Amphenol", "Amphenol", "RJHSE-5380", None, "connector"),
    ("744771110", "Würth Elektronik", "Würth Elektronik", "744771110", None, "inductor"),
    ("CDRH104RNP-100NC", "Sumida", "Sumida", "CDRH104R", "CDRH104RNP-100NC", "inductor"),
    ("CD54NP-100KC", "Sumida", "Sumida", "CD54", "CD54NP-100KC", "inductor"),
    ("CB3LV-3I-25M0000", "CTS", "CTS", "CB3LV-3I-25M0000", None, "oscillator"),
    # Vishay: Siliconix analog switches, load switches and newer MOSFET names
    (
        "DG9409DN-T1-E4",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "DG9409",
        "DG9409DN-T1-E4",
        "analog switch",
    ),
    (
        "DG408LDY-E3",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "DG408L",
        "DG408LDY-E3",
        "analog switch",
    ),
    (
        "SiP32408DNP-T1-GE4",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "SIP32408",
        "SIP32408DNP-T1-GE4",
        "power management IC",
    ),
    (
        "SiSA04DN-T1-GE3",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "SISA04DN",
        "SISA04DN-T1-GE3",
        "MOSFET",
    ),
    (
        "SiUD406ED-T1-GE3",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "SIUD406ED",
        "SIUD406ED-T1-GE3",
        "MOSFET",
    ),
    (
        "SiHFL9014TR-GE3",
        "Vishay Intertechnology",
        "Vishay Siliconix",
        "SIHFL9014",
        "SIHFL9014TR-GE3",
        "MOSFET",
    ),
    # Vishay: optocouplers, SSR, polymer and MICROTAN tantalum, thermistors, resistors
    (
        "ILD2-X007T",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "ILD2",
        "ILD2-X007T",
        "photosensitive device",
    ),
    (
        "VO3120-X007T",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "VO3120",
        "VO3120-X007T",
        "photosensitive device",
    ),
    (
        "SFH6156-2",
        "Vishay Intertechnology",
        "Vishay Intertechnology",
        "SFH6156",
        None,
        "photosensitive device",
    ),
    ("LH1522AB", "Vishay Intertechnology", "Vishay Intertechnology", "LH1522AB", None, "relay"),
    (
        "T55B157M6R3C0070",
        "Vishay Intertechnology",
        "Vishay Polytech",
        "T55B",
        "T55B157M6R3C0070",
        "tantalum capacitor",
    ),
    (
        "TP8M105M010C",
        "Vishay Intertechnology",
        "Vishay Sprague",
        "TP8M",
        "TP8M105M010C",
        "tantalum capacitor",
    ),
    (
        "NTCLE100E3103JB0",
        "Vishay Intertechnology",
        "Vishay BCcomponents",
        "NTCLE100E3",
        "NTCLE100E3103JB0",
        "thermistor",
    ),
    (
        "MRS25000C1829FC100",
        "Vishay Intertechnology",
        "Vishay BCcomponents",
        "MRS25",
        "MRS25000C1829FC100",
        "resistor",
    ),
    ("MCT0603", "Vishay Intertechnology", "Vishay Beyschlag", "MCT0603", None, "resistor"),
    (
        "IHLP-2525CZ-01",
        "Vishay Intertechnology",
        "Vishay Dale",
        "IHLP-2525CZ-01",
        None,
        "inductor",
    ),
    # KYOCERA AVX: more tantalum series, F9x J-lead, TransGuard, thin-film RF, Kyocera crystals
    ("TAJB106K", "KYOCERA AVX", "AVX", "TAJB", None, "tantalum capacitor"),
    ("F931A106MAA", "KYOCERA AVX", "AVX", "F93", "F931A106MAA", "tantalum capacitor"),
    ("VC120618A400D", "KYOCERA AVX", "AVX", "VC1206", "VC120618A400D", "varistor"),
    ("VCAS080526C580RP", "KYOCERA AVX", "AVX", "VCAS0805", "VCAS080526C580RP", "varistor"),
    ("CP0402P5500BNTR", "KYOCERA AVX", "AVX", "CP0402P", "CP0402P5500BNTR", "RF module"),
    ("LP1206A0700ANTR", "KYOCERA AVX", "AVX", "LP1206A", "LP1206A0700ANTR", "RF module"),
    ("BP0EA2500A7TR", "KYOCERA AVX", "AVX", "BP0EA", "BP0EA2500A7TR", "filter"),
    (
        "CX2520SB27000D0PESZZ",
        "KYOCERA AVX",
        "Kyocera",
        "CX2520SB",
        "CX2520SB27000D0PESZZ",
        "crystal",
    ),
    # YAGEO / KEMET: more tantalum series
    ("T350E106K016AT", "YAGEO", "KEMET", "T350E", "T350E106K016AT", "tantalum capacitor"),
    ("T496C106K025AT", "YAGEO", "KEMET", "T496C", "T496C106K025AT", "tantalum capacitor"),
    # Mini-Circuits: more model families
    (
        "DVGA1-242APP+",
        "Mini-Circuits",
        "Mini-Circuits",
        "DVGA1-242APP",
        "DVGA1-242APP+",
        "RF amplifier",
    ),
    ("HSWA4-63DR+", "Mini-Circuits", "Mini-Circuits", "HSWA4-63DR", "HSWA4-63DR+", "RF IC"),
    ("GP2Y+", "Mini-Circuits", "Mini-Circuits", "GP2Y", "GP2Y+", "RF module"),
    ("TCD-20-4+", "Mini-Circuits", "Mini-Circuits", "TCD-20-4", "TCD-20-4+", "RF module"),
    ("SAV-581+", "Mini-Circuits", "Mini-Circuits", "SAV-581", "SAV-581+", "transistor"),
    # TTM Technologies (Anaren), Transcend, Taoglas
    ("XC1900A-03S", "TTM Technologies", "Anaren", "XC1900A-03", "XC1900A-03S", "RF module"),
    ("X3C07P1-03S", "TTM Technologies", "Anaren", "X3C07P1-03", "X3C07P1-03S", "RF module"),
    ("C1517J5003AHF", "TTM Technologies", "Anaren", "C1517J5003AHF", None, "RF module"),
    (
        "TS1GUSD-S3",
        "Transcend Information",
        "Transcend Information",
        "TS1GUSD",
        "TS1GUSD-S3",
        None,
    ),
    # Sumida: type options after the size, some after a slash
    (
        "CDRH4D28C/LDNP-100NC",
        "Sumida",
        "Sumida",
        "CDRH4D28C/LD",
        "CDRH4D28C/LDNP-100NC",
        "inductor",
    ),
    ("CDRH38D16RNP-100MC", "Sumida", "Sumida", "CDRH38D16R", "CDRH38D16RNP-100MC", "inductor"),
    # Murata NTC thermistors
    (
        "NCP18XQ681J03RB",
        "Murata Manufacturing",
        "Murata Manufacturing",
        "NCP18XQ681",
        "NCP18XQ681J03RB",
        "thermistor",
    ),
    # Raspberry Pi microcontrollers
    ("RP2040", "Raspberry Pi", "Raspberry Pi", "RP2040", None, "MCU"),
    ("RP2350A", "Raspberry Pi", "Raspberry Pi", "RP2350A", None, "MCU"),
    ("GPDF.47.8.A.02", "Taoglas", "Taoglas", "GPDF.47.8.A.02", None, "antenna"),
    ("TG.35.8113", "Taoglas", "Taoglas", "TG.35.8113", None, "antenna"),
]


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base", "mpn", "category"),
    IDENTIFIED,
    ids=[case[0] for case in IDENTIFIED],
)
def test_documented_numbers_are_identified(
    text: str, maker: str, brand: str, base: str, mpn: str | None, category: str | None
) -> None:
    assert_identified(identify(text), maker, brand, base, mpn, category)


# text, {suffix field: (code, meaning)}
SUFFIXES = [
    (
        "GRM188R71H104KA93D",
        {
            "dielectric": ("R7", "X7R"),
            "voltage": ("1H", "50 V"),
            "capacitance": ("104", ""),
            "tolerance": ("K", "±10 %"),
            "spec": ("A93", ""),
            "packaging": ("D", "ø180 mm paper tape"),
        },
    ),
    (
        "GRM21BR61E475MA12L",
        {
            "dielectric": ("R6", "X5R"),
            "voltage": ("1E", "25 V"),
            "tolerance": ("M", "±20 %"),
            "packaging": ("L", "ø180 mm embossed tape"),
        },
    ),
    (
        "C1608X7R1H104K080AA",
        {
            "dielectric": ("X7R", ""),
            "voltage": ("1H", "50 V"),
            "tolerance": ("K", "±10 %"),
            "thickness": ("080", ""),
        },
    ),
    (
        "CRCW060310K0FKEA",
        {
            "resistance": ("10K0", ""),
            "tolerance": ("F", "±1 %"),
            "tcr": ("K", "±100 ppm/K"),
            "packaging": ("EA", ""),
        },
    ),
    (
        "293D107X9010D2WE3",
        {
            "tolerance": ("X9", "±10 %"),
            "voltage": ("010", ""),
            "case": ("D", ""),
            "packaging": ("2WE3", "matte tin, 13 in (330 mm) reel"),
        },
    ),
    (
        "SI2301CDS-T1-GE3",
        {"reel": ("-T1", "tape and reel"), "finish": ("-GE3", "lead (Pb)-free and halogen-free")},
    ),
    (
        "ZED-F9P-04B-01",
        {"options": ("04", ""), "grade": ("B", "professional grade"), "version": ("01", "")},
    ),
    (
        "RC0603FR-0710KL",
        {
            "tolerance": ("F", "±1 %"),
            "packaging": ("R", "paper taping reel"),
            "reel": ("07", "7 inch reel"),
            "resistance": ("10K", ""),
        },
    ),
    (
        "CC0603KRX7R9BB104",
        {
            "voltage": ("9", "50 V"),
            "dielectric": ("X7R", ""),
            "packaging": ("R", "paper/PE taping reel, 7 inch"),
        },
    ),
    (
        "C0805C104K5RACTU",
        {
            "voltage": ("5", "50 V"),
            "dielectric": ("R", "X7R"),
            "termination": ("C", "100 % matte tin"),
            "packaging": ("TU", "7 inch reel"),
        },
    ),
    (
        "T491B106K016AT",
        {
            "capacitance": ("106", ""),
            "tolerance": ("K", "±10 %"),
            "voltage": ("016", ""),
            "termination": ("T", "100 % matte tin"),
        },
    ),
    (
        "TAJA106K016RNJ",
        {"packaging": ("R", "180 mm (7 in) reel"), "specification": ("NJ", "standard")},
    ),
    (
        "08055A101JAT2A",
        {
            "tolerance": ("J", "±5 %"),
            "packaging": ("2", "7 in reel"),
            "special": ("A", "standard product"),
        },
    ),
    ("GALI-84+", {"rohs": ("+", "RoHS compliant")}),
    ("B0505S-1WR3", {"generation": ("R3", "product generation R3")}),
    ("H1102NL", {"finish": ("NL", "RoHS compliant")}),
    (
        "CDRH104RNP-100NC",
        {"finish": ("NP", "lead free"), "inductance": ("100", ""), "tolerance": ("N", "±30 %")},
    ),
    (
        "VISHAY DG408DY-T1-E3",
        {"package": ("DY", "SOIC"), "reel": ("-T1", "tape and reel")},
    ),
    (
        "VC120618A400D",
        {"working_voltage": ("18", ""), "energy": ("A", "0.1 J"), "clamping_voltage": ("400", "")},
    ),
    ("VC060314A300P", {"termination": ("P", "Ni/Sn plated")}),
    ("F930G687MNC", {"voltage": ("0G", "4 V"), "tolerance": ("M", "±20 %")}),
    ("CX2520SB27000D0PESZZ", {"frequency": ("27000", ""), "load_capacitance": ("D0", "8 pF")}),
    ("CP0302A5425ENTR", {"frequency": ("5425", ""), "packaging": ("TR", "tape and reel")}),
    ("XC0450A-03P", {"finish": ("P", "5 of 6 tin-lead")}),
    ("T110B106K035AS", {"tolerance": ("K", "±10 %"), "voltage": ("035", "")}),
]


@pytest.mark.parametrize(("text", "fields"), SUFFIXES, ids=[case[0] for case in SUFFIXES])
def test_suffixes_decode_field_by_field(text: str, fields: dict[str, tuple[str, str]]) -> None:
    assert_suffix_fields(identify(text), fields)


# text, maker, date code, window
DATES = [
    # u-blox module label: YY/WW
    ("u-blox NEO-M8N-0-10 17/33", "u-blox", "17/33", dt.date(2017, 8, 14), dt.date(2017, 8, 20)),
    # Vishay Semiconductors: P045XA = lead (Pb)-free, year digit 0, week 45, line XA
    (
        "Si4435DDY P045XA",
        "Vishay Intertechnology",
        "P045XA",
        dt.date(2020, 11, 2),
        dt.date(2020, 11, 8),
    ),
    # Vishay TO-247 marking: Z119X = environmental code, year 1, week 19, line X
    (
        "VS-30ETH06SPBF E119X",
        "Vishay Intertechnology",
        "E119X",
        dt.date(2021, 5, 10),
        dt.date(2021, 5, 16),
    ),
    # Panasonic relay: YMMDD, 41201 = 1 December of a year ending in 4
    ("NAIS TQ2-5V 41201", "Panasonic", "41201", dt.date(2024, 12, 1), dt.date(2024, 12, 31)),
]


@pytest.mark.parametrize(
    ("text", "maker", "code", "start", "end"), DATES, ids=[case[2] for case in DATES]
)
def test_documented_date_codes_give_windows(
    text: str, maker: str, code: str, start: dt.date, end: dt.date
) -> None:
    result = identify(text)
    assert result.manufacturer == maker
    assert result.date_code == code
    assert (result.date_from, result.date_to) == (start, end)


def test_a_one_digit_year_names_the_earlier_decade() -> None:
    result = identify("Si4435DDY P045XA")
    assert any("2010" in line for line in result.explanation)


def test_a_capacitance_code_is_not_read_as_a_kemet_date() -> None:
    # KEMET prints a YWW week code after the capacitance code and the voltage+K line
    # (T491 "Capacitor markings"): the week code is read, never the capacitance code.
    result = identify("KEMET T491 106 20K 942")
    assert result.brand == "KEMET"
    assert result.date_code == "942"


# texts that must not be identified as the maker named
NOT_IDENTIFIED = [
    ("SS14", "Vishay Intertechnology"),  # second-sourced, no name
    ("1N4148", "Vishay Intertechnology"),
    ("BAT54C", "Vishay Intertechnology"),
    ("IRF740PBF", "Vishay Intertechnology"),
    ("SMBJ15A", "Littelfuse"),
    ("Si5351A-B-GT", "Vishay Intertechnology"),  # Silicon Labs clock, no package code
    ("SI8641BD-B-IS", "Vishay Intertechnology"),
    ("Tact button", "KYOCERA AVX"),  # a word starting like TAC + case letter
    ("TACT", "KYOCERA AVX"),
    ("CD4051BE", "Sumida"),  # CMOS logic, not a CD power inductor
    ("SP3232EEN", "Littelfuse"),  # RS-232 transceiver, not an SP TVS array
    ("C0603C0G1E1R2B", "YAGEO"),  # TDK C0603 with C0G dielectric, not KEMET
    ("GRM99R71H104", "Murata Manufacturing"),  # no such dimension code
    ("NEO-M8", "u-blox"),  # product family, not a product name
    ("0805", "KYOCERA AVX"),  # a case size alone
    ("744", "Würth Elektronik"),
    ("B0505", "MORNSUN Guangzhou Science & Technology"),
    ("DG408DY", "Vishay Intertechnology"),  # industry-standard number, also Maxim / Intersil
    ("SI8233BD-D-IS", "Vishay Intertechnology"),  # Silicon Labs isolator
    ("TPSM84209", "KYOCERA AVX"),  # TI power module, not a TPS tantalum case
    ("TPS54331", "KYOCERA AVX"),
    ("F93", "KYOCERA AVX"),  # series alone
    ("LP2985", "KYOCERA AVX"),  # TI regulator, not an LP thin-film filter
    ("XC3020A-70", "TTM Technologies"),  # Xilinx XC3000 speed grade
    ("XC7A35T-1CSG324C", "TTM Technologies"),
    ("TS912IN", "Transcend Information"),  # ST op-amp
    ("SIP-8", "Vishay Intertechnology"),  # a package name
    ("RP20401", "Raspberry Pi"),
    ("CDRH", "Sumida"),  # series alone
]


@pytest.mark.parametrize(("text", "maker"), NOT_IDENTIFIED, ids=[c[0] for c in NOT_IDENTIFIED])
def test_near_misses_are_not_given_to_the_maker(text: str, maker: str) -> None:
    result = identify(text)
    assert result.manufacturer != maker


def test_a_second_sourced_number_names_the_maker_printed_beside_it() -> None:
    result = identify("Littelfuse SMBJ15A")
    assert (result.manufacturer, result.base_part) == ("Littelfuse", "SMBJ15A")
    result = identify("VISHAY IRF740")
    assert (result.manufacturer, result.base_part) == ("Vishay Intertechnology", "IRF740")


@pytest.mark.parametrize(
    ("text", "maker", "brand"),
    [
        ("muRata", "Murata Manufacturing", "Murata Manufacturing"),
        ("EPCOS", "TDK", "EPCOS"),
        ("KEMET", "YAGEO", "KEMET"),
        ("AVX", "KYOCERA AVX", "AVX"),
        ("TRACO POWER TSR 1-2450", "Traco Power", "Traco Power"),
        ("Siliconix", "Vishay Intertechnology", "Vishay Siliconix"),
        ("IXYS", "Littelfuse", "IXYS"),
        ("Mini-Circuits", "Mini-Circuits", "Mini-Circuits"),
        ("CTS 25.000", "CTS", "CTS"),
        ("Kyocera", "KYOCERA AVX", "Kyocera"),
        ("Anaren", "TTM Technologies", "Anaren"),
        ("Vishay Polytech", "Vishay Intertechnology", "Vishay Polytech"),
    ],
)
def test_printed_names_and_brands_name_the_owner(text: str, maker: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (maker, brand)


def test_a_series_printed_apart_from_its_code_is_read_with_it() -> None:
    result = identify("TSR 1-2450")
    assert (result.manufacturer, result.base_part) == ("Traco Power", "TSR1-2450")


def test_acquired_brands_carry_their_dates() -> None:
    result = identify("T491B106K016AT")
    assert any("since 2020-06-15" in line for line in result.explanation)
    result = identify("IXFH30N60P")
    assert any("since 2018-01-17" in line for line in result.explanation)
    result = identify("EPCOS B57861S0103F040")
    assert any("since 2009-10-01" in line for line in result.explanation)


def test_categories_give_hs_codes_for_controlled_goods() -> None:
    assert identify_marking("NEO-M8N-0-10").hs_code == "852691"
    assert identify_marking("T491B106K016AT").hs_code == "853221"
    assert identify_marking("GRM188R71H104KA93D").hs_code == "853224"
    assert identify_marking("TSR1-2450").hs_code == "850440"


# ---------------------------------------------------------------------------------------
# Makers moved here from group d (memories and RF ICs): Micron, Samsung, Semtech; and the
# IDT / ICS numbers of Renesas. Cases from the data sheets cited in their rule files.
# ---------------------------------------------------------------------------------------

# text, manufacturer, brand, base part, full part number (None: suffix not decoded), category
IDENTIFIED_D = [
    # Micron: e.MMC, and the serial / parallel NOR numbers when Micron or Numonyx is named
    ("MTFC4GACAJCN-1M WT", "Micron Technology", "Micron Technology", "MTFC4GACAJCN",
     "MTFC4GACAJCN-1M", "flash memory"),
    ("MT41J128M16JT-125", "Micron Technology", "Micron Technology", "MT41J128M16",
     "MT41J128M16JT-125", "DRAM"),
    ("Micron M25P16-VMN6TP", "Micron Technology", "Micron Technology", "M25P16",
     "M25P16-VMN6TP", "flash memory"),
    ("Numonyx PC28F256P30TF", "Micron Technology", "Numonyx", "PC28F256P30", None,
     "flash memory"),
    ("Micron M29W128GL70N6E", "Micron Technology", "Micron Technology", "M29W128GL", None,
     "flash memory"),
    # Samsung: DRAM and NAND product codes
    ("K4B4G1646E-BCMA", "Samsung Electronics", "Samsung Electronics", "K4B4G1646E",
     "K4B4G1646E-BCMA", "DRAM"),
    ("K9F1G08U0D-SCB0", "Samsung Electronics", "Samsung Electronics", "K9F1G08U0D",
     "K9F1G08U0D-SCB0", "flash memory"),
    # Semtech and Gennum
    ("SX1509BIULTRT", "Semtech", "Semtech", "SX1509B", "SX1509BIULTRT", "interface IC"),
    ("SX1502I087TRT", "Semtech", "Semtech", "SX1502", "SX1502I087TRT", "interface IC"),
    ("SX9500IULTRT", "Semtech", "Semtech", "SX9500", "SX9500IULTRT", "sensor IC"),
    ("SC4520", "Semtech", "Semtech", "SC4520", None, "power management IC"),
    ("GS2971A-IBE3", "Semtech", "Gennum", "GS2971A", "GS2971A-IBE3", "interface IC"),
    ("GS2974ACNE3", "Semtech", "Gennum", "GS2974A", "GS2974ACNE3", "interface IC"),
    ("SX1276IMLTRT", "Semtech", "Semtech", "SX1276", "SX1276IMLTRT", "RF transceiver"),
    # Renesas: IDT-prefixed numbers and ICS clock ICs
    ("IDT7008L20PFI8", "Renesas Electronics", "IDT", "IDT7008L", None, "SRAM"),
    ("IDT6116SA35TPG", "Renesas Electronics", "IDT", "IDT6116SA", None,
     "integrated circuit"),
    ("ICS85311AMI", "Renesas Electronics", "Integrated Circuit Systems", "ICS85311AMI", None,
     "clock IC"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base", "mpn", "category"),
    IDENTIFIED_D,
    ids=[case[0] for case in IDENTIFIED_D],
)
def test_memory_and_rf_numbers_are_identified(
    text: str, maker: str, brand: str, base: str, mpn: str | None, category: str | None
) -> None:
    assert_identified(identify(text), maker, brand, base, mpn, category)


# text, {suffix field: (code, meaning)}
SUFFIXES_D = [
    ("Micron M25P16-VMN6TP", {"package": ("MN", "SO8N 150 mil"), "temp": ("6", "")}),
    (
        "SX1509BIULTRT",
        {"temp": ("I", "industrial, -40 to +85 °C"), "reel": ("TRT", "tape and reel")},
    ),
    ("GS2974ACNE3", {"finish": ("E3", "Pb-free and RoHS compliant")}),
]


@pytest.mark.parametrize(("text", "fields"), SUFFIXES_D, ids=[c[0] for c in SUFFIXES_D])
def test_memory_and_rf_suffixes_decode(text: str, fields: dict[str, tuple[str, str]]) -> None:
    assert_suffix_fields(identify(text), fields)


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("GS8160Z18", "Semtech"),  # GSI Technology SRAM, not Gennum
        ("SX1276", "Micron Technology"),
        ("ICS", "Renesas Electronics"),  # the letters alone
    ],
)
def test_memory_and_rf_near_misses(text: str, maker: str) -> None:
    result = identify(text)
    assert result.manufacturer != maker


@pytest.mark.parametrize(
    ("text", "former"),
    [("M29W800DT", "STMicroelectronics"), ("M25P10", "STMicroelectronics"),
     ("JS28F128J3F75", "Intel")],
)  # fmt: skip
def test_legacy_nor_flash_is_micron_with_the_maker_before_numonyx(text: str, former: str) -> None:
    """ST's and Intel's NOR lines went to Numonyx (2008-03-30), then Micron (2010)."""
    result = identify(text)
    assert (result.manufacturer, result.past_owners) == ("Micron Technology", [former])


def test_acquired_memory_and_rf_brands_carry_their_dates() -> None:
    result = identify("GS2971A-IBE3")
    assert any("since 2012-03-20" in line for line in result.explanation)
    result = identify("XC1900A-03S")
    assert any("since 2018-04-18" in line for line in result.explanation)
