"""What is screened: a party described by names and, where known, schema, countries,
birth dates and identifiers. Built from plain arguments or from FollowTheMoney
properties, the shape that yente's ``/match`` accepts."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from partpath.exc import InvalidInput
from partpath.lists.countries import country_code
from partpath.lists.dates import partial_date
from partpath.lists.records import (
    SCHEMAS,
    Address,
    BirthDate,
    CountryRef,
    Identifier,
    ListEntity,
    ListName,
    Schema,
)

MAX_NAME_LENGTH = 1000
"""Longer names are refused: no party's name is that long, and scoring time grows with it."""

IDENTIFIER_PROPERTIES = {
    "innCode": "inn",
    "ogrnCode": "ogrn",
    "kppCode": "kpp",
    "taxNumber": "tax",
    "vatCode": "vat",
    "registrationNumber": "registration",
    "imoNumber": "imo",
    "mmsi": "mmsi",
    "leiCode": "lei",
    "swiftBic": "swift",
    "passportNumber": "passport",
    "idNumber": None,
    "icaoCode": "icao",
    "okpoCode": "okpo",
    "dunsCode": "duns",
}
"""FtM identifier properties and the identifier kind each names (None: any kind)."""

NAME_PROPERTIES = ("name", "alias", "previousName", "weakAlias")
NAME_PART_PROPERTIES = ("firstName", "secondName", "middleName", "fatherName", "lastName")
COUNTRY_PROPERTIES = (
    "country",
    "nationality",
    "citizenship",
    "jurisdiction",
    "flag",
    "mainCountry",
)


@dataclass(frozen=True, slots=True)
class Query:
    """A party to screen."""

    names: tuple[str, ...]
    schema: str = "LegalEntity"
    countries: tuple[str, ...] = ()
    """ISO 3166-1 alpha-2 codes."""
    birth_dates: tuple[str, ...] = ()
    """ISO dates at any precision: "1952", "1952-10", "1952-10-07"."""
    identifiers: tuple[tuple[str | None, str], ...] = ()
    """(kind or None, value)."""
    addresses: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.schema not in SCHEMAS and self.schema not in ("Organization", "LegalEntity"):
            raise InvalidInput(f"unknown schema {self.schema!r}: use one of {', '.join(SCHEMAS)}")
        names = tuple(" ".join(name.split()) for name in self.names if name and name.strip())
        if not names:
            raise InvalidInput("a name is needed to screen: the name is empty")
        for name in names:
            if len(name) > MAX_NAME_LENGTH:
                raise InvalidInput(
                    f"name of {len(name)} characters: at most {MAX_NAME_LENGTH} are screened"
                )
        object.__setattr__(self, "names", names)

    @classmethod
    def of(
        cls,
        name: str,
        schema: str | None = None,
        country: str | None = None,
        identifier: str | None = None,
        birth_date: str | None = None,
    ) -> Query:
        """A query from one name and optional schema, country (name or code), identifier
        and birth date, as a CSV row or the command line gives them."""
        countries = _countries([country] if country else [])
        return cls(
            names=(name,),
            schema=_schema(schema),
            countries=countries,
            identifiers=((None, identifier),) if identifier and identifier.strip() else (),
            birth_dates=_dates([birth_date] if birth_date else []),
        )

    @classmethod
    def from_properties(cls, schema: str, properties: Mapping[str, Sequence[object]]) -> Query:
        """A query from FollowTheMoney properties (``{"name": [...], "country": [...]}``)."""
        values = {
            key: [str(v) for v in vals if v is not None and str(v).strip()]
            for key, vals in properties.items()
            if isinstance(vals, (list, tuple))
        }
        names = [name for prop in NAME_PROPERTIES for name in values.get(prop, [])]
        parts = [" ".join(values.get(prop, [])) for prop in NAME_PART_PROPERTIES]
        joined = " ".join(part for part in parts if part)
        if joined:
            names.append(joined)
        identifiers: list[tuple[str | None, str]] = []
        for prop, kind in IDENTIFIER_PROPERTIES.items():
            identifiers.extend((kind, value) for value in values.get(prop, []))
        countries = [value for prop in COUNTRY_PROPERTIES for value in values.get(prop, [])]
        return cls(
            names=tuple(dict.fromkeys(names)),
            schema=_schema(schema),
            countries=_countries(countries),
            birth_dates=_dates(values.get("birthDate", []) + values.get("incorporationDate", [])),
            identifiers=tuple(identifiers),
            addresses=tuple(values.get("address", []) + values.get("addressEntity", [])),
        )


def _schema(schema: str | None) -> str:
    if not schema or not schema.strip():
        return "LegalEntity"
    wanted = schema.strip()
    for known in SCHEMAS:
        if known.casefold() == wanted.casefold():
            return known
    aliases = {
        "individual": "Person",
        "entity": "LegalEntity",
        "organisation": "Organization",
        "aircraft": "Airplane",
        "ship": "Vessel",
    }
    if wanted.casefold() in aliases:
        return aliases[wanted.casefold()]
    raise InvalidInput(f"unknown schema {schema!r}: use one of {', '.join(SCHEMAS)}")


def _countries(values: Sequence[str]) -> tuple[str, ...]:
    codes: list[str] = []
    for value in values:
        value = value.strip()
        if len(value) == 2 and value.isalpha():
            codes.append(value.upper())
        elif (code := country_code(value)) is not None:
            codes.append(code)
    return tuple(dict.fromkeys(codes))


def _dates(values: Sequence[str]) -> tuple[str, ...]:
    dates: list[str] = []
    for value in values:
        value = value.strip()
        if len(value) >= 4 and value[:4].isdigit() and (len(value) == 4 or value[4] == "-"):
            dates.append(value[:10])
        elif (parsed := partial_date(value)) is not None:
            dates.append(parsed)
    return tuple(dict.fromkeys(dates))


def entity_from_properties(
    schema: str, properties: Mapping[str, Sequence[object]], entry_id: str, dataset: str = "query"
) -> ListEntity:
    """A list entity from FtM properties: for benchmarks and tests that compare two
    described parties with the same engine."""
    query = Query.from_properties(schema, properties)
    resolved: Schema = query.schema  # type: ignore[assignment]
    return ListEntity(
        dataset=dataset,
        entry_id=entry_id,
        schema=resolved,
        names=tuple(
            ListName(name=name, kind="primary" if i == 0 else "alias")
            for i, name in enumerate(query.names)
        ),
        identifiers=tuple(
            Identifier(kind=kind or "id", value=value) for kind, value in query.identifiers
        ),
        countries=tuple(CountryRef(code=code, role="associated") for code in query.countries),
        birth_dates=tuple(BirthDate(text=date, start=date) for date in query.birth_dates),
        addresses=tuple(Address(text=text) for text in query.addresses),
    )
