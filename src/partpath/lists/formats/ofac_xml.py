"""OFAC's SDN XML (sdn.xml, and consolidated.xml of the non-SDN list, same layout).

Layout (OFAC's sdn.xsd): ``<sdnList>`` holds ``<publshInformation>`` (sic) and one
``<sdnEntry>`` per entry: ``uid``, ``firstName``, ``lastName``, ``title``, ``sdnType``
(Individual, Entity, Vessel, Aircraft), ``remarks``, ``programList/program``,
``idList/id`` (idType, idNumber, idCountry, issueDate, expirationDate),
``akaList/aka`` (type a.k.a./f.k.a./n.k.a., category strong/weak, firstName, lastName),
``addressList/address`` (address1-3, city, stateOrProvince, postalCode, country),
``nationalityList/nationality``, ``citizenshipList/citizenship`` (country),
``dateOfBirthList/dateOfBirthItem/dateOfBirth``,
``placeOfBirthList/placeOfBirthItem/placeOfBirth`` and ``vesselInfo`` (callSign,
vesselType, vesselFlag, vesselOwner, tonnage, grossRegisteredTonnage). The elements
live in a namespace (tempuri.org or sanctionslistservice.ofac.treas.gov); it is ignored.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from partpath.lists.countries import country_code, country_ref
from partpath.lists.dates import birth_date
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, child_text, children_text, xml_records
from partpath.lists.identifiers import identifier_kind, make_identifier
from partpath.lists.names import list_name, unique_names
from partpath.lists.records import (
    Address,
    CountryRef,
    CountryRole,
    Identifier,
    ListEntity,
    ListName,
    NameKind,
    Schema,
)

SCHEMAS: dict[str, Schema] = {
    "individual": "Person",
    "entity": "LegalEntity",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}
RECORDS = frozenset({"sdnEntry"})


def entry_name(element: ET.Element) -> str:
    """The name as OFAC's CSV writes it: "LAST, First" for a person, "NAME" otherwise."""
    last = child_text(element, "lastName")
    first = child_text(element, "firstName")
    return ", ".join(part for part in (last, first) if part)


def _names(entry: ET.Element) -> list[ListName | None]:
    names: list[ListName | None] = [list_name(entry_name(entry), "primary")]
    for aka in entry.iterfind("akaList/aka"):
        weak = (child_text(aka, "category") or "").lower() == "weak"
        kind: NameKind = "weak" if weak else "alias"
        names.append(list_name(entry_name(aka), kind))
    return names


def _identifiers(entry: ET.Element) -> tuple[list[Identifier], list[str], str | None]:
    """Identifiers, the other idList facts (as remarks), and the gender."""
    identifiers: list[Identifier] = []
    other: list[str] = []
    gender = None
    for item in entry.iterfind("idList/id"):
        label = child_text(item, "idType") or ""
        number = child_text(item, "idNumber") or ""
        kind = identifier_kind(label)
        if label.lower() == "gender":
            gender = number
        elif kind and (ident := make_identifier(kind, number, _code(item, "idCountry"), label)):
            identifiers.append(ident)
        elif label or number:
            other.append(f"{label} {number}".strip())
    call_sign = make_identifier("call_sign", child_text(entry, "vesselInfo/callSign") or "")
    return identifiers + ([call_sign] if call_sign else []), other, gender


def _code(element: ET.Element, path: str) -> str | None:
    return country_code(child_text(element, path))


def _addresses(entry: ET.Element) -> list[Address]:
    fields = ("address1", "address2", "address3", "city", "stateOrProvince", "postalCode")
    addresses = []
    for item in entry.iterfind("addressList/address"):
        country = child_text(item, "country")
        text = ", ".join(part for part in [*(child_text(item, f) for f in fields), country] if part)
        if text:
            addresses.append(Address(text=text, country=country_code(country)))
    return addresses


def _countries(entry: ET.Element) -> list[CountryRef | None]:
    paths: tuple[tuple[str, CountryRole], ...] = (
        ("addressList/address/country", "address"),
        ("nationalityList/nationality/country", "nationality"),
        ("citizenshipList/citizenship/country", "citizenship"),
        ("vesselInfo/vesselFlag", "flag"),
    )
    return [country_ref(name, role) for path, role in paths for name in children_text(entry, path)]


def _entity(path: Path, where: str, entry: ET.Element, dataset: str) -> ListEntity:
    uid = child_text(entry, "uid")
    sdn_type = (child_text(entry, "sdnType") or "").lower()
    if uid is None or not entry_name(entry):
        raise ListFormatError(path, where, "expected <uid> and <lastName> in every <sdnEntry>")
    if sdn_type not in SCHEMAS:
        problem = f"unknown <sdnType> {sdn_type!r} (expected {', '.join(SCHEMAS)})"
        raise ListFormatError(path, where, problem)
    identifiers, other_ids, gender = _identifiers(entry)
    addresses = _addresses(entry)
    places = children_text(entry, "placeOfBirthList/placeOfBirthItem/placeOfBirth")
    remarks = [child_text(entry, "title"), *other_ids, child_text(entry, "remarks")]
    return ListEntity(
        dataset=dataset,
        entry_id=uid,
        schema=SCHEMAS[sdn_type],
        names=unique_names(_names(entry)),
        identifiers=tuple(identifiers),
        countries=tuple(ref for ref in _countries(entry) if ref),
        birth_dates=tuple(
            birth_date(text)
            for text in children_text(entry, "dateOfBirthList/dateOfBirthItem/dateOfBirth")
        ),
        birth_places=tuple(places),
        addresses=tuple(addresses),
        programs=tuple(children_text(entry, "programList/program")),
        gender=gender,
        remarks=tuple(text for text in remarks if text),
        source_record=f"{path.name} {where}",
    )


def read_ofac_xml(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Entries of OFAC's sdn.xml (dataset us_ofac_sdn) or consolidated.xml (us_ofac_cons)."""
    for path in as_paths(paths):
        dataset = "us_ofac_cons" if "cons" in path.name.lower() else "us_ofac_sdn"
        for record in xml_records(path, "sdnList", RECORDS):
            yield _entity(path, record.where, record.element, dataset)
