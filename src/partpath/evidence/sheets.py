"""Recovered-item sheets: one spreadsheet (CSV or XLSX) per recovered item.

The layout, identical in CSV and in the first worksheet of an XLSX file:

1. ``partpath recovered item sheet`` | ``1``
2. item rows ``field`` | ``value`` (a third column is help text, ignored);
3. a header row starting ``component_ref``, then one row per component;
4. optionally a header row starting ``custody_at``, then one row per custody event.

Blank rows separate the sections. ``partpath template`` writes an empty sheet.
An import checks the whole file (and every photo it names) before it writes
anything; one bad cell and nothing is stored.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from pydantic import BaseModel, ValidationError

from partpath.evidence.photos import read_image_facts
from partpath.evidence.records import ComponentIn, CustodyIn, ItemIn
from partpath.exc import InvalidInput

MARKER = "partpath recovered item sheet"
VERSION = "1"
MAX_SHEET_BYTES = 50 * 1024 * 1024

ITEM_FIELDS: dict[str, str] = {
    "case": "id of the case the item belongs to, e.g. EX-2026-001",
    "ref": "your tag for this item, unique in the case (required)",
    "weapon_system": "weapon system as identified, e.g. Kh-101, Shahed-136 (required)",
    "variant": "variant or modification, if known",
    "serial_markings": "serial number markings on the item, exactly as read",
    "lot_markings": "lot or batch markings on the item, exactly as read",
    "recovered_on": "date of recovery, YYYY-MM-DD",
    "recovered_place": "place of recovery, as precise as it may be shared",
    "latitude": "decimal degrees, WGS 84, e.g. 50.4501",
    "longitude": "decimal degrees, WGS 84, e.g. 30.5234",
    "documented_by": "who documented the item",
    "documented_on": "date of documentation, YYYY-MM-DD",
    "notes": "anything else worth keeping",
    "photos": "photos of the whole item: paths relative to this sheet, separated by ;",
    "source": "id (or key) of a source already cited in the case, if any",
}
COMPONENT_COLUMNS = [
    "component_ref", "category", "board", "position", "quantity",
    "brand_as_marked", "marking", "photos", "notes",
]  # fmt: skip
CUSTODY_COLUMNS = ["custody_at", "action", "custodian", "place", "notes"]
COMPONENT_HELP = (
    "marking: the lines printed on the part exactly as read, one per line in the cell "
    "(Alt+Enter in a spreadsheet); photos: paths relative to this sheet, separated by ;"
)

Row = tuple[int, list[str]]


@dataclass
class SheetProblems:
    """Every problem found in one sheet, each naming its row, column and what was expected."""

    path: Path
    lines: list[str] = field(default_factory=list)

    def add(self, row: int | None, column: int | None, name: str | None, problem: str) -> None:
        """Note one problem; row and column are 1-based, as a spreadsheet shows them."""
        where = [str(self.path)]
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {_column_letter(column)} ({name})")
        self.lines.append(f"{', '.join(where)}: {problem}")


@dataclass
class ParsedSheet:
    """A sheet read and checked, ready to store; photo paths are resolved and readable."""

    path: Path
    case: str | None
    source: str | None
    item: ItemIn
    item_photos: list[Path]
    components: list[tuple[ComponentIn, list[Path]]]
    custody: list[CustodyIn]


def read_rows(path: Path) -> list[Row]:
    """The rows of a CSV or XLSX sheet as text cells, numbered from 1 as shown to users."""
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    if path.stat().st_size > MAX_SHEET_BYTES:
        raise InvalidInput(f"{path}: larger than {MAX_SHEET_BYTES} bytes; is it a sheet?")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    raise InvalidInput(f"{path}: expected a .csv or .xlsx sheet, got {suffix or 'no suffix'}")


def _read_csv(path: Path) -> list[Row]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InvalidInput(
            f"{path}: not UTF-8 text (byte {error.start}); save the sheet as 'CSV UTF-8'"
        ) from None
    if "\x00" in text:
        raise InvalidInput(f"{path}: contains NUL bytes; is it a CSV file?")
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        return [(reader.line_num, row) for row in reader]
    except csv.Error as error:
        raise InvalidInput(f"{path}, row {reader.line_num}: unreadable CSV ({error})") from None


def _read_xlsx(path: Path) -> list[Row]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, InvalidFileException, KeyError, OSError, ValueError) as error:
        raise InvalidInput(f"{path}: not a readable XLSX workbook ({error})") from None
    try:
        sheet = workbook.worksheets[0]
        return [
            (number, [_cell_text(value) for value in values])
            for number, values in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _column_letter(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _is_blank(cells: Sequence[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def _split_sections(rows: list[Row], problems: SheetProblems) -> tuple[list[Row], ...]:
    """Item rows, component rows (header first) and custody rows (header first)."""
    if not rows or [c.strip().lower() for c in rows[0][1][:2]] != [MARKER, VERSION]:
        problems.add(
            1, 1, "marker", f"expected '{MARKER}' and '{VERSION}' (use `partpath template`)"
        )
        return [], [], []
    sections: dict[str, list[Row]] = {"item": [], "component_ref": [], "custody_at": []}
    current = "item"
    for number, cells in rows[1:]:
        head = cells[0].strip().lower() if cells else ""
        if head in ("component_ref", "custody_at"):
            if sections[head]:
                problems.add(number, 1, head, f"a second '{head}' section; keep one")
            current = head
        if not _is_blank(cells):
            sections[current].append((number, cells))
    return sections["item"], sections["component_ref"], sections["custody_at"]


def parse_sheet(path: Path) -> ParsedSheet:
    """Read and check a recovered-item sheet; an InvalidInput lists every problem found."""
    problems = SheetProblems(path)
    item_rows, component_rows, custody_rows = _split_sections(read_rows(path), problems)
    values, field_rows = _item_values(item_rows, problems)
    item = _validate(ItemIn, _item_data(values), problems, field_rows, list(ITEM_FIELDS))
    item_photos = _photo_paths(path, values.get("photos", ""), field_rows.get("photos"), problems)
    components = _components(path, component_rows, problems)
    custody = _custody(custody_rows, problems)
    if problems.lines or item is None:
        count = len(problems.lines)
        raise InvalidInput(
            f"{path}: {count} problem{'s' if count != 1 else ''}, nothing imported:\n"
            + "\n".join(problems.lines)
        )
    return ParsedSheet(
        path=path,
        case=values.get("case") or None,
        source=values.get("source") or None,
        item=item,
        item_photos=item_photos,
        components=[(c, p) for c, p in components if c is not None],
        custody=[c for c in custody if c is not None],
    )


def _item_values(rows: list[Row], problems: SheetProblems) -> tuple[dict[str, str], dict[str, int]]:
    values: dict[str, str] = {}
    field_rows: dict[str, int] = {}
    for number, cells in rows:
        name = cells[0].strip().lower()
        if name not in ITEM_FIELDS:
            problems.add(
                number,
                1,
                "field",
                f"unknown field {name!r}; expected one of {', '.join(ITEM_FIELDS)}",
            )
            continue
        if name in values:
            problems.add(
                number, 1, "field", f"{name!r} given twice (first in row {field_rows[name]})"
            )
            continue
        values[name] = cells[1].strip() if len(cells) > 1 else ""
        field_rows[name] = number
    return values, field_rows


def _item_data(values: dict[str, str]) -> dict[str, Any]:
    skip = {"case", "photos", "source"}
    return {name: value for name, value in values.items() if name not in skip and value}


def _validate(
    model: type[BaseModel],
    data: dict[str, Any],
    problems: SheetProblems,
    rows: dict[str, int] | int,
    columns: list[str],
) -> Any:
    """Validate one record; on failure note each bad field at its row and column."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        for issue in error.errors():
            name = _column_name(str(issue["loc"][0]) if issue["loc"] else "record")
            row = rows.get(name) if isinstance(rows, dict) else rows
            column = 2 if isinstance(rows, dict) else _index(columns, name)
            got = f", got {issue['input']!r}" if name in data or _field(name) in data else ""
            text = f"{issue['msg']}{got}"[:300]
            if row is None:
                problems.add(None, None, None, f"{name}: {text}")
            else:
                problems.add(row, column, name, text)
        return None


