"""One reader per list format, in one registry.

Every reader takes a path, several paths or a folder and yields
:class:`~partpath.lists.records.ListEntity` records; a file it cannot read raises
:class:`~partpath.lists.errors.ListFormatError` naming the file and the record.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from partpath.lists.errors import ListFormatError
from partpath.lists.formats.bis_dpl import read_bis_dpl
from partpath.lists.formats.csl_csv import read_csl_csv
from partpath.lists.formats.eu_xml import read_eu_xml
from partpath.lists.formats.ftm_json import read_ftm_json
from partpath.lists.formats.ofac_csv import read_ofac_csv
from partpath.lists.formats.ofac_xml import read_ofac_xml
from partpath.lists.formats.uk_csv import read_uk_csv
from partpath.lists.formats.un_xml import read_un_xml
from partpath.lists.records import ListEntity

Paths = str | Path | Iterable[str | Path]
Reader = Callable[[Paths], Iterator[ListEntity]]

FORMATS: dict[str, Reader] = {
    "ofac_csv": read_ofac_csv,
    "ofac_xml": read_ofac_xml,
    "un_xml": read_un_xml,
    "eu_xml": read_eu_xml,
    "uk_csv": read_uk_csv,
    "csl_csv": read_csl_csv,
    "bis_dpl": read_bis_dpl,
    "ftm_json": read_ftm_json,
}

__all__ = [
    "FORMATS",
    "Paths",
    "Reader",
    "get_reader",
    "load_list",
    "read_bis_dpl",
    "read_csl_csv",
    "read_eu_xml",
    "read_ftm_json",
    "read_ofac_csv",
    "read_ofac_xml",
    "read_uk_csv",
    "read_un_xml",
]


def get_reader(format_name: str) -> Reader:
    """The reader of a format name (a key of :data:`FORMATS`)."""
    try:
        return FORMATS[format_name]
    except KeyError:
        known = ", ".join(FORMATS)
        raise ListFormatError(format_name, "", f"unknown list format (known: {known})") from None


def load_list(format_name: str, paths: Paths) -> list[ListEntity]:
    """Every entry of a list in one format, read completely (all or nothing)."""
    return list(get_reader(format_name)(paths))
