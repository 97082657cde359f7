"""``identify_marking``: marking text to maker, part, production window and export class.

The text is cleaned and split into tokens. Each token (and a number printed
across two tokens) is tried against the part-number grammars of every maker,
found through an index of their literal prefixes. Evidence of the maker apart
from the number is gathered too: a name or mark printed (also a one-word name
printed against a number), a product-line trademark (``STM32``), a date code
that only one maker prints. Then the evidence is weighed: a grammar match with
a decoded suffix is strong, a maker named in the text is stronger, a
second-sourced number alone names no maker. When the evidence is missing or
split between makers, the answer is ``unknown`` with the reason: unknown is
better than wrong. A brand or product line that changed hands names its
earlier owners as past owners, unless the date code says the part is younger.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise
from pathlib import Path
from typing import Literal, NamedTuple

from pydantic import BaseModel, Field

from partpath.config import Settings, load_settings
from partpath.controls import chpl_tier, hs_code_for, relation_to_milestones
from partpath.controls.classify import Relation
from partpath.markings.datecodes import DateCodeFormat, DateWindow
from partpath.markings.rules import Family, Maker, RuleBook, load_rule_book
from partpath.markings.text import (
    Token,
    clean_text,
    is_series_name,
    looks_like_part,
    spaced_codes,
    split_tokens,
)

# A maker's one-word name printed against a number (MAXIM2769E, CTS23CB3)
_GLUED_NAME = re.compile(r"([A-Za-z]{3,})(?=\d)")
MAKER_THRESHOLD = 0.5  # below this the maker is not given
TIE_MARGIN = 0.05  # candidates of different makers this close are a tie
CATALOGUE_MIN = 5  # shortest catalogue number a token may begin with
MIN_PIECE = 4  # shortest piece of a dashed word read on its own
# Letters and digits a transcription confuses, each with its twin; words this long may
# be read with one of them swapped when nothing else in the text is read
MISREADS = {w[i]: w[1 - i] for w in ("O0", "S5", "I1", "B8", "Z2") for i in (0, 1)}
MISREAD_MIN, MISREAD_MAX = 6, 20
_NEVER = re.compile(r"(?!)")  # the grammar of a catalogue entry: it matched by lookup


# The evidence a maker was given on, strongest kind first: a part-number grammar (with
# nothing else said of the maker), a name or mark printed, a product-line trademark, a
# date code only that maker prints, a number read with a look-alike character swapped,
# an entry of the parts catalogue
Basis = Literal[
    "part number", "name or mark", "product line", "date code", "look-alike", "catalogue"
]


class SuffixPart(BaseModel):
    """One decoded piece of an orderable part number's suffix."""

    field: str
    code: str
    meaning: str


class Identification(BaseModel):
    """What marking text says about a part, with the rules that said it."""

    text: str
    brand: str | None = Field(
        None, description="the brand as marked (or as the part number implies)"
    )
    manufacturer: str | None = Field(None, description="the brand's current owner")
    past_owners: list[str] = Field(
        default_factory=list,
        description="makers that owned the brand before, when the date code does not rule them out",
    )
    base_part: str | None = None
    mpn: str | None = Field(
        None, description="the full orderable part number, if its suffix decodes"
    )
    suffix: list[SuffixPart] = Field(default_factory=list)
    date_code: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    category: str | None = None
    hs_code: str | None = None
    chpl_tier: str | None = None
    sanctions: dict[str, Relation] = Field(default_factory=dict)
    confidence: float = Field(0.0, ge=0, le=1)
    basis: Basis | None = Field(None, description="the kind of evidence the maker was given on")
    explanation: list[str] = Field(default_factory=list)
    unknown: bool = True
    reason: str | None = None


@dataclass
class _Candidate:
    family: Family
    token: Token
    base: str
    mpn: str | None
    suffix: list[SuffixPart]
    score: float
    notes: list[str] = field(default_factory=list)
    basis: Basis = "part number"

    @property
    def maker(self) -> Maker:
        return self.family.maker


class _Named(NamedTuple):
    """A maker the text names apart from a part number: how, and in which words."""

    maker: Maker
    brand: str
    words: str
    basis: Basis


def rule_book_for(settings: Settings | None = None) -> RuleBook:
    """The bundled rules plus those in the store's ``rules`` folder (default: the configured
    store's), loaded once per folder."""
    return _rule_book((settings or load_settings()).rules_dir)


