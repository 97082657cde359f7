"""The EU consolidated financial sanctions file (FSF), XML format 1.1.

Layout (European Commission, "xmlFullSanctionsList_1_1", namespace
``http://eu.europa.ec/fpi/fsd/export``): ``<export generationDate=...>`` holds one
``<sanctionEntity logicalId euReferenceNumber unitedNationId designationDate>`` per
entry, with children ``<regulation programme publicationDate ...>``,
``<subjectType code="person|enterprise">``, ``<nameAlias wholeName firstName
middleName lastName gender title function nameLanguage strong>``,
``<citizenship countryIso2Code countryDescription>``, ``<birthdate birthdate year
monthOfYear dayOfMonth yearRangeFrom yearRangeTo circa city place region
countryIso2Code countryDescription>``, ``<identification identificationTypeCode
identificationTypeDescription number latinNumber countryIso2Code
countryDescription>``, ``<address street city zipCode poBox region place
countryIso2Code countryDescription>`` and ``<remark>``. Country code "00" and
description "UNKNOWN" mean no country. ``strong="false"`` marks a weak alias.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from partpath.lists.countries import country_code
from partpath.lists.dates import birth_date, partial_date, year_range
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, children_text, xml_records
from partpath.lists.identifiers import identifier_kind, make_identifier
from partpath.lists.names import join_parts, list_name, unique_names
from partpath.lists.records import (
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

DATASET = "eu_fsf"
RECORDS = frozenset({"sanctionEntity"})
SCHEMAS: dict[str, Schema] = {"person": "Person", "enterprise": "LegalEntity"}
GENDERS = {"M": "Male", "F": "Female"}


def _attr(element: ET.Element, name: str) -> str | None:
    value = (element.get(name) or "").strip()
    return value or None


def eu_country(element: ET.Element) -> tuple[str | None, str | None]:
    """(ISO code, published description) of an element's country attributes."""
    description = _attr(element, "countryDescription")
    if description == "UNKNOWN":
        description = None
    code = (_attr(element, "countryIso2Code") or "").upper()
    if len(code) != 2 or code == "00":
        code = country_code(description) or ""
    return code or None, description


def _country(element: ET.Element, role: CountryRole) -> CountryRef | None:
    code, description = eu_country(element)
    if code is None and description is None:
        return None
    return CountryRef(code=code, role=role, name=description)


def _name_kind(index: int, alias: ET.Element, name: ListName) -> NameKind:
    if (alias.get("strong") or "true").lower() == "false":
        return "weak"
    if name.script not in (None, "Latn"):
        return "original_script"
    return "primary" if index == 0 else "alias"


def _names(entry: ET.Element) -> list[ListName | None]:
    names: list[ListName | None] = []
    for index, alias in enumerate(entry.iterfind("nameAlias")):
        parts = (_attr(alias, "firstName"), _attr(alias, "middleName"), _attr(alias, "lastName"))
        text = _attr(alias, "wholeName") or join_parts(parts)
        draft = list_name(text, "alias", _attr(alias, "nameLanguage"))
        if draft is not None:
            kind = _name_kind(index, alias, draft)
            names.append(ListName(draft.name, kind, draft.lang, draft.script))
    return names


def _birth(item: ET.Element) -> BirthDate:
    circa = (item.get("circa") or "").lower() == "true"
    if full := _attr(item, "birthdate"):
        return BirthDate(text=full, start=birth_date(full).start, circa=circa)
    low, high = _attr(item, "yearRangeFrom"), _attr(item, "yearRangeTo")
    if low or high:
        return year_range(f"{low} to {high}", low, high, circa)
    parts = [_attr(item, "year"), _attr(item, "monthOfYear"), _attr(item, "dayOfMonth")]
    text = "-".join(part.zfill(2) for part in parts if part)
    return BirthDate(text=text, start=partial_date(text), circa=circa)


