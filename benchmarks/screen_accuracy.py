"""Benchmark: screening accuracy of partpath and of nomenklatura's logic-v2, same run.

Scores the labelled pairs of ``../shared/data/bench/name_pairs.csv`` (schema, name1,
name2, is_match) and the described parties of ``entity_checks.yml`` (query and
candidate properties, match) with partpath's ``compare`` and with OpenSanctions'
logic-v2 matcher (the scorer behind yente's ``/match``), each at its own default
threshold, and prints precision, recall and F1 overall, for companies and
organisations (Company, Organization, LegalEntity) and for persons.

logic-v2 runs in its own virtual environment (``benchmarks/.peer-venv``, created and
filled with ``pip install`` on first use: followthemoney builds PyICU, which takes
minutes), through ``benchmarks/peers/logic_v2_scores.py``, so that partpath's
environment never imports nomenklatura. If the peer cannot be installed or run, the
benchmark says so and prints partpath's figures alone.

    .venv/bin/python benchmarks/screen_accuracy.py [--show-errors N] [--json]
        [--no-peer] [--no-install] [--peer-venv PATH]

The pairs measure partpath; its rules are never written from them.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from partpath.exc import InvalidInput
from partpath.screening import DEFAULT_THRESHOLD, Query, compare, entity_from_properties

HERE = Path(__file__).resolve().parent
DEFAULT_BENCH = HERE.parents[1] / "shared/data/bench"
PEER_VENV = HERE / ".peer-venv"
PEER_SCRIPT = HERE / "peers" / "logic_v2_scores.py"
PEER_REQUIREMENT = "nomenklatura==4.17.4"
"""The peer version measured; pinned so that two runs measure the same peer."""
COMPANIES = ("Company", "Organization", "LegalEntity")
COARSE_KINDS = (
    ("legal form", r"legal.form|entity.form|\bllc\b|\bplc\b|n\.a\."),
    ("number, series or vintage", r"roman|series|vintage|tranche|numeral|\bii\b|year"),
    ("country, city or jurisdiction qualifier", r"country|city|jurisdiction|geographic|region"),
    ("one-letter change", r"char|letter|consonant|vowel|transposition|defect|doubl|missing"),
    (
        "transliteration, spelling or abbreviation",
        r"translit|romanis|wade|pinyin|cyrillic|arabic|hangul|greek|hebrew|devanagari|kanji"
        r"|diacritic|cedilla|stripped|orthograph|spelling|en-gb|en-us|us/uk|casing|hyphen"
        r"|period|comma|&|camelcase|joined|abbreviation|pluralis|morpholog|nominalis",
    ),
    ("name parts added or dropped", r"added|dropped|truncat|addition|drop|insertion"),
    ("clan, tribe, nisbah or patronymic", r"nisbah|clan|tribal|patronymic|father|family|kunya"),
    ("given name changed", r"given.name|first token"),
    ("surname changed", r"surname|last name"),
    (
        "other word changed",
        r"word|token|swap|sub|collision|different|antonym|phonetic|nickname|alternate",
    ),
)
"""Coarse kinds of the synthetic pairs, read from their notes (first pattern that fits),
so that the errors can be counted by what differs."""
GROUPS = {
    "overall": None,
    "companies/orgs": COMPANIES,
    "persons": ("Person",),
}


@dataclass
class Case:
    """One labelled pair: a query party, a candidate party, and whether they are one."""

    id: str
    set: str
    schema: str
    query: dict[str, list[str]]
    candidate: dict[str, list[str]]
    match: bool
    kind: str
    """What the pair tests (the file's group and category, or the check's label)."""
    notes: str = ""


@dataclass
class Scores:
    """One system's scores of every case, and how it decides a match."""

    system: str
    threshold: float
    scores: dict[str, float]
    seconds: float
    explanations: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    about: dict[str, Any] = field(default_factory=dict)


