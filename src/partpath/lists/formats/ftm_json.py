"""OpenSanctions / FollowTheMoney entities as JSON lines (``entities.ftm.json``,
``targets.nested.json``).

Layout (FollowTheMoney entity JSON): one object a line, ``{"id", "schema",
"properties": {property: [values]}, "datasets": [...]}``. Names come from ``name``,
``alias``, ``weakAlias`` and ``previousName``; identifiers from ``innCode``,
``ogrnCode``, ``imoNumber``, ``registrationNumber``, ``taxNumber``, ... (mapped in
``lists/data/identifiers.yml``); countries are lower-case ISO codes. Lines of schemata
that are not screened (Sanction, Address, Ownership, ...) are skipped; nested Sanction
objects give their ``program``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from partpath.lists.countries import country_ref
from partpath.lists.dates import birth_date, partial_date
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, read_text
from partpath.lists.identifiers import make_identifier, publisher_kinds
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
    distinct,
)

SCHEMAS: dict[str, Schema] = {
    "Person": "Person",
    "Company": "Company",
    "Organization": "Organization",
    "PublicBody": "Organization",
    "LegalEntity": "LegalEntity",
    "Vessel": "Vessel",
    "Airplane": "Airplane",
}
NAME_PROPERTIES: tuple[tuple[str, NameKind], ...] = (
    ("name", "primary"),
    ("alias", "alias"),
    ("previousName", "alias"),
    ("weakAlias", "weak"),
)
COUNTRY_PROPERTIES: tuple[tuple[str, CountryRole], ...] = (
    ("nationality", "nationality"),
    ("citizenship", "citizenship"),
    ("jurisdiction", "jurisdiction"),
    ("birthCountry", "birth"),
    ("flag", "flag"),
    ("mainCountry", "associated"),
    ("country", "associated"),
)

Properties = dict[str, list[Any]]


def _strings(properties: Properties, prop: str) -> list[str]:
    return [value.strip() for value in properties.get(prop, []) if isinstance(value, str)]


def _names(properties: Properties) -> list[ListName | None]:
    names: list[ListName | None] = []
    for prop, kind in NAME_PROPERTIES:
        for text in _strings(properties, prop):
            name = list_name(text, kind)
            if name and names and kind != "weak" and name.script not in (None, "Latn"):
                name = ListName(name.name, "original_script", name.lang, name.script)
            names.append(name)
    return names


def _identifiers(properties: Properties) -> list[Identifier | None]:
    countries = [_strings(properties, prop) for prop in ("country", "jurisdiction", "nationality")]
    country = next((values[0] for values in countries if values), None)
    code = country.upper() if country and len(country) == 2 else None
    return [
        make_identifier(kind, value, code, prop)
        for prop, kind in publisher_kinds("ftm").items()
        for value in _strings(properties, prop)
    ]


def _countries(properties: Properties) -> list[CountryRef | None]:
    return [
        country_ref(value, role)
        for prop, role in COUNTRY_PROPERTIES
        for value in _strings(properties, prop)
    ]


def _programs(properties: Properties) -> list[str]:
    programs = _strings(properties, "program") + _strings(properties, "programId")
    for sanction in properties.get("sanctions", []):
        if isinstance(sanction, dict) and isinstance(sanction.get("properties"), dict):
            programs += _strings(sanction["properties"], "program")
            programs += _strings(sanction["properties"], "programId")
    return programs


def _properties(path: Path, where: str, data: Any) -> tuple[str, str, Properties]:
    """(id, schema, properties) of a parsed line, or a ListFormatError."""
    if not isinstance(data, dict):
        raise ListFormatError(path, where, "expected a JSON object")
    entity_id, schema, properties = data.get("id"), data.get("schema"), data.get("properties")
    if not isinstance(entity_id, str) or not isinstance(schema, str):
        raise ListFormatError(path, where, 'expected "id" and "schema" strings')
    if not isinstance(properties, dict) or not all(
        isinstance(values, list) for values in properties.values()
    ):
        raise ListFormatError(path, where, 'expected "properties": {name: [values]}')
    return entity_id, schema, properties


def _entity(path: Path, line: int, data: Any) -> ListEntity | None:
    where = f"line {line}"
    entity_id, schema, properties = _properties(path, where, data)
    if schema not in SCHEMAS:
        return None
    names = unique_names(_names(properties))
    if not names:
        raise ListFormatError(path, where, f'expected a "name" for {schema} {entity_id}')
    raw = data.get("datasets")
    datasets = [value for value in raw if isinstance(value, str)] if isinstance(raw, list) else []
    created = _strings(properties, "createdAt")
    return ListEntity(
        dataset=datasets[0] if len(datasets) == 1 else "opensanctions",
        entry_id=entity_id,
        schema=SCHEMAS[schema],
        names=names,
        identifiers=distinct(_identifiers(properties)),
        countries=distinct(_countries(properties)),
        birth_dates=tuple(birth_date(text) for text in _strings(properties, "birthDate")),
        birth_places=tuple(_strings(properties, "birthPlace")),
        addresses=tuple(Address(text) for text in distinct(_strings(properties, "address"))),
        programs=distinct(_programs(properties)),
        lists=tuple(datasets),
        listed_on=partial_date(min(created)) if created else None,
        gender=next(iter(_strings(properties, "gender")), None),
        remarks=distinct(_strings(properties, "notes") + _strings(properties, "position")),
        source_record=f"{path.name} {where}",
    )


def _parse(path: Path, line: int, text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = f"malformed JSON ({exc.msg} at column {exc.colno})"
        raise ListFormatError(path, f"line {line}", problem) from exc


def read_ftm_json(paths: str | Path | Iterable[str | Path]) -> Iterator[ListEntity]:
    """Persons, organisations, vessels and aircraft of FollowTheMoney JSON lines."""
    for path in as_paths(paths):
        for line, text in enumerate(read_text(path).split("\n"), 1):
            if text.strip() and (entity := _entity(path, line, _parse(path, line, text))):
                yield entity
