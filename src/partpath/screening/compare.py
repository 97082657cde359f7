"""How alike two names are, and whether a query and a list entry are the same party.

A name score aligns the words of the two names, each word with its most similar
partner (same word, a typo, an abbreviation, the same sounds, an initial), then
weighs what was matched against what was not: distinctive words weigh most,
numbers must agree, generic words ("group", "trading"), particles ("al", "bin") and
legal forms weigh little. The query's words must be found (recall); the
candidate's extra words cost less (a list entry often carries a patronymic or a
longer official name). Evidence beyond the name then moves the score: a shared
identifier makes a match, a different identifier of the same kind, country or
birth date counts against it. Every step is written into the explanation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from partpath.lists.records import ListEntity, NameKind
from partpath.screening.names import NameForm, Word, name_form, name_words, sound_key
from partpath.screening.query import Query

DEFAULT_THRESHOLD = 0.75
"""A score at or above this is reported as a match. Chosen on the labelled name pairs
as the point where precision stays above recall's cost (see README, Screening)."""

WORD_WEIGHT = {
    "word": 1.0,
    "number": 1.0,
    "initial": 0.4,
    "generic": 0.35,
    "stop": 0.05,
    "particle": 0.3,
    "title": 0.1,
    "legal": 0.15,
}
DISTINCTIVE = ("word", "number")
LONGER_NAME_COST = 0.35
"""What the longer name's unmatched words cost, against 1.0 for the shorter's: a
list entry may carry a patronymic or the full official name, a query a middle name."""
SINGLE_WORD_COST = 0.5
"""The same cost when the shorter personal name has a single distinctive word
("Walijan" is not "Walijan Abdul Ghafoor Haqqani"; "Faberlic" may be "Faberlic Europe")."""
UNMATCHED_NUMBER_FACTOR = 0.85
"""Score factor when a number (or, on both sides, an initial) stands unmatched."""
OTHER_KIND_FACTOR = 0.85
"""Score factor for a person's name found in an entry that is not a person (a list
that does not say which it is), or the reverse."""
ACRONYM_SCORE = 0.8
"""The score of a one-word name that spells the initials of the other ("PLA")."""
PATRONYMIC_ENDINGS = ("ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna", "ich", "ych")
"""Endings of East Slavic patronymics (a father's name made a middle name)."""
LEGAL_FORM_FACTOR = 0.8
"""Score factor when both names carry legal forms and no family is common to both
("company" goes with any)."""
UNSUPPORTED_CAP = 0.5
"""The highest score of two names that share no distinctive word ("A-B-C Company" and
"XYZ Company" share only a legal form)."""

_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")

COMPATIBLE = {
    "Person": {"Person", "LegalEntity"},
    "Company": {"Company", "Organization", "LegalEntity"},
    "Organization": {"Company", "Organization", "LegalEntity"},
    "LegalEntity": {"Person", "Company", "Organization", "LegalEntity"},
    "Vessel": {"Vessel"},
    "Airplane": {"Airplane"},
}


@dataclass(frozen=True, slots=True)
class WordMatch:
    """A query word aligned with a candidate word, and how alike they are."""

    query: Word
    candidate: Word
    similarity: float
    how: str


@dataclass(frozen=True, slots=True)
class NameScore:
    """The comparison of two names."""

    score: float
    pairs: tuple[WordMatch, ...]
    query_unmatched: tuple[Word, ...]
    candidate_unmatched: tuple[Word, ...]
    how: str
    """"words" (aligned word by word), "joined" (same letters, spaced differently) or
    "acronym" (one name spells the initials of the other)."""

    def explain(self) -> str:
        """One line: which words matched, how, and what was left over."""
        if self.how == "joined":
            return "same letters spaced differently"
        if self.how == "acronym":
            return "one name is the initials of the other"
        parts = [
            pair.query.text
            if pair.how == "same"
            else f"{pair.query.text}~{pair.candidate.text} ({pair.how})"
            for pair in self.pairs
        ]
        text = "matched " + (", ".join(parts) if parts else "nothing")
        if self.query_unmatched:
            text += "; query words not found: " + " ".join(w.text for w in self.query_unmatched)
        if self.candidate_unmatched:
            text += "; candidate words not in query: " + " ".join(
                w.text for w in self.candidate_unmatched
            )
        return text


