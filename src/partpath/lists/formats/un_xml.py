"""The UN Security Council consolidated sanctions list XML (all regimes, DPRK 1718 included).

Layout (UN, sc-sanctions.xsd): ``<CONSOLIDATED_LIST>`` holds ``<INDIVIDUALS>`` and
``<ENTITIES>``. Each ``<INDIVIDUAL>`` / ``<ENTITY>`` has DATAID, REFERENCE_NUMBER
(e.g. KPi.033), FIRST_NAME .. FOURTH_NAME, NAME_ORIGINAL_SCRIPT, UN_LIST_TYPE (the
regime: DPRK, Al-Qaida, ...), LISTED_ON, COMMENTS1, GENDER, DESIGNATION/VALUE,
TITLE/VALUE, NATIONALITY/VALUE, ``*_ALIAS`` (QUALITY Good / Low / a.k.a. / f.k.a.,
ALIAS_NAME), ``*_ADDRESS`` (STREET, CITY, STATE_PROVINCE, ZIP_CODE, COUNTRY),
INDIVIDUAL_DATE_OF_BIRTH (TYPE_OF_DATE EXACT / APPROXIMATELY / BETWEEN, DATE, YEAR,
FROM_YEAR, TO_YEAR, NOTE), INDIVIDUAL_PLACE_OF_BIRTH and INDIVIDUAL_DOCUMENT
(TYPE_OF_DOCUMENT, NUMBER, ISSUING_COUNTRY, COUNTRY_OF_ISSUE).
A "Low" quality alias is a weak alias. Empty alias elements are skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from partpath.lists.countries import country_code, country_ref
from partpath.lists.dates import birth_date, partial_date, year_range
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, child_text, children_text, xml_records
from partpath.lists.identifiers import identifier_kind, make_identifier
from partpath.lists.names import join_parts, list_name, unique_names
from partpath.lists.records import (
    Address,
    BirthDate,
    CountryRef,
    Identifier,
    ListEntity,
    ListName,
    NameKind,
)

DATASET = "un_sc_sanctions"
RECORDS = frozenset({"INDIVIDUAL", "ENTITY"})
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
ADDRESS_PARTS = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
_IMO = re.compile(r"IMO\)?\s*(?:number|no\.?)?:?\s*(\d{7})\b", re.IGNORECASE)


def _names(record: ET.Element, tag: str) -> list[ListName | None]:
    primary = join_parts(child_text(record, part) for part in NAME_PARTS)
    names = [list_name(primary, "primary")]
    if tag == "ENTITY" and ";" in primary:
        names += [list_name(part, "alias") for part in primary.split(";")]
    for alias in record.iterfind(f"{tag}_ALIAS"):
        quality = (child_text(alias, "QUALITY") or "").lower()
        names.append(list_name(child_text(alias, "ALIAS_NAME") or "", _alias_kind(quality)))
    names.append(list_name(child_text(record, "NAME_ORIGINAL_SCRIPT") or "", "original_script"))
    return names


def _alias_kind(quality: str) -> NameKind:
    """UN quality "Low" marks a weak alias; Good, a.k.a., f.k.a. and blank do not."""
    return "weak" if quality == "low" else "alias"


def _birth_dates(record: ET.Element) -> list[BirthDate]:
    dates = []
    for item in record.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        circa = (child_text(item, "TYPE_OF_DATE") or "").upper() == "APPROXIMATELY"
        exact = child_text(item, "DATE") or child_text(item, "YEAR")
        note = child_text(item, "NOTE")
        if exact:
            dates.append(BirthDate(text=exact, start=birth_date(exact).start, circa=circa))
        elif child_text(item, "FROM_YEAR") or child_text(item, "TO_YEAR"):
            first, last = child_text(item, "FROM_YEAR"), child_text(item, "TO_YEAR")
            dates.append(year_range(f"{first} to {last}", first, last, circa))
        elif note:
            dates.append(birth_date(note))
    return dates


def _places(record: ET.Element) -> tuple[list[str], list[CountryRef]]:
    places, countries = [], []
    for item in record.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        country = child_text(item, "COUNTRY")
        place = join_parts([child_text(item, "CITY"), child_text(item, "STATE_PROVINCE")])
        if text := ", ".join(part for part in (place, country) if part):
            places.append(text)
        if ref := country_ref(country, "birth"):
            countries.append(ref)
    return places, countries


def _addresses(record: ET.Element, tag: str) -> tuple[list[Address], list[CountryRef]]:
    addresses, countries = [], []
    for item in record.iterfind(f"{tag}_ADDRESS"):
        parts = [child_text(item, part) for part in ADDRESS_PARTS]
        if text := ", ".join(part for part in parts if part):
            addresses.append(Address(text=text, country=country_code(parts[-1])))
        if ref := country_ref(parts[-1], "address"):
            countries.append(ref)
    return addresses, countries


def _identifiers(record: ET.Element) -> list[Identifier]:
    identifiers = []
    for item in record.iterfind("INDIVIDUAL_DOCUMENT"):
        label = child_text(item, "TYPE_OF_DOCUMENT") or child_text(item, "TYPE_OF_DOCUMENT2")
        country = child_text(item, "ISSUING_COUNTRY") or child_text(item, "COUNTRY_OF_ISSUE")
        kind = identifier_kind(label or "") or "other"
        number = child_text(item, "NUMBER") or ""
        found = make_identifier(kind, number, country_code(country), label)
        if found is not None:
            identifiers.append(found)
    for number in _IMO.findall(child_text(record, "COMMENTS1") or ""):
        identifiers.append(Identifier(kind="imo", value=number, label="IMO number (comments)"))
    return identifiers


def _remarks(record: ET.Element) -> list[str]:
    designations = children_text(record, "DESIGNATION/VALUE")
    titles = children_text(record, "TITLE/VALUE")
    comments = child_text(record, "COMMENTS1")
    return [*titles, *designations, *([comments] if comments else [])]


def _entity(path: Path, where: str, record: ET.Element, tag: str) -> ListEntity:
    entry_id = child_text(record, "REFERENCE_NUMBER") or child_text(record, "DATAID")
    names = unique_names(_names(record, tag))
    if entry_id is None or not names:
        problem = f"expected <REFERENCE_NUMBER> and <FIRST_NAME> in every <{tag}>"
        raise ListFormatError(path, where, problem)
    places, birth_countries = _places(record)
    addresses, address_countries = _addresses(record, tag)
    nationalities = [
        country_ref(name, "nationality") for name in children_text(record, "NATIONALITY/VALUE")
    ]
    return ListEntity(
        dataset=DATASET,
        entry_id=entry_id,
        schema="Person" if tag == "INDIVIDUAL" else "LegalEntity",
        names=names,
        identifiers=tuple(_identifiers(record)),
        countries=tuple(
            ref for ref in [*nationalities, *birth_countries, *address_countries] if ref
        ),
        birth_dates=tuple(_birth_dates(record)),
        birth_places=tuple(places),
        addresses=tuple(addresses),
        programs=tuple(children_text(record, "UN_LIST_TYPE")),
        listed_on=partial_date(child_text(record, "LISTED_ON") or ""),
        gender=child_text(record, "GENDER"),
        remarks=tuple(_remarks(record)),
        source_record=f"{path.name} {where}",
    )


def read_un_xml(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Individuals and entities of the UN Security Council consolidated list."""
    for path in as_paths(paths):
        for record in xml_records(path, "CONSOLIDATED_LIST", RECORDS):
            yield _entity(path, record.where, record.element, record.element.tag)
