"""Rule files of group e: makers of the long tail found in Russian weapons, and the
families added to the large makers' files.

Each case is an example given in the maker's documentation cited in its rule file
(ordering information, part-numbering guides, product catalogues).
"""

from __future__ import annotations

import pytest

from partpath.markings.rules import BUILTIN_RULES, load_rule_file
from tests.markings.rule_cases import identify

FILES = [
    "rohm", "power-integrations", "ftdi", "epson", "abracon", "nichicon", "coilcraft",
    "omron", "hirose", "molex", "quectel", "simcom", "telit", "sk-hynix", "kingston",
    "maxlinear", "akm", "sensirion", "bosch", "taiyo-yuden", "samsung-electro-mechanics",
    "advanced-monolithic-systems", "richtek", "silergy", "xlsemi", "alpha-omega", "hoperf",
    "honeywell", "vicor", "alliance-memory", "wolfspeed", "txc", "allwinner", "golledge",
    "halo-electronics", "tallysman", "jst", "fujitsu", "qst", "ams-osram", "nve",
    "cml-microcircuits", "nuvoton", "greenliant", "fintek", "ic-haus", "egmicro",
    "shanghai-belling", "nanya", "lem", "minmax", "aimtec", "xp-power", "c-and-k",
    "nvs-technologies", "unistrong", "zhongke-microelectronics", "bel-fuse", "eaton",
    "maxwell", "hongfa", "amass", "panjit", "mitsubishi-electric", "ampleon", "laird", "hitec",
    "saito", "dle", "icom", "nvidia", "delta-electronics", "rubycon", "mean-well", "recom",
    "ndk", "ecs", "harwin", "samtec", "sierra-wireless", "torex", "sharp", "everlight",
    "lite-on", "kingbright", "semikron",
]  # fmt: skip


