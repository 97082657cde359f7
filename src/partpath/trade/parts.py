# ruff: noqa: RUF001, RUF002  (goods descriptions are written in Russian on purpose)
"""Part numbers, brands and makers named in customs goods descriptions.

Declarants write the goods in free text, in Russian or English, usually with labels:
«… ПРОИЗВОДИТЕЛЬ: ANALOG DEVICES ТОВАРНЫЙ ЗНАК: ANALOG DEVICES АРТИКУЛ: AD9361BBCZ …»
or "ELECTRONIC COMPONENTS: AD9361BBCZ MANUFACTURER: ANALOG DEVICES". The reader splits
the text at its labels (``data/labels.yml``), takes the words after each, and runs
every candidate part number through the identification engine with the maker and
brand the text names. Unlabelled text is searched for words that look like part
numbers, kept only if the engine knows them. One reader caches by description and by
candidate, because a million customs lines repeat a few thousand descriptions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from partpath.markings import Identification, RuleBook, identify_marking
from partpath.markings.identify import rule_book_for

LABELS = Path(__file__).parent / "data" / "labels.yml"
MAX_PARTS = 8
"""Part numbers read from one description at most: a longer list is a catalogue, not a line."""
_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9#/+:.\-]{2,}[A-Z0-9#+]")
_PART_WORD = re.compile(r"[^\s,;]+")
_CUT = re.compile(r";|[,.]\s+(?=[А-ЯЁ])")
_STRIP = " \t.,:;-–—«»\"'()"


@dataclass(frozen=True, slots=True)
class PartMention:
    """A part number a description names, and what the identification engine made of it."""

    part_number: str
    base_part: str | None
    manufacturer: str | None
    brand: str | None
    mpn: str | None
    chpl_tier: str | None
    hs_code: str | None
    maker_declared: str | None
    labelled: bool


@dataclass(frozen=True, slots=True)
class DescriptionParts:
    """What one goods description says: the maker and brand as written, and the parts."""

    maker: str | None
    brand: str | None
    parts: tuple[PartMention, ...]


@dataclass(frozen=True)
class _Labels:
    pattern: re.Pattern[str]
    kinds: dict[str, str]
    not_stated: frozenset[str]


@cache
def _labels() -> _Labels:
    data: dict[str, list[str]] = yaml.safe_load(LABELS.read_text(encoding="utf-8"))
    kinds = {
        label.upper(): kind for kind in ("maker", "brand", "part", "other") for label in data[kind]
    }
    words = sorted(kinds, key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    pattern = re.compile(rf"(?<!\w)({alternatives})(?![\w/])\s*[:№#]?\s*", re.IGNORECASE)
    return _Labels(pattern, kinds, frozenset(v.upper() for v in data["not_stated"]))


def _value(text: str, labels: _Labels) -> str | None:
    """A maker or brand as written, cut at the end of its phrase; None if "not stated"."""
    value = _CUT.split(text, maxsplit=1)[0].strip(_STRIP)
    value = " ".join(value.split())
    if not value or value.upper() in labels.not_stated or len(value) > 120:
        return None
    return value


def _part_words(text: str) -> list[str]:
    """The part numbers at the start of a labelled value: words with a digit, up to the
    first that is a plain number (the quantity) or has none."""
    found = []
    for match in _PART_WORD.finditer(text):
        word = match.group(0).strip(_STRIP)
        if len(word) < 3 or not any(c.isdigit() for c in word):
            break
        if word.replace(",", "").replace(".", "").isdigit():
            break
        found.append(word.upper())
    return found


def _segments(text: str, labels: _Labels) -> list[tuple[str, str]]:
    """(label kind, text up to the next label); the text before any label is kind "free"."""
    out: list[tuple[str, str]] = []
    matches = list(labels.pattern.finditer(text))
    out.append(("free", text[: matches[0].start()] if matches else text))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        label = " ".join(match.group(1).upper().split())
        out.append((labels.kinds[label], text[match.end() : end]))
    return out


class PartReader:
    """Reads descriptions with one rule book; remembers every description and candidate."""

    def __init__(self, book: RuleBook | None = None) -> None:
        self.book = book or rule_book_for()
        self._descriptions: dict[str, DescriptionParts] = {}
        self._candidates: dict[tuple[str, str], Identification] = {}

    def read(self, text: str | None) -> DescriptionParts:
        """The maker, brand and part numbers a goods description names."""
        if not text:
            return DescriptionParts(None, None, ())
        known = self._descriptions.get(text)
        if known is None:
            known = self._descriptions[text] = self._read(text)
        return known

    def _read(self, text: str) -> DescriptionParts:
        labels = _labels()
        segments = _segments(text, labels)
        maker = next((v for k, s in segments if k == "maker" and (v := _value(s, labels))), None)
        brand = next((v for k, s in segments if k == "brand" and (v := _value(s, labels))), None)
        labelled = [w for k, s in segments if k == "part" for w in _part_words(s)]
        context = " ".join(v for v in (maker, brand) if v)
        parts = [self._mention(w, context, maker, True) for w in dict.fromkeys(labelled)]
        if not parts:
            free = [s for k, s in segments if k in ("free", "other")]
            words = dict.fromkeys(w for s in free for w in _TOKEN.findall(s.upper()))
            for word in words:
                if _has_letter_and_digit(word):
                    mention = self._mention(word, context, maker, False)
                    # An unknown word is a part number only beside a declared maker.
                    if mention.base_part is not None or (maker and len(word) >= 6):
                        parts.append(mention)
        return DescriptionParts(maker, brand, tuple(parts[:MAX_PARTS]))

    def _mention(self, word: str, context: str, maker: str | None, labelled: bool) -> PartMention:
        found = self._identify(context, word)
        if found.unknown and context:
            alone = self._identify("", word)
            found = alone if not alone.unknown or found.base_part is None else found
        return PartMention(
            part_number=word[:100],
            base_part=found.base_part,
            manufacturer=found.manufacturer,
            brand=found.brand,
            mpn=found.mpn,
            chpl_tier=found.chpl_tier,
            hs_code=found.hs_code,
            maker_declared=maker[:200] if maker else None,
            labelled=labelled,
        )

    def _identify(self, context: str, word: str) -> Identification:
        key = (context, word)
        found = self._candidates.get(key)
        if found is None:
            found = identify_marking(f"{context} {word}".strip(), self.book)
            self._candidates[key] = found
        return found


def _has_letter_and_digit(word: str) -> bool:
    return any(c.isdigit() for c in word) and any("A" <= c <= "Z" for c in word)


def read_description(text: str | None, book: RuleBook | None = None) -> DescriptionParts:
    """The maker, brand and part numbers one goods description names (no cache across
    calls: use a :class:`PartReader` for many)."""
    return PartReader(book).read(text)
