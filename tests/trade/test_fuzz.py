# ruff: noqa: RUF001  (the pieces are what Russian customs files hold)
"""Whatever a row holds, the row parser returns a record or says why not; and the fast readers
of the common forms agree with the full rules on every text."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partpath.trade import Rejection, ShipmentRecord, load_mapping
from partpath.trade.cells import CellError, parse_amount, parse_date, parse_hs_code, parse_line
from partpath.trade.rows import RowParser, _readers
from tests.trade.files import RU_HEADER

PIECES = st.sampled_from(
    ["0", "1", "9", "12", "2022", "-", ".", ",", "/", " ", "\u00a0", "e", "E5", "'", "+",
     "15.03.2022", "2022-03-15", "03/04/2022", "8542390000", "854239000", "HK", "Китай",
     "ООО «ВЫМЫШЛЕННЫЙ»", "\x00", "\ud800", "T10:00", "nan", "inf", "ШТ", "USD"]
)  # fmt: skip
CELL = st.lists(PIECES | st.text(max_size=4), max_size=6).map("".join)
PARSER = RowParser.for_header(load_mapping("ru-customs"), Path("fuzz.csv"), RU_HEADER)


def outcome(read: Callable[[str], Any], text: str) -> tuple[str, Any]:
    try:
        return "value", read(text)
    except CellError:
        return "error", None


@settings(max_examples=400, deadline=None)
@given(st.lists(CELL, min_size=0, max_size=len(RU_HEADER) + 2), st.integers(2, 10**6))
def test_a_row_is_a_record_or_its_rejections(cells: list[str], row: int) -> None:
    result = PARSER.parse(row, cells)
    if isinstance(result, ShipmentRecord):
        assert result.hs6 == (result.hs_code[:6] if result.hs_code else None)
        for amount in (result.quantity, result.net_weight_kg, result.invoice_value,
                       result.value_usd):  # fmt: skip
            assert amount is None or (math.isfinite(amount) and amount >= 0)
        assert result.declaration_number and result.hs_code and result.declared_on
    else:
        assert result and all(isinstance(r, Rejection) and r.row == row for r in result)
        assert all(r.reason and r.field for r in result)


@pytest.mark.parametrize("decimal", ["auto", "comma", "point"])
@settings(max_examples=300, deadline=None)
@given(text=CELL)
def test_fast_amounts_agree_with_the_rules(decimal: str, text: str) -> None:
    fast = _readers(replace(load_mapping("ru-customs"), decimal=decimal))["value_usd"]
    assert outcome(fast, text) == outcome(lambda t: parse_amount(t, decimal), text)


@settings(max_examples=300, deadline=None)
@given(text=CELL | st.from_regex(r"\d{1,2}\.\d{1,2}\.\d{4}", fullmatch=True))
def test_fast_dates_codes_and_lines_agree_with_the_rules(text: str) -> None:
    readers = _readers(load_mapping("ru-customs"))
    assert outcome(readers["declared_on"], text) == outcome(parse_date, text)
    assert outcome(readers["hs_code"], text) == outcome(parse_hs_code, text)
    assert outcome(readers["line"], text) == outcome(parse_line, text)
