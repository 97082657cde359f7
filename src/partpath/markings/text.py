"""Marking text made comparable: look-alike letters unified, tokens split as printed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from itertools import pairwise

MAX_CHARS = 2000  # marking text longer than this is cut: no marking is that long

# Cyrillic and Greek capitals that look like Latin ones, as typed by analysts on
# a Cyrillic keyboard or pasted from Ukrainian and Russian catalogues; the micro sign
# as the "u" it is written as in ASCII.
LOOKALIKES = str.maketrans(
    {
        "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P",
        "С": "C", "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ѕ": "S", "Ј": "J",
        "а": "a", "е": "e", "к": "k", "м": "m", "о": "o", "р": "p", "с": "c", "у": "y",
        "х": "x", "і": "i", "ѕ": "s", "ј": "j",
        "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
        "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
        "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-",
        "μ": "u",  # the micro sign (NFKC makes it mu): NEC's μPD is uPD, 470μF is 470uF
    }
)  # fmt: skip
_SPLIT = re.compile(r"[\s,;()\[\]{}<>\"'|«»“”„]+")
_EDGE = re.compile(r"^[.:*]+|[.:*]+$")
_SPLIT_KEEP = re.compile(f"({_SPLIT.pattern})")
_PACKING = re.compile(r"\d{3}")  # NXP/Nexperia: the last three digits of the 12NC
_PART = re.compile(r"[A-Za-z].*\d|\d.*[A-Za-z]")  # letters and digits: a part number


@dataclass(frozen=True)
class Token:
    """One printed token: as cleaned (for date codes) and upper-cased (for part numbers)."""

    text: str
    upper: str
    position: int
    end: int = -1  # the position of its last word, when it joins several

    @property
    def last(self) -> int:
        """The position of the token's last word."""
        return max(self.position, self.end)


def clean_text(text: str) -> str:
    """The text in NFKC form with look-alikes replaced, control characters dropped,
    whitespace collapsed and cut to ``MAX_CHARS``."""
    text = unicodedata.normalize("NFKC", text[: MAX_CHARS * 2]).translate(LOOKALIKES)
    if not text.isprintable():
        text = "".join(c if unicodedata.category(c)[0] != "C" else " " for c in text)
    return " ".join(text.split())[:MAX_CHARS]


def looks_like_part(word: str) -> bool:
    """Does a word hold both letters and digits, as part numbers and top marks do?"""
    return _PART.search(word) is not None


def is_series_name(word: str) -> bool:
    """Is a word a short series name of letters only (``TSR``, ``TEN``, ``ROS``) that a
    maker prints before a code?"""
    return 2 <= len(word) <= 6 and word.isalpha()


def split_tokens(text: str) -> list[Token]:
    """The tokens of cleaned text, plus the joins of tokens printed around a lone dash
    (``CY62157EV30L - 45ZSXI`` is also read as ``CY62157EV30L-45ZSXI``) and of a number
    with the three-digit packing code after its comma (``74HC595D,118``)."""
    pieces = _SPLIT_KEEP.split(text)  # word, separator, word, ...
    words: list[str] = []
    comma_before: set[int] = set()  # words printed right after a bare comma
    last = -2  # the piece the last word came from
    for i, piece in enumerate(pieces):
        if i % 2 == 0 and (word := _EDGE.sub("", piece)):
            if last == i - 2 and pieces[i - 1] == ",":
                comma_before.add(len(words))
            words.append(word)
            last = i
    tokens = [Token(w, w.upper(), i) for i, w in enumerate(words) if w not in ("-", "/")]
    for i in range(1, len(words) - 1):
        if words[i] == "-" and words[i - 1] not in ("-", "/") and words[i + 1] not in ("-", "/"):
            joined = f"{words[i - 1]}-{words[i + 1]}"
            tokens.append(Token(joined, joined.upper(), i - 1, i + 1))
    for i in comma_before:
        if _PACKING.fullmatch(words[i]) and looks_like_part(words[i - 1]):
            joined = f"{words[i - 1]},{words[i]}"
            tokens.append(Token(joined, joined.upper(), i - 1, i))
    return tokens


def spaced_codes(tokens: list[Token], prefixes: Container[str] = ()) -> list[Token]:
    """A series name printed apart from its code read as one token, for numbers whose
    grammar has them together: letters then a code starting with a digit (``TSR
    1-2450``), or a known family prefix then the rest (``STM32 F103C8T6``); and with
    the dash a family prefix ends in where the text has a space (``ROS 2500+`` for
    ``ROS-2500+``)."""
    out = []
    for first, second in pairwise(tokens):
        if second.position != first.position + 1:
            continue
        series = is_series_name(first.upper)
        if (series and second.upper[:1].isdigit()) or first.upper in prefixes:
            joined = first.text + second.text
            out.append(Token(joined, joined.upper(), first.position, second.position))
        if series and second.upper[:1].isdigit() and f"{first.upper}-" in prefixes:
            dashed = f"{first.text}-{second.text}"
            out.append(Token(dashed, dashed.upper(), first.position, second.position))
    return out
