"""The one entity model that every list loader yields, whatever the publisher's format.

A list entry becomes a :class:`ListEntity`: its publisher's own id, a FollowTheMoney
schema name, every name with its kind (primary, alias, weak alias, original script),
the identifiers, countries with their role, birth dates at the precision given,
addresses, programs and the place in the file it came from. The records are frozen
and hold tuples, so a loaded list can be shared between threads and cached safely.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, is_dataclass
from typing import Any, Literal, TypeVar

T = TypeVar("T")

Schema = Literal["Person", "Company", "Organization", "LegalEntity", "Vessel", "Airplane"]
"""FollowTheMoney schema names. Publishers that do not tell companies from other
bodies get ``LegalEntity``; FtM calls aircraft ``Airplane``."""

SCHEMAS: tuple[Schema, ...] = (
    "Person",
    "Company",
    "Organization",
    "LegalEntity",
    "Vessel",
    "Airplane",
)

NameKind = Literal["primary", "alias", "weak", "original_script"]
"""``weak``: a low-quality alias (OFAC "weak a.k.a.", UN/UK "Low" quality, EU not
strong, FtM ``weakAlias``), to corroborate a hit rather than to make one."""

CountryRole = Literal[
    "nationality", "citizenship", "address", "jurisdiction", "birth", "flag", "associated"
]

Precision = Literal["day", "month", "year"]


@dataclass(frozen=True, slots=True)
class ListName:
    """One name of a list entry, with its kind and, where known, language and script."""

    name: str
    kind: NameKind = "primary"
    lang: str | None = None
    """Language code as the publisher gives it (EU: ISO 639-1, UK: a language name)."""
    script: str | None = None
    """ISO 15924 script code detected from the text: Latn, Cyrl, Arab, Hang, Hani, ..."""


@dataclass(frozen=True, slots=True)
class Identifier:
    """An identifier (INN, OGRN, IMO, registration number, passport, tax id, ...)."""

    kind: str
    """partpath's kind, from ``lists/data/identifiers.yml``: inn, ogrn, imo, passport, ..."""
    value: str
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the issuing country, where derivable."""
    label: str | None = None
    """The publisher's own label, e.g. "Tax ID No." or "National passport"."""


@dataclass(frozen=True, slots=True)
class CountryRef:
    """A country linked to an entry, and how: nationality, address, vessel flag, ..."""

    code: str | None
    """ISO 3166-1 alpha-2 code, or None where the published name maps to none."""
    role: CountryRole
    name: str | None = None
    """The country as published."""


@dataclass(frozen=True, slots=True)
class BirthDate:
    """A birth date at the precision the publisher gave: a day, a month, a year or a range."""

    text: str
    """As published, e.g. "DOB circa 1951" or "00/00/1959"."""
    start: str | None
    """ISO 8601 at the published precision: "1964-07-17", "1964-07" or "1964"; None if
    the text could not be read."""
    end: str | None = None
    """Last date of a published range ("1958 to 1962"), else None."""
    circa: bool = False

    @property
    def precision(self) -> Precision | None:
        """How precise ``start`` is: day, month or year."""
        if self.start is None:
            return None
        if len(self.start) == len("YYYY-MM-DD"):
            return "day"
        if len(self.start) == len("YYYY-MM"):
            return "month"
        return "year"


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address as one line of text, with its country."""

    text: str
    country: str | None = None
    """ISO 3166-1 alpha-2 code, where derivable."""


@dataclass(frozen=True, slots=True)
class ListEntity:
    """One entry of a sanctions or export-control list, in partpath's single model."""

    dataset: str
    """The list: us_ofac_sdn, us_ofac_cons, un_sc_sanctions, eu_fsf, gb_hmt_sanctions,
    us_trade_csl, us_bis_dpl, or the OpenSanctions dataset name."""
    entry_id: str
    """The publisher's own id: OFAC ent_num, UN reference number, EU logical id, ..."""
    schema: Schema
    names: tuple[ListName, ...]
    identifiers: tuple[Identifier, ...] = ()
    countries: tuple[CountryRef, ...] = ()
    birth_dates: tuple[BirthDate, ...] = ()
    birth_places: tuple[str, ...] = ()
    addresses: tuple[Address, ...] = ()
    programs: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    """Sub-lists of a combined publication: the CSL ``source`` (Entity List, DPL, ...),
    the OpenSanctions datasets of an FtM entity."""
    listed_on: str | None = None
    """ISO 8601 date of listing, where published."""
    gender: str | None = None
    remarks: tuple[str, ...] = ()
    source_record: str = ""
    """Where in the file the entry is: "sdn.csv line 12", "UN_consolidated.xml line
    10353 INDIVIDUAL[245]". Used in error messages and hit explanations."""

    @property
    def caption(self) -> str:
        """The entry's first primary name (else its first name)."""
        for name in self.names:
            if name.kind == "primary":
                return name.name
        return self.names[0].name if self.names else self.entry_id

    def names_of(self, *kinds: NameKind) -> tuple[str, ...]:
        """The names of the given kinds, in published order."""
        return tuple(name.name for name in self.names if name.kind in kinds)

    def identifiers_of(self, kind: str) -> tuple[str, ...]:
        """The values of the identifiers of one kind."""
        return tuple(ident.value for ident in self.identifiers if ident.kind == kind)

    def country_codes(self, *roles: CountryRole) -> tuple[str, ...]:
        """ISO codes of the linked countries (of the given roles, else of all roles)."""
        return tuple(
            ref.code
            for ref in self.countries
            if ref.code is not None and (not roles or ref.role in roles)
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the record."""
        return asdict(self)

    def to_compact_dict(self) -> dict[str, Any]:
        """A JSON-ready dict without the fields left at their defaults (as stored in a
        list version); :meth:`from_dict` reads it back. Four times faster than
        :meth:`to_dict`, which matters for a list of 15,000 entries."""
        return _compact(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ListEntity:
        """The record from :meth:`to_dict` or :meth:`to_compact_dict` output (e.g. stored JSON)."""
        get = data.get
        return cls(
            dataset=data["dataset"],
            entry_id=data["entry_id"],
            schema=data["schema"],
            names=tuple(ListName(**name) for name in get("names", ())),
            identifiers=tuple(Identifier(**ident) for ident in get("identifiers", ())),
            countries=tuple(CountryRef(**ref) for ref in get("countries", ())),
            birth_dates=tuple(BirthDate(**date) for date in get("birth_dates", ())),
            birth_places=tuple(get("birth_places", ())),
            addresses=tuple(Address(**address) for address in get("addresses", ())),
            programs=tuple(get("programs", ())),
            lists=tuple(get("lists", ())),
            listed_on=get("listed_on"),
            gender=get("gender"),
            remarks=tuple(get("remarks", ())),
            source_record=get("source_record", ""),
        )


def _compact(record: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in fields(record):
        value = getattr(record, field.name)
        if value == field.default and field.name not in _REQUIRED:
            continue
        if isinstance(value, tuple):
            value = [_compact(item) if is_dataclass(item) else item for item in value]
        out[field.name] = value
    return out


_REQUIRED = frozenset({"dataset", "entry_id", "schema", "names"})
"""Fields of :class:`ListEntity` written even when empty, so stored JSON is self-describing."""


def distinct(values: Iterable[T | None]) -> tuple[T, ...]:
    """The values without blanks (None, "") and repeats, in first-seen order."""
    return tuple(dict.fromkeys(value for value in values if value))
