"""A candidate index over list entries, so that a query is scored against the few
entries that share something with it, never against the whole list.

Each name's words are indexed by their text, their one-letter deletions (a typo
or a missing letter still meets its word: "sechn" and "sechin" share "sechn") and
their sound key (``usama``/``osama``), and each name by its letters run together
("KIMJONGUN"). A query gathers the entries its keys meet, weighs each key by how
rare it is, scores the best ``CANDIDATES`` of them in full, and returns one hit per
entry: the best of the entry's names, so that an entry with many aliases ranks by
its best name, not below them.
"""

from __future__ import annotations

import gc
import heapq
import math
import multiprocessing
import os
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from operator import itemgetter
from time import perf_counter

from partpath.lists.records import ListEntity, NameKind
from partpath.screening.compare import DEFAULT_THRESHOLD, Match, compare, entity_name_forms
from partpath.screening.names import NameForm, name_form
from partpath.screening.query import Query

CANDIDATES = 10
"""Entries scored in full per query, the best by shared rare keys."""
WEAKEST_SHARE = 0.4
"""Candidates whose shared keys weigh less than this share of the best's are not scored."""
COMMON_FLOOR = 40
"""Keys met by at most this many entries always count as rare."""
COMMON_SHARE = 0.02
"""A key met by more than this share of all entries (e.g. "company") does not
gather candidates on its own."""


@dataclass(frozen=True, slots=True)
class ScreeningHit:
    """One list entry a query may be: rank, score, why, and the list version used."""

    rank: int
    entity: ListEntity
    score: float
    match: bool
    matched_name: str
    query_name: str
    name_kind: NameKind | None
    explanation: tuple[str, ...]
    list_version: str

    @classmethod
    def of(cls, rank: int, entity: ListEntity, found: Match, version: str) -> ScreeningHit:
        """A hit from a comparison."""
        return cls(
            rank=rank,
            entity=entity,
            score=found.score,
            match=found.match,
            matched_name=found.matched_name,
            query_name=found.query_name,
            name_kind=found.name_kind,
            explanation=found.explanation,
            list_version=version,
        )


def _deletions(word: str) -> Iterator[str]:
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]


def _key_groups(form: NameForm, lookup: bool) -> list[frozenset[str]]:
    """A name's keys in groups: one per word (its text, one-letter deletions and
    sound), one for its joined letters, one for its initials. ``lookup``: the keys a
    query looks up, which add what meets a listed word with one letter more or less
    (the query word itself as a deletion, its own deletions plain) and an acronym."""
    groups: list[frozenset[str]] = []
    for word in form.words:
        if word.kind == "legal":
            continue
        keys = {word.text}
        if lookup and len(word.text) >= 3:
            keys.add("-" + word.text)  # the query word may be a deletion of a listed one
        if len(word.text) >= 4 and word.kind != "number":
            variants = list(_deletions(word.text))
            keys.update("-" + variant for variant in variants)  # one letter changed
            if lookup:
                keys.update(variants)  # one letter too many in the query
        if len(word.key) >= 2 and word.kind not in ("number", "initial"):
            keys.add("~" + word.key)
        groups.append(frozenset(keys))
    if len(form.joined) >= 6:
        groups.append(frozenset({"=" + form.joined}))
    spelled = [word for word in form.words if word.kind not in ("legal", "number")]
    initials: set[str] = set()
    if not form.person and 2 <= len(spelled) <= 6:
        initials.add("^" + "".join(word.text[0] for word in spelled))
        initials.add("^" + "".join(word.text[0] for word in spelled if word.kind == "word"))
    if lookup and not form.person and len(spelled) == 1 and 2 <= len(spelled[0].text) <= 6:
        initials.add("^" + spelled[0].text)  # an acronym meets the names it abbreviates
    if initials:
        groups.append(frozenset(initials))
    return groups


def index_keys(form: NameForm) -> frozenset[str]:
    """The keys under which a listed name is indexed."""
    return frozenset().union(*_key_groups(form, lookup=False))


