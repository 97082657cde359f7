"""Names of list entries: kinds, scripts, and the joining of name parts."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from partpath.lists.records import ListName, NameKind

SCRIPTS = {
    "LATIN": "Latn",
    "CYRILLIC": "Cyrl",
    "GREEK": "Grek",
    "ARABIC": "Arab",
    "HEBREW": "Hebr",
    "HANGUL": "Hang",
    "CJK": "Hani",
    "HIRAGANA": "Hira",
    "KATAKANA": "Kana",
    "GEORGIAN": "Geor",
    "ARMENIAN": "Armn",
    "THAI": "Thai",
    "DEVANAGARI": "Deva",
    "BENGALI": "Beng",
    "ETHIOPIC": "Ethi",
    "TIBETAN": "Tibt",
    "MYANMAR": "Mymr",
    "KHMER": "Khmr",
    "SYRIAC": "Syrc",
}
"""First word of a letter's Unicode name → ISO 15924 script code."""


def detect_script(text: str) -> str | None:
    """The ISO 15924 code of the first letters' script; None if the text has no letter."""
    if text.isascii():
        return "Latn" if any(char.isalpha() for char in text) else None
    for char in text:
        if char.isalpha():
            word = unicodedata.name(char, "").split(" ", 1)[0]
            return SCRIPTS.get(word)
    return None


def list_name(text: str, kind: NameKind, lang: str | None = None) -> ListName | None:
    """A name with its script detected; None for a blank or placeholder text."""
    name = " ".join(text.split())
    if not name or name == "-0-":
        return None
    return ListName(name=name, kind=kind, lang=lang or None, script=detect_script(name))


def join_parts(parts: Iterable[str | None]) -> str:
    """Name parts joined by single spaces, blanks left out."""
    return " ".join(" ".join(part.split()) for part in parts if part and part.strip())


def unique_names(names: Iterable[ListName | None]) -> tuple[ListName, ...]:
    """Names without blanks and without repeats of the same text and kind, in order."""
    seen: set[tuple[str, NameKind]] = set()
    result: list[ListName] = []
    for name in names:
        if name is None or (name.name, name.kind) in seen:
            continue
        seen.add((name.name, name.kind))
        result.append(name)
    return tuple(result)