def word_similarity(
    a: Word, b: Word, unvoweled: bool = False, series: bool = True, person: bool = False
) -> tuple[float, str]:
    """How alike two words are in [0, 1], and why; 0 for words that do not align."""
    if a.text == b.text:
        return 1.0, "same"
    if a.kind == "legal" or b.kind == "legal":
        return 0.0, ""
    if a.kind == "number" and b.kind == "number" and series:
        return 0.5, "another number of a series"
    if a.kind == "number" or b.kind == "number":
        return 0.0, ""
    if a.kind == "initial" or b.kind == "initial":
        return (0.7, "initial") if a.text[0] == b.text[0] else (0.0, "")
    if a.syllable and b.syllable:
        return 0.0, ""  # 정 and 종 are different syllables, however alike in Latin
    if (a.syllable or b.syllable) and a.key == b.key:
        return 0.85, "romanised alike"  # 은 as "eun" or "un"
    given = name_words().given_names
    group = given.get(a.text)
    if group is not None and group == given.get(b.text):
        return 0.85, "same given name"
    short, long = (a.text, b.text) if len(a.text) <= len(b.text) else (b.text, a.text)
    if len(long) - len(short) > 2 and a.key != b.key and not long.startswith(short):
        return 0.0, ""  # far apart: no typo, abbreviation or sound can join them
    prefix = len(short) >= 4 and len(long) - len(short) >= 3 and long.startswith(short)
    if prefix and not person:
        return 0.7, "abbreviation"
    if prefix and long.endswith(PATRONYMIC_ENDINGS):
        return 0.0, ""  # Oleksandr is not Oleksandrovych, his father's name
    longest = len(long)
    distance = OSA.distance(a.text, b.text, score_cutoff=2)
    typo = 0.0
    if distance == 1 and longest >= 3:
        typo = 0.9 if longest >= 8 else 0.85 if longest >= 5 else 0.65 if longest == 4 else 0.5
    elif distance == 2 and longest >= 8:
        typo = 0.8
    sound = 0.0
    if (
        a.key == b.key
        and len(a.key) >= 2
        and (unvoweled or len(long) - len(short) <= 1 + (len(short) >= 6))
    ):
        sound = 0.85 if unvoweled else 0.8
    if typo or sound:
        return (typo, "typo") if typo >= sound else (sound, "sounds alike")
    short_key, long_key = (a.key, b.key) if len(a.key) <= len(b.key) else (b.key, a.key)
    if (
        unvoweled
        and len(short_key) >= 3
        and len(long_key) - len(short_key) <= 1
        and short_key in long_key
    ):
        return 0.75, "sounds alike"
    return 0.0, ""


def _legal_similarity(a: Word, b: Word, query: NameForm, candidate: NameForm) -> float:
    families_a = {form.family for form in query.legal_forms if form.code == a.text}
    families_b = {form.family for form in candidate.legal_forms if form.code == b.text}
    if families_a & families_b:
        return 1.0
    return 0.9 if "company" in families_a | families_b else 0.0  # "Co" goes with any form


