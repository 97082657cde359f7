"""Benchmark: identify the makers of the War & Sanctions component catalogue.

Reads ``../shared/data/components/gur-components-dev.csv`` (published entries:
``name_marking`` is the text, ``manufacturer`` the label, with the owner in
parentheses after a brand). Counts, among the rows that have marking text and
a named maker, how many partpath identifies right (brand or owner), wrong, or
leaves unknown, and how many identifications per second it makes on one core
with the rule files loaded once.

    .venv/bin/python benchmarks/identify_gur.py [--csv PATH] [--show-wrong N] [--by-label N]
        [--kicad DIR] [--repeat N]

It also prints why the unknown rows are unknown, and on what kind of evidence the
others were given a maker (a grammar alone, a printed name, a product line, a
distinctive date code, a look-alike reading).

The rows measure partpath; rules are never written from them.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import re
import statistics
import time
from collections import Counter, defaultdict
from pathlib import Path

from partpath.markings import identify_marking, load_rule_book
from partpath.markings.catalogue import CatalogueImport, catalogue_rows, kicad_files
from partpath.markings.identify import Identification
from partpath.markings.rules import RuleBook
from partpath.markings.text import clean_text, looks_like_part, split_tokens

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared/data/components/gur-components-dev.csv"
NO_TEXT = {"", "(unspecified)"}
NO_MAKER = {"", "not identified"}
LEGAL = re.compile(
    r"\b(inc|incorporated|corp|corporation|co|company|ltd|limited|llc|gmbh|ag|sa|plc|"
    r"technology|technologies|products|group|international|holdings?)\b\.?",
    re.IGNORECASE,
)


def read_rows(path: Path) -> list[dict[str, str]]:
    """The rows with marking text and a named maker: the ones the benchmark measures."""
    with path.open(encoding="utf-8") as handle:
        return [
            r for r in csv.DictReader(handle)
            if r["name_marking"].strip() not in NO_TEXT
            and r["manufacturer"].strip().casefold() not in NO_MAKER
        ]  # fmt: skip


def label_names(label: str) -> list[str]:
    """``Maxim Integrated Products (Analog Devices)`` -> brand and owner names; a brand and
    its company given as ``EGmicro - Yijing Microelectronics`` are both names."""
    outer, _, inner = label.partition("(")
    names = [*outer.split(" - "), *inner.rstrip(")").split(",")]
    return [n.strip() for n in names if n.strip()]


def simplify(name: str) -> str:
    """A name without legal forms, punctuation and case, for comparing spellings."""
    return " ".join(LEGAL.sub(" ", re.sub(r"[^\w\s]", " ", name.casefold())).split())


def matches(book: RuleBook, ours: list[str], label: str) -> bool:
    """Does our brand or maker name the labelled brand or owner? A label that spells one
    of a maker's names (legal forms aside) names that maker."""
    wanted = {simplify(n) for n in label_names(label)}
    wanted |= {simplify(m.name) for n in label_names(label) if (m := book.maker(n))}
    wanted |= {simplify(m.name) for m in book.makers if wanted & {simplify(n) for n in m.names}}
    return any(simplify(name) in wanted for name in ours if name)


OUTCOMES = ("right", "wrong", "unknown")


def verdict(book: RuleBook, result: Identification, label: str) -> str:
    """``right`` when our brand, maker or a past owner is the labelled one, ``wrong`` when
    none is, ``unknown`` when we named no maker."""
    if result.unknown:
        return "unknown"
    ours = [result.manufacturer or "", result.brand or "", *result.past_owners]
    return "right" if matches(book, ours, label) else "wrong"


# A rated value, not a part number: 470uF, 35V, 4000mAh, 1.2GHz (as cleaned and upper-cased:
# the micro sign is already a "u", the Cyrillic Ve for volts a "B")
VALUE = re.compile(r"\d+(?:[.,]\d+)?(?:UF|NF|PF|V|B|MAH|KV|GHZ|MHZ|KHZ|HZ|MM|W|A|OHM|\u03a9)")


def why(text: str, result: Identification) -> str:
    """The kind of reason an unknown answer gives, for the benchmark's summary."""
    reason = result.reason or ""
    if "several makers" in reason:
        return "a number several makers sell, no maker printed"
    if "equally" in reason:
        return "two makers' grammars fit equally"
    if not re.search(r"\d", text):
        return "a description without a number"
    words = [t.upper for t in split_tokens(clean_text(text)) if t.end < 0]
    if not any(len(w) >= 4 and looks_like_part(w) and not VALUE.fullmatch(w) for w in words):
        return "no word like a part number (values, short codes, digits only)"
    return "a word like a part number that no grammar, name or mark reads"


