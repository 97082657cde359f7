"""Customs files as a header and a stream of rows: CSV, XLSX, Parquet, FtM JSON lines.

Every format yields the same thing: the header (column names) once, then each
data row as text cells with the row number a user would look for in the file
(the line in a CSV or JSON-lines file, the row in a worksheet, the record in a
Parquet file, the header being row 1). Rows are streamed: a file of millions
of rows never sits in memory.

CSV: the encoding (UTF-8, with or without BOM, else Windows-1251) is settled in
the same pass that computes the file's SHA-256; the delimiter (``,`` ``;``
tab ``|``) is sniffed from the start of the file. The rows are split by
Python's ``csv`` module, which streams as fast as DuckDB's reader once each
row has become Python text (DuckDB's cannot say which line a good row came
from, and the rejects file must). Parquet is streamed by DuckDB in batches.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

import duckdb
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from partpath.exc import InvalidInput
from partpath.store.files import sha256_file
from partpath.trade.records import Rejection

Row = tuple[int, list[str | None]] | Rejection
CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
PARQUET_SUFFIXES = {".parquet", ".pq"}
FTM_SUFFIXES = {".json", ".jsonl", ".ndjson", ".ftm"}
BATCH = 10_000
_BLOCK = 1 << 20


@dataclass
class TradeFile:
    """A customs file opened for import: its format, SHA-256, header and rows."""

    path: Path
    file_format: str
    sha256: str
    header: list[str]
    expected_rows: int
    """Data rows expected, for a progress bar (for CSV counted from line ends)."""
    rows: Callable[[], Iterator[Row]]


def open_trade_file(path: Path) -> TradeFile:
    """Open a customs file for import, chosen by its suffix; problems name the file."""
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        return _open_csv(path)
    if suffix in XLSX_SUFFIXES:
        return _open_xlsx(path)
    if suffix in PARQUET_SUFFIXES:
        return _open_parquet(path)
    if suffix in FTM_SUFFIXES:
        return _open_ftm(path)
    known = sorted(CSV_SUFFIXES | XLSX_SUFFIXES | PARQUET_SUFFIXES | FTM_SUFFIXES)
    raise InvalidInput(
        f"{path}: unknown file type {suffix or '(none)'}; expected {', '.join(known)}"
    )


_CP1251_UNDEFINED = b"\x98"
"""The one byte Windows-1251 leaves undefined."""


def _scan(path: Path) -> tuple[str, str, int]:
    """SHA-256, encoding (``utf-8-sig`` or ``cp1251``) and line count, in one pass.

    A file that is neither (not UTF-8, and holding a byte Windows-1251 leaves
    undefined) is refused with the line of that byte."""
    digest = hashlib.sha256()
    decoder = codecs.getincrementaldecoder("utf-8")()
    utf8, lines, undefined_line = True, 0, 0
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(_BLOCK), b""):
            digest.update(block)
            if not undefined_line and (at := block.find(_CP1251_UNDEFINED)) >= 0:
                undefined_line = lines + block.count(b"\n", 0, at) + 1
            lines += block.count(b"\n")
            if utf8:
                try:
                    decoder.decode(block)
                except UnicodeDecodeError:
                    utf8 = False
        if utf8:
            try:
                decoder.decode(b"", final=True)
            except UnicodeDecodeError:
                utf8 = False
    if not utf8 and undefined_line:
        raise InvalidInput(
            f"{path}, line {undefined_line}: byte 0x98 is neither UTF-8 nor Windows-1251 text"
        )
    return digest.hexdigest(), "utf-8-sig" if utf8 else "cp1251", lines


def _open_csv(path: Path) -> TradeFile:
    sha, encoding, lines = _scan(path)
    sample = _sample(path, encoding)
    if not sample.strip():
        raise InvalidInput(f"{path}: the file is empty")
    delimiter = _sniff_delimiter(sample)
    header = next(csv.reader(sample.splitlines()[:1], delimiter=delimiter), [])

    def rows() -> Iterator[Row]:
        yield from _csv_rows(path, encoding, delimiter, len(header))

    return TradeFile(path, "csv", sha, header, max(lines - 1, 0), rows)


def _sample(path: Path, encoding: str) -> str:
    with path.open("rb") as handle:
        data = handle.read(64 * 1024)
    return data.decode(encoding, errors="ignore")


def _sniff_delimiter(sample: str) -> str:
    """The delimiter the sniffer finds, if it splits the header; else the candidate the
    header holds most of."""
    first = sample.splitlines()[0]
    try:
        found = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        found = ""
    if found and len(next(csv.reader([first], delimiter=found))) > 1:
        return found
    return max(",;\t|", key=first.count)


def _csv_rows(path: Path, encoding: str, delimiter: str, width: int) -> Iterator[Row]:
    with path.open(encoding=encoding, newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        start = 1
        try:
            for number, cells in enumerate(reader):
                if number and any(cells):
                    yield _sized(start, cells, width)
                start = reader.line_num + 1
        except csv.Error as error:
            raise InvalidInput(f"{path}, line {start}: unreadable CSV ({error})") from None
        except UnicodeDecodeError as error:
            raise InvalidInput(
                f"{path}, near line {start}: byte 0x{error.object[error.start]:02X} is neither "
                "UTF-8 nor Windows-1251 text"
            ) from None


def _sized(row: int, cells: list[str], width: int) -> Row:
    if len(cells) == width:
        return row, list(cells)
    if len(cells) > width and not any(cell.strip() for cell in cells[width:]):
        return row, list(cells[:width])  # trailing empty cells, as spreadsheets write them
    reason = f"{len(cells)} cells where the header has {width}"
    return Rejection(row, "row", "", "", reason)


def _open_xlsx(path: Path) -> TradeFile:
    sha = sha256_file(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise InvalidInput(f"{path}: not a readable XLSX workbook ({error})") from None
    sheet = workbook.worksheets[0]
    header: list[str] = []
    header_row = 0
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        if any(value is not None and str(value).strip() for value in values):
            header, header_row = [cell_text(value) or "" for value in values], number
            break
    expected = max((sheet.max_row or 0) - header_row, 0)
    workbook.close()

    def rows() -> Iterator[Row]:
        book = load_workbook(path, read_only=True, data_only=True)
        try:
            numbered = enumerate(book.worksheets[0].iter_rows(values_only=True), start=1)
            for number, values in numbered:
                cells = [cell_text(value) for value in values]
                if number > header_row and any(cells):
                    yield _sized(number, [cell or "" for cell in cells], len(header))
        finally:
            book.close()

    return TradeFile(path, "xlsx", sha, header, expected, rows)


def cell_text(value: Any) -> str | None:
    """A spreadsheet or Parquet value as text: dates in ISO form, whole floats without .0."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _open_parquet(path: Path) -> TradeFile:
    sha = sha256_file(path)
    try:
        with duckdb.connect() as connection:
            found = connection.execute("SELECT * FROM read_parquet(?) LIMIT 0", [str(path)])
            header = [column[0] for column in found.description or []]
            counted = connection.execute("SELECT count(*) FROM read_parquet(?)", [str(path)])
            total = int((counted.fetchone() or (0,))[0])
    except duckdb.Error as error:
        raise InvalidInput(f"{path}: not a readable Parquet file ({error})") from None

    def rows() -> Iterator[Row]:
        with duckdb.connect() as connection:
            result = connection.execute("SELECT * FROM read_parquet(?)", [str(path)])
            number = 1
            while batch := result.fetchmany(BATCH):
                for values in batch:
                    number += 1
                    yield number, [cell_text(value) for value in values]

    return TradeFile(path, "parquet", sha, header, total, rows)


