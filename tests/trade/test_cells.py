"""Reading single cells: dates, amounts, HS codes, countries, line numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from partpath.trade.cells import (
    CellError,
    parse_amount,
    parse_country,
    parse_date,
    parse_hs_code,
    parse_line,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-03-15", dt.date(2022, 3, 15)),
        ("2022-03-15 00:00:00", dt.date(2022, 3, 15)),
        ("2022-03-15T10:20:30Z", dt.date(2022, 3, 15)),
        ("15.03.2022", dt.date(2022, 3, 15)),
        ("5.3.2022", dt.date(2022, 3, 5)),
        ("15/03/2022", dt.date(2022, 3, 15)),
        ("20220315", dt.date(2022, 3, 15)),
    ],
)
def test_dates_in_every_accepted_format(text: str, expected: dt.date) -> None:
    assert parse_date(text) == expected


def test_slash_dates_follow_the_mappings_order_and_never_flip() -> None:
    assert parse_date("03/04/2022", "dmy") == dt.date(2022, 4, 3)
    assert parse_date("03/04/2022", "mdy") == dt.date(2022, 3, 4)
    with pytest.raises(CellError, match=r"reads slash dates as DD/MM/YYYY"):
        parse_date("12/31/2022", "dmy")
    # dotted dates are day first whatever the order: Russian documents write them so
    assert parse_date("03.04.2022", "mdy") == dt.date(2022, 4, 3)


@pytest.mark.parametrize(
    ("text", "reason"),
    [("15.03.22", "two-digit year"), ("31.02.2022", "no such date"), ("yesterday", "not a date"),
     ("15.03.1812", "implausible"), ("", "not a date")],
)  # fmt: skip
def test_bad_dates_say_why(text: str, reason: str) -> None:
    with pytest.raises(CellError, match=reason):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("1234,56", 1234.56), ("1234.56", 1234.56), ("1 234,56", 1234.56),
     ("1\u00a0234\u00a0567,8", 1234567.8), ("1.234,56", 1234.56), ("1,234.56", 1234.56),
     ("1,234,567", 1234567.0), ("1.234.567", 1234567.0), ("0", 0.0), ("+5", 5.0),
     ("1e3", 1000.0), ("12'345.5", 12345.5)],
)  # fmt: skip
def test_amounts_with_comma_or_point_decimals(text: str, expected: float) -> None:
    assert parse_amount(text) == pytest.approx(expected)


def test_a_declared_decimal_mark_is_obeyed() -> None:
    assert parse_amount("1.234", "comma") == 1234.0
    assert parse_amount("1,234", "point") == 1234.0
    assert parse_amount("1,5", "auto") == 1.5
    with pytest.raises(CellError):
        parse_amount("1,5", "point")  # never fifteen


@pytest.mark.parametrize("text", ["-5", "abc", "1,2,3.4.5", "1.2.3", "inf", "nan", "1e999", ","])
def test_bad_amounts_are_refused(text: str) -> None:
    with pytest.raises(CellError):
        parse_amount(text)


def test_hs_codes_keep_their_digits() -> None:
    assert parse_hs_code("8542.39.000.0") == "8542390000"
    assert parse_hs_code("854239") == "854239"
    assert parse_hs_code("85423990") == "85423990"
    assert parse_hs_code("8542390000.0") == "8542390000"


def test_a_nine_digit_hs_code_is_refused_unless_the_mapping_restores_zeros() -> None:
    with pytest.raises(CellError, match="9-digit HS code"):
        parse_hs_code("805102200")
    assert parse_hs_code("805102200", restore_leading_zero=True) == "0805102200"
    assert parse_hs_code("10121", restore_leading_zero=True) == "010121"
    with pytest.raises(CellError, match="has 4 digits"):
        parse_hs_code("8542")
    with pytest.raises(CellError, match="digits only"):
        parse_hs_code("8542.39.X")


def test_countries_become_codes_where_named() -> None:
    names = {"китай": "CN"}
    assert parse_country("hk", names) == "HK"
    assert parse_country("CN - China", names) == "CN"
    assert parse_country("Китай", names) == "CN"
    assert parse_country("Atlantis", names) == "Atlantis"


def test_line_numbers() -> None:
    assert parse_line("3") == 3
    assert parse_line("3.0") == 3
    for bad in ("0", "-1", "x", "1.5", "9" * 30):
        with pytest.raises(CellError):
            parse_line(bad)
