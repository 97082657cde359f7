"""The BIS Denied Persons List, tab-separated text (dpl.txt).

Layout (Bureau of Industry and Security download, header row, quoted cells): Name,
Street_Address, City, State, Country (ISO alpha-2, often blank for the US), Postal_Code,
Effective_Date and Expiration_Date (MM/DD/YYYY), Standard_Order, Last_Update, Action,
FR_Citation. One row per denied party and address; the file gives no id, so an entry's
id is a hash of its name, address and effective date (``dpl-`` + 16 hex digits, a
``-2``, ``-3``... suffix on exact repeats).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from partpath.lists.countries import country_code, country_ref
from partpath.lists.dates import partial_date
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, csv_rows, read_text
from partpath.lists.names import list_name
from partpath.lists.records import Address, ListEntity

DATASET = "us_bis_dpl"
HEADER = (
    "Name",
    "Street_Address",
    "City",
    "State",
    "Country",
    "Postal_Code",
    "Effective_Date",
    "Expiration_Date",
    "Standard_Order",
    "Last_Update",
    "Action",
    "FR_Citation",
)
IDENTITY = ("Name", "Street_Address", "City", "State", "Country", "Postal_Code", "Effective_Date")


def _entry_id(row: dict[str, str], seen: dict[str, int]) -> str:
    key = "|".join(" ".join(row[column].split()) for column in IDENTITY)
    entry_id = "dpl-" + hashlib.sha256(key.encode()).hexdigest()[:16]
    seen[entry_id] = seen.get(entry_id, 0) + 1
    return entry_id if seen[entry_id] == 1 else f"{entry_id}-{seen[entry_id]}"


def _entity(path: Path, line: int, row: dict[str, str], entry_id: str) -> ListEntity:
    name = list_name(row["Name"], "primary")
    if name is None:
        raise ListFormatError(path, f"line {line}", "expected a name in column 'Name'")
    country = row["Country"].strip() or None
    columns = ("Street_Address", "City", "State", "Postal_Code", "Country")
    parts = [row[column].strip() for column in columns]
    address = ", ".join(part for part in parts if part)
    remarks = [
        f"{column.replace('_', ' ')}: {row[column].strip()}"
        for column in ("Expiration_Date", "Standard_Order", "Action", "FR_Citation")
        if row[column].strip()
    ]
    return ListEntity(
        dataset=DATASET,
        entry_id=entry_id,
        schema="LegalEntity",
        names=(name,),
        countries=tuple(ref for ref in [country_ref(country, "address")] if ref),
        addresses=(Address(address, country_code(country)),) if address else (),
        listed_on=partial_date(row["Effective_Date"], "mdy"),
        remarks=tuple(remarks),
        source_record=f"{path.name} line {line}",
    )


def _records(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    rows = csv_rows(path, read_text(path), delimiter="\t")
    line, header = next(rows, (1, []))
    if tuple(cell.strip() for cell in header) != HEADER:
        problem = f"expected the header {', '.join(HEADER)}"
        raise ListFormatError(path, f"line {line}", problem)
    for line, cells in rows:
        if len(cells) != len(HEADER):
            problem = f"expected {len(HEADER)} tab-separated columns, found {len(cells)}"
            raise ListFormatError(path, f"line {line}", problem)
        yield line, dict(zip(HEADER, cells, strict=True))


def read_bis_dpl(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Entries of the BIS Denied Persons List (one per row)."""
    for path in as_paths(paths):
        seen: dict[str, int] = {}
        for line, row in _records(path):
            yield _entity(path, line, row, _entry_id(row, seen))
        if not seen:
            raise ListFormatError(path, "", "no entries after the header")
