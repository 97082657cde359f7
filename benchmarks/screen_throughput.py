"""Benchmark: screening throughput against OFAC SDN, OFAC consolidated and UN, beside
a brute-force rapidfuzz baseline in the same run.

Loads the three lists from ``../shared/data/lists`` (timed), builds partpath's
``ScreeningIndex`` over them (timed), and screens ``--queries`` names (default
10,000) made deterministically from ``--seed``: about half derived from listed names
with the perturbations screening meets (typos, dropped and reordered words,
legal-form changes, transliteration variants, case) and half innocent names made
from the fictional word lists below. It prints names per second, p50 and p99
latency per name (one query at a time, one core), and names per second of
``screen_many`` on ``--workers`` processes (on names made from the next seed, so
that no cache of the engine's carries over from the one-at-a-time run).

The baseline compares each query with every listed name (rapidfuzz
``process.extractOne``, ``token_sort_ratio``, names lower-cased and stripped of
punctuation once beforehand), on ``--baseline-queries`` of the queries (default
2,000; 0 for all) since it scans the whole list per name; its figures for the full
query count are extrapolated and labelled so. (``process.cdist`` would need numpy,
which partpath's environment does not carry.)

Beside the speed, a rough check that speed was not bought with misses: how often
a derived name's source entry is partpath's best hit (and the baseline's best
name), and how many innocent names partpath flags. Innocent names have no ground
truth: a fictional name may still be close to a listed one.

    .venv/bin/python benchmarks/screen_throughput.py [--queries N] [--workers W]
        [--baseline-queries M] [--seed S] [--lists PATH] [--show-slow N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import os
import platform
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process, utils

from partpath.exc import InvalidInput
from partpath.lists import ListEntity, load_list
from partpath.screening import DEFAULT_THRESHOLD, Query, ScreeningHit, ScreeningIndex

DEFAULT_LISTS = Path(__file__).resolve().parents[2] / "shared/data/lists"
LISTS = (
    ("OFAC SDN", "ofac_csv", "ofac"),
    ("OFAC consolidated", "ofac_csv", "ofac-consolidated"),
    ("UN SC", "un_xml", "un"),
)


def words(text: str, separator: str | None = None) -> list[str]:
    """The words of a literal word list, spaces (or the separator) between them."""
    return [word.strip() for word in text.split(separator) if word.strip()]


# Fictional parts of innocent names. Ordinary words are in it on purpose: real
# customs parties are called "Northern Star Trading", and a screener must not flag them.
GIVEN_NAMES = words("""James Maria Robert Anna Michael Elena Thomas Sofia Daniel Laura Peter Julia
    Mark Olga Paul Irina Carlos Ana Luis Carmen Jorge Lucia Pedro Rosa Wei Li Ming Hui Jun
    Yan Hiroshi Yuki Kenji Aiko Raj Priya Amit Sunita Vikram Anjali Omar Fatima Karim Leila
    Yusuf Amina Hassan Noura Tariq Samira Ivan Natalia Sergei Tatiana Dmitri Svetlana Piotr
    Katarzyna Jan Eva Lars Ingrid Henrik Astrid Pierre Claire Giulia Marco Klaus Heike""")
FAMILY_NAMES = words("""Smith Johnson Brown Miller Davis Wilson Taylor Clark Lewis Walker Young
    Garcia Martinez Lopez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Wang Zhang Liu
    Chen Yang Huang Zhao Zhou Tanaka Suzuki Watanabe Yamamoto Sharma Patel Gupta Singh Reddy
    Iyer Haddad Khalil Mansour Nasser Saleh Aziz Farouk Petrov Smirnova Volkova Kozlov Novak
    Kowalski Nowak Horvat Jensen Nielsen Larsen Andersson Dubois Moreau Laurent Rossi Russo
    Ferrari Muller Schmidt Schneider Fischer Weber Becker Hoffmann Okafor Mensah Kamau""")
COINED_STARTS = words("Vel Tor Lum Kest Bran Quor Zen Mar Sol Ard Cal Dov Fen Gal Hal Jor Kal Nor")
COINED_ENDS = words("tora vix ena ova aris ex on ium ora ant is eon ata ix uma el")
PLAIN_WORDS = words("""Northern Southern Eastern Western Blue Green Silver Golden Red River Lake
    Summit Oak Pine Cedar Harbor Bay Star Sun Pacific Atlantic Alpine Prairie Coastal Metro
    Urban Royal Prime Bright Clear Swift Pioneer Heritage Liberty Crown Anchor Beacon
    Horizon Meridian Keystone""")
TRADES = words("""Trading Logistics Electronics Components Foods Textiles Engineering Supply
    Machinery Plastics Packaging Chemicals Instruments Motors Optics Systems Solutions
    Distribution Imports Exports Industries Manufacturing Devices Materials Tools""")
LEGAL_SUFFIXES = words(
    """Ltd|LLC|Inc.|GmbH|S.A.|Co., Ltd.|Corp.|B.V.|S.R.L.|Pty Ltd|Sp. z o.o.|
    OOO|JSC|AG|Limited|PLC|S.A.S.|Oy|AB|Kft.|s.r.o.""",
    "|",
)

LEGAL_EQUIVALENTS = (
    ("LIMITED LIABILITY COMPANY", ("LLC", "L.L.C.", "OOO", "Limited Liability Co")),
    ("LLC", ("LIMITED LIABILITY COMPANY", "L.L.C.", "OOO", "")),
    ("JOINT STOCK COMPANY", ("JSC", "AO", "J.S.C.")),
    ("JSC", ("JOINT STOCK COMPANY", "AO", "")),
    ("PUBLIC JOINT STOCK COMPANY", ("PJSC", "PAO")),
    ("CO., LTD.", ("COMPANY LIMITED", "CO LTD", "LTD", "")),
    ("CO. LTD", ("COMPANY LIMITED", "CO., LTD.", "")),
    ("COMPANY LIMITED", ("CO., LTD.", "CO LTD", "LIMITED")),
    ("LIMITED", ("LTD", "LTD.", "")),
    ("LTD", ("LIMITED", "")),
    ("GMBH", ("GESELLSCHAFT MBH", "")),
    ("CORPORATION", ("CORP", "CORP.", "")),
    ("COMPANY", ("CO", "CO.", "COMP")),
    ("S.A.", ("SA", "")),
    ("INC.", ("INCORPORATED", "INC", "")),
)
TRANSLITERATIONS = (
    ("KH", "H"),
    ("H", "KH"),
    ("SH", "SCH"),
    ("CH", "TCH"),
    ("ZH", "J"),
    ("YU", "IU"),
    ("YA", "IA"),
    ("IY", "Y"),
    ("OU", "U"),
    ("U", "OU"),
    ("OO", "U"),
    ("V", "W"),
    ("W", "V"),
    ("KS", "X"),
    ("X", "KS"),
    ("J", "DJ"),
    ("Q", "K"),
    ("OV", "OFF"),
    ("EV", "EFF"),
    ("EE", "I"),
    ("MOHAMMED", "MUHAMMAD"),
    ("MUHAMMAD", "MOHAMED"),
    ("MOHAMMAD", "MOHAMED"),
    ("ABDUL", "ABD AL"),
    ("AL-", "EL "),
    ("YOUSEF", "YUSUF"),
)
KEYBOARD = "qwertyuiopasdfghjklzxcvbnm"
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class Probe:
    """One query name, how it was made, and (if derived) the entry it came from."""

    name: str
    schema: str
    origin: str
    """"derived" or "innocent"."""
    source: int | None = None
    """Position of the entry it was derived from in the loaded entries."""
    how: str = ""


# Perturbations: each takes the name and the random source, and returns the new name
# or None where it does not apply.


def typo(name: str, rng: random.Random) -> str | None:
    """One keyboard slip in a word of four or more letters."""
    words = name.split()
    spots = [i for i, word in enumerate(words) if len(word) >= 4 and word.isalpha()]
    if not spots:
        return None
    i = rng.choice(spots)
    word, at = words[i], rng.randrange(1, len(words[i]) - 1)
    letter = rng.choice(KEYBOARD)
    letter = letter.upper() if word[at].isupper() else letter
    edits = (
        word[:at] + letter + word[at + 1 :],
        word[:at] + word[at + 1 :],
        word[:at] + word[at] + word[at:],
        word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :],
    )
    words[i] = rng.choice(edits)
    return " ".join(words)


def drop_word(name: str, rng: random.Random) -> str | None:
    """A name of three or more words loses one, never the first."""
    words = name.split()
    if len(words) < 3:
        return None
    del words[rng.randrange(1, len(words))]
    return " ".join(words)


def reorder(name: str, rng: random.Random) -> str | None:
    """The last word moves to the front, or two words swap."""
    words = name.split()
    if len(words) < 2:
        return None
    if rng.random() < 0.5:
        return " ".join([words[-1], *words[:-1]])
    i, j = rng.sample(range(len(words)), 2)
    words[i], words[j] = words[j], words[i]
    return " ".join(words)


def legal_form(name: str, rng: random.Random) -> str | None:
    """A legal form written another way, or dropped."""
    upper = name.upper()
    for form, others in LEGAL_EQUIVALENTS:
        at = upper.rfind(form)
        if at >= 0 and (at == 0 or not upper[at - 1].isalnum()):
            end = at + len(form)
            if end == len(upper) or not upper[end].isalnum():
                return " ".join((name[:at] + rng.choice(others) + name[end:]).split())
    return None


def transliterate(name: str, rng: random.Random) -> str | None:
    """One spelling of a transliterated sound replaced with another."""
    upper = name.upper()
    usable = [(a, b) for a, b in TRANSLITERATIONS if a in upper]
    if not usable:
        return None
    old, new = rng.choice(usable)
    at = rng.choice([m.start() for m in re.finditer(re.escape(old), upper)])
    return name[:at] + new + name[at + len(old) :]


PERTURBATIONS: dict[str, Callable[[str, random.Random], str | None]] = {
    "typo": typo,
    "drop-word": drop_word,
    "reorder": reorder,
    "legal-form": legal_form,
    "transliteration": transliterate,
}


def tidy(name: str) -> str:
    """A perturbed name without the punctuation its change left stranded ("PTE. .",
    "BITRIVER,")."""
    kept = [word for word in name.split() if any(c.isalnum() for c in word)]
    return " ".join(kept).strip(" ,;:-&")


def natural_order(name: str, schema: str) -> str:
    """ "SECHIN, Igor Ivanovich" as a document writes it: "Igor Ivanovich SECHIN"."""
    if schema == "Person" and name.count(",") == 1:
        family, given = (part.strip() for part in name.split(","))
        return f"{given} {family}".strip()
    return name


def recase(name: str, rng: random.Random) -> tuple[str, str]:
    """The name upper-, lower- or title-cased, or as it was."""
    pick = rng.random()
    if pick < 0.35:
        return name.upper(), "upper"
    if pick < 0.55:
        return name.title(), "title"
    if pick < 0.65:
        return name.lower(), "lower"
    return name, ""


def derived_probe(entities: Sequence[ListEntity], rng: random.Random) -> Probe:
    """A listed person's or company's name, perturbed once or twice."""
    while True:
        number = rng.randrange(len(entities))
        entity = entities[number]
        if entity.schema in ("Person", "LegalEntity", "Company", "Organization"):
            break
    names = [n.name for n in entity.names if n.kind in ("primary", "alias")] or [
        n.name for n in entity.names
    ]
    name = natural_order(rng.choice(names), entity.schema)
    applied = []
    for _ in range(rng.choice((1, 1, 2))):
        kinds = list(PERTURBATIONS)
        rng.shuffle(kinds)
        for kind in kinds:
            changed = tidy(PERTURBATIONS[kind](name, rng) or "")
            if changed and changed.strip() and changed != name:
                name, applied = changed, [*applied, kind]
                break
    name, case = recase(name, rng)
    how = "+".join([*applied, case] if case else applied) or "unchanged"
    schema = "Person" if entity.schema == "Person" else "Company"
    return Probe(name, schema, "derived", number, how)


def innocent_probe(rng: random.Random) -> Probe:
    """A fictional person (given and family name) or company (coined or plain words,
    a trade, a legal form)."""
    if rng.random() < 0.45:
        parts = [rng.choice(GIVEN_NAMES), rng.choice(FAMILY_NAMES)]
        if rng.random() < 0.2:
            parts.insert(1, rng.choice(GIVEN_NAMES))
        return Probe(" ".join(parts), "Person", "innocent", how="person")
    if rng.random() < 0.5:
        first = rng.choice(COINED_STARTS) + rng.choice(COINED_ENDS)
        how = "coined company"
    else:
        first = " ".join(rng.sample(PLAIN_WORDS, rng.choice((1, 1, 2))))
        how = "plain-word company"
    parts = [first, rng.choice(TRADES)]
    if rng.random() < 0.85:
        parts.append(rng.choice(LEGAL_SUFFIXES))
    name, _case = recase(" ".join(parts), rng)
    return Probe(name, "Company", "innocent", how=how)


def make_probes(entities: Sequence[ListEntity], count: int, seed: int) -> list[Probe]:
    """``count`` query names, half derived and half innocent, in a seeded random order."""
    rng = random.Random(seed)
    probes = [derived_probe(entities, rng) for _ in range(count // 2)]
    probes += [innocent_probe(rng) for _ in range(count - count // 2)]
    rng.shuffle(probes)
    return probes


def percentile(values: Sequence[float], share: float) -> float:
    """The value below which ``share`` of the values lie (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def timed_screen(
    index: ScreeningIndex, queries: Sequence[Query]
) -> tuple[list[float], list[list[ScreeningHit]]]:
    """Each query screened alone: its latency in seconds and its hits."""
    latencies, results = [], []
    for query in queries:
        started = time.perf_counter()
        results.append(index.screen(query, limit=5))
        latencies.append(time.perf_counter() - started)
    return latencies, results


_CHOICES: list[str] = []


def _best_name(query: str) -> tuple[int, float]:
    found = process.extractOne(query, _CHOICES, scorer=fuzz.token_sort_ratio, processor=None)
    return (found[2], found[1]) if found else (-1, 0.0)


def baseline(
    names: Sequence[str], probes: Sequence[Probe], workers: int
) -> tuple[list[float], float, list[tuple[int, float]]]:
    """Brute force: each query against every listed name, one core (latencies) and then
    on ``workers`` processes (seconds for all)."""
    global _CHOICES
    _CHOICES = list(names)
    queries = [utils.default_process(probe.name) for probe in probes]
    latencies, best = [], []
    for query in queries:
        started = time.perf_counter()
        best.append(_best_name(query))
        latencies.append(time.perf_counter() - started)
    started = time.perf_counter()
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            pool.map(_best_name, queries, chunksize=max(1, len(queries) // (workers * 8)))
    else:
        [_best_name(query) for query in queries]
    return latencies, time.perf_counter() - started, best


def row(label: str, count: int, per_second: float, lat: Sequence[float] | None, note: str) -> None:
    """One line of the results table."""
    p50 = f"{percentile(lat, 0.5) * 1000:8.2f}" if lat else f"{'':8}"
    p99 = f"{percentile(lat, 0.99) * 1000:8.2f}" if lat else f"{'':8}"
    print(f"{label:50} {count:7,} {per_second:9,.0f} {p50} {p99}  {note}")


def load_entities(folder: Path) -> tuple[list[ListEntity], float]:
    """The three lists' entries, and the seconds their loading took."""
    entities: list[ListEntity] = []
    total = 0.0
    for title, format_name, name in LISTS:
        started = time.perf_counter()
        loaded = load_list(format_name, folder / name)
        seconds = time.perf_counter() - started
        total += seconds
        names = sum(len(entity.names) for entity in loaded)
        print(f"  loaded {title}: {len(loaded):,} entries, {names:,} names in {seconds:.2f} s")
        entities += loaded
    return entities, total


def make_queries(
    entities: Sequence[ListEntity], count: int, seed: int, show: bool = True
) -> tuple[list[Probe], list[Query]]:
    """The probes and their queries; a probe partpath refuses is left out and counted."""
    kept: list[Probe] = []
    queries: list[Query] = []
    refused = 0
    for probe in make_probes(entities, count, seed):
        try:
            queries.append(Query.of(probe.name, schema=probe.schema))
            kept.append(probe)
        except InvalidInput:
            refused += 1
    if not show:
        return kept, queries
    derived = sum(probe.origin == "derived" for probe in kept)
    print(
        f"  queries (seed {seed}): {len(kept):,} ({derived:,} derived from listed names, "
        f"{len(kept) - derived:,} innocent){f'; {refused} refused' if refused else ''}"
    )
    for probe in kept[:6]:
        print(f"    e.g. {probe.origin:8} {probe.how:28} {probe.name!r}")
    return kept, queries


def extrapolated(measured: int, wanted: int, one_core: float, parallel: float | None) -> str:
    """The note of a row measured on part of the queries."""
    if measured >= wanted:
        return ""
    scale = wanted / measured
    text = f"on {measured:,} of {wanted:,}; all {wanted:,} EXTRAPOLATED: ~{one_core * scale:.0f} s"
    text += " on 1 core" + (f", ~{parallel * scale:.0f} s in parallel" if parallel else "")
    return text


def main() -> None:
    """Load, index, screen, compare with the baseline, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, default=DEFAULT_LISTS)
    parser.add_argument("--queries", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--baseline-queries", type=int, default=2_000, help="0: all")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--show-slow", type=int, default=0, metavar="N", help="slowest names")
    args = parser.parse_args()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"screen_throughput on {args.lists}, {dt.date.today()}, {machine}, seed {args.seed}")
    print(f"  load average before: {load_average()} (other work on the machine slows every row)")
    entities, load_seconds = load_entities(args.lists)
    all_names = [(number, n.name) for number, e in enumerate(entities) for n in e.names]
    print(f"  lists: {len(entities):,} entries, {len(all_names):,} names, {load_seconds:.2f} s")
    kept, queries = make_queries(entities, args.queries, args.seed)

    print("  index: partpath.screening.ScreeningIndex")
    index = ScreeningIndex.build(entities)
    latencies, results = timed_screen(index, queries)
    # Other names than the ones just screened, so that no cache of the engine's
    # serves this run from the one before.
    _probes, batch = make_queries(entities, args.queries, args.seed + 1, show=False)
    started = time.perf_counter()
    # Consumed in full: screen_many may yield its answers lazily.
    answers = list(index.screen_many(batch, limit=5, workers=args.workers))
    many_seconds = time.perf_counter() - started
    if len(answers) != len(batch):
        print(f"  screen_many answered {len(answers)} of {len(batch)} queries")

    subset = kept if args.baseline_queries <= 0 else kept[: args.baseline_queries]
    names_only = [utils.default_process(name) for _number, name in all_names]
    base_lat, base_seconds, base_best = baseline(names_only, subset, args.workers)

    label = "partpath ScreeningIndex"
    print(f"\n{'':50} {'names':>7} {'names/s':>9} {'p50 ms':>8} {'p99 ms':>8}")
    print(f"{'load the three lists':50} {'':7} {'':9} {'':8} {'':8}  {load_seconds:.2f} s")
    print(f"{'build: ' + label:50} {'':7} {'':9} {'':8} {'':8}  {index.build_seconds:.2f} s")
    count = len(queries)
    row(
        f"{label}, screen, 1 core",
        count,
        count / sum(latencies),
        latencies,
        "limit 5",
    )
    row(
        f"{label}, screen_many, {args.workers} workers",
        len(batch),
        len(batch) / many_seconds,
        None,
        f"{many_seconds:.2f} s; names of seed {args.seed + 1}",
    )
    base_note = extrapolated(len(subset), len(queries), sum(base_lat), base_seconds)
    row(
        "rapidfuzz extractOne token_sort_ratio, 1 core",
        len(subset),
        len(subset) / sum(base_lat),
        base_lat,
        base_note,
    )
    row(
        f"rapidfuzz extractOne, {args.workers} workers",
        len(subset),
        len(subset) / base_seconds,
        None,
        f"{base_seconds:.2f} s",
    )
    print(f"load average after: {load_average()}")
    slowest = sorted(zip(latencies, kept, strict=True), key=lambda item: -item[0])
    for seconds, probe in slowest[: args.show_slow]:
        print(f"  slow: {seconds * 1000:7.1f} ms  {probe.origin:8} {probe.schema:7} {probe.name!r}")
    print_quality(kept, results, subset, base_best, all_names, entities)


def load_average() -> str:
    """The machine's 1, 5 and 15 minute load averages."""
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def print_quality(
    kept: Sequence[Probe],
    results: Sequence[Sequence[ScreeningHit]],
    subset: Sequence[Probe],
    base_best: Sequence[tuple[int, float]],
    all_names: Sequence[tuple[int, str]],
    entities: Sequence[ListEntity],
) -> None:
    """Rough recall on derived names and flag rate on innocent ones."""
    derived = [(p, hits) for p, hits in zip(kept, results, strict=True) if p.origin == "derived"]
    innocent = [hits for p, hits in zip(kept, results, strict=True) if p.origin == "innocent"]

    def is_source(probe: Probe, entity: ListEntity) -> bool:
        source = entities[probe.source] if probe.source is not None else None
        return (
            source is not None
            and entity.entry_id == source.entry_id
            and (entity.dataset == source.dataset)
        )

    top = sum(bool(hits) and is_source(p, hits[0].entity) for p, hits in derived)
    flagged = sum(
        any(is_source(p, h.entity) and h.score >= DEFAULT_THRESHOLD for h in hits)
        for p, hits in derived
    )
    false_flags = sum(any(h.score >= DEFAULT_THRESHOLD for h in hits) for hits in innocent)
    base_top = sum(
        number >= 0 and is_source(p, entities[all_names[number][0]])
        for p, (number, _score) in zip(subset, base_best, strict=True)
        if p.origin == "derived"
    )
    base_derived = sum(p.origin == "derived" for p in subset)
    print("\nrough quality (no substitute for screen_accuracy.py):")
    if derived:
        print(
            f"  partpath: source entry is the best hit for {top / len(derived):.1%} of "
            f"{len(derived):,} derived names; matched (>= {DEFAULT_THRESHOLD}) for "
            f"{flagged / len(derived):.1%}"
        )
    if innocent:
        print(
            f"  partpath: {false_flags / len(innocent):.1%} of {len(innocent):,} innocent "
            f"names have a hit >= {DEFAULT_THRESHOLD} (no ground truth: some may be near "
            "a listed name)"
        )
    if base_derived:
        print(
            f"  baseline: source entry owns the best-scoring name for "
            f"{base_top / base_derived:.1%} of {base_derived:,} derived names"
        )


if __name__ == "__main__":
    main()
