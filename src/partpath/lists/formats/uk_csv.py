"""The UK sanctions lists as CSV: OFSI's Consolidated List (ConList.csv, 2022 format)
and the FCDO's UK Sanctions List CSV. One row per name; rows of one entry share an id.

OFSI ConList.csv: a "Last Updated,DD/MM/YYYY" line, then the header Name 6, Name 1 ..
Name 5, Title, Name Non-Latin Script, Non-Latin Script Type, Non-Latin Script Language,
DOB, Town of Birth, Country of Birth, Nationality, Passport Number, Passport Details,
National Identification Number, National Identification Details, Position, Address 1 ..
Address 6, Post/Zip Code, Country, Other Information, Group Type (Individual, Entity,
Ship), Alias Type (Primary name, Primary name variation, AKA, FKA), Alias Quality
(Good, Low), Regime, Listed On, UK Sanctions List Date Designated, Last Updated, Group ID.

FCDO UK Sanctions List CSV: a "Report Date: ..." line, then Last Updated, Unique ID,
OFSI Group ID, UN Reference Number, Name 6, Name 1 .. Name 5, Name type, Alias
strength, Title, Name non-latin script, ..., Regime Name, Designation Type, ...,
Address Line 1 .. 6, Address Postal Code, Address Country, ..., Date Designated, D.O.B,
Nationality(/ies), National Identifier number, Passport number, Position, Gender,
Town of birth, Country of birth, ..., Business registration number (s), IMO number,
Current believed flag of ship, ...

Multi-valued cells are written "(1) first (2) second". Dates are DD/MM/YYYY, with 00
for an unknown day or month.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from partpath.lists.countries import country_code, country_ref
from partpath.lists.dates import birth_date, partial_date
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, csv_rows, read_text
from partpath.lists.formats.ofac_remarks import identifier_from_text
from partpath.lists.identifiers import identifier_kind, make_identifier
from partpath.lists.names import join_parts, list_name, unique_names
from partpath.lists.records import (
    Address,
    CountryRef,
    CountryRole,
    Identifier,
    ListEntity,
    ListName,
    NameKind,
    Schema,
    distinct,
)

NAME_PARTS = ("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")
LAYOUTS: dict[str, dict[str, str]] = {
    "gb_hmt_sanctions": {
        "id": "Group ID",
        "type": "Group Type",
        "name_type": "Alias Type",
        "quality": "Alias Quality",
        "non_latin": "Name Non-Latin Script",
        "non_latin_lang": "Non-Latin Script Language",
        "dob": "DOB",
        "town": "Town of Birth",
        "birth_country": "Country of Birth",
        "nationality": "Nationality",
        "passport": "Passport Number",
        "national_id": "National Identification Number",
        "address": "Address {n}",
        "postcode": "Post/Zip Code",
        "country": "Country",
        "regime": "Regime",
        "listed_on": "Listed On",
        "title": "Title",
        "position": "Position",
        "other": "Other Information",
    },
    "gb_fcdo_sanctions": {
        "id": "Unique ID",
        "type": "Designation Type",
        "name_type": "Name type",
        "quality": "Alias strength",
        "non_latin": "Name non-latin script",
        "non_latin_lang": "Non-latin script language",
        "dob": "D.O.B",
        "town": "Town of birth",
        "birth_country": "Country of birth",
        "nationality": "Nationality(/ies)",
        "passport": "Passport number",
        "national_id": "National Identifier number",
        "registration": "Business registration number (s)",
        "imo": "IMO number",
        "flag": "Current believed flag of ship",
        "gender": "Gender",
        "address": "Address Line {n}",
        "postcode": "Address Postal Code",
        "country": "Address Country",
        "regime": "Regime Name",
        "listed_on": "Date Designated",
        "title": "Title",
        "position": "Position",
        "other": "Other Information",
        "reasons": "UK Statement of Reasons",
    },
}
SCHEMAS: dict[str, Schema] = {"individual": "Person", "entity": "LegalEntity", "ship": "Vessel"}
WEAK = {"low", "low quality", "weak"}
_ENUMERATED = re.compile(r"\(\d+\)")
_LABELLED = re.compile(r"\(([^()]+)\):\s*([^()]+?)(?=\s*\(|$)")
"""ConList's "Other Information" holds "(Label):value" pairs, e.g. "(IMO number):9000001"."""


def split_items(text: str | None) -> list[str]:
    """The values of a "(1) first (2) second" cell (or the one value of a plain cell)."""
    if not text or not text.strip():
        return []
    parts = _ENUMERATED.split(text) if _ENUMERATED.search(text) else [text]
    return [" ".join(part.split()).strip(" ,;") for part in parts if part.strip(" ,;")]


@dataclass
class _Row:
    """One CSV row as a dict of the layout's fields, with its line number."""

    line: int
    cells: dict[str, str]
    layout: dict[str, str]

    def cell(self, header: str) -> str | None:
        """The stripped text under a header, None if blank or absent."""
        return self.cells.get(header, "").strip() or None

    def get(self, field: str) -> str | None:
        """The text of a layout field (e.g. "id", "dob")."""
        header = self.layout.get(field)
        return self.cell(header) if header else None

    def items(self, field: str) -> list[str]:
        """The values of a multi-valued layout field."""
        return split_items(self.get(field))


