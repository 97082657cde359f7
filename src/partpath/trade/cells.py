"""Reading one cell of a customs file: dates, amounts, HS codes, countries, text.

Each reader returns the value or raises :class:`CellError` with a reason a user
can act on. The rules, so that nothing is guessed silently:

- Dates: ``YYYY-MM-DD`` (ISO, a time after it is ignored), ``DD.MM.YYYY``
  (dotted dates are always day first, as Russian documents write them),
  ``YYYYMMDD``, and slash dates ``DD/MM/YYYY`` or ``MM/DD/YYYY`` read in the
  one order the mapping names (``date_order``, day first by default). A slash
  date that is impossible in that order (``12/31/2022`` read day first) is
  rejected, never re-read the other way: a file mixing both orders would
  otherwise be half misread. Two-digit years are rejected.
- Amounts: spaces and apostrophes as thousands separators are dropped; with
  ``decimal: auto`` a single comma is the decimal mark (``1234,56``), and when
  both marks appear the last one is (``1.234,56``, ``1,234.56``); grouping
  must be in threes, so ``1,5`` is never read as fifteen. Negative amounts
  are rejected.
- HS codes: dots, spaces and dashes are dropped; 6 (HS), 8 (EU CN) or 10
  digits (Russian TN VED) are kept as given. A 9-digit code is rejected: a
  10-digit code that lost its leading zero (as spreadsheets do to chapters
  01-09) cannot be told from one that lost its last digit, and guessing would
  move electronics (85…) into chapter 08 (fruit). A mapping whose source is
  known to drop leading zeros sets ``restore_leading_zero: true``; then 5, 7
  and 9 digits get their zero back.
- Countries: a two-letter code is upper-cased; a name the mapping lists under
  ``country_names`` becomes its code; anything else is kept as written.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from typing import Literal

DateOrder = Literal["dmy", "mdy"]
Decimal = Literal["auto", "comma", "point"]

EARLIEST_YEAR = 1950
LATEST_YEAR = 2100

_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME)
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})" + _TIME)
_SLASHED = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})" + _TIME)
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
_TWO_DIGIT_YEAR = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2}")

_NUMBER = re.compile(r"(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?")
_GROUPED_POINT = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_GROUPED_COMMA = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_SPACES = re.compile(r"[\s\u00a0\u202f']")

_HS_NOISE = re.compile(r"[\s.\-]")
_HS_FLOAT = re.compile(r"(\d+)\.0+")
_DIGITS = re.compile(r"[0-9]+")
_CODE = re.compile(r"[A-Za-z]{2}")
_CODE_FIRST = re.compile("([A-Za-z]{2})\\s*[-\u2013\u2014:]\\s*\\S.*")  # "CN - China", "CN: Китай"
_WHOLE = re.compile(r"\d+(?:\.0+)?")


class CellError(ValueError):
    """A cell that cannot be read as its field; the message is the reason."""


def parse_date(text: str, order: DateOrder = "dmy") -> dt.date:
    """The date written in ``text`` by the rules of the module docstring."""
    value = text.strip()
    if match := _ISO.fullmatch(value):
        year, month, day = match.groups()
    elif match := _DOTTED.fullmatch(value):
        day, month, year = match.groups()
    elif match := _SLASHED.fullmatch(value):
        first, second, year = match.groups()
        day, month = (first, second) if order == "dmy" else (second, first)
    elif match := _COMPACT.fullmatch(value):
        year, month, day = match.groups()
    elif _TWO_DIGIT_YEAR.fullmatch(value):
        raise CellError(f"two-digit year in {value!r}; write the year in full")
    else:
        raise CellError(
            f"not a date: {value!r}; expected YYYY-MM-DD, DD.MM.YYYY or "
            f"{'DD/MM/YYYY' if order == 'dmy' else 'MM/DD/YYYY'}"
        )
    return _checked_date(int(year), int(month), int(day), value, order)


def _checked_date(year: int, month: int, day: int, value: str, order: DateOrder) -> dt.date:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise CellError(f"year {year} in {value!r} is implausible for a customs record")
    try:
        return dt.date(year, month, day)
    except ValueError:
        pass
    hint = ""
    if "/" in value:
        hint = f"; this mapping reads slash dates as {'DD/MM' if order == 'dmy' else 'MM/DD'}"
        hint += "/YYYY (date_order)"
    raise CellError(f"no such date: {value!r} (day {day}, month {month}){hint}")


def parse_amount(text: str, decimal: Decimal = "auto") -> float:
    """A non-negative amount, with comma or point decimals by the module's rules."""
    value = _SPACES.sub("", text)
    if value.startswith("-"):
        raise CellError(f"negative amount {text.strip()!r}")
    value = value.removeprefix("+")
    number = _plain_number(value, decimal)
    if number is None or not _NUMBER.fullmatch(number):
        raise CellError(f"not a number: {text.strip()!r}")
    result = float(number)
    if not math.isfinite(result):
        raise CellError(f"not a finite number: {text.strip()!r}")
    return result


