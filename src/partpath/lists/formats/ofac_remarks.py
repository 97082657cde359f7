"""Facts inside OFAC's free-text "remarks": DOB, POB, nationality, identifiers, aliases.

OFAC's legacy files carry most details of an entry as ``; ``-separated remarks, e.g.
``DOB 31 Aug 1960; alt. DOB 1953; POB Al Basuriyah, Lebanon; nationality Lebanon;
Gender Male; Passport 042833 (Lebanon); Tax ID No. 7706061801 (Russia);
a.k.a. 'BNC'.`` OFAC publishes its low-quality ("weak") a.k.a.s in the remarks, not
in alt.csv; former vessel names come there as f.k.a.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from partpath.lists.countries import country_code, country_ref
from partpath.lists.dates import birth_date
from partpath.lists.identifiers import identifier_kind, make_identifier, publisher_labels
from partpath.lists.names import list_name
from partpath.lists.records import (
    BirthDate,
    CountryRef,
    CountryRole,
    Identifier,
    ListName,
    NameKind,
)

_PART_SPLIT = re.compile(r";\s*")
_ALT = re.compile(r"^alt\.\s+", re.IGNORECASE)
_QUOTED_ALIAS = re.compile(r"^([afn])\.k\.a\.,?\s+'(.+)'$")
_DOB = re.compile(r"^DOB\s+(.+)$")
_POB = re.compile(r"^POB\s+(.+)$")
_NATIONALITY = re.compile(r"^(nationality|citizen)\s+(.+)$")
_GENDER = re.compile(r"^Gender\s+(\w+)")
_TRAILING_COUNTRY = re.compile(r"^(.*\S)\s+\(([^()]+)\)$")
_ISSUED = re.compile(r"\s+(?:issued|expires)\b.*$")


@dataclass
class RemarkFacts:
    """What the remarks of one entry say, in the entity model's types."""

    names: list[ListName] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    countries: list[CountryRef] = field(default_factory=list)
    birth_dates: list[BirthDate] = field(default_factory=list)
    birth_places: list[str] = field(default_factory=list)
    gender: str | None = None


@cache
def _identifier_pattern() -> re.Pattern[str]:
    labels = "|".join(re.escape(label) for label in publisher_labels("ofac", "other"))
    return re.compile(rf"^({labels})\s+(.+)$")


def remark_parts(remarks: str) -> list[str]:
    """The ``; ``-separated statements of a remarks text, "alt. " prefixes removed."""
    text = remarks.strip().rstrip(".")
    return [_ALT.sub("", part.strip()) for part in _PART_SPLIT.split(text) if part.strip()]


def identifier_from_text(part: str) -> Identifier | None:
    """An identifier from ``Label value (Country) issued ...``, None if no label fits."""
    match = _identifier_pattern().match(part)
    if match is None:
        return None
    label, value = match.groups()
    kind = identifier_kind(label) or "other"
    value = _ISSUED.sub("", value)
    country = None
    found = _TRAILING_COUNTRY.match(value)
    if found and (code := country_code(found.group(2))):
        value, country = found.group(1), code
    return make_identifier(kind, value, country, label)


def _alias(part: str, facts: RemarkFacts) -> bool:
    match = _QUOTED_ALIAS.match(part)
    if match is None:
        return False
    kind: NameKind = "weak" if match.group(1) == "a" else "alias"
    name = list_name(match.group(2), kind)
    if name is not None:
        facts.names.append(name)
    return True


def _person(part: str, facts: RemarkFacts) -> bool:
    if match := _DOB.match(part):
        facts.birth_dates.append(birth_date(match.group(1)))
    elif match := _POB.match(part):
        place = match.group(1).strip()
        facts.birth_places.append(place)
        country = place.rsplit(",", 1)[-1].strip()
        if code := country_code(country):
            facts.countries.append(CountryRef(code, "birth", country))
    elif match := _NATIONALITY.match(part):
        role: CountryRole = "nationality" if match.group(1) == "nationality" else "citizenship"
        if ref := country_ref(match.group(2), role):
            facts.countries.append(ref)
    elif match := _GENDER.match(part):
        facts.gender = match.group(1)
    else:
        return False
    return True


def parse_remarks(remarks: str | None) -> RemarkFacts:
    """The aliases, identifiers, countries, birth dates and places in OFAC remarks."""
    facts = RemarkFacts()
    for part in remark_parts(remarks or ""):
        if _alias(part, facts) or _person(part, facts):
            continue
        if identifier := identifier_from_text(part):
            facts.identifiers.append(identifier)
    return facts