@cache
def _rule_book(folder: Path) -> RuleBook:
    return load_rule_book([folder])


def identify_marking(
    text: str,
    book: RuleBook | None = None,
    reference: dt.date | None = None,
    catalogue: Mapping[str, str] | None = None,
) -> Identification:
    """Identify a part from its marking text (lines as read, or a catalogue entry).

    ``reference`` is the day date codes are read against (default: today);
    ``catalogue`` maps known part numbers to makers for parts no grammar covers.
    """
    book = book or rule_book_for()
    cleaned = clean_text(text if isinstance(text, str) else "")
    if not cleaned:
        return Identification(text=text or "", reason="no marking text")
    today = reference or dt.date.today()
    tokens = split_tokens(cleaned)
    words = [t for t in tokens if t.end < 0]  # as printed, without the joins of several
    named = _named_makers(book, cleaned, tokens)
    candidates = [c for token in tokens for c in _candidates(book, token)]
    joined = spaced_codes(tokens, book.by_prefix)
    candidates += [c for token in joined for c in _candidates(book, token)]
    candidates += _split_numbers(book, tokens, candidates)
    candidates += _dashed_pieces(book, words, candidates)
    if not candidates and not named:
        candidates = _misread_candidates(book, words)
    _join_suffix_lines(candidates, words)
    candidates = [c for c in candidates if c.mpn or not c.family.needs_suffix]
    named += _named_series(book, cleaned, tokens, candidates)
    named += _former_makers_named(book, cleaned, candidates)
    named = _without_past_owners(book, named)
    named += _distinctive_dates(book, words, candidates, today)
    if not candidates and catalogue:
        candidates = _catalogue_candidates(book, tokens, catalogue)
    result = Identification(text=text)
    family = _decide(result, candidates, named)
    if result.manufacturer:
        maker = book.maker(result.manufacturer)
        part_token = next((c.token for c in candidates if c.base == result.base_part), None)
        formats = maker.date_codes if maker else []
        if family is not None and family.date_codes is not None:
            formats = list(family.date_codes)  # the family's packages carry their own code
        _date(result, maker, formats, words, part_token, today)
        _past_owners(result, book, family)
    _classify(result)
    return result


def _named_makers(book: RuleBook, cleaned: str, tokens: Sequence[Token]) -> list[_Named]:
    """Makers the text names: (maker, brand, the words that name it), in order of appearance."""
    found = book.named_in(cleaned)
    spans = [(offset, offset + len(words)) for offset, _, _, words in found]
    for token in tokens:
        if token.text in book.marks:
            at = cleaned.find(token.text)
            if not any(start <= at < end for start, end in spans):  # NEC in "NEC TOKIN"
                found.append((at, *book.marks[token.text], token.text))
        elif (glued := _GLUED_NAME.match(token.text)) and (
            key := (glued[1].casefold(),)
        ) in book.name_words:
            found.append((cleaned.find(token.text), *book.name_words[key], glued[1]))
    found.sort(key=lambda f: f[0])
    return [_Named(maker, brand, words, "name or mark") for _, maker, brand, words in found]


def _without_past_owners(book: RuleBook, named: list[_Named]) -> list[_Named]:
    """A maker named beside a brand it once owned ("Intel Altera Cyclone V") is that brand's
    past owner, not a second maker: it is dropped here and reported as a past owner."""
    brands = {n.brand.casefold() for n in named}
    former = {maker.name for b in brands for maker, _ in book.past_owners.get(b, ())}
    return [n for n in named if n.maker.name not in former]


def _named_series(
    book: RuleBook, cleaned: str, tokens: Sequence[Token], candidates: Sequence[_Candidate]
) -> list[_Named]:
    """Makers whose product line (``STM32``, ``Spartan``) a token names, when no part-number
    grammar reads that token: a series name is evidence apart from the part number."""
    read = {c.token.position for c in candidates}
    found = []
    for token in tokens:
        if token.position in read or token.end >= 0:
            continue
        if line := book.series_in(token.upper):
            series, maker, brand = line
            found.append(
                _Named(maker, brand, f"{series} (a product line of {brand})", "product line")
            )
    return found