def _column_name(field_name: str) -> str:
    return {"marking_lines": "marking", "ref": "ref", "occurred_at": "custody_at"}.get(
        field_name, field_name
    )


def _field(column: str) -> str:
    return {"marking": "marking_lines", "custody_at": "occurred_at"}.get(column, column)


def _index(columns: list[str], name: str) -> int | None:
    aliases = {"ref": "component_ref"}
    name = aliases.get(name, name)
    return columns.index(name) + 1 if name in columns else None


def _header(rows: list[Row], expected: list[str], problems: SheetProblems) -> list[str]:
    number, cells = rows[0]
    header = [cell.strip().lower() for cell in cells]
    while header and not header[-1]:
        header.pop()
    for position, name in enumerate(header, start=1):
        if name not in expected:
            problems.add(
                number, position, name or "blank", f"unknown column; expected {', '.join(expected)}"
            )
    return header


def _record_cells(header: list[str], cells: list[str]) -> dict[str, str]:
    return {name: (cells[i] if i < len(cells) else "") for i, name in enumerate(header)}


def _components(
    path: Path, rows: list[Row], problems: SheetProblems
) -> list[tuple[ComponentIn | None, list[Path]]]:
    if not rows:
        return []
    header = _header(rows, COMPONENT_COLUMNS, problems)
    seen: dict[str, int] = {}
    out: list[tuple[ComponentIn | None, list[Path]]] = []
    for number, cells in rows[1:]:
        values = _record_cells(header, cells)
        ref = values.get("component_ref", "").strip()
        if ref in seen:
            problems.add(number, 1, "component_ref", f"{ref!r} also in row {seen[ref]}")
        seen[ref] = number
        data: dict[str, Any] = {
            "ref": ref,
            "marking_lines": _marking_lines(values.get("marking", "")),
            **{k: v.strip() for k, v in values.items() if k in _COMPONENT_TEXT and v.strip()},
        }
        component = _validate(ComponentIn, data, problems, number, header)
        photos = _photo_paths(path, values.get("photos", ""), number, problems, header)
        out.append((component, photos))
    return out


