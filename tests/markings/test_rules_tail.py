"""Rule files of the long tail: small makers and the product lines of small makers' files.

Each case is an example given in the documentation cited in the rule file (data sheets,
product pages, user manuals), not a row of any benchmark.
"""

from __future__ import annotations

import pytest

from partpath.markings.rules import BUILTIN_RULES, load_rule_file
from tests.markings.rule_cases import assert_identified, identify

FILES = [
    "din-tek", "sciosense", "friendlyelec", "siyi", "nvidia", "songle", "kst", "ween", "toshiba",
    "transcend-information", "cuav", "robotis",
    "yangjie", "unisonic",
]  # fmt: skip


@pytest.mark.parametrize("slug", FILES)
def test_each_file_loads_and_cites_its_sources(slug: str) -> None:
    maker = load_rule_file(BUILTIN_RULES / f"{slug}.yml")
    assert maker.families or maker.brands
    assert all(s["url"].startswith("http") for s in maker.sources.values())


@pytest.mark.parametrize(
    ("text", "maker", "brand", "base"),
    [
        ("DTM4600", "Din-Tek", "Din-Tek", "DTM4600"),
        ("DTB6035", "Din-Tek", "Din-Tek", "DTB6035"),
        ("DTQ6304", "Din-Tek", "Din-Tek", "DTQ6304"),
        ("DTU35N06", "Din-Tek", "Din-Tek", "DTU35N06"),
        ("DTS3401", "Din-Tek", "Din-Tek", "DTS3401"),
        ("DTS03K16A", "Din-Tek", "Din-Tek", "DTS03K16A"),
        ("TDC-GP2", "ScioSense", "acam-messelectronic", "TDC-GP2"),
        ("TDC-GP22", "ScioSense", "acam-messelectronic", "TDC-GP22"),
        ("TDC-GPX", "ScioSense", "acam-messelectronic", "TDC-GPX"),
        ("SIYI ZR10", "SIYI Technology", "SIYI Technology", "ZR10"),
        ("MK15", "SIYI Technology", "SIYI Technology", "MK15"),
        ("HM30", "SIYI Technology", "SIYI Technology", "HM30"),
        ("SRD-05VDC-SL-C", "Ningbo Songle Relay", "Ningbo Songle Relay", "SRD-05VDC-SL-C"),
        ("SRD-12VDC-SL-A", "Ningbo Songle Relay", "Ningbo Songle Relay", "SRD-12VDC-SL-A"),
        ("X20-3612", "KST Digital Technology", "KST Digital Technology", "X20-3612"),
        ("PHD13005", "WeEn Semiconductors", "WeEn Semiconductors", "PHD13005"),
        ("PHD13003C", "WeEn Semiconductors", "WeEn Semiconductors", "PHD13003C"),
        ("PHE13005", "WeEn Semiconductors", "WeEn Semiconductors", "PHE13005"),
        ("TA1322FN", "Toshiba", "Toshiba", "TA1322"),
        ("TA1296FN", "Toshiba", "Toshiba", "TA1296"),
        ("TS128MSQ64V5J", "Transcend Information", "Transcend Information", "TS128MSQ64V5J"),
        ("TS256MLQ64V5U", "Transcend Information", "Transcend Information", "TS256MLQ64V5U"),
        ("C-RTK 2", "CUAV Technology", "CUAV Technology", "C-RTK2"),
        ("MX-64AR", "ROBOTIS", "DYNAMIXEL", "MX-64AR"),
        ("MX-106T", "ROBOTIS", "DYNAMIXEL", "MX-106T"),
        ("XM430-W350", "ROBOTIS", "DYNAMIXEL", "XM430-W350"),
        ("YJS2308A", "Yangzhou Yangjie Electronic Technology",
         "Yangzhou Yangjie Electronic Technology", "YJS2308A"),
        ("KST BLS815", "KST Digital Technology", "KST Digital Technology", "BLS815"),
    ],
)  # fmt: skip
def test_documented_part_numbers_name_their_maker(
    text: str, maker: str, brand: str, base: str
) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.brand, result.base_part) == (maker, brand, base)


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Jetson Nano module", "NVIDIA"),
        ("NanoPi NEO Air", "FriendlyELEC"),
        ("KST servo", "KST Digital Technology"),
        ("UTC MC34118", "Unisonic Technologies"),
        ("PICOSTRAIN PS081", "ScioSense"),
    ],
)
def test_product_line_trademarks_name_their_maker(text: str, maker: str) -> None:
    result = identify(text)
    assert not result.unknown, result.reason
    assert result.manufacturer == maker


def test_din_tek_grammar_leaves_rohm_digital_transistors_alone() -> None:
    # ROHM's DTB/DTC digital transistors have three digits and a letter (DTC114E).
    assert identify("DTC114EKA").manufacturer == "ROHM"
    assert identify("DTB113ZK").manufacturer != "Din-Tek"


def test_acam_tdc_decodes_under_its_brand() -> None:
    assert_identified(
        identify("TDC-GP22"), "ScioSense", "acam-messelectronic", "TDC-GP22", None,
        "integrated circuit",
    )  # fmt: skip


def test_songle_grammar_needs_the_whole_ordering_code() -> None:
    # Coil voltages and letters outside the data sheet's ordering table are not read.
    assert identify("SRD-07VDC-SL-C").manufacturer != "Ningbo Songle Relay"
    assert identify("SRD-05VDC-XL-C").manufacturer != "Ningbo Songle Relay"


def test_ween_transistors_name_nxp_before_the_joint_venture() -> None:
    result = identify("PHD13005")
    assert "NXP Semiconductors" in result.past_owners


def test_toshiba_tuner_ic_decodes_its_package_letters() -> None:
    result = identify("TA1322FN")
    assert (result.mpn, result.category) == ("TA1322FN", "RF IC")


def test_yangjie_schottky_numbers_stay_shared() -> None:
    # SS54 is an industry number: Yangjie's file does not claim it.
    assert identify("SS54").manufacturer != "Yangzhou Yangjie Electronic Technology"
