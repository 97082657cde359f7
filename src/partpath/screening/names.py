"""Names made comparable: one script, no case or punctuation, legal forms and
abbreviations spelled one way, every word tagged with what it tells.

``name_form("ООО «НПО Энергомаш»")`` gives the words ``npo energomash`` plus the
legal form ``llc``; ``name_form("GUANGZHOU HAIGE COMM GRP")`` gives ``guangzhou
haige communication group``. Scripts other than Latin are transliterated with
``anyascii``; Chinese characters and Hangul syllables become one word each, so
"김정은" reads ``gim jeong eun`` and keeps the Korean family/given split.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from anyascii import anyascii

WORDS_FILE = Path(__file__).parent / "data" / "name_words.yml"

WordKind = Literal["word", "number", "initial", "generic", "particle", "legal"]

_SYLLABLE_SCRIPTS = ("CJK", "HANGUL")
_SPLIT = re.compile(r"[^a-z0-9]+")
_INITIALS = re.compile(r"\b(?:[a-z] ){1,}[a-z]\b")
_ARABIC_LIKE = ("ARABIC", "HEBREW", "SYRIAC", "THAANA")


@dataclass(frozen=True, slots=True)
class LegalForm:
    """A canonical legal form: its code, family and meaning."""

    code: str
    family: str
    meaning: str


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a name as compared: the text, what it is, and its phonetic key."""

    text: str
    kind: WordKind
    key: str
    """Consonant skeleton with similar sounds merged (``mohamed`` and ``mhmd`` → ``mhmt``)."""


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name ready to compare."""

    original: str
    words: tuple[Word, ...]
    legal_forms: tuple[LegalForm, ...]
    joined: str
    """The distinctive words run together, for names spaced differently."""
    unvoweled: bool
    """Transliterated from a script that omits vowels (Arabic, Hebrew): compare keys."""

    @property
    def text(self) -> str:
        """The compared words as one string."""
        return " ".join(word.text for word in self.words)


@dataclass(frozen=True, slots=True)
class NameWords:
    """The word lists of ``data/name_words.yml``."""

    phrases: dict[tuple[str, ...], LegalForm]
    longest_phrase: int
    abbreviations: dict[str, str]
    generic: frozenset[str]
    particles: frozenset[str]


@cache
def name_words() -> NameWords:
    """The word lists, loaded once."""
    data: dict[str, Any] = yaml.safe_load(WORDS_FILE.read_text(encoding="utf-8"))
    phrases: dict[tuple[str, ...], LegalForm] = {}
    for code, spec in data["legal_forms"].items():
        form = LegalForm(code=code, family=spec["family"], meaning=spec["meaning"])
        for phrase in [code, *spec["phrases"]]:
            phrases[tuple(_SPLIT.split(str(phrase).lower()))] = form
    return NameWords(
        phrases=phrases,
        longest_phrase=max(len(key) for key in phrases),
        abbreviations={
            _SPLIT.sub("", str(k).lower()): str(v) for k, v in data["abbreviations"].items()
        },
        generic=frozenset(str(word) for word in data["generic"]),
        particles=frozenset(str(word) for word in data["particles"]),
    )


def latin_text(text: str) -> tuple[str, bool]:
    """Text in lower-case ASCII letters, digits and spaces, and whether it came from a
    script that omits vowels. Each Chinese character or Hangul syllable becomes a word."""
    text = unicodedata.normalize("NFKC", text)
    unvoweled = False
    if not text.isascii():
        parts: list[str] = []
        for char in text:
            if char.isascii():
                parts.append(char)
                continue
            script = unicodedata.name(char, "").split(" ", 1)[0]
            if script in _ARABIC_LIKE and char.isalpha():
                unvoweled = True
            latin = anyascii(char)
            parts.append(f" {latin} " if script in _SYLLABLE_SCRIPTS else latin)
        text = "".join(parts)
    text = text.lower().replace("&", " and ").replace("'", "").replace("`", "")
    return text, unvoweled


_SOUNDS = (
    ("sch", "s"),
    ("ph", "f"),
    ("kh", "h"),
    ("gh", "g"),
    ("sh", "s"),
    ("ch", "c"),
    ("th", "t"),
    ("dh", "d"),
    ("zh", "j"),
    ("ck", "k"),
)
_LETTER_CLASS = str.maketrans("gkqcbpdtvwfzsxj", "kkkkpptttffsssj")


@lru_cache(maxsize=65536)
def sound_key(word: str) -> str:
    """A consonant skeleton of a word with similar sounds merged, vowels and doubled
    letters dropped: ``usama``/``osama`` → ``sm``, ``gim``/``kim`` → ``km``."""
    for pair, single in _SOUNDS:
        word = word.replace(pair, single)
    word = word.translate(_LETTER_CLASS)
    out: list[str] = []
    for char in word:
        if char in "aeiouy" or char.isdigit() or (out and out[-1] == char):
            continue
        out.append(char)
    return "".join(out)


def _merge_initials(text: str) -> str:
    """Single letters in a row (``p l c``, ``a b c``) become one word."""
    return _INITIALS.sub(lambda found: found.group(0).replace(" ", ""), text)


@lru_cache(maxsize=65536)
def name_form(name: str, person: bool = False) -> NameForm:
    """The comparable form of a name. ``person``: a personal name, where single letters
    are initials rather than an abbreviation spelled out (``A.B.C.``)."""
    words_data = name_words()
    text, unvoweled = latin_text(name[:1000])
    if not person:
        text = _merge_initials(" ".join(text.replace(".", " ").split()))
    raw = [token for token in _SPLIT.split(text) if token]
    raw = [words_data.abbreviations.get(token, token) for token in raw]
    words: list[Word] = []
    legal: list[LegalForm] = []
    index = 0
    while index < len(raw):
        found = None
        if not person:
            for size in range(min(words_data.longest_phrase, len(raw) - index), 0, -1):
                form = words_data.phrases.get(tuple(raw[index : index + size]))
                # A two-letter form opening a name is more often a word of it ("AS
                # Roma", "SA Power"); longer ones ("OAO Gazprom") and AO are forms.
                opening = size == 1 and index == 0 and len(raw) > 1
                if form is not None and not (opening and len(raw[0]) < 3 and raw[0] != "ao"):
                    found = (size, form)
                    break
        if found is not None:
            size, form = found
            legal.append(form)
            words.append(Word(form.code, "legal", form.code))
            index += size
            continue
        token = raw[index]
        index += 1
        words.append(Word(token, _word_kind(token, words_data, person), sound_key(token)))
    distinctive = [word.text for word in words if word.kind not in ("legal", "generic")]
    return NameForm(
        original=name,
        words=tuple(words),
        legal_forms=tuple(legal),
        joined="".join(distinctive or [word.text for word in words]),
        unvoweled=unvoweled,
    )


def _word_kind(token: str, words_data: NameWords, person: bool) -> WordKind:
    if token.isdigit() or any(char.isdigit() for char in token):
        return "number"
    if len(token) == 1:
        return "initial"
    if person and token in words_data.particles:
        return "particle"
    if token in words_data.generic:
        return "generic"
    return "word"