@pytest.mark.parametrize("slug", FILES)
def test_each_file_loads_and_cites_its_sources(slug: str) -> None:
    maker = load_rule_file(BUILTIN_RULES / f"{slug}.yml")
    assert maker.families
    assert all(s["url"].startswith("http") for s in maker.sources.values())


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("BD9G341AEFJ-E2", "ROHM"), ("BH1750FVI-TR", "ROHM"), ("MCR03EZPFX1002", "ROHM"),
        ("TNY268PN", "Power Integrations"), ("LNK304DG-TL", "Power Integrations"),
        ("FT232RL-REEL", "FTDI"), ("FA-238 16.0000MB-C3", "Seiko Epson"),
        ("RX-8025T", "Seiko Epson"), ("ABM8-16.000MHZ-B2-T", "Abracon"),
        ("UVR1H101MPD", "Nichicon"), ("XAL4020-102MEB", "Coilcraft"),
        ("0603CS-27NXJLU", "Coilcraft"), ("G6K-2F-Y", "OMRON"), ("B3F-1000", "OMRON"),
        ("DF13-6P-1.25DSA", "Hirose Electric"), ("U.FL-R-SMT-1", "Hirose Electric"),
        ("53047-0410", "Molex"), ("EC25-E", "Quectel"), ("L76-LB", "Quectel"),
        ("SIM7600E-H", "SIMCom"), ("LE910C1-EU", "Telit Cinterion"),
        ("H5TQ4G63CFR-PBC", "SK hynix"), ("EMMC08G-M325-A52", "Kingston Technology"),
        ("SP3485EN-L/TR", "MaxLinear"), ("XR21V1410IL16-F", "MaxLinear"),
        ("AK8963C", "Asahi Kasei Microdevices"), ("SHT31-DIS-B", "Sensirion"),
        ("BMI088", "Bosch"), ("LMK107BJ106MA-T", "TAIYO YUDEN"), ("NR3015T2R2M", "TAIYO YUDEN"),
        ("CL10A106KP8NNNC", "Samsung Electro-Mechanics"),
        ("AMS1117-3.3", "Advanced Monolithic Systems"), ("RT9013-33GB", "Richtek"),
        ("SY8089AAAC", "Silergy"), ("XL4015E1", "Shanghai Xinlong Semiconductor Technology"),
        ("AO3400A", "Alpha and Omega Semiconductor"), ("RFM95W", "HopeRF"),
        ("HMC5883L", "Honeywell"), ("HSCDANN005PGAA5", "Honeywell"), ("VI-J00-CY", "Vicor"),
        ("AS4C16M16SA-6TCN", "Alliance Memory"), ("C3D10060A", "Wolfspeed"),
        ("CGH40010F", "Wolfspeed"), ("7M-12.000MAAJ-T", "TXC Corporation"),
        ("H616", "Allwinner Technology"), ("GSX-333", "Golledge Electronics"),
        ("TG110-S050N2RL", "HALO Electronics"), ("TW2710", "Tallysman Wireless"),
        ("B2B-PH-K-S", "J.S.T. Mfg."), ("MB85RS64V", "Fujitsu"), ("QMC5883L", "QST Corporation"),
        ("AS5600", "ams OSRAM"), ("IL711-3E", "NVE Corporation"),
        ("CMX7164", "CML Microcircuits"), ("ISD1820", "Nuvoton Technology"),
        ("GLS29EE010", "Greenliant Systems"), ("F81216AD", "Feature Integration Technology"),
        ("IC-MU", "iC-Haus"), ("EG2134", "EGmicro"), ("BL0937", "Shanghai Belling"),
        ("NT5CB256M16DP-EK", "Nanya Technology"), ("LA 55-P", "LEM"),
        ("MAU106", "Minmax Technology"), ("AM1S-0505SZ", "Aimtec"), ("JCA0412S05", "XP Power"),
        ("PTS645SM43SMTR92", "C&K Components"), ("NV08C-CSM", "NVS Technologies"),
        ("UM220-III", "Beijing Unistrong Science & Technology"),
        ("ATGM336H", "Hangzhou Zhongke Microelectronics"), ("0ZCJ0050FF2E", "Bel Fuse"),
        ("DR73-100-R", "Eaton"), ("BCAP3000", "UCAP Power"),
        ("HF115F/005-2ZS4", "Xiamen Hongfa Electroacoustic"), ("XT60", "AMASS"),
        ("PJA3407", "PANJIT International"), ("RD16HHF1", "Mitsubishi Electric"),
        ("CM300DY-24H", "Mitsubishi Electric"), ("BLF188XR", "Ampleon"),
        ("BL652-SA-01", "Laird Connectivity"), ("HS-5645MG", "Hitec RCD"),
        ("FG-40", "Saito Seisakusho"), ("DLE 55", "Mile Haoxiang Technology"),
        ("IC-F3400D", "Icom"), ("900-13448-0020-000", "NVIDIA"),
        ("Q48SB12025NRFA", "Delta Electronics"), ("35ZLH100MEFC8X11.5", "Rubycon"),
        ("Knorr-Bremse brake valve", "Knorr-Bremse"), ("LRS-350-24", "Mean Well"),
        ("R-78E5.0-0.5", "RECOM Power"), ("NT2016SA", "Nihon Dempa Kogyo"),
        ("ECS-160-20-3X-TR", "ECS Inc."), ("M80-5002042", "Harwin"),
        ("TSW-105-07-G-D", "Samtec"), ("EM7455", "Sierra Wireless"),
        ("Z84C0010PEG", "Littelfuse"), ("XC6206P332MR", "Torex Semiconductor"),
        ("XC9236A18DMR", "Torex Semiconductor"), ("GP2Y0A21YK0F", "Sharp"),
        ("Sharp PC817", "Sharp"), ("EL357N", "Everlight Electronics"),
        ("LTV-817", "Lite-On Technology"), ("KP-2012SGC", "Kingbright"),
        ("SKM100GB12T4", "SEMIKRON Danfoss"),
    ],
)  # fmt: skip
def test_documented_numbers_name_their_maker(text: str, maker: str) -> None:
    result = identify(text)
    assert result.manufacturer == maker, result.explanation