def read_name_pairs(path: Path) -> list[Case]:
    """The labelled name pairs, one name per side."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [
        Case(
            id=f"pair-{number}",
            set="name_pairs",
            schema=row["schema"],
            query={"name": [row["name1"]]},
            candidate={"name": [row["name2"]]},
            match=row["is_match"].strip().lower() == "true",
            kind=pair_kind(row),
            notes=row.get("notes", ""),
        )
        for number, row in enumerate(rows, start=1)
    ]


def pair_kind(row: dict[str, str]) -> str:
    """What a name pair tests: its group and category, or for the synthetic groups
    (whose category says only "LLM-proposed deviation") the coarse kind of its notes."""
    group, category, notes = row["case_group"], row.get("category", ""), row.get("notes", "")
    if group.startswith("synth_"):
        for kind, pattern in COARSE_KINDS:
            if re.search(pattern, notes, re.IGNORECASE):
                return f"{group} / {kind}"
        return f"{group} / {category or 'other'}"
    return " / ".join(part for part in (group, category) if part)


def _as_lists(properties: dict[str, Any]) -> dict[str, list[str]]:
    return {
        key: [str(v) for v in (value if isinstance(value, list) else [value])]
        for key, value in properties.items()
    }


def check_sections(text: str) -> list[str]:
    """The comment heading each check of entity_checks.yml stands under ("Short names",
    "The maritime section"), one per check in order; YAML drops comments."""
    sections: list[str] = []
    current = "unlabelled"
    for line in text.splitlines():
        if line.startswith("  # "):
            current = line[4:].strip()
        elif line.startswith("  - "):
            sections.append(current)
    return sections


def read_entity_checks(path: Path) -> list[Case]:
    """The described parties (FtM properties on both sides)."""
    text = path.read_text(encoding="utf-8")
    checks = yaml.safe_load(text)["checks"]
    sections = check_sections(text)
    if len(sections) != len(checks):
        sections = ["unlabelled"] * len(checks)
    return [
        Case(
            id=f"check-{number}",
            set="entity_checks",
            schema=check["schema"],
            query=_as_lists(check["query"]),
            candidate=_as_lists(check["candidate"]),
            match=bool(check["match"]),
            kind=" / ".join(part for part in (section, check.get("label")) if part),
        )
        for number, (check, section) in enumerate(zip(checks, sections, strict=True), start=1)
    ]


def score_partpath(cases: Sequence[Case]) -> Scores:
    """partpath's compare() on every case; a refused query scores 0 and is reported."""
    result = Scores("partpath", DEFAULT_THRESHOLD, {}, 0.0)
    started = time.perf_counter()
    for case in cases:
        try:
            query = Query.from_properties(case.schema, case.query)
            candidate = entity_from_properties(case.schema, case.candidate, entry_id=case.id)
            found = compare(query, candidate)
        except InvalidInput as error:
            result.scores[case.id] = 0.0
            result.errors[case.id] = str(error)
            continue
        result.scores[case.id] = found.score
        result.explanations[case.id] = "; ".join(found.explanation)
    result.seconds = time.perf_counter() - started
    return result


def ensure_peer(venv: Path, install: bool) -> tuple[Path | None, str]:
    """The peer venv's python once nomenklatura imports there (installing it if asked),
    else None and why not."""
    python = venv / "bin" / "python"
    check = [str(python), "-c", "import nomenklatura"]
    if python.exists() and subprocess.run(check, capture_output=True).returncode == 0:
        return python, "installed"
    if not install:
        return None, f"nomenklatura is not installed in {venv} (--no-install given)"
    print(
        f"installing the peer ({PEER_REQUIREMENT}) into {venv}: takes minutes (PyICU builds)",
        file=sys.stderr,
    )
    log = venv.parent / (venv.name + "-install.log")
    log.parent.mkdir(parents=True, exist_ok=True)
    steps = [
        [sys.executable, "-m", "venv", str(venv)],
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-U", "pip"],
        [str(python), "-m", "pip", "install", "--disable-pip-version-check", PEER_REQUIREMENT],
    ]
    with log.open("w") as out:
        for step in steps:
            done = subprocess.run(step, stdout=out, stderr=subprocess.STDOUT)
            if done.returncode != 0:
                tail = log.read_text(errors="replace").strip().splitlines()[-3:]
                return None, f"`{' '.join(step[-3:])}` failed (see {log}): " + " | ".join(tail)
    if subprocess.run(check, capture_output=True).returncode != 0:
        return None, f"nomenklatura installed but does not import (see {log})"
    return python, "installed now"