def _former_makers_named(
    book: RuleBook, cleaned: str, candidates: Sequence[_Candidate]
) -> list[_Named]:
    """A maker that made a candidate's product line before its owner and is no maker
    today, named in the text ("MOTOROLA MC74HC00AN": onsemi's line since 1999): the
    candidate's maker, under the name printed."""
    found = []
    for candidate in candidates:
        for former in candidate.family.former:
            if book.maker(former.maker) is not None:
                continue  # a maker of today is named as itself
            printed = re.search(rf"(?<!\w){re.escape(former.maker)}(?!\w)", cleaned, re.I)
            if printed:
                words = f"{printed.group(0)} (made the line before {candidate.maker.name})"
                found.append(_Named(candidate.maker, former.maker, words, "name or mark"))
    return found


def _distinctive_dates(
    book: RuleBook, printed: Sequence[Token], candidates: Sequence[_Candidate], today: dt.date
) -> list[_Named]:
    """Makers whose distinctive date code (a format only that maker prints, such as TI's
    topside ``YMS`` + ``G4``) is printed: beside a candidate part number of theirs, or
    alone, where it names the maker the way a printed mark does."""
    found: list[_Named] = []
    seen: set[str] = set()
    words = " ".join(t.upper for t in printed)  # every word and two-word run is in it
    brands = {c.maker.name: c.family.brand for c in candidates}
    parts = {c.maker.name: range(c.token.position, c.token.last + 1) for c in candidates}
    own = {c.maker.name for c in candidates if not c.family.shared}  # their grammar alone
    for maker, date_format in book.distinctive:
        if maker.name in seen or own - {maker.name} or not date_format.pattern.search(words):
            continue  # a date code does not outweigh another maker's own part number
        part = parts.get(maker.name, range(0))
        for token in _printed_for(date_format, printed):
            if token.position in part or token.last in part:
                continue
            if date_format.decode(token.upper, today) is None:
                continue
            if maker.name in parts or _top_mark_beside(printed, token):
                seen.add(maker.name)
                named = (
                    f"{token.text} (a {date_format.name} date code, printed only by {maker.name})"
                )
                found.append(_Named(maker, brands.get(maker.name, maker.name), named, "date code"))
            break
    return found


def _top_mark_beside(printed: Sequence[Token], date: Token) -> bool:
    """Is a top mark (a word of letters and digits, four characters or more) printed
    beside the date code? Without one, "#215" is more likely an item number."""
    return any(
        len(t.upper) >= 4 and looks_like_part(t.upper)
        for t in printed
        if not date.position <= t.position <= date.last
    )


def _printed_for(date_format: DateCodeFormat, words: Sequence[Token]) -> Iterator[Token]:
    """The printed words a format fits, in printed order; for a format printed in two
    parts (a pattern with a space: TI's ``14T G4``), a word and the next one joined by a
    space come first, before the word alone."""
    two_words = date_format.two_words
    for i, word in enumerate(words):
        pair = _pair(words, i) if two_words else None
        if pair is not None and date_format.pattern.fullmatch(pair.upper):
            yield pair
        if date_format.pattern.fullmatch(word.upper):
            yield word


def _pair(words: Sequence[Token], i: int) -> Token | None:
    """Word ``i`` and the next, joined by a space, if they were printed side by side."""
    if i + 1 >= len(words) or words[i + 1].position != words[i].position + 1:
        return None
    first, second = words[i], words[i + 1]
    text, upper = f"{first.text} {second.text}", f"{first.upper} {second.upper}"
    return Token(text, upper, first.position, second.position)


def _candidates(book: RuleBook, token: Token) -> list[_Candidate]:
    word = token.upper.lstrip("#")
    out = []
    for family in book.families_for(word):
        if (candidate := _candidate(family, token, word)) is not None:
            out.append(candidate)
    return out


