"""OFAC's legacy CSV files: sdn.csv + alt.csv + add.csv (+ sdn_comments.csv), and the
consolidated non-SDN list's cons_prim.csv + cons_alt.csv + cons_add.csv (+ cons_comments.csv).

Layout (OFAC, "SDN and Consolidated List legacy file formats"): no header row; fields
quoted when text; ``-0-`` (often ``-0- ``) for an empty field; Windows-1252 text; the
files end with a 0x1A byte.

- primary (12 columns): ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign,
  Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks
- alt (5): ent_num, alt_num, alt_type (aka, fka, nka), alt_name, alt_remarks
- add (6): ent_num, add_num, address, city/state/province/postal code, country,
  add_remarks
- comments (2): ent_num, remarks overflow
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from partpath.lists.countries import country_code, country_ref
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, csv_rows, expect_columns, read_text
from partpath.lists.formats.ofac_remarks import parse_remarks
from partpath.lists.identifiers import make_identifier
from partpath.lists.names import list_name, unique_names
from partpath.lists.records import Address, CountryRef, ListEntity, ListName, Schema

log = logging.getLogger(__name__)

FILES = {
    "sdn.csv": ("us_ofac_sdn", "primary"),
    "alt.csv": ("us_ofac_sdn", "alt"),
    "add.csv": ("us_ofac_sdn", "add"),
    "sdn_comments.csv": ("us_ofac_sdn", "comments"),
    "cons_prim.csv": ("us_ofac_cons", "primary"),
    "cons_alt.csv": ("us_ofac_cons", "alt"),
    "cons_add.csv": ("us_ofac_cons", "add"),
    "cons_comments.csv": ("us_ofac_cons", "comments"),
}
COLUMNS = {"primary": 12, "alt": 5, "add": 6, "comments": 2}
SCHEMAS: dict[str, Schema] = {
    "individual": "Person",
    "vessel": "Vessel",
    "aircraft": "Airplane",
    "": "LegalEntity",
}
EMPTY = "-0-"

Rows = dict[str, list[tuple[int, list[str]]]]


@dataclass
class _Family:
    """The files of one list (SDN or consolidated), by role."""

    dataset: str
    files: dict[str, Path] = field(default_factory=dict)


def ofac_value(cell: str) -> str | None:
    """A field's text; None for OFAC's ``-0-`` and for blanks."""
    text = cell.strip()
    return None if not text or text == EMPTY else text


def _families(paths: list[Path]) -> list[_Family]:
    families: dict[str, _Family] = {}
    for path in paths:
        if path.name.lower() not in FILES:
            expected = ", ".join(FILES)
            raise ListFormatError(path, "", f"not an OFAC legacy CSV file name ({expected})")
        dataset, role = FILES[path.name.lower()]
        family = families.setdefault(dataset, _Family(dataset))
        if role in family.files:
            raise ListFormatError(path, "", f"two {role} files given for {dataset}")
        family.files[role] = path
    for family in families.values():
        if "primary" not in family.files:
            any_file = next(iter(family.files.values()))
            raise ListFormatError(any_file, "", "no sdn.csv / cons_prim.csv given with it")
    return list(families.values())


def _rows(path: Path | None, role: str) -> Rows:
    """A side file's rows grouped by ent_num (checked for their column count)."""
    grouped: Rows = defaultdict(list)
    if path is None:
        return grouped
    for line, cells in csv_rows(path, read_text(path)):
        expect_columns(path, line, cells, COLUMNS[role])
        grouped[cells[0].strip()].append((line, cells))
    return grouped


def _alias_names(rows: list[tuple[int, list[str]]]) -> list[ListName | None]:
    return [list_name(ofac_value(cells[3]) or "", "alias") for _, cells in rows]


def _addresses(rows: list[tuple[int, list[str]]]) -> tuple[list[Address], list[CountryRef]]:
    addresses: list[Address] = []
    countries: list[CountryRef] = []
    for _, cells in rows:
        parts = [ofac_value(cell) for cell in cells[2:5]]
        text = ", ".join(part for part in parts if part)
        if text:
            addresses.append(Address(text=text, country=country_code(parts[2])))
        if ref := country_ref(parts[2], "address"):
            countries.append(ref)
    return addresses, countries


def _programs(cell: str) -> tuple[str, ...]:
    text = ofac_value(cell) or ""
    return tuple(part.strip(" []") for part in text.split("] [") if part.strip(" []"))


