"""Every built-in date-code format decodes to the documented window, and only that."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from partpath.markings.datecodes import FORMATS, DateCodeFormat, decode_date_code
from tests.markings.conftest import REFERENCE

D = dt.date


@pytest.mark.parametrize(
    ("code", "name", "window", "note"),
    [
        ("1947", "yyww", (D(2019, 11, 18), D(2019, 11, 24)), None),
        ("#0901", "yyww", (D(2008, 12, 29), D(2009, 1, 4)), None),  # ISO week 1 of 2009
        ("9901", "yyww", (D(1999, 1, 4), D(1999, 1, 10)), None),
        ("4719", "wwyy", (D(2019, 11, 18), D(2019, 11, 24)), None),
        ("1947A1B", "yywwnnn", (D(2019, 11, 17), D(2019, 11, 23)), None),
        ("2101XYZ", "yywwnnn", (D(2021, 1, 1), D(2021, 1, 2)), None),  # week of 1 January
        ("947A1B", "ywwnnn", (D(2019, 11, 17), D(2019, 11, 23)), "2009"),
        ("226", "yww", (D(2022, 6, 27), D(2022, 7, 3)), "2012"),
        ("9AK", "ym-ti", (D(2019, 10, 1), D(2019, 10, 31)), "2009"),
        ("35M", "ym-ti", (D(2023, 5, 1), D(2023, 5, 31)), "2013"),
        ("1911", "yymm", (D(2019, 11, 1), D(2019, 11, 30)), None),
        ("19/47", "yy/ww", (D(2019, 11, 18), D(2019, 11, 24)), None),
    ],
)
def test_each_format_decodes_to_its_window(
    code: str, name: str, window: tuple[dt.date, dt.date], note: str | None
) -> None:
    decoded = decode_date_code(code, name, REFERENCE)
    assert decoded is not None
    assert (decoded.date_from, decoded.date_to) == window
    assert (note in (decoded.note or "")) if note else decoded.note is None


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("1954", "yyww"),  # no week 54
        ("1900", "yyww"),  # no week 0
        ("2653", "yyww"),  # week 53 of 2026 is after the reference day
        ("2712", "yyww"),  # a year in the future
        ("19470", "yyww"),  # too long
        ("9DK", "ym-ti"),  # no month D
        ("1913", "yymm"),  # no month 13
        ("ABCD", "yyww"),
    ],
)
def test_codes_that_do_not_fit_are_refused(code: str, name: str) -> None:
    assert decode_date_code(code, name, REFERENCE) is None


def test_a_one_digit_year_is_never_placed_in_the_future() -> None:
    decoded = decode_date_code("7AK", "ym-ti", REFERENCE)  # October of a year ending in 7
    assert decoded is not None and decoded.date_from == D(2017, 10, 1)


def test_every_format_is_tested() -> None:
    assert set(FORMATS) == {
        "yyww", "wwyy", "yywwnnn", "ywwnnn", "yww", "ym-ti", "yymm", "yy/ww",
    }  # fmt: skip


def test_a_rule_files_own_format_with_year_and_month_letters(tmp_path: Path) -> None:
    from partpath.markings.rules import load_rule_file
    from tests.conftest import FIXTURES

    text = (FIXTURES / "rules" / "bolt.yml").read_text(encoding="utf-8")
    text = text.replace(
        "date_codes: [yww]",
        "date_codes:\n  - name: bolt-ym\n    pattern: '(?P<Y>[A-Z])(?P<m>[1-9OND])'\n"
        "    year_codes: {F: 2018, G: 2019}\n    month_codes: {'1': 1, O: 10, N: 11, D: 12}\n"
        "    source: bolt-guide",
    )
    path = tmp_path / "bolt.yml"
    path.write_text(text, encoding="utf-8")
    (date_format,) = load_rule_file(path).date_codes
    window = date_format.decode("GN", REFERENCE)
    assert window is not None and (window.date_from, window.date_to) == (
        D(2019, 11, 1),
        D(2019, 11, 30),
    )
    assert date_format.decode("HN", REFERENCE) is None  # no year H in the table


def _six_week_format() -> DateCodeFormat:
    """Fairchild's two-character date code: year digit, then a six-week period code."""
    runs = {"1": (6, 11), "2": (12, 17), "8": (48, 51), "9": (52, 5)}
    return DateCodeFormat("six-week", re.compile(r"(?P<y>\d)(?P<w>[1-9])"), "", week_codes=runs)


@pytest.mark.parametrize(
    ("code", "window"),
    [("91", (dt.date(2019, 2, 4), dt.date(2019, 3, 17))),  # weeks 06-11 of 2019
     ("98", (dt.date(2019, 11, 25), dt.date(2019, 12, 22))),  # weeks 48-51
     ("89", (dt.date(2018, 1, 1), dt.date(2019, 2, 3)))],  # weeks 52-05: around the new year
)  # fmt: skip
def test_a_run_of_weeks_code_gives_the_run_and_a_new_year_run_spans_both_years(
    code: str, window: tuple[dt.date, dt.date]
) -> None:
    decoded = _six_week_format().decode(code, dt.date(2020, 6, 1))
    assert decoded is not None and (decoded.date_from, decoded.date_to) == window
