"""Memory makers' package marks: Winbond's abbreviated top side marking of the W25Q JV
serial flash, Micron's FBGA production code (the line above the FBGA code) and Hynix's
NAND marking date code.

Each case is an example of the document cited in the rule file: Winbond's "Valid part
numbers and top side marking" tables (W25Q32JV Rev. G, W25Q64JV Rev. J, W25Q128JV), Micron
CSN-11 (product marks) and the Hynix HY27US08561A marking information page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.markings.rule_cases import assert_suffix_fields, identify

WINBOND = "Winbond Electronics"

# --- Winbond: top side marks of the W25Q JV tables ---------------------------------------


@pytest.mark.parametrize(
    ("text", "base", "fields"),
    [
        # W25Q64JVSSIQ -> 25Q64JVSIQ: package S, temperature I kept on the 64 Mbit mark
        (
            "25Q64JVSIQ",
            "25Q64JV",
            {
                "package": ("S", "8-pin SOIC 208-mil"),
                "temp": ("I", "industrial, -40 to +85 °C"),
                "option": ("Q", "green package, QE=1 fixed"),
            },
        ),
        # W25Q64JVSSJQ -> 25Q64JVSJQ (industrial plus)
        ("25Q64JVSJQ", "25Q64JV", {"temp": ("J", "industrial plus, -40 to +105 °C")}),
        # W25Q64JVZPIQ / ZEIQ -> 25Q64JVIQ: no package letter for WSON
        ("25Q64JVIQ", "25Q64JV", {"temp": ("I", "industrial, -40 to +85 °C")}),
        # W25Q64JVSSIM -> 25Q64JVSIM
        ("25Q64JVSIM", "25Q64JV", {"option": ("M", "green package, QE programmable")}),
        # W25Q32JVSNIQ -> 25Q32JVNIQ, W25Q32JVDAIQ -> 25Q32JVAIQ, W25Q32JVSTIQ -> 25Q32JVTIQ
        ("25Q32JVNIQ", "25Q32JV", {"package": ("N", "8-pin SOIC 150-mil")}),
        ("25Q32JVAIQ", "25Q32JV", {"package": ("A", "8-pin PDIP 300-mil")}),
        ("25Q32JVTIQ", "25Q32JV", {"package": ("T", "8-pin VSOP 208-mil")}),
        # W25Q32JVTCIQ -> 25Q32JVCIQ
        ("25Q32JVCIQ", "25Q32JV", {"package": ("C", "24-ball TFBGA 8x6-mm (6x4 ball array)")}),
        # W25Q128JVSIQ -> 25Q128JVSQ: no temperature letter on the 128 Mbit mark
        ("25Q128JVSQ", "25Q128JV", {"package": ("S", "8-pin SOIC 208-mil")}),
        # W25Q128JVEIQ -> 25Q128JVEQ, W25Q128JVPIQ -> 25Q128JVPQ
        ("25Q128JVEQ", "25Q128JV", {"package": ("E", "WSON8 8x6-mm (W25Q128JV)")}),
        ("25Q128JVPQ", "25Q128JV", {"package": ("P", "WSON8 6x5-mm (W25Q128JV)")}),
        # W25Q128JVSIN -> 25Q128JVSN
        ("25Q128JVSN", "25Q128JV", {"option": ("N", "green package, QE=1 fixed, DRV 75%")}),
    ],
)
def test_winbond_25q_top_marks_decode(
    text: str, base: str, fields: dict[str, tuple[str, str]]
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (WINBOND, base, text)
    assert result.category == "flash memory"
    assert_suffix_fields(result, fields)


@pytest.mark.parametrize(
    ("text", "base", "fields"),
    [
        # W25Q128JVSJQ -> Q128JVSJQ, W25Q128JVEJM -> Q128JVEJM (industrial plus)
        (
            "Q128JVSJQ",
            "Q128JV",
            {
                "package": ("S", "8-pin SOIC 208-mil"),
                "temp": ("J", "industrial plus, -40 to +105 °C"),
                "option": ("Q", "green package, QE=1 fixed"),
            },
        ),
        ("Q128JVEJM", "Q128JV", {"package": ("E", "WSON8 8x6-mm")}),
        # W25Q64JVXGIQ -> Q64JVXGIQ, W25Q32JVXGIM -> Q32JVXGIM (XSON)
        ("Q64JVXGIQ", "Q64JV", {"package": ("XG", "XSON-8 4x4x0.45-mm")}),
        ("Q32JVXGIM", "Q32JV", {"option": ("M", "green package, QE programmable")}),
    ],
)
def test_winbond_q_prefixed_top_marks_decode(
    text: str, base: str, fields: dict[str, tuple[str, str]]
) -> None:
    result = identify(text)
    assert (result.manufacturer, result.base_part, result.mpn) == (WINBOND, base, text)
    assert_suffix_fields(result, fields)


def test_the_w25q128jv_ordering_code_p_is_the_6x5_wson() -> None:
    # W25Q128JV ordering information: P = WSON8 6x5-mm, E = WSON8 8x6-mm
    assert_suffix_fields(identify("W25Q128JVPIQ"), {"package": ("P", "8-pad WSON 6x5 mm")})
    assert_suffix_fields(identify("W25Q128JVEIQ"), {"package": ("E", "8-pad WSON 8x6 mm")})


@pytest.mark.parametrize(
    "text",
    [
        "Q64JV",  # the Q form is read only with its package / temperature / option decoded
        "Q128JVSX",  # no such option letter
        "Q128JVSQ",  # the Q form always prints the temperature letter
        "Q256JVSIQ",  # no 256 Mbit Q form in the tables
        "Q64JVZZIQ",  # no such package
    ],
)
def test_near_misses_of_the_q_form_stay_unknown(text: str) -> None:
    assert identify(text).unknown


def test_a_25q_mark_with_an_unknown_ending_gives_no_full_number() -> None:
    result = identify("25Q64JVSIX")
    assert result.manufacturer == WINBOND
    assert result.mpn in (None, "")


# --- Micron: FBGA production code (CSN-11) ------------------------------------------------


def test_micron_production_code_after_the_fbga_code_dates_the_part() -> None:
    # the lines of a Micron DDR4 mark ("7UE75" above "D9VPP") written FBGA code first:
    # 7 = 2017, U = work weeks 41-42, die E, diffused in Taiwan (7), assembled in China (5)
    result = identify("D9VPP 7UE75")
    assert (result.manufacturer, result.base_part) == ("Micron Technology", "D9VPP")
    assert result.date_code == "7UE75"
    assert (result.date_from, result.date_to) == (dt.date(2017, 10, 9), dt.date(2017, 10, 22))


def test_micron_production_code_beside_the_name() -> None:
    # the example of the CSN-11 decoder cited in the rule file (1CB2D over JZ215):
    # 1 = 2021, C = work weeks 5-6, die B, Singapore (2), Malaysia (D)
    result = identify("Micron 1CB2D")
    assert result.manufacturer == "Micron Technology"
    assert (result.date_from, result.date_to) == (dt.date(2021, 2, 1), dt.date(2021, 2, 14))


@pytest.mark.parametrize(
    "text",
    [
        "Micron 1CB6D",  # 6 is not a site code of the list
        "Micron 1CBED",  # nor E
        "Micron 11B2D",  # the week is a letter
        "Micron 1C22D",  # the die revision is a letter
    ],
)
def test_near_misses_of_the_micron_production_code_give_no_date(text: str) -> None:
    result = identify(text)
    assert result.manufacturer == "Micron Technology"
    assert result.date_code is None


def test_a_micron_production_code_alone_names_no_maker() -> None:
    # five letters and digits are not Micron's alone: the format is not distinctive
    assert identify("7UE75").unknown


# --- SK hynix: NAND marking "YWW xx" --------------------------------------------------------


def test_hynix_nand_marking_year_and_work_week() -> None:
    # Y = 5 (2025, or 2015), WW = 12 (the data sheet's own examples)
    result = identify("hynix KOR HY27US08561A FPCB 512")
    assert (result.manufacturer, result.base_part) == ("SK hynix", "HY27US08561A")
    assert result.date_code == "512"
    assert result.date_from == dt.date(2025, 3, 17)


def test_hynix_nand_marking_line_decodes_the_package_letters() -> None:
    # "HY27xSxx56xA xxxx": package F (63FBGA), P (lead free), temperature, bad block
    result = identify("hynix KOR HY27US08561A FPCB 512")
    assert (result.mpn, result.category) == ("HY27US08561AFPCB", "flash memory")
    assert_suffix_fields(
        result,
        {
            "package": ("F", "63-ball FBGA"),
            "material": ("P", "lead free"),
            "temp": ("C", "0 to 70 °C"),
            "badblock": ("B", "included bad block"),
        },
    )
    assert_suffix_fields(identify("HY27SS16562A FIS"), {"temp": ("I", "-40 to 85 °C")})


@pytest.mark.parametrize(
    "text",
    [
        "HY27US08561A FPCX",  # no such bad-block letter
        "HY27US08561A TPCB",  # only the FBGA marking (F) is documented here
    ],
)
def test_hynix_marking_near_misses_give_no_full_number(text: str) -> None:
    result = identify(text)
    assert result.manufacturer == "SK hynix"
    assert not result.mpn
