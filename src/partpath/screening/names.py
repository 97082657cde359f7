"""Names made comparable: one script, no case or punctuation, legal forms and
abbreviations spelled one way, every word tagged with what it tells.

``name_form("OOO NPO Energomash")``, in Cyrillic or Latin letters, gives the word
``energomash`` and the legal forms ``llc`` and ``npo`` (a scientific-production
association, not an NGO); ``name_form("GUANGZHOU HAIGE COMM GRP")`` gives
``guangzhou haige communication group``. Other scripts are transliterated with
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
from rapidfuzz.distance import OSA

WORDS_FILE = Path(__file__).parent / "data" / "name_words.yml"

WordKind = Literal["word", "number", "initial", "generic", "stop", "particle", "title", "legal"]

_SYLLABLE_SCRIPTS = ("CJK", "HANGUL")
_SPLIT = re.compile(r"[^a-z0-9\x01]+")
_DOTTED = re.compile(r"\b(?:[a-z0-9][.\-/] ?){1,}[a-z0-9]\b\.?")
_LEET = str.maketrans("0134579", "oieastg")
_ARABIC_LIKE = ("ARABIC", "HEBREW", "SYRIAC", "THAANA", "THAI", "LAO", "KHMER", "MYANMAR")
"""Scripts whose transliteration lacks or misplaces vowels: their words compare by sound."""
SYLLABLE_MARK = "\x01"
_VOWEL_LETTERS = {"\u0648": "u", "\u064a": "i", "\u06cc": "i", "\u0649": "a"}
"""Arabic and Persian waw and ya stand for vowels in most names (Fernando, Perez)."""


@dataclass(frozen=True, slots=True)
class LegalForm:
    """A canonical legal form: its code, family and meaning."""

    code: str
    family: str
    meaning: str


@dataclass(frozen=True, slots=True, eq=False)
class Word:
    """One word of a name as compared: the text, what it is, and its phonetic key.
    Compared and hashed by identity: name forms are cached, so a word is one object."""

    text: str
    kind: WordKind
    key: str
    """Consonant skeleton with similar sounds merged (``mohamed`` and ``mhmd`` → ``mhmt``)."""
    syllable: bool = False
    """One Chinese character or Hangul syllable: alike only if the same or romanised alike."""


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name ready to compare."""

    original: str
    words: tuple[Word, ...]
    legal_forms: tuple[LegalForm, ...]
    joined: str
    """The words as written run together, for names spaced differently."""
    unvoweled: bool
    """Transliterated from a script that omits vowels (Arabic, Hebrew): compare keys."""
    person: bool = False
    """Read as a personal name."""

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
    titles: frozenset[str]
    stop_words: frozenset[str]
    numbers: dict[str, str]
    given_names: dict[str, int]
    """A given name → the number of its group of equivalents."""
    single_word_forms: tuple[str, ...]


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
        titles=frozenset(str(word) for word in data["titles"]),
        stop_words=frozenset(str(word) for word in data["stop_words"]),
        numbers={str(k): str(v) for k, v in data["numbers"].items()},
        given_names={
            str(name): group for group, names in enumerate(data["given_names"]) for name in names
        },
        single_word_forms=tuple(key[0] for key in phrases if len(key) == 1 and len(key[0]) >= 9),
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
            latin = _VOWEL_LETTERS.get(char) or anyascii(char)
            parts.append(f" {SYLLABLE_MARK}{latin} " if script in _SYLLABLE_SCRIPTS else latin)
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


def _merge_dotted(text: str) -> str:
    """Letters joined by dots, hyphens or slashes (``p.l.c.``, ``A-B-C``, ``A/S``)
    become one word."""
    return _DOTTED.sub(lambda found: re.sub(r"[.\-/ ]", "", found.group(0)), text)


@lru_cache(maxsize=4096)
def _legal_typo(token: str) -> str | None:
    """A long one-word legal form misspelt by one or two letters ("aktiengeselschaft")."""
    for form in name_words().single_word_forms:
        if abs(len(form) - len(token)) <= 2 and OSA.distance(form, token, score_cutoff=2) <= 2:
            return form
    return None


_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}
_ROMAN_NUMERAL = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")