def _candidate(family: Family, token: Token, word: str) -> _Candidate | None:
    """The token read by one family: base and decoded suffix if the whole fits, else the
    base alone, else the base with an undecoded rest; None if the base does not fit."""
    suffix: list[SuffixPart] = []
    whole = family.whole.fullmatch(word) if family.whole else None
    if whole is not None and len(whole["_base"]) < len(word):
        base = whole["_base"]
        groups = {k: v for k, v in whole.groupdict().items() if k != "_base"}
        suffix = _suffix_parts(family, groups)
    else:
        match = family.base.match(word)
        if match is None or (family.needs_suffix and match.group(0) != word):
            return None
        base = match.group(0)  # a family that needs its suffix waits for the next token
    rest = word[len(base) :]
    score = 0.55 + min(len(base), 10) * 0.02
    notes = [f"{family.rule}: {base!r} fits the {family.brand} part-number grammar"]
    mpn = None
    if suffix:
        mpn, score = word, score + 0.15
        notes.append(f"{family.suffix.rule if family.suffix else ''}: suffix {rest!r} decodes")
    elif rest:
        score -= 0.1
        notes.append(f"the rest {rest!r} is not a suffix the rules know")
    else:
        score += 0.05
    return _Candidate(family, token, base, mpn, suffix, score, notes)


def _split_numbers(
    book: RuleBook, tokens: Sequence[Token], candidates: Sequence[_Candidate]
) -> list[_Candidate]:
    """A part number broken across two tokens (``GD32F103 TBU6``): a token that starts like
    a family but fits none is read together with the next one."""
    read = {c.token.position for c in candidates}
    out = []
    for first, second in pairwise(tokens):
        if first.position in read or second.position != first.position + 1:
            continue
        word = first.upper.lstrip("#")
        if not book.families_for(word):
            continue
        token = Token(
            first.text + second.text, word + second.upper, first.position, second.position
        )
        out += _candidates(book, token)
    return out


def _dashed_pieces(
    book: RuleBook, words: Sequence[Token], candidates: Sequence[_Candidate]
) -> list[_Candidate]:
    """The pieces of a dashed word that no grammar reads whole (``9VK17-D9PSK``: a lot
    code and a part code printed as one word), each read on its own; and a series name
    written with a dash where the maker prints a space (``TEN-5-2411`` for ``TEN
    5-2411``), read without that dash as a spaced series name is."""
    read = {c.token.position for c in candidates}
    out = []
    for token in words:
        if token.position in read or "-" not in token.upper:
            continue
        series, _, rest = token.upper.partition("-")
        if is_series_name(series) and rest[:1].isdigit():
            joined = series + rest
            out += _candidates(book, Token(token.text, joined, token.position))
        pieces = token.upper.split("-")
        if len(pieces[-1]) < MIN_PIECE:
            continue  # a number with its dash suffix (SRV05-4, LM1117-3.3), not two codes
        for piece in pieces:
            if len(piece) >= MIN_PIECE:
                out += _candidates(book, Token(piece, piece, token.position))
    return out


def _misread_candidates(book: RuleBook, words: Sequence[Token]) -> list[_Candidate]:
    """Where nothing else is read or named: a word read with one letter taken for its look-alike
    digit or the reverse (``XCF025`` for XCF02S, ``AMPO3G`` for AMP03G), as text
    transcribed from a photo often has. Only a whole reading counts (the word is the
    base part, or its suffix decodes) of a number one maker sells, and only when one
    maker's grammar alone fits."""
    out: list[_Candidate] = []
    for token in words:
        word = token.upper.lstrip("#")
        if not MISREAD_MIN <= len(word) <= MISREAD_MAX or not looks_like_part(word):
            continue  # a word of letters only is a word, not a misread
        for at, char in enumerate(word):
            twin = MISREADS.get(char)
            if twin is None:
                continue
            variant = word[:at] + twin + word[at + 1 :]
            for candidate in _candidates(book, Token(token.text, variant, token.position)):
                whole = candidate.mpn or candidate.base == variant
                if whole and not candidate.family.shared:
                    candidate.score -= 0.1
                    candidate.notes.append(f"read as {variant!r}: {char!r} taken for {twin!r}")
                    candidate.basis = "look-alike"
                    out.append(candidate)
    return out if len({c.maker.name for c in out}) == 1 else []


def _join_suffix_lines(candidates: list[_Candidate], words: Sequence[Token]) -> None:
    """A base part whose suffix is printed as the next word (``AD9361`` / ``BBCZ``: a slash
    or a dash between marking lines is no word) is read with it, when that word is a
    whole suffix of the family."""
    positions = [t.position for t in words]
    for candidate in candidates:
        grammar = candidate.family.suffix
        at = bisect_right(positions, candidate.token.last)
        nxt = words[at] if at < len(words) else None
        if (
            candidate.mpn
            or grammar is None
            or nxt is None
            or candidate.token.upper != candidate.base
        ):
            continue
        match = grammar.pattern.fullmatch(nxt.upper)
        if match is None:
            continue
        candidate.suffix = _suffix_parts(candidate.family, match.groupdict())
        candidate.mpn = candidate.base + nxt.upper
        candidate.score += 0.05
        candidate.notes.append(f"{grammar.rule}: the next token {nxt.upper!r} is its suffix")


