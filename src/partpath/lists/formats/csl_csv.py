"""The US Consolidated Screening List (trade.gov) as CSV: eleven export-control and
sanctions lists of Commerce, State and Treasury in one file.

Layout (trade.gov CSL download, header row): [_id,] source, entity_number, type,
programs, name, title, addresses, federal_register_notice, start_date, end_date,
standard_order, license_requirement, license_policy, call_sign, vessel_type,
gross_tonnage, gross_registered_tonnage, vessel_flag, vessel_owner, remarks,
source_list_url, alt_names, citizenships, dates_of_birth, nationalities,
places_of_birth, source_information_url, ids. ``source`` names the list ("Entity List
(EL) - Bureau of Industry and Security", "Denied Persons List (DPL) - ...",
"Unverified List (UVL)", "Military End User (MEU) List", "Specially Designated
Nationals (SDN) - Treasury Department", ...). Multi-valued cells are ``; ``-separated;
an address ends with its ISO country code. ``ids`` items are "type, number[, country]"
in newer files and "[country, ]number, type" in older ones.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from partpath.lists.countries import country_code, country_ref
from partpath.lists.dates import birth_date, partial_date
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, csv_rows, read_text
from partpath.lists.identifiers import identifier_kind, make_identifier
from partpath.lists.names import list_name, unique_names
from partpath.lists.records import (
    Address,
    CountryRef,
    Identifier,
    ListEntity,
    Schema,
    distinct,
)

DATASET = "us_trade_csl"
REQUIRED = ("source", "name", "type", "addresses", "alt_names", "ids")
SCHEMAS: dict[str, Schema] = {
    "individual": "Person",
    "entity": "LegalEntity",
    "vessel": "Vessel",
    "aircraft": "Airplane",
    "": "LegalEntity",
}
_ISO2 = re.compile(r"^[A-Z]{2}$")


def split_values(text: str | None) -> list[str]:
    """The ``; ``-separated values of a cell."""
    return [part.strip() for part in (text or "").split(";") if part.strip()]


def _id_item(item: str) -> tuple[str, str, str | None] | None:
    """(label, number, country code) of one ``ids`` item, in either column order."""
    parts = [part.strip() for part in item.split(", ")]
    if len(parts) not in (2, 3):
        return None
    if identifier_kind(parts[0]) or parts[0].lower() == "gender":
        country = parts[2] if len(parts) == 3 else None
        return parts[0], parts[1], country
    if identifier_kind(parts[-1]):
        country = parts[0] if len(parts) == 3 else None
        return parts[-1], parts[-2], country
    return None


def _ids(cell: str) -> tuple[list[Identifier], str | None]:
    """The identifiers of an ``ids`` cell, and the gender it states."""
    identifiers: list[Identifier] = []
    gender = None
    for item in split_values(cell):
        found = _id_item(item)
        if found is None:
            continue
        label, number, country = found
        if label.lower() == "gender":
            gender = number
            continue
        code = country if country and _ISO2.match(country) else country_code(country)
        if ident := make_identifier(identifier_kind(label) or "other", number, code, label):
            identifiers.append(ident)
    return identifiers, gender


def _addresses(cell: str) -> tuple[list[Address], list[CountryRef]]:
    addresses, countries = [], []
    for text in split_values(cell):
        last = text.rsplit(",", 1)[-1].strip()
        code = last if _ISO2.match(last) else None
        addresses.append(Address(text=text, country=code))
        if code:
            countries.append(CountryRef(code=code, role="address", name=last))
    return addresses, countries


def _entry_id(row: dict[str, str]) -> str:
    """entity_number (OFAC ent_num), else the file's _id, else a hash of the row's
    source, name and addresses (the CSL gives no other id for BIS and State rows)."""
    if found := row.get("entity_number", "").strip() or row.get("_id", "").strip():
        return found
    key = "|".join(row.get(column, "").strip() for column in ("source", "name", "addresses"))
    return "csl-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _countries(row: dict[str, str]) -> list[CountryRef | None]:
    refs = [country_ref(code, "citizenship") for code in split_values(row.get("citizenships"))]
    refs += [country_ref(code, "nationality") for code in split_values(row.get("nationalities"))]
    return [*refs, country_ref(row.get("vessel_flag"), "flag")]


def _entity(path: Path, line: int, row: dict[str, str]) -> ListEntity:
    kind = row["type"].strip().lower()
    if kind not in SCHEMAS:
        raise ListFormatError(path, f"line {line}", f"unknown type {row['type']!r}")
    names = unique_names(
        [list_name(row["name"], "primary")]
        + [list_name(alias, "alias") for alias in split_values(row["alt_names"])]
    )
    if not names:
        raise ListFormatError(path, f"line {line}", "expected a name in column 'name'")
    identifiers, gender = _ids(row["ids"])
    call_sign = make_identifier("call_sign", row.get("call_sign", ""), label="call_sign")
    addresses, address_countries = _addresses(row["addresses"])
    remarks = (row.get(column) for column in ("title", "remarks", "federal_register_notice"))
    return ListEntity(
        dataset=DATASET,
        entry_id=_entry_id(row),
        schema=SCHEMAS[kind],
        names=names,
        identifiers=tuple(identifiers) + ((call_sign,) if call_sign else ()),
        countries=distinct([*_countries(row), *address_countries]),
        birth_dates=tuple(birth_date(text) for text in split_values(row.get("dates_of_birth"))),
        birth_places=tuple(split_values(row.get("places_of_birth"))),
        addresses=tuple(addresses),
        programs=tuple(split_values(row.get("programs"))),
        lists=(row["source"].strip(),),
        listed_on=partial_date(row.get("start_date", "")),
        gender=gender,
        remarks=distinct(text.strip() for text in remarks if text),
        source_record=f"{path.name} line {line}",
    )


def _records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    rows = csv_rows(path, read_text(path))
    line, header = next(rows, (1, []))
    header = [cell.strip() for cell in header]
    if missing := [column for column in REQUIRED if column not in header]:
        problem = f"expected the CSL header; missing columns {', '.join(missing)}"
        raise ListFormatError(path, f"line {line}", problem)
    for line, cells in rows:
        if len(cells) != len(header):
            problem = f"expected {len(header)} columns, found {len(cells)}"
            raise ListFormatError(path, f"line {line}", problem)
        yield line, dict(zip(header, cells, strict=True))


def read_csl_csv(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Entries of trade.gov's Consolidated Screening List CSV; ``lists`` holds the source."""
    for path in as_paths(paths):
        count = 0
        for line, row in _records(path):
            count += 1
            yield _entity(path, line, row)
        if count == 0:
            raise ListFormatError(path, "", "no entries after the header")