EVIDENCE = {  # the engine's basis -> the kind of evidence as the summary prints it
    "part number": "a part-number grammar alone",
    "name or mark": "a name or mark printed",
    "product line": "a product-line trademark",
    "date code": "a date code only one maker prints",
    "look-alike": "a look-alike letter or digit swapped",
    "catalogue": "the parts catalogue",
}


def evidence(result: Identification) -> str:
    """The kind of evidence a maker was given on, for the benchmark's summary."""
    return EVIDENCE[result.basis or "part number"]


def read_catalogue(book: RuleBook, folder: Path) -> dict[str, str]:
    """Part -> maker from KiCad symbols, as `partpath catalogue import` would store them."""
    makers: dict[str, set[str]] = {}
    rows = catalogue_rows(book, kicad_files([folder]), CatalogueImport())
    for row in rows:
        makers.setdefault(row.part, set()).add(row.maker)
    return {part: next(iter(names)) for part, names in makers.items() if len(names) == 1}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--show-wrong", type=int, default=0, metavar="N")
    parser.add_argument(
        "--by-label", type=int, default=0, metavar="N",
        help="also print right/wrong/unknown for the N most frequent maker labels",
    )  # fmt: skip
    parser.add_argument(
        "--kicad", type=Path, metavar="DIR",
        help="also use a parts catalogue read from KiCad symbols (e.g. /usr/share/kicad/symbols)",
    )  # fmt: skip
    parser.add_argument(
        "--repeat", type=int, default=5, metavar="N",
        help="passes over the file for the speed figure (best and median are printed)",
    )  # fmt: skip
    args = parser.parse_args()
    rows = read_rows(args.csv)
    book = load_rule_book()
    catalogue = read_catalogue(book, args.kicad) if args.kicad else None
    rates = []  # identifications per second of each pass over the file
    for _ in range(max(1, args.repeat)):
        started = time.perf_counter()
        results = [identify_marking(r["name_marking"], book, catalogue=catalogue) for r in rows]
        rates.append(len(rows) / (time.perf_counter() - started))
    shown = 0
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    why_unknown: Counter[str] = Counter()
    given_on: dict[str, Counter[str]] = defaultdict(Counter)
    for row, result in zip(rows, results, strict=True):
        outcome = verdict(book, result, row["manufacturer"])
        by_label[row["manufacturer"]][outcome] += 1
        if outcome == "unknown":
            why_unknown[why(row["name_marking"], result)] += 1
        else:
            given_on[evidence(result)][outcome] += 1
        if outcome == "wrong" and shown < args.show_wrong:
            shown += 1
            label = row["manufacturer"]
            print(f"  wrong: {row['name_marking']!r}: {result.manufacturer} / label {label}")
    totals = sum(by_label.values(), Counter[str]())
    total = len(rows)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"identify_gur on {args.csv.name}, {dt.date.today()}, {machine}")
    print(f"rule files: {len(book.makers)} makers; parts catalogue: {len(catalogue or {})} parts")
    print(f"rows with marking text and a named maker: {total}")
    for outcome in OUTCOMES:
        print(f"  {outcome:8} {totals[outcome]:5}  {totals[outcome] / total:6.1%}")
    print(
        f"identifications per second (one core, rules loaded once): best {max(rates):,.0f}, "
        f"median {statistics.median(rates):,.0f}, first {rates[0]:,.0f} of {len(rates)} passes"
    )
    print("why unknown:")
    for reason, count in why_unknown.most_common():
        print(f"  {count:5}  {reason}")
    print("makers given on (right / wrong):")
    for kind, counts in sorted(given_on.items(), key=lambda item: -item[1].total()):
        print(f"  {counts['right']:5} / {counts['wrong']:<3}  {kind}")
    if args.by_label:
        print(f"\n{'label':50} {'rows':>5} {'right':>6} {'wrong':>6} {'unknown':>8}")
        ranked = sorted(by_label.items(), key=lambda item: -item[1].total())
        for label, counts in ranked[: args.by_label]:
            print(
                f"{label[:50]:50} {counts.total():5} {counts['right']:6} "
                f"{counts['wrong']:6} {counts['unknown']:8}"
            )


if __name__ == "__main__":
    main()