def compare_names(query: NameForm, candidate: NameForm, series: bool = True) -> NameScore:
    """Score how well the candidate name accounts for the query name. ``series``: two
    different numbers mark siblings of one series (funds, trusts: worth a review), not
    unrelated names; False for vessels and aircraft, whose numbers tell them apart."""
    unvoweled = query.unvoweled or candidate.unvoweled
    person = query.person or candidate.person
    options: list[tuple[float, int, int, str]] = []
    for i, qw in enumerate(query.words):
        for j, cw in enumerate(candidate.words):
            if qw.kind == "legal" and cw.kind == "legal":
                similarity = _legal_similarity(qw, cw, query, candidate)
                how = "same" if qw.text == cw.text else "same legal form family"
            else:
                similarity, how = word_similarity(qw, cw, unvoweled, series, person)
            if similarity > 0:
                options.append((similarity, i, j, how))
    options.sort(key=lambda option: (-option[0], option[1], option[2]))
    used_q: set[int] = set()
    used_c: set[int] = set()
    pairs: list[WordMatch] = []
    matched = paired = 0.0
    q_found = c_found = 0.0
    for similarity, i, j, how in options:
        if i in used_q or j in used_c:
            continue
        used_q.add(i)
        used_c.add(j)
        qw, cw = query.words[i], candidate.words[j]
        pairs.append(WordMatch(qw, cw, similarity, how))
        weight = (WORD_WEIGHT[qw.kind] + WORD_WEIGHT[cw.kind]) / 2
        matched += similarity * weight
        paired += weight
        q_found += WORD_WEIGHT[qw.kind]
        c_found += WORD_WEIGHT[cw.kind]
    for short, spelled in _joined_initials(query, candidate, used_q, used_c):
        pairs.append(WordMatch(short, spelled[0], 0.7, "initials written together"))
        weight = sum(WORD_WEIGHT[w.kind] for w in spelled)
        matched += 0.7 * weight
        paired += weight
        mine = short in query.words
        q_found += WORD_WEIGHT[short.kind] if mine else weight
        c_found += weight if mine else WORD_WEIGHT[short.kind]
    for side, half, whole in _split_words(query, candidate, used_q, used_c):
        pairs.append(WordMatch(half[0], whole, 0.9, "one word written as two"))
        weight = (max(WORD_WEIGHT[w.kind] for w in half) + WORD_WEIGHT[whole.kind]) / 2
        matched += 0.9 * weight
        paired += weight
        if side == "query":
            q_found += sum(WORD_WEIGHT[w.kind] for w in half)
            c_found += WORD_WEIGHT[whole.kind]
        else:
            c_found += sum(WORD_WEIGHT[w.kind] for w in half)
            q_found += WORD_WEIGHT[whole.kind]
    q_total = sum(WORD_WEIGHT[word.kind] for word in query.words)
    c_total = sum(WORD_WEIGHT[word.kind] for word in candidate.words)
    q_left = tuple(word for i, word in enumerate(query.words) if i not in used_q)
    c_left = tuple(word for j, word in enumerate(candidate.words) if j not in used_c)
    if not q_total or not c_total:
        return NameScore(0.0, (), q_left, c_left, "words")
    # How alike the aligned words are, how much of the shorter name they cover (all of
    # it must be found), and how much of the longer (its extra words cost less).
    credit = matched / paired if pairs else 0.0
    q_cover, c_cover = q_found / q_total, c_found / c_total
    found, extra = max(q_cover, c_cover), min(q_cover, c_cover)
    shorter = query if q_cover >= c_cover else candidate
    distinctive = sum(1 for word in shorter.words if word.kind in DISTINCTIVE)
    single = distinctive < 2 and (query.person or candidate.person)
    cost = SINGLE_WORD_COST if single else LONGER_NAME_COST
    score = min(1.0, credit * found * (1 - cost * (1 - extra)))
    exact = not q_left and not c_left and all(pair.how == "same" for pair in pairs)
    if not exact and not any(
        pair.query.kind in DISTINCTIVE and pair.similarity >= 0.75 for pair in pairs
    ):
        score = min(score, UNSUPPORTED_CAP)
    if any(word.kind == "number" for word in q_left + c_left):
        score *= UNMATCHED_NUMBER_FACTOR  # "Victory 3" is not "Victory"
    if any(w.kind == "initial" for w in q_left) and any(w.kind == "initial" for w in c_left):
        score *= UNMATCHED_NUMBER_FACTOR  # "William G. Frost" is not "William W. Frost"
    families = (
        {form.family for form in query.legal_forms},
        {form.family for form in candidate.legal_forms},
    )
    if all(families) and not families[0] & families[1]:
        score *= LEGAL_FORM_FACTOR  # "Deutsche Bank AG" is not "Deutsche Bank GmbH"
    joined = _joined_score(query, candidate)
    if joined > score:
        return NameScore(joined, tuple(pairs), q_left, c_left, "joined")
    if score < ACRONYM_SCORE and (_acronym_of(query, candidate) or _acronym_of(candidate, query)):
        return NameScore(ACRONYM_SCORE, tuple(pairs), q_left, c_left, "acronym")
    return NameScore(round(score, 4), tuple(pairs), q_left, c_left, "words")


def _joined_initials(
    query: NameForm, candidate: NameForm, used_q: set[int], used_c: set[int]
) -> list[tuple[Word, tuple[Word, ...]]]:
    """A short unmatched word of a personal name that spells the initials of unmatched
    neighbouring words of the other ("JC" for "Jean-Claude"); marks them used."""
    found: list[tuple[Word, tuple[Word, ...]]] = []
    if not (query.person or candidate.person):
        return found
    for short, used_short, full, used_full in (
        (query, used_q, candidate, used_c),
        (candidate, used_c, query, used_q),
    ):
        for i, word in enumerate(short.words):
            size = len(word.text)
            if i in used_short or not 2 <= size <= 3 or word.kind not in ("word", "initial"):
                continue
            for start in range(len(full.words) - size + 1):
                span = range(start, start + size)
                if any(j in used_full for j in span):
                    continue
                if "".join(full.words[j].text[0] for j in span) == word.text:
                    used_short.add(i)
                    used_full.update(span)
                    found.append((word, tuple(full.words[j] for j in span)))
                    break
    return found


