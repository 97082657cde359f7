"""Second-sourced standard logic: what names its maker when the text does not.

Each case is an example given in the maker's documentation cited in its rule file:
Nexperia's (Philips/NXP) orderable numbers with the 12NC packing code, Toshiba
TC74 package letters, ST M74HC order codes, Renesas (Hitachi) HD74 ordering codes.
"""

from __future__ import annotations

import pytest

from partpath.markings import load_rule_file
from partpath.markings.rules import BUILTIN_RULES
from tests.markings.rule_cases import (
    assert_identified,
    assert_suffix_fields,
    identify,
)


def _twelve_nc_family():
    nexperia = load_rule_file(BUILTIN_RULES / "nexperia.yml")
    return next(f for f in nexperia.families if f.suffix and f.suffix.key == "nexperia-logic-12nc")


@pytest.mark.parametrize(
    ("number", "package", "packing"),
    [("74HC245PW,118", "PW", "118"), ("74HCT595PW,118", "PW", "118"), ("74HC595D,118", "D", "118")],
)
def test_nexperia_orderable_number_with_its_12nc_packing_code(
    number: str, package: str, packing: str
) -> None:
    # Nexperia data sheets published under their orderable numbers (74HC245PW,118,
    # 74HCT595PW,118): type number, comma, the last three digits of the 12NC.
    family = _twelve_nc_family()
    assert family.needs_suffix and not family.shared
    whole = family.whole.fullmatch(number)
    assert whole is not None
    assert (whole["package"], whole["packing"]) == (package, packing)
    result = identify(f"IC {number} 1544")  # the comma code is read with its number
    assert (result.manufacturer, result.mpn) == ("Nexperia", number)
    assert result.past_owners == ["NXP Semiconductors"]


def test_the_12nc_code_is_required() -> None:
    # Without the comma code a one-letter package (D, N) is used by other makers too.
    family = _twelve_nc_family()
    assert family.whole.fullmatch("74HC595D") is None
    assert identify("74HC595D").unknown


def test_nexperia_own_package_code_still_names_it() -> None:
    result = identify("74HC245PW")
    assert_identified(result, "Nexperia", "Nexperia", "74HC245", "74HC245PW", "logic IC")


def test_standard_ics_centre_code_is_not_distinctive() -> None:
    # Upper-cased, "HRN9744" has the shape of onsemi's AWLYYWW: it dates a Nexperia
    # part but does not name Nexperia beside a second-sourced number.
    nexperia = load_rule_file(BUILTIN_RULES / "nexperia.yml")
    assert not any(f.distinctive for f in nexperia.date_codes)
    assert identify("74HC595D HRn9744 F X").unknown


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("TC74HCT08AP", "TC74HCT08A", ("P", "DIP (DIP14-P-300-2.54)")),
        ("TC74HCT08AF", "TC74HCT08A", ("F", "SOP (JEITA, SOP14-P-300-1.27A)")),
        ("TC74HCT08AFN", "TC74HCT08A", ("FN", "SOL (JEDEC SOP, SOL14-P-150-1.27)")),
        ("TC74VHC86F", "TC74VHC86", ("F", "SOP (JEITA, SOP14-P-300-1.27A)")),
        ("TC74VHC86FT", "TC74VHC86", ("FT", "TSSOP (TSSOP14-P-0044-0.65A)")),
        ("TC74VHC86FK", "TC74VHC86", ("FK", "VSSOP (US, VSSOP14-P-0030-0.50)")),
    ],
)
def test_toshiba_tc74_package_letters(text: str, base: str, package: tuple) -> None:
    result = identify(text)
    assert_identified(result, "Toshiba", "Toshiba", base, text, "logic IC")
    assert_suffix_fields(result, {"package": package})


@pytest.mark.parametrize(
    ("text", "base", "package"),
    [
        ("M74HC699M1R", "M74HC699", ("M1R", "micro package (SO)")),
        ("M74HC699B1R", "M74HC699", ("B1R", "plastic DIP")),
        ("M74HC699C1R", "M74HC699", ("C1R", "chip carrier (PLCC)")),
        ("M54HC699F1R", "M54HC699", ("F1R", "ceramic DIP")),
        ("M74HCT08RM13TR", "M74HCT08", ("RM13TR", "SOP, tape and reel")),
        ("M74HCT08TTR", "M74HCT08", ("TTR", "TSSOP, tape and reel")),
    ],
)
def test_st_m74hc_order_codes(text: str, base: str, package: tuple) -> None:
    result = identify(text)
    assert_identified(result, "STMicroelectronics", "STMicroelectronics", base, text, "logic IC")
    assert_suffix_fields(result, {"package": package})


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("HD74HC595P", {"package": ("P", "DILP (plastic DIP)")}),
        (
            "HD74HC595FPEL",
            {"package": ("FP", "SOP (JEITA)"), "reel": ("EL", "embossed taping (2,000 pcs/reel)")},
        ),
    ],
)
def test_renesas_hd74_ordering_codes(text: str, fields: dict) -> None:
    result = identify(text)
    assert_identified(
        result, "Renesas Electronics", "Hitachi Semiconductor", "HD74HC595", text, "logic IC"
    )
    assert_suffix_fields(result, fields)
