"""The rule book: every maker's rule file, checked and indexed once.

Rule files are YAML (see ``rules/README.md``). Loading checks every field and
compiles every regex; a broken file is refused with its path and line, so a
bad rule never turns into a wrong identification at run time.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from partpath.controls import hs_code_for
from partpath.exc import PartpathError
from partpath.markings.datecodes import FORMATS, DateCodeFormat
from partpath.store.files import sha256_bytes

BUILTIN_RULES = Path(__file__).parent / "rules"


class RuleError(PartpathError):
    """A rule file that cannot be used; the message names its path and line."""

    status_code = 500


@dataclass(frozen=True)
class Brand:
    """A brand printed on packages and the maker that owns it (since when; until when, for
    a brand the maker has sold: then the brand's current owner names it)."""

    name: str
    names: tuple[str, ...]
    marks: tuple[str, ...]
    since: dt.date | None
    source: str
    until: dt.date | None = None
    series: tuple[str, ...] = ()


@dataclass(frozen=True)
class Former:
    """A maker that made a product line before its current owner (ST's M29W flash before
    Numonyx, AMD's Am29 flash before Spansion), and until when."""

    maker: str
    until: dt.date
    source: str


@dataclass(frozen=True)
class SuffixGrammar:
    """What may follow a base part, and what each piece means."""

    key: str
    pattern: re.Pattern[str]
    meanings: dict[str, dict[str, str]]
    rule: str


@dataclass(frozen=True)
class Family:
    """A part-number grammar: base parts that start with one of its prefixes."""

    maker: Maker
    brand: str
    prefixes: tuple[str, ...]
    base: re.Pattern[str]
    category: str | None
    suffix: SuffixGrammar | None
    shared: bool
    rule: str
    whole: re.Pattern[str] | None = None  # base and suffix together, matched as one
    needs_suffix: bool = False  # the family fits only when its suffix decodes
    former: tuple[Former, ...] = ()  # earlier makers of the product line
    date_codes: tuple[DateCodeFormat, ...] | None = None  # None: the maker's formats

    def __post_init__(self) -> None:
        if self.suffix is not None and self.whole is None:
            whole = f"(?P<_base>{self.base.pattern})(?:{self.suffix.pattern.pattern})"
            object.__setattr__(self, "whole", re.compile(whole))


@dataclass(eq=False)
class Maker:
    """A maker (the current owner) and everything its rule file says."""

    name: str
    country: str
    path: Path
    names: list[str] = field(default_factory=list)
    marks: list[str] = field(default_factory=list)
    series: list[str] = field(default_factory=list)
    domains: list[str] = field(default_factory=list)
    date_codes: list[DateCodeFormat] = field(default_factory=list)
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    brands: list[Brand] = field(default_factory=list)
    families: list[Family] = field(default_factory=list)
    sha256: str = ""  # of the rule file's bytes, for the rule book's provenance digest


@dataclass
class RuleBook:
    """All makers, with the indexes identification needs."""

    makers: list[Maker]
    by_prefix: dict[str, list[Family]]
    longest_prefix: int
    names: dict[str, tuple[Maker, str]]  # casefolded name -> (maker, brand as named)
    marks: dict[str, tuple[Maker, str]]  # mark as printed -> (maker, brand)
    series: dict[str, tuple[Maker, str]]  # upper-case product-line name -> (maker, brand)
    name_words: dict[tuple[str, ...], tuple[Maker, str]]  # a name's casefolded words
    digest: str = ""  # identifies the rule files' contents, for provenance
    past_owners: dict[str, list[tuple[Maker, Brand]]] = field(default_factory=dict)
    longest_name: int = 0  # the most words in a name
    longest_series: int = 0  # the longest product-line name
    first_words: frozenset[str] = frozenset()  # the first word of every name, casefolded
    # the date-code formats only one maker prints, which name it like a printed mark
    distinctive: list[tuple[Maker, DateCodeFormat]] = field(default_factory=list)
    # the lengths of the prefixes that begin with each two characters, longest first
    prefix_lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def named_in(self, text: str) -> list[tuple[int, Maker, str, str]]:
        """The names of makers in the text, whole words, the longest at each place:
        (offset, maker, brand, the words as printed)."""
        words = list(WORD.finditer(text))
        folded = [w.group(0).casefold() for w in words]
        found, i = [], 0
        while i < len(words):
            if folded[i] not in self.first_words:
                i += 1
                continue
            for n in range(min(self.longest_name, len(words) - i), 0, -1):
                key = tuple(folded[i : i + n])
                if key not in self.name_words and n > 1:  # "Raspberry Pi5": a model number
                    key = (*key[:-1], _TRAILING_DIGITS.sub("", key[-1]))  # glued to the name
                if key in self.name_words:
                    maker, brand = self.name_words[key]
                    found.append(
                        (
                            words[i].start(),
                            maker,
                            brand,
                            text[words[i].start() : words[i + n - 1].end()],
                        )
                    )
                    i += n - 1
                    break
            i += 1
        return found

    def families_for(self, word: str) -> list[Family]:
        """The families whose literal prefix an upper-case token begins with, longest
        prefix first."""
        found: list[Family] = []
        for length in self.prefix_lengths.get(word[:2], ()):
            if length <= len(word):
                found += self.by_prefix.get(word[:length], ())
        return found

    def series_in(self, word: str) -> tuple[str, Maker, str] | None:
        """The product line an upper-case token begins with (``STM32F103`` -> STM32), the
        longest one: (series, maker, brand)."""
        for length in range(min(len(word), self.longest_series), MIN_SERIES - 1, -1):
            found = self.series.get(word[:length])
            if found:
                return word[:length], *found
        return None

    def maker(self, name: str) -> Maker | None:
        """The maker with this name (or one of its names), if any."""
        found = self.names.get(name.casefold())
        return found[0] if found else None


WORD = re.compile(r"\w+")
_TRAILING_DIGITS = re.compile(r"(?<=[^\W\d])\d+$")  # the digits ending a word of letters
MIN_SERIES = 4  # shorter product-line names are too likely to start an unrelated token


# libyaml's parser where PyYAML has it (its wheels do): the 175 bundled files (1,541
# families) load in 0.57-0.60 s with it and 1.73-1.77 s without (three loads each,
# 2026-11-26 17:04 UTC, this project's shared 2-core machine).
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_SafeLoader):  # type: ignore[misc,valid-type]
    """A YAML loader that remembers the line of every mapping as ``__line__``."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


class _File:
    """Reading one rule file, with errors that name its path and line."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, where: dict[str, Any] | int, message: str) -> RuleError:
        line = where if isinstance(where, int) else where.get("__line__", 1)
        return RuleError(f"{self.path}:{line}: {message}")

    def text(self, data: dict[str, Any], key: str, required: bool = True) -> str | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.fail(data, f"'{key}' must be a non-empty text")
        return value.strip()

    def texts(self, data: dict[str, Any], key: str) -> list[str]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(data, f"'{key}' must be a list of texts")
        return [str(v) for v in value]

    def flag(self, data: dict[str, Any], key: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(data, f"'{key}' must be true or false")
        return value

    def codes(
        self, data: dict[str, Any], key: str, valid: Callable[[Any], bool], expected: str
    ) -> dict[str, Any]:
        """A mapping of printed codes to values (``month_codes``), each value checked."""
        value = data.get(key, {})
        found = (
            {str(k): v for k, v in value.items() if k != "__line__"}
            if isinstance(value, dict)
            else None
        )
        if found is None or not all(valid(v) for v in found.values()):
            raise self.fail(data, f"'{key}' maps {expected}")
        return found

    def regex(self, data: dict[str, Any], key: str) -> re.Pattern[str]:
        pattern = self.text(data, key) or ""
        try:
            return re.compile(pattern)
        except re.error as error:
            raise self.fail(data, f"'{key}' is not a valid regex: {error}") from None

    def source(self, data: dict[str, Any], maker: Maker) -> str:
        key = self.text(data, "source") or ""
        if key not in maker.sources:
            raise self.fail(data, f"source {key!r} is not one of this file's sources")
        return key

    def rule(self, data: dict[str, Any]) -> str:
        return f"{self.path.name}:{data.get('__line__', 1)}"


def load_rule_file(path: Path) -> Maker:
    """Read and check one maker's rule file."""
    reader = _File(path)
    try:
        raw = path.read_bytes()
        data = yaml.load(raw.decode("utf-8"), Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else 1
        raise reader.fail(line, f"not valid YAML: {error.problem}") from None
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise reader.fail(1, f"cannot read: {error}") from None
    if not isinstance(data, dict):
        raise reader.fail(1, "a rule file is a mapping with 'maker', 'country', 'sources', ...")
    _known_keys(reader, data, _FILE_KEYS)
    maker = Maker(
        name=reader.text(data, "maker") or "",
        country=reader.text(data, "country") or "",
        path=path,
        sha256=sha256_bytes(raw),
        names=reader.texts(data, "names"),
        marks=reader.texts(data, "marks"),
        series=_series(reader, data),
        domains=reader.texts(data, "domains"),
    )
    maker.sources = _sources(reader, data)
    maker.date_codes = _date_codes(reader, data, maker)
    maker.brands = [_brand(reader, b, maker) for b in _list(reader, data, "brands")]
    suffixes = _suffixes(reader, data, maker)
    maker.families = [_family(reader, f, maker, suffixes) for f in _list(reader, data, "families")]
    return maker


_FILE_KEYS = {"maker", "country", "names", "marks", "series", "domains", "date_codes", "sources",
              "brands", "families", "suffixes"}  # fmt: skip
_FAMILY_KEYS = {"prefixes", "base", "category", "brand", "suffix", "shared", "needs_suffix",
                "former", "date_codes", "source"}  # fmt: skip


def _known_keys(reader: _File, data: dict[str, Any], known: set[str]) -> None:
    """A key the format does not have is refused (a misspelt ``shared`` would be ignored)."""
    for key in data:
        if key not in known and key != "__line__":
            raise reader.fail(data, f"unknown key {key!r}; expected one of {sorted(known)}")


def _list(reader: _File, data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise reader.fail(data, f"'{key}' must be a list of mappings")
    return value


def _sources(reader: _File, data: dict[str, Any]) -> dict[str, dict[str, str]]:
    sources = data.get("sources")
    if not isinstance(sources, dict) or len(sources) <= 1:  # __line__ is always there
        raise reader.fail(data, "'sources' must map keys to {title, url}: every rule cites one")
    out = {}
    for key, entry in sources.items():
        if key == "__line__":
            continue
        if not isinstance(entry, dict):
            raise reader.fail(sources, f"source {key!r} must have a title and a url")
        out[str(key)] = {"title": reader.text(entry, "title") or "",
                         "url": reader.text(entry, "url") or ""}  # fmt: skip
    return out


def _date_codes(reader: _File, data: dict[str, Any], maker: Maker) -> list[DateCodeFormat]:
    """The formats a maker's (or a family's) ``date_codes`` lists: names of the built-in
    formats or of the maker's own, or new formats written out."""
    entries = data.get("date_codes", [])
    if not isinstance(entries, list):
        raise reader.fail(data, "'date_codes' must list format names or {name, pattern, source}")
    named = {**FORMATS, **{f.name: f for f in maker.date_codes}}
    out = []
    for entry in entries:
        if isinstance(entry, str):
            if entry not in named:
                raise reader.fail(
                    data, f"unknown date-code format {entry!r}; known: {sorted(named)}"
                )
            out.append(named[entry])
            continue
        if not isinstance(entry, dict):
            raise reader.fail(data, "each date code is a format name or {name, pattern, source}")
        out.append(_date_code(reader, entry, maker))
    return out


def _date_code(reader: _File, entry: dict[str, Any], maker: Maker) -> DateCodeFormat:
    pattern = reader.regex(entry, "pattern")
    if not {"yyyy", "yy", "y", "Y"} & set(pattern.groupindex):
        raise reader.fail(entry, "a date-code pattern needs a year group: yyyy, yy, y or Y")
    weeks = entry.get("weeks", "iso")
    if weeks not in ("iso", "jan1"):
        raise reader.fail(entry, "'weeks' is iso or jan1")
    months = reader.codes(
        entry, "month_codes", lambda v: isinstance(v, int) and 1 <= v <= 12,
        "codes to month numbers 1-12",
    )  # fmt: skip
    years = reader.codes(
        entry, "year_codes", lambda v: isinstance(v, int), "codes to years, e.g. {F: 2018}"
    )
    if "Y" in pattern.groupindex and not years:
        raise reader.fail(entry, "a Y (year letter) group needs 'year_codes'")
    runs = reader.codes(
        entry, "week_codes",
        lambda v: isinstance(v, list) and len(v) == 2
        and all(isinstance(w, int) and 1 <= w <= 53 for w in v),
        "codes to [first week, last week], 1-53",
    )  # fmt: skip
    if "w" in pattern.groupindex and not runs:
        raise reader.fail(entry, "a w (run of weeks) group needs 'week_codes'")
    reader.source(entry, maker)
    return DateCodeFormat(
        name=reader.text(entry, "name") or "",
        pattern=pattern,
        description=str(entry.get("description", "")),
        weeks=weeks,
        month_codes=months,
        year_codes=years,
        week_codes={k: (v[0], v[1]) for k, v in runs.items()},
        distinctive=reader.flag(entry, "distinctive"),
    )


def _brand(reader: _File, data: dict[str, Any], maker: Maker) -> Brand:
    since, until = data.get("since"), data.get("until")
    for key, value in (("since", since), ("until", until)):
        if value is not None and not isinstance(value, dt.date):
            raise reader.fail(data, f"'{key}' must be a date, YYYY-MM-DD")
    return Brand(
        name=reader.text(data, "brand") or "",
        names=tuple(reader.texts(data, "names")),
        marks=tuple(reader.texts(data, "marks")),
        since=since,
        source=reader.source(data, maker),
        until=until,
        series=tuple(_series(reader, data)),
    )


def _series(reader: _File, data: dict[str, Any]) -> list[str]:
    series = reader.texts(data, "series")
    short = [s for s in series if len(s) < MIN_SERIES]
    if short:
        raise reader.fail(
            data, f"'series' names must have {MIN_SERIES} or more characters: {short}"
        )
    return [s.upper() for s in series]


def _suffixes(reader: _File, data: dict[str, Any], maker: Maker) -> dict[str, SuffixGrammar]:
    raw = data.get("suffixes", {})
    if not isinstance(raw, dict):
        raise reader.fail(data, "'suffixes' must map names to {pattern, meanings, source}")
    out = {}
    for key, entry in raw.items():
        if key == "__line__":
            continue
        if not isinstance(entry, dict):
            raise reader.fail(raw, f"suffix grammar {key!r} must be a mapping")
        meanings = entry.get("meanings", {})
        if not isinstance(meanings, dict):
            raise reader.fail(entry, "'meanings' must map group names to {code: meaning}")
        table = {
            str(group): {str(code): str(text) for code, text in codes.items() if code != "__line__"}
            for group, codes in meanings.items()
            if group != "__line__" and isinstance(codes, dict)
        }
        pattern = reader.regex(entry, "pattern")
        unknown = set(table) - set(pattern.groupindex)
        if unknown:
            raise reader.fail(entry, f"meanings for groups the pattern lacks: {sorted(unknown)}")
        reader.source(entry, maker)
        out[str(key)] = SuffixGrammar(str(key), pattern, table, reader.rule(entry))
    return out


def _family(
    reader: _File, data: dict[str, Any], maker: Maker, suffixes: dict[str, SuffixGrammar]
) -> Family:
    _known_keys(reader, data, _FAMILY_KEYS)
    prefixes = tuple(p.upper() for p in reader.texts(data, "prefixes"))
    if not prefixes or any(len(p) < 2 for p in prefixes):
        raise reader.fail(data, "'prefixes' must list literal starts of 2 or more characters")
    base = reader.regex(data, "base")
    for prefix in prefixes:
        if base.pattern.startswith("(") or base.pattern.startswith(prefix[:1]):
            continue
        raise reader.fail(data, f"'base' does not start with its prefix {prefix!r}")
    category = reader.text(data, "category", required=False)
    if category and hs_code_for(category) is None and category not in _FREE_CATEGORIES:
        raise reader.fail(data, f"unknown category {category!r}; see controls/data/categories.yml")
    suffix_key = reader.text(data, "suffix", required=False)
    if suffix_key and suffix_key not in suffixes:
        raise reader.fail(data, f"suffix grammar {suffix_key!r} is not defined in 'suffixes'")
    shared, needs_suffix = reader.flag(data, "shared"), reader.flag(data, "needs_suffix")
    if needs_suffix and not suffix_key:
        raise reader.fail(data, "'needs_suffix' needs a 'suffix' grammar")
    reader.source(data, maker)
    return Family(
        former=tuple(_former(reader, entry, maker) for entry in _list(reader, data, "former")),
        maker=maker,
        brand=reader.text(data, "brand", required=False) or maker.name,
        prefixes=prefixes,
        base=base,
        category=category,
        suffix=suffixes.get(suffix_key) if suffix_key else None,
        shared=shared,
        rule=reader.rule(data),
        needs_suffix=needs_suffix,
        date_codes=_family_date_codes(reader, data, maker),
    )


def _family_date_codes(
    reader: _File, data: dict[str, Any], maker: Maker
) -> tuple[DateCodeFormat, ...] | None:
    """A family's own date-code formats, replacing the maker's for its parts (``[]`` where
    its packages carry a lot number, not a date); None when it has none of its own."""
    if "date_codes" not in data:
        return None
    formats = tuple(_date_codes(reader, data, maker))
    if any(f.distinctive for f in formats):
        raise reader.fail(
            data, "a distinctive date code names a maker: list it in the maker's 'date_codes'"
        )
    return formats


def _former(reader: _File, data: dict[str, Any], maker: Maker) -> Former:
    until = data.get("until")
    if not isinstance(until, dt.date):
        raise reader.fail(data, "a former maker needs 'until', YYYY-MM-DD")
    return Former(reader.text(data, "maker") or "", until, reader.source(data, maker))


# Categories that are real but have no single HS-6 subheading (so no entry in
# categories.yml): identify reports them with no HS code.
_FREE_CATEGORIES = {
    "resistor", "inductor", "relay", "oscillator", "filter", "transformer", "fuse",
    "switch", "sensor", "module", "RF module", "battery", "motor", "LED", "display",
}  # fmt: skip


def build_rule_book(makers: list[Maker], digest: str = "") -> RuleBook:
    """Index the makers' families by prefix and their names and marks."""
    by_prefix: dict[str, list[Family]] = defaultdict(list)
    names: dict[str, tuple[Maker, str]] = {}
    marks: dict[str, tuple[Maker, str]] = {}
    series: dict[str, tuple[Maker, str]] = {}
    past_owners: dict[str, list[tuple[Maker, Brand]]] = defaultdict(list)
    for maker in makers:
        for family in maker.families:
            for prefix in family.prefixes:
                by_prefix[prefix].append(family)
        for sold in (b for b in maker.brands if b.until):
            past_owners[sold.name.casefold()].append((maker, sold))
        for brand_name, brand_names, brand_marks, brand_series in [
            (maker.name, [maker.name, *maker.names], maker.marks, maker.series),
            *((b.name, [b.name, *b.names], b.marks, b.series) for b in maker.brands if not b.until),
        ]:
            for name in brand_names:
                names.setdefault(name.casefold(), (maker, brand_name))
            for mark in brand_marks:
                marks.setdefault(mark, (maker, brand_name))
            for line in brand_series:
                series.setdefault(line, (maker, brand_name))
    name_words = {tuple(WORD.findall(name)): found for name, found in names.items()}
    name_words.pop((), None)
    longest = max((len(p) for p in by_prefix), default=0)
    return RuleBook(
        makers,
        dict(by_prefix),
        longest,
        names,
        marks,
        series,
        name_words,
        digest,
        dict(past_owners),
        max(map(len, name_words), default=0),
        max(map(len, series), default=0),
        frozenset(words[0] for words in name_words),
        [(m, f) for m in makers for f in m.date_codes if f.distinctive],
        _prefix_lengths(by_prefix),
    )


def _prefix_lengths(by_prefix: dict[str, list[Family]]) -> dict[str, tuple[int, ...]]:
    """For each first two characters, the lengths of the prefixes that begin with them,
    longest first: a token is looked up only at lengths some prefix has."""
    lengths: dict[str, set[int]] = defaultdict(set)
    for prefix in by_prefix:
        lengths[prefix[:2]].add(len(prefix))
    return {start: tuple(sorted(found, reverse=True)) for start, found in lengths.items()}


def load_rule_book(folders: list[Path] | None = None) -> RuleBook:
    """Load every ``*.yml`` rule file of the bundled folder, then of the given folders.

    A later file with the same ``maker`` replaces an earlier one.
    """
    makers: dict[str, Maker] = {}
    read: list[str] = []  # the SHA-256 of every file read, in order
    for folder in [BUILTIN_RULES, *(folders or [])]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yml")):
            maker = load_rule_file(path)
            makers[maker.name.casefold()] = maker
            read.append(maker.sha256)
    return build_rule_book(list(makers.values()), sha256_bytes("".join(read).encode())[:12])
