"""Country names as the lists write them, to ISO 3166-1 alpha-2 codes.

The table is data (``lists/data/countries.tsv``: ISO names from the ``iso-codes``
package plus the publishers' own spellings such as "Korea, North" or "Burma"),
loaded once. Unknown names map to None: the name is kept, never guessed.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from partpath.lists.records import CountryRef, CountryRole

COUNTRY_TABLE = Path(__file__).parent / "data" / "countries.tsv"

_NOT_WORD = re.compile(r"[^\w]+")
_ENUMERATION = re.compile(r"\(\d+\)")


def country_key(name: str) -> str:
    """A lookup key: no case, accents, punctuation or "the"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("&", " and "))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    words = _NOT_WORD.sub(" ", plain).split()
    return " ".join(word for word in words if word != "the")


@cache
def country_table() -> dict[str, str]:
    """Lookup key → ISO alpha-2 code, built once from the data file."""
    table: dict[str, str] = {}
    for line in COUNTRY_TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name = line.split("\t", 1)
        table[country_key(name)] = code
        table.setdefault(code.casefold(), code)
    return table


def country_code(name: str | None) -> str | None:
    """The ISO alpha-2 code of a country name or code, None if unknown or empty."""
    if not name or not name.strip():
        return None
    return country_table().get(country_key(name))


def country_ref(name: str | None, role: CountryRole) -> CountryRef | None:
    """A country reference from a published name or code, None if the text is blank."""
    if not name or not name.strip() or name.strip() == "-0-":
        return None
    return CountryRef(code=country_code(name), role=role, name=name.strip())


def split_countries(text: str | None) -> list[str]:
    """A multi-valued country field ("(1) Russia (2) Ukraine", "RU; UA") as names."""
    if not text:
        return []
    parts = re.split(r"[;]|\(\d+\)", text)
    commas = text.split(",")
    if len(parts) == 1 and len(commas) > 1 and all(country_code(part) for part in commas):
        parts = commas
    return [part.strip(" .,") for part in parts if part.strip(" .,")]