_COMPONENT_TEXT = {"category", "board", "position", "quantity", "brand_as_marked", "notes"}


def _marking_lines(cell: str) -> list[str]:
    """The marking lines of a cell exactly as typed; only empty lines at either end go."""
    lines = cell.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _custody(rows: list[Row], problems: SheetProblems) -> list[CustodyIn | None]:
    if not rows:
        return []
    header = _header(rows, CUSTODY_COLUMNS, problems)
    out: list[CustodyIn | None] = []
    for number, cells in rows[1:]:
        values = _record_cells(header, cells)
        data = {_field(k): v.strip() for k, v in values.items() if v.strip()}
        out.append(_validate(CustodyIn, data, problems, number, header))
    return out


def _photo_paths(
    sheet: Path,
    cell: str,
    row: int | None,
    problems: SheetProblems,
    header: list[str] | None = None,
) -> list[Path]:
    paths = []
    column = (header.index("photos") + 1) if header and "photos" in header else 2
    for part in cell.split(";"):
        if not part.strip():
            continue
        photo = (sheet.parent / part.strip()).resolve()
        if not photo.is_file():
            missing = f"photo file {part.strip()!r} not found next to the sheet"
            problems.add(row, column, "photos", missing)
            continue
        try:
            read_image_facts(photo.read_bytes(), part.strip())
        except InvalidInput as error:
            problems.add(row, column, "photos", str(error))
            continue
        paths.append(photo)
    return paths