def _plain_number(value: str, decimal: Decimal) -> str | None:
    """The number with a point as its only mark, or None when the grouping is wrong."""
    has_comma, has_point = "," in value, "." in value
    if decimal == "auto":
        if has_comma and has_point:
            decimal = "comma" if value.rfind(",") > value.rfind(".") else "point"
        elif has_comma:
            decimal = "point" if value.count(",") > 1 else "comma"
        elif value.count(".") > 1:
            decimal = "comma"
        else:
            return value
    if decimal == "point":
        if has_comma and not _GROUPED_POINT.fullmatch(value):
            return None
        return value.replace(",", "")
    if has_point and not _GROUPED_COMMA.fullmatch(value):
        return None
    return value.replace(".", "").replace(",", ".")


def parse_hs_code(text: str, restore_leading_zero: bool = False) -> str:
    """The HS code's digits (6, 8 or 10 of them) by the module's rules."""
    value = text.strip()
    if match := _HS_FLOAT.fullmatch(value):
        value = match.group(1)  # a number column read as a float, e.g. 8542310000.0
    digits = _HS_NOISE.sub("", value)
    if not _DIGITS.fullmatch(digits):
        raise CellError(f"an HS code is digits only, got {value!r}")
    if len(digits) in (6, 8, 10):
        return digits
    if restore_leading_zero and len(digits) in (5, 7, 9):
        return "0" + digits
    if len(digits) == 9:
        raise CellError(
            f"9-digit HS code {digits}: a 10-digit code that lost its leading zero or its "
            "last digit cannot be told apart; correct the source, or set "
            "restore_leading_zero in the mapping if it drops leading zeros"
        )
    raise CellError(f"HS code {digits} has {len(digits)} digits; expected 6, 8 or 10")


def parse_country(text: str, names: Mapping[str, str]) -> str:
    """An ISO alpha-2 code when the cell gives or names one, else the text as written."""
    value = " ".join(text.split())
    if _CODE.fullmatch(value):
        return value.upper()
    if match := _CODE_FIRST.fullmatch(value):
        return match.group(1).upper()
    return names.get(value.casefold(), value)


def parse_line(text: str) -> int:
    """A declaration's line (item) number: a positive whole number."""
    value = text.strip()
    if len(value) > 12 or not _WHOLE.fullmatch(value) or int(float(value)) < 1:
        raise CellError(f"a line number is a whole number from 1, got {value!r}")
    return int(float(value))


def parse_text(text: str, max_length: int | None = None) -> str:
    """The text with its ends trimmed; refuses NUL characters (no database stores them)."""
    value = text.strip()
    if "\x00" in value:
        raise CellError("contains a NUL character")
    if max_length is not None and len(value) > max_length:
        raise CellError(f"longer than {max_length} characters ({len(value)})")
    return value