def _header(path: Path, rows: Iterator[tuple[int, list[str]]]) -> tuple[str, list[str]]:
    """The dataset and header of the file, skipping its "Last Updated" preamble."""
    for line, cells in rows:
        names = [cell.strip() for cell in cells]
        for dataset, layout in LAYOUTS.items():
            if layout["id"] in names and "Name 6" in names:
                return dataset, names
        if line > 5:
            break
    problem = "expected a header row with 'Name 6' and 'Group ID' (or 'Unique ID')"
    raise ListFormatError(path, "first lines", problem)


def _rows(path: Path) -> tuple[str, list[_Row]]:
    rows = csv_rows(path, read_text(path))
    dataset, header = _header(path, rows)
    layout = LAYOUTS[dataset]
    found = []
    for line, cells in rows:
        if len(cells) < len(header) or any(cell.strip() for cell in cells[len(header) :]):
            problem = f"expected {len(header)} columns, found {len(cells)}"
            raise ListFormatError(path, f"line {line}", problem)
        found.append(_Row(line, dict(zip(header, cells, strict=False)), layout))
    return dataset, found


def _name(row: _Row, first: bool) -> list[ListName | None]:
    full = join_parts(row.cell(part) for part in NAME_PARTS)
    name_type = (row.get("name_type") or "").lower()
    kind: NameKind = "alias"
    if (row.get("quality") or "").lower() in WEAK:
        kind = "weak"
    elif name_type.startswith("primary name") and "variation" not in name_type:
        kind = "primary"
    names = [list_name(full, "primary" if first and kind != "weak" else kind)]
    lang = row.get("non_latin_lang")
    names += [list_name(text, "original_script", lang) for text in row.items("non_latin")]
    return names


def _identifiers(row: _Row) -> list[Identifier | None]:
    found: list[Identifier | None] = []
    for field, kind in (("passport", "passport"), ("national_id", "national_id"), ("imo", "imo")):
        label = row.layout.get(field)
        found += [make_identifier(kind, text, label=label) for text in row.items(field)]
    for text in row.items("registration"):
        found.append(identifier_from_text(text) or make_identifier("registration", text))
    for label, value in _LABELLED.findall(row.get("other") or ""):
        if other_kind := identifier_kind(label):
            found.append(make_identifier(other_kind, value.rstrip(". "), label=label))
    return found


def _countries(row: _Row) -> list[CountryRef | None]:
    fields: tuple[tuple[str, CountryRole], ...] = (
        ("nationality", "nationality"),
        ("birth_country", "birth"),
        ("country", "address"),
        ("flag", "flag"),
    )
    return [country_ref(name, role) for field, role in fields for name in row.items(field)]


def _address(row: _Row) -> Address | None:
    lines = [row.cell(row.layout["address"].format(n=n)) for n in range(1, 7)]
    text = ", ".join(part for part in [*lines, row.get("postcode"), row.get("country")] if part)
    return Address(text=text, country=country_code(row.get("country"))) if text else None


def _births(row: _Row) -> tuple[list[str], list[str]]:
    """The row's birth dates (text) and places."""
    town, country = row.get("town"), row.get("birth_country")
    place = ", ".join(part for part in (town, country) if part)
    return row.items("dob"), ([place] if place else [])


def _entity(path: Path, dataset: str, rows: list[_Row]) -> ListEntity:
    first = rows[0]
    group_type = (first.get("type") or "").lower()
    if group_type not in SCHEMAS:
        problem = f"unknown group type {first.get('type')!r} (expected Individual, Entity or Ship)"
        raise ListFormatError(path, f"line {first.line}", problem)
    names = unique_names(name for i, row in enumerate(rows) for name in _name(row, i == 0))
    if not names:
        raise ListFormatError(path, f"line {first.line}", "expected a name in 'Name 6'")
    dates = [text for row in rows for text in _births(row)[0]]
    return ListEntity(
        dataset=dataset,
        entry_id=first.get("id") or "",
        schema=SCHEMAS[group_type],
        names=names,
        identifiers=distinct(ident for row in rows for ident in _identifiers(row)),
        countries=distinct(ref for row in rows for ref in _countries(row)),
        birth_dates=tuple(birth_date(text) for text in distinct(dates)),
        birth_places=distinct(place for row in rows for place in _births(row)[1]),
        addresses=distinct(_address(row) for row in rows),
        programs=distinct(row.get("regime") for row in rows),
        listed_on=partial_date(first.get("listed_on") or ""),
        gender=first.get("gender"),
        remarks=distinct(
            row.get(field) for row in rows for field in ("title", "position", "other", "reasons")
        ),
        source_record=f"{path.name} line {first.line}",
    )


def _groups(path: Path, rows: list[_Row]) -> dict[str, list[_Row]]:
    groups: dict[str, list[_Row]] = {}
    for row in rows:
        entry_id = row.get("id")
        if entry_id is None:
            problem = f"expected an entry id in column '{row.layout['id']}'"
            raise ListFormatError(path, f"line {row.line}", problem)
        groups.setdefault(entry_id, []).append(row)
    return groups


def read_uk_csv(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Entries of OFSI's ConList.csv or the FCDO UK Sanctions List CSV, rows grouped by id."""
    for path in as_paths(paths):
        dataset, rows = _rows(path)
        if not rows:
            raise ListFormatError(path, "", "no entries after the header")
        for group in _groups(path, rows).values():
            yield _entity(path, dataset, group)
