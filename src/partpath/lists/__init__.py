"""Sanctions and export-control lists: loaders for every publisher's format, one model.

``load_list("ofac_csv", "../shared/data/lists/ofac")`` reads a list into
:class:`ListEntity` records; :data:`FORMATS` names the readers.
"""

from __future__ import annotations

from partpath.lists.errors import ListFormatError
from partpath.lists.formats import FORMATS, Reader, get_reader, load_list
from partpath.lists.records import (
    SCHEMAS,
    Address,
    BirthDate,
    CountryRef,
    CountryRole,
    Identifier,
    ListEntity,
    ListName,
    NameKind,
    Schema,
)

__all__ = [
    "FORMATS",
    "SCHEMAS",
    "Address",
    "BirthDate",
    "CountryRef",
    "CountryRole",
    "Identifier",
    "ListEntity",
    "ListFormatError",
    "ListName",
    "NameKind",
    "Reader",
    "Schema",
    "get_reader",
    "load_list",
]