def _split_words(
    query: NameForm, candidate: NameForm, used_q: set[int], used_c: set[int]
) -> list[tuple[str, tuple[Word, Word], Word]]:
    """Two neighbouring unmatched words of one name that make, run together, an
    unmatched word of the other ("Patr ushev", "Abd al" for "Abdul"); marks them used."""
    found: list[tuple[str, tuple[Word, Word], Word]] = []
    for side, (split, used_split), (whole, used_whole) in (
        ("query", (query, used_q), (candidate, used_c)),
        ("candidate", (candidate, used_c), (query, used_q)),
    ):
        for i in range(len(split.words) - 1):
            if i in used_split or i + 1 in used_split:
                continue
            first, second = split.words[i], split.words[i + 1]
            if "legal" in (first.kind, second.kind) or "number" in (first.kind, second.kind):
                continue
            text = first.text + second.text
            for j, word in enumerate(whole.words):
                if j in used_whole or word.kind != "word" or len(text) < 5:
                    continue
                if text == word.text or OSA.distance(text, word.text, score_cutoff=1) <= 1:
                    used_split.update((i, i + 1))
                    used_whole.add(j)
                    found.append((side, (first, second), word))
                    break
    return found


def _acronym_of(short: NameForm, full: NameForm) -> bool:
    """``short`` is one word made of the initials of ``full`` ("PLA", "People's
    Liberation Army"), with or without its generic words."""
    words = [word for word in short.words if word.kind != "legal"]
    if short.person or full.person or len(words) != 1 or not 2 <= len(words[0].text) <= 6:
        return False
    spelled = [word for word in full.words if word.kind not in ("legal", "number")]
    if len(spelled) < 2:
        return False
    initials = "".join(word.text[0] for word in spelled)
    distinctive = "".join(word.text[0] for word in spelled if word.kind == "word")
    return words[0].text in (initials, distinctive)


def _joined_score(query: NameForm, candidate: NameForm) -> float:
    """Names written with other spaces ("SiemensAG", "KIMJONGUN"): compare the letters."""
    a, b = query.joined, candidate.joined
    if len(a) < 6 or len(b) < 6:
        return 0.0
    if a == b:
        return 0.97
    if (query.unvoweled or candidate.unvoweled) and len(a) >= 4:
        key_a, key_b = sound_key(a), sound_key(b)
        if key_a == key_b and len(key_a) >= 3:
            return 0.85  # "عبد الله" and "Abdullah"
    if abs(len(a) - len(b)) > 1:
        return 0.0
    respaced = len(query.words) != len(candidate.words)
    same_digits = [c for c in a if c.isdigit()] == [c for c in b if c.isdigit()]
    if respaced and same_digits and len(a) >= 10 and OSA.distance(a, b, score_cutoff=1) <= 1:
        return 0.88
    return 0.0


@dataclass(frozen=True, slots=True)
class Match:
    """A query compared with one list entry."""

    score: float
    match: bool
    query_name: str
    matched_name: str
    name_kind: NameKind | None
    explanation: tuple[str, ...]


def _same_identifiers(query: Query, entity: ListEntity) -> tuple[list[str], list[str]]:
    """(identifiers both carry, kinds both carry with no value in common)."""
    shared: list[str] = []
    conflicts: list[str] = []
    kinds_seen: dict[str, tuple[set[str], set[str]]] = {}
    listed = {_NOT_ALNUM.sub("", ident.value).upper(): ident for ident in entity.identifiers}
    for kind, value in query.identifiers:
        key = _NOT_ALNUM.sub("", value).upper()
        if len(key) >= 4 and key in listed:
            shared.append(f"{listed[key].kind} {listed[key].value}")
        if kind:
            mine, theirs = kinds_seen.setdefault(kind, (set(), set()))
            mine.add(key)
            theirs.update(
                _NOT_ALNUM.sub("", ident.value).upper()
                for ident in entity.identifiers
                if ident.kind == kind
            )
    for kind, (mine, theirs) in kinds_seen.items():
        if mine and theirs and not mine & theirs:
            conflicts.append(kind)
    return shared, conflicts


def _dates_agree(mine: str, theirs: str) -> bool:
    size = min(len(mine), len(theirs))
    return mine[:size] == theirs[:size]