def _suffix_parts(family: Family, groups: dict[str, str | None]) -> list[SuffixPart]:
    assert family.suffix is not None
    parts = []
    for name, code in groups.items():
        if code:
            meaning = family.suffix.meanings.get(name, {}).get(code, "")
            parts.append(SuffixPart(field=name, code=code, meaning=meaning))
    return parts


def _catalogue_candidates(
    book: RuleBook, tokens: Sequence[Token], catalogue: Mapping[str, str]
) -> list[_Candidate]:
    """Tokens that are, or begin with, a catalogue part number (the longest one found)."""
    out = []
    for token in tokens:
        word = token.upper.lstrip("#")
        for length in range(len(word), CATALOGUE_MIN - 1, -1):
            maker = book.maker(catalogue.get(word[:length], ""))
            if maker is None:
                continue
            part = word[:length]
            family = Family(maker, maker.name, (part,), _NEVER, None, None, False, "catalogue")
            note = f"parts catalogue: {part!r} links to a datasheet of {maker.name}"
            out.append(_Candidate(family, token, part, None, [], 0.6, [note], "catalogue"))
            break
    return out


def _decide(
    result: Identification, candidates: list[_Candidate], named: list[_Named]
) -> Family | None:
    """Weigh the evidence into ``result``; the family that decided it, if one did."""
    named_makers = {n.maker.name: n for n in named}
    for candidate in candidates:
        if candidate.maker.name in named_makers:
            name = named_makers[candidate.maker.name]
            candidate.score += 0.2
            candidate.notes.append(
                f"the text names {name.words!r}: {name.brand} ({candidate.maker.name})"
            )
            if candidate.basis == "part number":
                candidate.basis = name.basis
        elif candidate.family.shared:
            candidate.score *= 0.5
            candidate.notes.append(
                f"{candidate.base} is sold by several makers and the text names none of them"
            )
    candidates.sort(key=lambda c: (-c.score, -len(c.base), -len(c.token.upper)))
    best = candidates[0] if candidates else None
    if best is not None:
        result.base_part, result.category = best.base, best.family.category
        result.explanation.extend(best.notes)
    if named and (best is None or best.maker.name not in named_makers):
        _from_name(result, named, best)
        return None
    if best is None:
        result.reason = "no maker's name, mark or part-number grammar fits the text"
        return None
    if best.score < MAKER_THRESHOLD:
        result.reason = best.notes[-1]
        if best.family.shared:  # whom an analyst may ask: the makers whose rules list it
            makers = {c.maker.name for c in candidates if c.family.shared and c.base == best.base}
            result.reason += f" (makers in the rules that sell it: {', '.join(sorted(makers))})"
        return None
    rival = next((c for c in candidates[1:] if c.maker is not best.maker), None)
    if rival and best.score - rival.score < TIE_MARGIN:
        result.reason = (
            f"{best.base} fits {best.maker.name} ({best.family.rule}) and "
            f"{rival.maker.name} ({rival.family.rule}) equally; the text names neither"
        )
        return None
    _accept(result, best.maker, _brand_of(best, named), min(best.score, 0.99), best.basis)
    result.mpn, result.suffix = best.mpn, best.suffix
    return best.family


def _from_name(result: Identification, named: list[_Named], best: _Candidate | None) -> None:
    makers = {n.maker.name for n in named}
    if len(makers) > 1:
        result.reason = f"the text names several makers: {', '.join(sorted(makers))}"
        return
    name = named[0]
    result.explanation.append(
        f"the text names {name.words!r}: {name.brand}, made by {name.maker.name}"
    )
    if best is not None:
        result.explanation.append(
            f"{best.base} also fits {best.maker.name}'s grammar; the name printed is taken"
        )
    _accept(result, name.maker, name.brand, 0.6 if best is None else 0.55, name.basis)


def _brand_of(best: _Candidate, named: list[_Named]) -> str:
    for name in named:
        if name.maker is best.maker:
            return name.brand
    return best.family.brand