FTM_PARTY_SCHEMAS = {"LegalEntity", "Company", "Organization", "Person", "PublicBody"}
FTM_ID_PROPERTIES = ("innCode", "taxNumber", "registrationNumber", "ogrnCode", "idNumber")
FTM_ACTIVITY = ("ccdNumber", "date", "goodsDescription", "vedCode", "originCountry",
                "departureCountry", "tradingCountry", "destinationCountry", "invoiceAmount",
                "customsAmount", "ccdValue")  # fmt: skip
FTM_PARTIES = ("sender", "receiver", "declarant")
FTM_COLUMNS = [*FTM_ACTIVITY, *(f"{role}.{p}" for role in FTM_PARTIES for p in ("name", "id",
               "country"))]  # fmt: skip
"""The columns an FtM ``EconomicActivity`` is flattened to: its own first values (``date``
is the first of date, startDate, endDate) and the name, identifier and country of the
sender, receiver and declarant entities it refers to."""

Party = tuple[str | None, str | None, str | None]


def _open_ftm(path: Path) -> TradeFile:
    sha = sha256_file(path)
    parties: dict[str, Party] = {}
    activities = 0
    for _, entity in _ftm_entities(path):
        if isinstance(entity, dict):
            schema = entity.get("schema")
            if schema == "EconomicActivity":
                activities += 1
            elif schema in FTM_PARTY_SCHEMAS:
                parties[str(entity.get("id"))] = _party(entity)

    def rows() -> Iterator[Row]:
        for number, entity in _ftm_entities(path):
            if isinstance(entity, Rejection):
                yield entity
            elif entity.get("schema") == "EconomicActivity":
                yield _checked(number, _activity_cells(entity, parties))

    return TradeFile(path, "ftm", sha, list(FTM_COLUMNS), activities, rows)


