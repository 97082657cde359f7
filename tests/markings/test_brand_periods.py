"""Brands owned by different makers over time, and families that fit only with their suffix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from partpath.markings import identify_marking
from partpath.markings.rules import RuleBook, RuleError, build_rule_book, load_rule_file
from tests.markings.conftest import REFERENCE

OWNER = """
maker: Owner Corp
country: US
names: [Owner Corp]
sources:
  deal: {title: "Owner buys Gadget (fictional)", url: "https://owner.example/deal"}
brands:
  - brand: Gadget Logic
    since: 2015-01-01
    until: 2020-12-31
    source: deal
families:
  - prefixes: [OWN]
    base: 'OWN\\d{3}'
    suffix: own
    needs_suffix: true
    source: deal
suffixes:
  own:
    pattern: '(?P<finish>/OK)'
    meanings: {finish: {/OK: lead-free}}
    source: deal
"""
GADGET = """
maker: Gadget Logic
country: US
names: [Gadget Logic]
date_codes: [yyww]
sources:
  guide: {title: "Gadget numbering (fictional)", url: "https://gadget.example/numbers"}
families:
  - prefixes: [GL]
    base: 'GL\\d{4}'
    source: guide
"""


@pytest.fixture
def periods(tmp_path: Path) -> RuleBook:
    makers = []
    for name, text in (("owner.yml", OWNER), ("gadget.yml", GADGET)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        makers.append(load_rule_file(tmp_path / name))
    return build_rule_book(makers)


def test_a_past_owner_is_named_when_the_date_code_does_not_rule_it_out(periods: RuleBook) -> None:
    undated = identify_marking("GL1234", periods, REFERENCE)
    made_then = identify_marking("GL1234 1725", periods, REFERENCE)
    made_after = identify_marking("GL1234 2310", periods, REFERENCE)
    assert undated.manufacturer == "Gadget Logic" and undated.past_owners == ["Owner Corp"]
    assert made_then.past_owners == ["Owner Corp"]
    assert any(
        "belonged to Owner Corp from 2015-01-01 until 2020-12-31" in e
        for e in made_then.explanation
    )
    assert made_after.date_from == dt.date(2023, 3, 6) and made_after.past_owners == []


def test_a_past_owner_named_beside_its_former_brand_is_not_a_second_maker(
    periods: RuleBook,
) -> None:
    result = identify_marking("Owner Corp Gadget Logic GL1234 1725", periods, REFERENCE)
    assert (result.manufacturer, result.past_owners) == ("Gadget Logic", ["Owner Corp"])


def test_a_sold_brand_is_not_a_name_of_its_past_owner(periods: RuleBook) -> None:
    assert periods.maker("Gadget Logic") is not None
    assert periods.maker("Gadget Logic").name == "Gadget Logic"  # type: ignore[union-attr]


def test_a_family_that_needs_its_suffix_fits_only_with_it(periods: RuleBook) -> None:
    assert identify_marking("OWN123/OK", periods, REFERENCE).manufacturer == "Owner Corp"
    assert identify_marking("OWN123", periods, REFERENCE).unknown
    assert identify_marking("OWN123X", periods, REFERENCE).unknown


def test_needs_suffix_without_a_suffix_grammar_is_refused(tmp_path: Path) -> None:
    broken = OWNER.replace("    suffix: own\n", "")
    (tmp_path / "owner.yml").write_text(broken, encoding="utf-8")
    with pytest.raises(RuleError, match="'needs_suffix' needs a 'suffix' grammar"):
        load_rule_file(tmp_path / "owner.yml")


def test_until_must_be_a_date(tmp_path: Path) -> None:
    (tmp_path / "owner.yml").write_text(OWNER.replace("2020-12-31", "soon"), encoding="utf-8")
    with pytest.raises(RuleError, match="'until' must be a date"):
        load_rule_file(tmp_path / "owner.yml")