def compare(
    query: Query,
    entity: ListEntity,
    threshold: float = DEFAULT_THRESHOLD,
    names: Sequence[tuple[NameForm, str, NameKind]] | None = None,
) -> Match:
    """Compare a query with a list entry: the best pair of names, then the evidence
    beyond names. ``names`` may pass the entry's name forms already computed."""
    if entity.schema not in COMPATIBLE.get(query.schema, COMPATIBLE["LegalEntity"]):
        return Match(0.0, False, "", "", None, (f"a {query.schema} is not a {entity.schema}",))
    person = entity.schema == "Person"
    query_forms = [name_form(name, person) for name in query.names]
    # A party of unknown kind whose name carries a legal form is no person ("EMMA LLC");
    # a query that says it is a person is taken at its word.
    if (
        entity.schema == "Person"
        and query.schema != "Person"
        and any(form.legal_forms for form in (name_form(n) for n in query.names))
    ):
        return Match(
            0.0, False, "", "", None, ("the query names a legal form; the entry is a person",)
        )
    candidates = names if names is not None else entity_name_forms(entity)
    series = entity.schema not in ("Vessel", "Airplane")
    best: tuple[float, NameScore, NameForm, str, NameKind] | None = None
    for q_form in query_forms:
        for c_form, c_name, kind in candidates:
            result = compare_names(q_form, c_form, series)
            score = result.score * (0.9 if kind == "weak" else 1.0)
            key = (score, kind == "primary")
            if best is None or key > (best[0], best[4] == "primary"):
                best = (score, result, q_form, c_name, kind)
    if best is None:
        return Match(0.0, False, "", "", None, ("no name to compare",))
    score, result, q_form, c_name, kind = best
    explanation = [
        f"name {q_form.original!r} ~ {c_name!r} ({kind}): {result.explain()} → {score:.2f}"
    ]
    if kind == "weak":
        explanation.append("weak alias: score x 0.9")
    if (query.schema == "Person") != (entity.schema == "Person"):
        score *= OTHER_KIND_FACTOR
        explanation.append(f"a {query.schema} and a {entity.schema}: score x {OTHER_KIND_FACTOR}")
    shared, conflicts = _same_identifiers(query, entity)
    if shared:
        score = max(score, 0.95)
        explanation.append("identifier shared: " + ", ".join(shared) + " → at least 0.95")
    elif conflicts:
        score *= 0.7
        explanation.append("different " + ", ".join(conflicts) + ": score x 0.7")
    score = _country_evidence(query, entity, score, explanation)
    score = _birth_evidence(query, entity, score, explanation)
    score = _address_evidence(query, entity, score, explanation)
    score = round(min(max(score, 0.0), 1.0), 4)
    return Match(score, score >= threshold, q_form.original, c_name, kind, tuple(explanation))


def _country_evidence(query: Query, entity: ListEntity, score: float, notes: list[str]) -> float:
    listed = set(entity.country_codes())
    if not query.countries or not listed:
        return score
    if set(query.countries) & listed:
        notes.append(
            "country shared: " + ", ".join(sorted(set(query.countries) & listed)) + " (+0.02)"
        )
        return score + 0.02
    notes.append(
        f"countries differ: {', '.join(query.countries)} vs {', '.join(sorted(listed))} (-0.08)"
    )
    return score - 0.08


def _birth_evidence(query: Query, entity: ListEntity, score: float, notes: list[str]) -> float:
    listed = [date.start for date in entity.birth_dates if date.start]
    if not query.birth_dates or not listed:
        return score
    if any(_dates_agree(mine, theirs) for mine in query.birth_dates for theirs in listed):
        notes.append("birth date agrees (+0.02)")
        return score + 0.02
    years = {date.start[:4] for date in entity.birth_dates if date.start}
    for date in entity.birth_dates:
        if date.start and date.end:
            years.update(str(year) for year in range(int(date.start[:4]), int(date.end[:4]) + 1))
    if any(mine[:4] in years for mine in query.birth_dates):
        return score
    notes.append(
        f"birth date differs: {', '.join(query.birth_dates)} vs {', '.join(listed)} (-0.15)"
    )
    return score - 0.15


def _address_words(text: str) -> set[str]:
    return {word.text for word in name_form(text).words if word.kind in DISTINCTIVE}


def _address_evidence(query: Query, entity: ListEntity, score: float, notes: list[str]) -> float:
    """A query address sharing most of its words (street, number, city) with a listed one."""
    if not query.addresses or not entity.addresses:
        return score
    for mine in query.addresses:
        words = _address_words(mine)
        for listed in entity.addresses:
            shared = words & _address_words(listed.text)
            if len(words) >= 2 and len(shared) >= max(2, 0.6 * len(words)):
                notes.append(f"address shared: {listed.text!r} ({len(shared)} words) (+0.03)")
                return score + 0.03
    return score


def entity_name_forms(entity: ListEntity) -> list[tuple[NameForm, str, NameKind]]:
    """The comparable forms of all of an entry's names, primary names first."""
    person = entity.schema == "Person"
    order = {"primary": 0, "alias": 1, "original_script": 2, "weak": 3}
    names = sorted(entity.names, key=lambda name: order[name.kind])
    return [(name_form(name.name, person), name.name, name.kind) for name in names]
