"""A guard on the published War & Sanctions catalogue: identification may leave parts
unknown, but must stay rarely wrong. The figures themselves come from
benchmarks/identify_gur.py; this only fails when a rule change makes answers wrong."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from partpath.markings import identify_marking, load_rule_book

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from identify_gur import read_rows, verdict  # benchmarks is not a package

MAX_WRONG = 0.03  # the project's target: wrong on at most 3% of rows
MIN_RIGHT = 0.60  # below this a change has lost coverage the rules had (60.9% on 2026-11-26)


def test_the_catalogue_is_rarely_identified_wrongly(shared_data: Path) -> None:
    rows = read_rows(shared_data / "components" / "gur-components-dev.csv")
    book = load_rule_book()
    outcomes = Counter(verdict(book, identify_marking(r["name_marking"], book), r["manufacturer"])
                       for r in rows)  # fmt: skip
    right, wrong = outcomes["right"], outcomes["wrong"]
    assert wrong / len(rows) <= MAX_WRONG
    assert right / len(rows) >= MIN_RIGHT