def _checked(number: int, cells: list[str | None]) -> Row:
    """JSON may carry lone surrogates, which no database stores: such a row is rejected."""
    try:
        "".join(cell or "" for cell in cells).encode("utf-8")
    except UnicodeEncodeError:
        return Rejection(number, "row", "", "", "not valid Unicode text (a lone surrogate)")
    return number, cells


def _ftm_entities(path: Path) -> Iterator[tuple[int, dict[str, Any] | Rejection]]:
    with path.open(encoding="utf-8-sig") as handle:
        try:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, _entity(number, line)
        except UnicodeDecodeError:
            raise InvalidInput(f"{path}: FtM JSON lines must be UTF-8 text") from None


def _entity(number: int, line: str) -> dict[str, Any] | Rejection:
    try:
        entity = json.loads(line)
    except json.JSONDecodeError as error:
        return Rejection(number, "row", "", line[:200], f"not JSON ({error.msg})")
    if not isinstance(entity, dict) or not isinstance(entity.get("properties", {}), dict):
        return Rejection(number, "row", "", line[:200], "not an FtM entity")
    return entity


def _first(properties: dict[str, Any], *names: str) -> str | None:
    for name in names:
        values = properties.get(name)
        if isinstance(values, list) and values:
            return str(values[0])
        if isinstance(values, str | int | float):
            return str(values)
    return None


def _party(entity: dict[str, Any]) -> Party:
    properties = entity.get("properties") or {}
    country = _first(properties, "country", "jurisdiction", "mainCountry")
    return _first(properties, "name"), _first(properties, *FTM_ID_PROPERTIES), country


def _activity_cells(entity: dict[str, Any], parties: dict[str, Party]) -> list[str | None]:
    properties = entity.get("properties") or {}
    cells = [_first(properties, name) for name in FTM_ACTIVITY]
    cells[1] = _first(properties, "date", "startDate", "endDate")
    cells[2] = _first(properties, "goodsDescription", "description")
    for role in FTM_PARTIES:
        ref = properties.get(role)
        target = ref[0] if isinstance(ref, list) and ref else ref
        if isinstance(target, dict):  # a nested entity, as some exports write
            cells.extend(_party(target))
        else:
            cells.extend(parties.get(str(target), (None, None, None)))
    return cells