def _check_primary(path: Path, line: int, cells: list[str]) -> Schema:
    expect_columns(path, line, cells, COLUMNS["primary"])
    if not cells[0].strip().isdigit():
        problem = f"expected a numeric ent_num in column 1, found {cells[0]!r}"
        raise ListFormatError(path, f"line {line}", problem)
    if ofac_value(cells[1]) is None:
        raise ListFormatError(path, f"line {line}", "expected a name in column 2, found none")
    sdn_type = (ofac_value(cells[2]) or "").lower()
    if sdn_type not in SCHEMAS:
        problem = f"unknown SDN_Type {cells[2]!r} (expected individual, vessel, aircraft or -0-)"
        raise ListFormatError(path, f"line {line}", problem)
    return SCHEMAS[sdn_type]


def _vessel(cells: list[str]) -> tuple[list[CountryRef], list[str]]:
    """The flag and the other vessel columns (as remarks) of a primary row."""
    flag = country_ref(ofac_value(cells[9]), "flag")
    labels = ("Vessel type", "Tonnage", "GRT", "Vessel owner")
    details = [
        f"{label}: {value}"
        for label, cell in zip(labels, (cells[6], cells[7], cells[8], cells[10]), strict=True)
        if (value := ofac_value(cell))
    ]
    return ([flag] if flag else []), details


@dataclass
class _Sides:
    """The side files of a family, grouped by ent_num."""

    aliases: Rows
    addresses: Rows
    comments: Rows


def _entity(path: Path, line: int, cells: list[str], sides: _Sides, dataset: str) -> ListEntity:
    schema = _check_primary(path, line, cells)
    ent_num = cells[0].strip()
    overflow = [ofac_value(row[1]) for _, row in sides.comments.get(ent_num, [])]
    remarks = " ".join(text for text in [ofac_value(cells[11]), *overflow] if text)
    facts = parse_remarks(remarks)
    addresses, address_countries = _addresses(sides.addresses.get(ent_num, []))
    flags, vessel_details = _vessel(cells)
    call_sign = make_identifier("call_sign", ofac_value(cells[5]) or "", label="Call_Sign")
    title = ofac_value(cells[4])
    return ListEntity(
        dataset=dataset,
        entry_id=ent_num,
        schema=schema,
        names=unique_names(
            [
                list_name(cells[1], "primary"),
                *_alias_names(sides.aliases.get(ent_num, [])),
                *facts.names,
            ]
        ),
        identifiers=tuple(facts.identifiers) + ((call_sign,) if call_sign else ()),
        countries=tuple(facts.countries + address_countries + flags),
        birth_dates=tuple(facts.birth_dates),
        birth_places=tuple(facts.birth_places),
        addresses=tuple(addresses),
        programs=_programs(cells[3]),
        gender=facts.gender,
        remarks=tuple(text for text in [title, *vessel_details, remarks] if text),
        source_record=f"{path.name} line {line}",
    )


def _log_orphans(family: _Family, sides: _Sides, seen: set[str]) -> None:
    """Side rows naming an ent_num absent from the primary file (a newer alt.csv)."""
    for role, rows in (("alt", sides.aliases), ("add", sides.addresses)):
        orphans = sum(len(found) for ent_num, found in rows.items() if ent_num not in seen)
        if orphans:
            log.info("%s: %d rows name no entry of %s", family.files[role], orphans, family.dataset)


def _read_family(family: _Family) -> Iterator[ListEntity]:
    sides = _Sides(
        aliases=_rows(family.files.get("alt"), "alt"),
        addresses=_rows(family.files.get("add"), "add"),
        comments=_rows(family.files.get("comments"), "comments"),
    )
    primary = family.files["primary"]
    seen: set[str] = set()
    for line, cells in csv_rows(primary, read_text(primary)):
        entity = _entity(primary, line, cells, sides, family.dataset)
        seen.add(entity.entry_id)
        yield entity
    if not seen:
        raise ListFormatError(primary, "", "no entries in the file")
    _log_orphans(family, sides, seen)


def read_ofac_csv(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Entries of OFAC's legacy CSV files (SDN and/or consolidated), aliases and addresses
    joined by ent_num; ``paths`` may name the files or the folders holding them."""
    for family in _families(as_paths(paths)):
        yield from _read_family(family)