def _births(entry: ET.Element) -> tuple[list[BirthDate], list[str], list[CountryRef]]:
    dates, places, countries = [], [], []
    for item in entry.iterfind("birthdate"):
        date = _birth(item)
        if date.text:
            dates.append(date)
        description = eu_country(item)[1]
        parts = [_attr(item, key) for key in ("place", "city", "region")]
        if place := ", ".join(part for part in [*parts, description] if part):
            places.append(place)
        if ref := _country(item, "birth"):
            countries.append(ref)
    return dates, places, countries


def _identifiers(entry: ET.Element) -> list[Identifier]:
    identifiers = []
    for item in entry.iterfind("identification"):
        code = _attr(item, "identificationTypeCode") or ""
        label = _attr(item, "identificationTypeDescription") or code
        number = _attr(item, "number") or _attr(item, "latinNumber") or ""
        kind = identifier_kind(code) or "other"
        if found := make_identifier(kind, number, eu_country(item)[0], label):
            identifiers.append(found)
    return identifiers


def _addresses(entry: ET.Element) -> tuple[list[Address], list[CountryRef]]:
    keys = ("street", "poBox", "zipCode", "city", "place", "region")
    addresses, countries = [], []
    for item in entry.iterfind("address"):
        code, description = eu_country(item)
        parts = [_attr(item, key) for key in keys]
        if text := ", ".join(part for part in [*parts, description] if part):
            addresses.append(Address(text=text, country=code))
        if ref := _country(item, "address"):
            countries.append(ref)
    return addresses, countries


def _gender(entry: ET.Element) -> str | None:
    for alias in entry.iterfind("nameAlias"):
        if gender := _attr(alias, "gender"):
            return GENDERS.get(gender.upper(), gender)
    return None


def _listed_on(entry: ET.Element) -> str | None:
    dates = [_attr(reg, "publicationDate") for reg in entry.iterfind("regulation")]
    found = [partial_date(text) for text in [_attr(entry, "designationDate"), *dates] if text]
    return min((date for date in found if date), default=None)


def _remarks(entry: ET.Element) -> list[str]:
    references = [
        f"{label}: {value}"
        for label, key in (("EU reference", "euReferenceNumber"), ("UN id", "unitedNationId"))
        if (value := _attr(entry, key))
    ]
    return references + children_text(entry, "remark")


def _schema(path: Path, where: str, entry: ET.Element) -> Schema:
    subject = entry.find("subjectType")
    code = (subject.get("code") or "") if subject is not None else ""
    if code not in SCHEMAS:
        problem = f"expected <subjectType code> person or enterprise, found {code!r}"
        raise ListFormatError(path, where, problem)
    return SCHEMAS[code]


def _entity(path: Path, where: str, entry: ET.Element) -> ListEntity:
    logical_id = _attr(entry, "logicalId")
    names = unique_names(_names(entry))
    if logical_id is None or not names:
        problem = "expected a logicalId and a <nameAlias wholeName> in every <sanctionEntity>"
        raise ListFormatError(path, where, problem)
    dates, places, birth_countries = _births(entry)
    addresses, address_countries = _addresses(entry)
    citizenships = [_country(item, "citizenship") for item in entry.iterfind("citizenship")]
    programs = [_attr(reg, "programme") for reg in entry.iterfind("regulation")]
    return ListEntity(
        dataset=DATASET,
        entry_id=logical_id,
        schema=_schema(path, where, entry),
        names=names,
        identifiers=tuple(_identifiers(entry)),
        countries=tuple(
            ref for ref in [*citizenships, *birth_countries, *address_countries] if ref
        ),
        birth_dates=tuple(dates),
        birth_places=tuple(places),
        addresses=tuple(addresses),
        programs=tuple(dict.fromkeys(program for program in programs if program)),
        listed_on=_listed_on(entry),
        gender=_gender(entry),
        remarks=tuple(_remarks(entry)),
        source_record=f"{path.name} {where}",
    )


def read_eu_xml(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Entries of the EU financial sanctions file (XML 1.1)."""
    for path in as_paths(paths):
        for record in xml_records(path, "export", RECORDS):
            yield _entity(path, record.where, record.element)
