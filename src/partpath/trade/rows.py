"""One row of a customs file, read through its mapping into a shipment record or rejections."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from partpath.trade.cells import (
    EARLIEST_YEAR,
    LATEST_YEAR,
    CellError,
    parse_amount,
    parse_country,
    parse_date,
    parse_hs_code,
    parse_line,
    parse_text,
)
from partpath.trade.mapping import Binding, Mapping, bind
from partpath.trade.records import FIELDS, Rejection, ShipmentRecord

_AMOUNTS = ("quantity", "net_weight_kg", "invoice_value", "value_usd")
_COUNTRIES = ("exporter_country", "trading_country", "dispatch_country", "origin_country",
              "destination_country")  # fmt: skip
_SHORT_TEXT = {"declaration_number": 100, "importer_id": 100, "exporter_id": 100, "unit": 50}
_LONG_TEXT = ("importer_name", "exporter_name", "description")
_HS_CODE = FIELDS.index("hs_code")
_PLAIN_POINT = re.compile(r"[0-9]{1,15}(?:\.[0-9]{1,15})?")
_PLAIN_COMMA = re.compile(r"[0-9]{1,15}(?:,[0-9]{1,15})?")
RECORD_FIELDS: tuple[str, ...] = ShipmentRecord._fields


class RowParser:
    """Reads the rows of one file through one mapping; built once per file."""

    def __init__(self, mapping: Mapping, binding: Binding) -> None:
        self.mapping = mapping
        self.binding = binding
        readers = _readers(mapping)
        self.plan = [
            (name, binding.positions.get(name, -1), readers[name],
             name in mapping.required, mapping.constants.get(name, ""))
            for name in FIELDS
        ]  # fmt: skip

    @classmethod
    def for_header(cls, mapping: Mapping, file: Path, header: Sequence[str]) -> RowParser:
        """The parser of a file with this header; a missing required column stops here."""
        return cls(mapping, bind(mapping, file, header))

    def parse(self, row: int, cells: Sequence[str | None]) -> ShipmentRecord | list[Rejection]:
        """The row's shipment record, or one rejection per field that cannot be read.

        An empty cell (or a missing column) takes the mapping's constant for the
        field, if any; an empty required field rejects the row.
        """
        values: list[Any] = []
        problems: list[Rejection] = []
        width = len(cells)
        for name, position, reader, required, constant in self.plan:
            raw = cells[position] if 0 <= position < width else None
            text = (raw.strip() if raw else "") or constant
            if not text:
                if required:
                    problems.append(self._rejection(row, name, "", "empty, and required"))
                values.append(None)
                continue
            try:
                values.append(reader(text))
            except CellError as error:
                problems.append(self._rejection(row, name, text, str(error)))
        if problems:
            return problems
        code = values[_HS_CODE]
        values.append(code[:6] if code else None)
        return ShipmentRecord._make(values)

    def _rejection(self, row: int, name: str, value: str, reason: str) -> Rejection:
        column = self.binding.column_names.get(name, "")
        return Rejection(row=row, field=name, column=column, value=value[:200], reason=reason)


def _readers(mapping: Mapping) -> dict[str, Callable[[str], Any]]:
    """One reader per field. Each tries the common, canonical form first (a plain number,
    a two-letter country, a 10-digit code) and leaves everything else to the full rules
    of :mod:`partpath.trade.cells`, which give the same value for the canonical form."""
    readers: dict[str, Callable[[str], Any]] = {
        "line": _memoized(_line),
        "declared_on": _memoized(_date_reader(mapping)),
        "hs_code": _memoized(_hs_reader(mapping)),
        "currency": _memoized(_currency),
    }
    amount = _amount_reader(mapping)
    country = _memoized(_country_reader(mapping))
    readers.update({name: amount for name in _AMOUNTS})
    readers.update({name: country for name in _COUNTRIES})
    readers.update({name: _text_reader(limit) for name, limit in _SHORT_TEXT.items()})
    readers.update({name: _text_reader(None) for name in _LONG_TEXT})
    return readers


def _memoized(read: Callable[[str], Any]) -> Callable[[str], Any]:
    """For fields with few distinct values (dates, codes, countries): each text read once
    per file, its value or its reason remembered (forgotten past 50,000 texts)."""
    known: dict[str, tuple[bool, Any]] = {}

    def cached(text: str) -> Any:
        hit = known.get(text)
        if hit is None:
            if len(known) >= 50_000:
                known.clear()
            try:
                hit = (True, read(text))
            except CellError as error:
                hit = (False, str(error))
            known[text] = hit
        if hit[0]:
            return hit[1]
        raise CellError(hit[1])

    return cached


def _text_reader(limit: int | None) -> Callable[[str], str]:
    def read(text: str) -> str:
        if "\x00" in text or (limit is not None and len(text) > limit):
            return parse_text(text, limit)  # raises with the reason
        return text

    return read


def _amount_reader(mapping: Mapping) -> Callable[[str], float]:
    decimal = mapping.decimal
    plain = _PLAIN_COMMA if decimal == "comma" else _PLAIN_POINT

    def read(text: str) -> float:
        if plain.fullmatch(text):
            return float(text.replace(",", "."))
        if decimal == "auto" and _PLAIN_COMMA.fullmatch(text):
            return float(text.replace(",", "."))
        return parse_amount(text, decimal)

    return read


def _country_reader(mapping: Mapping) -> Callable[[str], str]:
    names = mapping.country_names

    def read(text: str) -> str:
        if len(text) == 2 and text.isascii() and text.isalpha():
            return text.upper()
        return parse_country(parse_text(text, 100), names)

    return read


def _date_reader(mapping: Mapping) -> Callable[[str], dt.date]:
    order = mapping.date_order

    def read(text: str) -> dt.date:
        if len(text) == 10 and text[2] == "." and text[5] == "." and text.isascii():
            day, month, year = text[:2], text[3:5], text[6:]
            if day.isdigit() and month.isdigit() and year.isdigit() and _plausible(int(year)):
                try:
                    return dt.date(int(year), int(month), int(day))
                except ValueError:
                    pass  # the full rules say why
        return parse_date(text, order)

    return read


def _plausible(year: int) -> bool:
    return EARLIEST_YEAR <= year <= LATEST_YEAR


def _hs_reader(mapping: Mapping) -> Callable[[str], str]:
    restore = mapping.restore_leading_zero

    def read(text: str) -> str:
        if len(text) in (6, 8, 10) and text.isascii() and text.isdigit():
            return text
        return parse_hs_code(text, restore)

    return read


def _line(text: str) -> int:
    if text.isascii() and text.isdigit() and len(text) < 10 and text[0] != "0":
        return int(text)
    return parse_line(text)


def _currency(text: str) -> str:
    value = parse_text(text, 10).upper()
    if not value.isascii() or not value.isalnum():
        raise CellError(f"a currency is a code such as USD or 840, got {text.strip()!r}")
    return value


def record_key(record: ShipmentRecord) -> str:
    """What makes a declaration line the same line in any file.

    The declaration number and line number when both are given; otherwise the
    declaration number (if any) and a digest of the whole record, so that only
    an identical row counts as a duplicate.
    """
    if record.declaration_number and record.line is not None:
        return f"{record.declaration_number}/{record.line}"
    values = "\x1f".join(map(_key_text, record))
    digest = hashlib.sha1(values.encode("utf-8"), usedforsecurity=False)
    return f"{record.declaration_number or ''}#{digest.hexdigest()}"


def _key_text(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)