def _lookup_groups(form: NameForm) -> list[frozenset[str]]:
    """The keys a query name looks up, grouped: an entry's weight counts each group
    once, by its rarest key met, so that a word's variants do not add up."""
    return _key_groups(form, lookup=True)


def _key_weight(key: str, holders: int, total: int) -> float:
    """How much a key met tells: the rarer the more; a deletion or sound key half."""
    return math.log(total / holders) * (0.5 if key[0] in "-~" else 1.0)


@dataclass
class ScreeningIndex:
    """List entries with their name forms and the key → entries postings."""

    entities: list[ListEntity]
    versions: dict[str, str]
    """dataset → version label, recorded in every hit."""
    forms: list[list[tuple[NameForm, str, NameKind]]] = field(default_factory=list)
    name_keys: list[list[frozenset[str]]] = field(default_factory=list)
    """Per entry, per name: its keys, to score only the names a query met."""
    postings: dict[str, tuple[int, ...]] = field(default_factory=dict)
    _holder_sets: dict[str, frozenset[int]] = field(default_factory=dict, repr=False)
    build_seconds: float = 0.0

    @classmethod
    def build(
        cls, entities: Iterable[ListEntity], versions: Mapping[str, str] | None = None
    ) -> ScreeningIndex:
        """Index the entries (all their names: primary, aliases, weak, original script)."""
        started = perf_counter()
        index = cls(entities=list(entities), versions=dict(versions or {}))
        postings: defaultdict[str, set[int]] = defaultdict(set)
        for number, entity in enumerate(index.entities):
            forms = entity_name_forms(entity)
            keys = [index_keys(form) for form, _name, _kind in forms]
            index.forms.append(forms)
            index.name_keys.append(keys)
            for name_keys in keys:
                for key in name_keys:
                    postings[key].add(number)
        index.postings = {key: tuple(sorted(found)) for key, found in postings.items()}
        # The index lives as long as the process: keep the garbage collector from
        # walking its millions of objects again and again (a pause of up to a second).
        gc.collect()
        gc.freeze()
        index.build_seconds = perf_counter() - started
        return index

    def __len__(self) -> int:
        return len(self.entities)

    def _holders(self, key: str) -> frozenset[int]:
        """The entries of a key, as a set (kept: common keys are asked again and again)."""
        holders = self._holder_sets.get(key)
        if holders is None:
            holders = self._holder_sets[key] = frozenset(self.postings[key])
        return holders

    def version_of(self, entity: ListEntity) -> str:
        """The version label of the entry's list."""
        return self.versions.get(entity.dataset, "")

    def candidates(
        self, query: Query, datasets: Collection[str] | None = None
    ) -> list[tuple[int, list[int]]]:
        """The entries worth scoring in full (of ``datasets`` only, when given), best
        first, each with the names met."""
        total = max(len(self.entities), 1)
        common = max(int(total * COMMON_SHARE), COMMON_FLOOR)
        weights: defaultdict[int, float] = defaultdict(float)
        person = query.schema == "Person"
        groups: set[frozenset[str]] = set()
        for name in query.names:
            groups.update(_lookup_groups(name_form(name, person)))
            if not person:
                groups.update(_lookup_groups(name_form(name, True)))
        postings = self.postings
        used: set[str] = set()
        met: list[tuple[dict[int, float], list[str]]] = []
        for group in groups:
            found = [(key, postings[key]) for key in group if key in postings]
            best: dict[int, float] = {}
            frequent: list[str] = []
            for key, hits in found:
                if len(hits) > common:
                    frequent.append(key)
                    continue
                used.add(key)
                weight = _key_weight(key, len(hits), total)
                for number in hits:
                    if best.get(number, 0.0) < weight:
                        best[number] = weight
            for number, weight in best.items():
                weights[number] += weight
            met.append((best, frequent))
        # A common key ("khalil", the sound of "hussein") gathers no candidates, but it
        # tells apart those its rare keys gathered: they tie no more.
        gathered = list(weights)
        for best, frequent in met:
            extra: dict[int, float] = {}
            for key in frequent:
                holders = self._holders(key)
                weight = _key_weight(key, len(holders), total)
                for number in gathered:
                    if number not in best and number in holders and extra.get(number, 0.0) < weight:
                        extra[number] = weight
                used.add(key)
            for number, weight in extra.items():
                weights[number] += weight
        if not weights:  # every key is common ("Global Trading"): the rarest two decide
            every = {key: postings[key] for group in groups for key in group if key in postings}
            for key in sorted(every, key=lambda key: len(every[key]))[:2]:
                used.add(key)
                for number in every[key]:
                    weights[number] += math.log(total / len(every[key]))
        if datasets is not None:
            entities = self.entities
            weights = defaultdict(
                float, {n: w for n, w in weights.items() if entities[n].dataset in datasets}
            )
        ranked = heapq.nlargest(CANDIDATES, weights.items(), key=itemgetter(1))
        floor = ranked[0][1] * WEAKEST_SHARE if ranked else 0.0
        return [
            (number, [slot for slot, keys in enumerate(self.name_keys[number]) if keys & used])
            for number, weight in ranked
            if weight >= floor
        ]

    def screen(
        self,
        query: Query,
        limit: int = 5,
        threshold: float | None = None,
        datasets: Collection[str] | None = None,
    ) -> list[ScreeningHit]:
        """The best ``limit`` entries for a query, best first; with ``threshold``, only
        those scoring at least that much; with ``datasets``, only entries of those lists."""
        return self._hits(self._ranked(query, limit, threshold, datasets))

    def _ranked(
        self,
        query: Query,
        limit: int,
        threshold: float | None,
        datasets: Collection[str] | None = None,
    ) -> list[tuple[int, Match]]:
        cutoff = DEFAULT_THRESHOLD if threshold is None else threshold
        scored: list[tuple[float, bool, int, Match]] = []
        for number, slots in self.candidates(query, datasets):
            forms = self.forms[number]
            found = compare(query, self.entities[number], cutoff, [forms[slot] for slot in slots])
            if found.score <= 0 or (threshold is not None and found.score < threshold):
                continue
            scored.append((found.score, found.name_kind == "primary", -number, found))
        scored.sort(key=lambda item: item[:3], reverse=True)
        return [(-order, found) for _score, _primary, order, found in scored[:limit]]

    def _hits(self, ranked: list[tuple[int, Match]]) -> list[ScreeningHit]:
        hits = []
        for rank, (number, found) in enumerate(ranked, start=1):
            entity = self.entities[number]
            hits.append(ScreeningHit.of(rank, entity, found, self.version_of(entity)))
        return hits

    def screen_many(
        self,
        queries: Sequence[Query],
        limit: int = 5,
        threshold: float | None = None,
        workers: int | None = None,
    ) -> Iterator[list[ScreeningHit]]:
        """Screen many queries in order, on ``workers`` processes (default: every core).
        The index reaches the workers by fork, never copied per query."""
        count = workers or os.cpu_count() or 1
        if count <= 1 or len(queries) < 200 or not _can_fork():
            for query in queries:
                yield self.screen(query, limit, threshold)
            return
        global _SHARED
        _SHARED = self
        chunk = max(50, min(500, len(queries) // (count * 4)))
        jobs = [
            (queries[start : start + chunk], limit, threshold)
            for start in range(0, len(queries), chunk)
        ]
        context = multiprocessing.get_context("fork")
        gc.freeze()  # the workers must not touch (and so copy) the index's pages
        with ProcessPoolExecutor(max_workers=count, mp_context=context) as pool:
            for part in pool.map(_screen_chunk, jobs):
                for ranked in part:
                    yield self._hits(ranked)


_SHARED: ScreeningIndex | None = None


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def _screen_chunk(
    job: tuple[Sequence[Query], int, float | None],
) -> list[list[tuple[int, Match]]]:
    queries, limit, threshold = job
    assert _SHARED is not None
    return [_SHARED._ranked(query, limit, threshold) for query in queries]