def score_peer(python: Path, cases: Sequence[Case]) -> Scores:
    """logic-v2's scores, computed by the peer script in the peer's own venv."""
    with tempfile.TemporaryDirectory() as folder:
        given, taken = Path(folder) / "cases.json", Path(folder) / "scores.json"
        given.write_text(json.dumps([asdict(case) for case in cases]), encoding="utf-8")
        done = subprocess.run(
            [str(python), str(PEER_SCRIPT), str(given), str(taken)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip().splitlines()[-1] if done.stderr else "failed")
        answer = json.loads(taken.read_text(encoding="utf-8"))
    return Scores(
        system=f"logic-v2 (nomenklatura {answer['version']})",
        threshold=answer["threshold"],
        scores=answer["scores"],
        seconds=answer["seconds"],
        explanations=answer.get("explanations", {}),
        errors=answer.get("errors", {}),
        about={key: answer[key] for key in ("threshold_source", "algorithm") if key in answer},
    )


def metrics(cases: Iterable[Case], scores: Scores) -> dict[str, float | int]:
    """Counts, precision, recall and F1 of one system's decisions on some cases."""
    tp = fp = fn = tn = 0
    for case in cases:
        said = scores.scores.get(case.id, 0.0) >= scores.threshold
        tp += said and case.match
        fp += said and not case.match
        fn += not said and case.match
        tn += not said and not case.match
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "pairs": tp + fp + fn + tn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def table(sets: dict[str, list[Case]], systems: Sequence[Scores]) -> dict[str, Any]:
    """Metrics per set, group and system."""
    figures: dict[str, Any] = {}
    for set_name, cases in sets.items():
        for group, schemas in GROUPS.items():
            chosen = [case for case in cases if schemas is None or case.schema in schemas]
            for system in systems:
                figures.setdefault(set_name, {}).setdefault(group, {})[system.system] = metrics(
                    chosen, system
                )
    return figures


def print_table(figures: dict[str, Any], systems: Sequence[Scores]) -> None:
    """The figures as a text table."""
    print(
        f"\n{'set':14} {'group':15} {'system':32} {'pairs':>5} {'TP':>4} {'FP':>4} "
        f"{'FN':>4} {'TN':>4} {'prec':>6} {'recall':>6} {'F1':>6}"
    )
    for set_name, groups in figures.items():
        for group, by_system in groups.items():
            for system in systems:
                m = by_system[system.system]
                print(
                    f"{set_name:14} {group:15} {system.system:32} {m['pairs']:5} {m['tp']:4} "
                    f"{m['fp']:4} {m['fn']:4} {m['tn']:4} {m['precision']:6.3f} "
                    f"{m['recall']:6.3f} {m['f1']:6.3f}"
                )
        print()


def misclassified(cases: Sequence[Case], scores: Scores) -> list[Case]:
    """The cases a system decides wrongly, false negatives first."""
    wrong = [case for case in cases if (scores.scores[case.id] >= scores.threshold) != case.match]
    return sorted(wrong, key=lambda case: (case.set, not case.match, case.kind))


def error_kinds(wrong: Sequence[Case]) -> list[tuple[str, int]]:
    """How many errors of each kind: set, false negative or positive, schema, case kind."""
    counts = Counter(
        f"{case.set}: {'FN' if case.match else 'FP'} {case.schema}: {case.kind}" for case in wrong
    )
    return counts.most_common()


def print_errors(wrong: Sequence[Case], ours: Scores, peer: Scores | None, limit: int) -> None:
    """partpath's misclassified pairs, with logic-v2's score beside each, then a summary."""
    print(f"partpath misclassifies {len(wrong)} pairs; the first {min(limit, len(wrong))}:")
    for case in wrong[:limit]:
        side = "FN" if case.match else "FP"
        theirs = f" logic-v2 {peer.scores.get(case.id, 0.0):.2f}" if peer else ""
        print(
            f"  {side} {case.set} {case.schema}: {_names(case.query)!r} ~ "
            f"{_names(case.candidate)!r} score {ours.scores[case.id]:.2f}{theirs}  [{case.kind}]"
        )
        if case.notes:
            print(f"      note: {case.notes}")
        why = ours.errors.get(case.id) or ours.explanations.get(case.id, "")
        print(f"      {why}")
    print("\nby kind (set: FN/FP schema: kind):")
    for kind, count in error_kinds(wrong):
        print(f"  {count:3}  {kind}")


def _names(properties: dict[str, list[str]]) -> str:
    names = properties.get("name", [])
    parts = [
        " ".join(properties.get(key, []))
        for key in ("firstName", "middleName", "fatherName", "lastName")
    ]
    joined = " ".join(part for part in parts if part)
    return " | ".join(names + ([joined] if joined else []))


def main() -> None:
    """Score both sets with both systems and print (or dump) the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="folder of the sets")
    parser.add_argument("--peer-venv", type=Path, default=PEER_VENV)
    parser.add_argument("--no-peer", action="store_true", help="measure partpath alone")
    parser.add_argument("--no-install", action="store_true", help="never install the peer")
    parser.add_argument("--show-errors", type=int, default=0, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    sets = {
        "name_pairs": read_name_pairs(args.bench / "name_pairs.csv"),
        "entity_checks": read_entity_checks(args.bench / "entity_checks.yml"),
    }
    cases = [case for set_cases in sets.values() for case in set_cases]
    ours = score_partpath(cases)
    systems = [ours]
    peer: Scores | None = None
    peer_status = "not run (--no-peer)"
    if not args.no_peer:
        python, peer_status = ensure_peer(args.peer_venv, install=not args.no_install)
        if python is not None:
            try:
                peer = score_peer(python, cases)
                systems.append(peer)
            except (RuntimeError, OSError, ValueError, KeyError) as error:
                peer_status = f"peer script failed: {error}"
    figures = table(sets, systems)
    wrong = misclassified(cases, ours)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    if args.json:
        print(json.dumps(_report(args, machine, peer_status, systems, figures, wrong), indent=1))
        return
    print(f"screen_accuracy on {args.bench}, {dt.date.today()}, {machine}")
    print(
        f"sets: name_pairs {len(sets['name_pairs'])} pairs, "
        f"entity_checks {len(sets['entity_checks'])} checks"
    )
    for system in systems:
        about = f", threshold from {system.about['threshold_source']}" if system.about else ""
        print(
            f"{system.system}: match at score >= {system.threshold}{about}; "
            f"{len(cases) / system.seconds:,.0f} pairs/s; {len(system.errors)} pairs refused"
        )
    if peer is None:
        print(f"PEER NOT MEASURED: logic-v2 {peer_status}; partpath's figures alone follow")
    print_table(figures, systems)
    if args.show_errors:
        print_errors(wrong, ours, peer, args.show_errors)


def _report(
    args: argparse.Namespace,
    machine: str,
    peer_status: str,
    systems: Sequence[Scores],
    figures: dict[str, Any],
    wrong: Sequence[Case],
) -> dict[str, Any]:
    ours, peer = systems[0], (systems[1] if len(systems) > 1 else None)
    return {
        "benchmark": "screen_accuracy",
        "date": dt.date.today().isoformat(),
        "machine": machine,
        "bench": str(args.bench),
        "peer_status": peer_status,
        "systems": [
            {
                "system": s.system,
                "threshold": s.threshold,
                "seconds": round(s.seconds, 3),
                "refused": s.errors,
                **s.about,
            }
            for s in systems
        ],
        "figures": figures,
        "partpath_errors": [
            {
                "id": case.id,
                "set": case.set,
                "error": "FN" if case.match else "FP",
                "schema": case.schema,
                "query": case.query,
                "candidate": case.candidate,
                "kind": case.kind,
                "score": ours.scores[case.id],
                "logic_v2_score": peer.scores.get(case.id) if peer else None,
                "explanation": ours.errors.get(case.id) or ours.explanations.get(case.id, ""),
            }
            for case in wrong[: args.show_errors or len(wrong)]
        ],
        "partpath_error_kinds": dict(error_kinds(wrong)),
    }


if __name__ == "__main__":
    main()