@pytest.mark.parametrize(
    ("text", "maker", "brand"),
    [
        ("SMJ320C30GFAM40", "Texas Instruments", "Texas Instruments"),
        ("TVP5150AMPBSR", "Texas Instruments", "Texas Instruments"),
        ("REG1117-3.3", "Texas Instruments", "Burr-Brown"),
        ("TMC2209-LA", "Analog Devices", "Trinamic"),
        ("IRHM57260SE", "Infineon Technologies", "International Rectifier"),
        ("XC164CS-32F40F", "Infineon Technologies", "Infineon Technologies"),
        ("TCRT5000", "Vishay Intertechnology", "Vishay Intertechnology"),
        ("T835-600G", "STMicroelectronics", "STMicroelectronics"),
        ("BAT54SFILM", "STMicroelectronics", "STMicroelectronics"),
        ("PHA-1+", "Mini-Circuits", "Mini-Circuits"),
        ("ZX80-DR230-S+", "Mini-Circuits", "Mini-Circuits"),
        ("DFE252012F-2R2M", "Murata Manufacturing", "Murata Manufacturing"),
        ("PE42359SCAA", "Murata Manufacturing", "pSemi"),
        ("UWE-5/10-Q12P-C", "Murata Manufacturing", "Murata Power Solutions"),
        ("KT3225T26000ZAW28TAA", "KYOCERA AVX", "KYOCERA AVX"),
        ("ESK107M016AE3AA", "YAGEO", "KEMET"),
        ("TW2837", "Renesas Electronics", "Techwell"),
        ("B39162B3527U410", "TDK", "EPCOS"),
        ("HM628128LP-7", "Renesas Electronics", "Hitachi Semiconductor"),
        ("OX16C950", "Broadcom", "Oxford Semiconductor"),
        ("CAT809STBI-GT3", "onsemi", "Catalyst Semiconductor"),
        ("HV9910BNG-G", "Microchip Technology", "Supertex"),
        ("XQR2V3000-4CG717V", "AMD", "Xilinx"),
        ("CDRH6D28NP-100NC", "Sumida", "Sumida"),
        ("DT04-2P", "TE Connectivity", "TE Connectivity"),
        ("TOP100-124", "Traco Power", "Traco Power"),
    ],
)
def test_families_added_to_large_makers(text: str, maker: str, brand: str) -> None:
    result = identify(text)
    assert (result.manufacturer, result.brand) == (maker, brand), result.explanation


@pytest.mark.parametrize(("text", "base"), [("ADM3485E", "ADM3485E"), ("ADM3485EARZ", "ADM3485E")])
def test_the_e_version_letter_is_not_read_as_a_package(text: str, base: str) -> None:
    result = identify(text)
    assert result.base_part == base
    assert not any(part.field == "package" and part.code == "E" for part in result.suffix)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("MB3238Q", "TI's top-side mark of the MAX3238, not a Fujitsu number"),
        ("EG2134", "not Quectel's EG21 module"),
        ("HMC830LP6GE", "Hittite's, not an SK hynix module"),
        ("A20", "three characters prove nothing"),
        ("TW2835", "Techwell's video decoder, not a Tallysman antenna"),
        ("CM1213A-01SO", "onsemi's ESD array, not a Mitsubishi IGBT module"),
        ("132045", "a bare number proves nothing"),
        ("XC9572XL", "a Xilinx CPLD, not a Torex converter"),
    ],
)
def test_near_misses_are_not_given_to_the_new_makers(text: str, why: str) -> None:
    result = identify(text)
    assert result.manufacturer not in {
        "Fujitsu", "Quectel", "SK hynix", "Allwinner Technology", "Tallysman Wireless",
        "Mitsubishi Electric", "Amphenol", "Torex Semiconductor",
    }, why  # fmt: skip


def test_an_altera_part_names_intel_as_its_owner_at_the_time() -> None:
    made_2019 = identify("EP4CE22F17C8N 1947")
    assert made_2019.manufacturer == "Altera" and made_2019.past_owners == ["Intel"]


def test_an_ampleon_transistor_of_nxp_days_names_nxp_as_its_owner_then() -> None:
    result = identify("BLF647")
    assert result.manufacturer == "Ampleon" and result.past_owners == ["NXP Semiconductors"]
