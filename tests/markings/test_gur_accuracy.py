"""A guard on the published War & Sanctions catalogue: identification may leave parts
unknown, but must stay rarely wrong. The figures themselves come from
benchmarks/identify_gur.py; this only fails when a rule change makes answers wrong."""

from __future__ import annotations

import sys
from collections import Counter
from functools import cache
from pathlib import Path
from typing import get_args

import pytest

from partpath.markings import identify_marking, load_rule_book
from partpath.markings.identify import Basis
from partpath.markings.rules import RuleBook

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from identify_gur import EVIDENCE, evidence, read_rows, verdict, why  # benchmarks is not a package

MAX_WRONG = 0.03  # the project's target: wrong on at most 3% of rows
MIN_RIGHT = 0.61  # below this a change has lost coverage the rules had (61.6% on 2026-11-26)


def test_the_catalogue_is_rarely_identified_wrongly(shared_data: Path) -> None:
    rows = read_rows(shared_data / "components" / "gur-components-dev.csv")
    book = load_rule_book()
    outcomes = Counter(verdict(book, identify_marking(r["name_marking"], book), r["manufacturer"])
                       for r in rows)  # fmt: skip
    right, wrong = outcomes["right"], outcomes["wrong"]
    assert wrong / len(rows) <= MAX_WRONG
    assert right / len(rows) >= MIN_RIGHT


@pytest.mark.parametrize(
    ("text", "basis"),
    [("XCF02S", "part number"),
     ("Microcircuit XCF025", "look-alike"),
     ("QQ7X #915 PHL", "date code"),
     ("FPGA Spartan", "product line"),
     ("Texas Instruments chip", "name or mark"),
     ("XC7A35T Xilinx", "name or mark")],
)  # fmt: skip
def test_each_answer_says_what_kind_of_evidence_gave_the_maker(text: str, basis: str) -> None:
    result = identify_marking(text, _bundled())
    assert not result.unknown, result.reason
    assert result.basis == basis
    assert evidence(result) == EVIDENCE[basis]


def test_the_benchmark_has_a_label_for_every_basis() -> None:
    assert set(EVIDENCE) == set(get_args(Basis))


def test_an_unknown_answer_has_no_basis() -> None:
    assert identify_marking("LM358", _bundled()).basis is None


@pytest.mark.parametrize(
    ("text", "kind"),
    [("LM358", "a number several makers sell, no maker printed"),
     ("Connector", "a description without a number"),
     ("QQ7X 915", "a word like a part number that no grammar, name or mark reads"),
     ("Capacitor 470uF 35V 107", "no word like a part number (values, short codes, digits only)")],
)  # fmt: skip
def test_the_benchmark_reads_why_an_answer_is_unknown_from_its_reason(text: str, kind: str) -> None:
    result = identify_marking(text, _bundled())
    assert result.unknown
    assert why(text, result) == kind


@cache
def _bundled() -> RuleBook:
    return load_rule_book()