def _roman(token: str) -> str | None:
    """The number a roman numeral of I, V and X writes (up to 39), else None."""
    if not token or not _ROMAN_NUMERAL.match(token):
        return None
    total = 0
    for char, following in zip(token, [*token[1:], ""], strict=True):
        value = _ROMAN_VALUES[char]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return str(total)


def _plain_token(token: str, words_data: NameWords) -> str:
    mixed = any(char.isdigit() for char in token) and any(char.isalpha() for char in token)
    if mixed and token not in words_data.numbers and sum(c.isalpha() for c in token) >= 3:
        token = token.translate(_LEET)  # "ig0r sech1n"
    token = words_data.abbreviations.get(token, token)
    return words_data.numbers.get(token, token)


def _numbers_joined(tokens: list[str]) -> list[str]:
    """Tens and units written apart become one number: "forty four" → 44."""
    joined: list[str] = []
    for token in tokens:
        if joined and token.isdigit() and len(token) == 1 and joined[-1] in _TENS:
            joined[-1] = str(int(joined[-1]) + int(token))
            continue
        joined.append(token)
    return joined


_TENS = frozenset(str(tens) for tens in range(20, 100, 10))


@lru_cache(maxsize=65536)
def name_form(name: str, person: bool = False) -> NameForm:
    """The comparable form of a name. ``person``: a personal name, read without legal
    forms, with titles and particles weighing little."""
    words_data = name_words()
    text, unvoweled = latin_text(name[:1000])
    text = _merge_dotted(text)
    raw = _numbers_joined(
        [
            word
            for token in _SPLIT.split(text)
            if token.strip(SYLLABLE_MARK)
            for word in _plain_token(token, words_data).split()
        ]
    )
    if not person:  # "Fund XIII", "Partners V": roman numerals after the first word
        raw = raw[:1] + [_roman(token) or token for token in raw[1:]]
    words: list[Word] = []
    legal: list[LegalForm] = []
    index = 0
    while index < len(raw):
        found = None
        if not person:
            found = _legal_form_at(raw, index, words_data)
        if found is not None:
            size, form = found
            legal.append(form)
            words.append(Word(form.code, "legal", form.code))
            index += size
            continue
        token = raw[index]
        index += 1
        syllable = token.startswith(SYLLABLE_MARK)
        token = token.lstrip(SYLLABLE_MARK)
        if words and words[-1].text == token and not syllable:
            continue  # "Sergey Sergey Shoigu"
        kind = "word" if syllable else _word_kind(token, words_data, person)
        words.append(Word(token, kind, sound_key(token), syllable))
    return NameForm(
        original=name,
        words=tuple(words),
        legal_forms=tuple(legal),
        joined="".join(token.lstrip(SYLLABLE_MARK) for token in raw),
        unvoweled=unvoweled,
        person=person,
    )


def _legal_form_at(
    raw: list[str], index: int, words_data: NameWords
) -> tuple[int, LegalForm] | None:
    """The legal form that starts at ``raw[index]``, with its length in words."""
    for size in range(min(words_data.longest_phrase, len(raw) - index), 0, -1):
        window = raw[index : index + size]
        if size == 1 and window[0].startswith(SYLLABLE_MARK):
            return None  # one Chinese character is never a legal form on its own
        form = words_data.phrases.get(tuple(token.lstrip(SYLLABLE_MARK) for token in window))
        if form is None:
            continue
        # A two-letter form opening a name is more often a word of it ("AS Roma",
        # "SA Power"); longer ones ("OAO Gazprom") and AO are forms.
        opening = size == 1 and index == 0 and len(raw) > 1
        if opening and len(window[0]) < 3 and window[0] != "ao":
            continue
        return size, form
    token = raw[index]
    if len(token) >= 9 and (typo := _legal_typo(token)) is not None:
        return 1, words_data.phrases[(typo,)]
    return None


def _word_kind(token: str, words_data: NameWords, person: bool) -> WordKind:
    if token.isdigit() or any(char.isdigit() for char in token):
        return "number"
    if len(token) == 1:
        return "initial"
    if person and token in words_data.particles:
        return "particle"
    if person and token in words_data.titles:
        return "title"
    if not person and token in words_data.stop_words:
        return "stop"
    if token in words_data.generic:
        return "generic"
    return "word"