def _accept(
    result: Identification, maker: Maker, brand: str, confidence: float, basis: Basis
) -> None:
    result.unknown, result.basis = False, basis
    result.manufacturer, result.brand = maker.name, brand
    result.confidence = round(confidence, 2)
    for owned in maker.brands:
        if owned.name == brand and owned.since:
            result.explanation.append(
                f"{brand} belongs to {maker.name} since {owned.since.isoformat()} "
                f"({maker.path.name}, source {owned.source})"
            )


def _past_owners(result: Identification, book: RuleBook, family: Family | None) -> None:
    """Makers that owned the brand, or made the product line, before its current owner,
    unless the production window lies wholly outside their time."""
    rule, formers = (family.rule, family.former) if family else ("", ())
    for former in formers:
        if result.date_from and result.date_from > former.until:
            continue
        result.past_owners.append(former.maker)
        result.explanation.append(
            f"{rule}: {former.maker} made this product line until {former.until} "
            f"(source {former.source})"
        )
    for maker, brand in book.past_owners.get((result.brand or "").casefold(), ()):
        if result.date_to and brand.since and result.date_to < brand.since:
            continue
        if result.date_from and brand.until and result.date_from > brand.until:
            continue
        result.past_owners.append(maker.name)
        since = f" from {brand.since}" if brand.since else ""
        result.explanation.append(
            f"{brand.name} belonged to {maker.name}{since} until {brand.until} "
            f"({maker.path.name}, source {brand.source})"
        )


def _date(
    result: Identification,
    maker: Maker | None,
    formats: Sequence[DateCodeFormat],
    printed: Sequence[Token],
    part_token: Token | None,
    today: dt.date,
) -> None:
    """The production window from the first date code in ``formats`` printed after the
    number, else on the line just above it, else a distinctive one anywhere."""
    if maker is None or not formats:
        return
    for token, date_format in _date_places(formats, printed, part_token):
        if (window := date_format.decode(token.upper, today)) is not None:
            _set_window(result, window, maker)
            return


def _date_places(
    formats: Sequence[DateCodeFormat], printed: Sequence[Token], part_token: Token | None
) -> Iterator[tuple[Token, DateCodeFormat]]:
    """Where a date code may stand, in the order it is looked for: each word after the
    number (a two-word format first on the word and the next), then the word just above
    the number (Micron's production code over its FBGA code), then a code only this
    maker prints anywhere but in the number (lines recorded out of order)."""
    after = part_token.last if part_token else -1
    spaced = [f for f in formats if f.two_words]
    for i, word in enumerate(printed):
        if word.position <= after or word is part_token:
            continue
        if spaced and (pair := _pair(printed, i)) is not None:
            yield from ((pair, f) for f in spaced)
        yield from ((word, f) for f in formats)
    if (above := _word_before(printed, part_token)) is not None:
        yield from ((above, f) for f in formats)
    for date_format in (f for f in formats if f.distinctive):
        for token in _printed_for(date_format, printed):
            if not (part_token and part_token.position <= token.last and token.position <= after):
                yield token, date_format


def _word_before(printed: Sequence[Token], token: Token | None) -> Token | None:
    """The word printed just before ``token``, if there is one."""
    if token is not None:
        for previous, word in pairwise(printed):
            if word.position == token.position and previous.position == token.position - 1:
                return previous
    return None


def _set_window(result: Identification, window: DateWindow, maker: Maker) -> None:
    result.date_code, result.date_from, result.date_to = (
        window.code,
        window.date_from,
        window.date_to,
    )
    text = (
        f"date code {window.code!r} read as {window.format} ({maker.path.name}): "
        f"made {window.date_from.isoformat()} to {window.date_to.isoformat()}"
    )
    result.explanation.append(text + (f"; {window.note}" if window.note else ""))


def _classify(result: Identification) -> None:
    result.hs_code = hs_code_for(result.category)
    if result.category and result.hs_code:
        result.explanation.append(f"HS {result.hs_code} for category {result.category!r}")
    result.chpl_tier = chpl_tier(result.hs_code)
    if result.chpl_tier:
        result.explanation.append(f"CHPL tier {result.chpl_tier} for HS {result.hs_code}")
    result.sanctions = relation_to_milestones(result.date_from, result.date_to)
