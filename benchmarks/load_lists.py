"""Benchmark: load the real sanctions lists into partpath's entity model.

Loads OFAC SDN (sdn.csv + alt.csv + add.csv), the OFAC consolidated non-SDN list
(cons_*.csv) and the UN Security Council list from ``../shared/data/lists`` and prints,
per list, the entries, names and seconds; the target of issue 4 is all three in <= 30 s.
Beside it, the floor: the same files only parsed (csv.reader / ElementTree), with no
model built, to show what the model costs.

    .venv/bin/python benchmarks/load_lists.py [--lists PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import io
import os
import platform
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from partpath.lists import ListEntity, load_list

T = TypeVar("T")

DEFAULT_LISTS = Path(__file__).resolve().parents[2] / "shared/data/lists"
LISTS = (
    ("OFAC SDN", "ofac_csv", "ofac"),
    ("OFAC consolidated", "ofac_csv", "ofac-consolidated"),
    ("UN SC", "un_xml", "un"),
)


def parse_only(folder: Path) -> int:
    """Rows or elements in a folder's files, parsed without building entities (the floor)."""
    count = 0
    for path in sorted(folder.iterdir()):
        if path.suffix == ".xml":
            count += sum(1 for _ in ET.parse(path).getroot().iter())
        else:
            text = path.read_bytes().rstrip(b"\x1a").decode("cp1252")
            count += sum(1 for _ in csv.reader(io.StringIO(text)))
    return count


def best_time(repeat: int, run: Callable[[], T]) -> tuple[float, T]:
    """The fastest of ``repeat`` runs of a no-argument callable, and its result."""
    timings = []
    for _ in range(max(repeat, 1)):
        start = time.perf_counter()
        result = run()
        timings.append(time.perf_counter() - start)
    return min(timings), result


def parse(folder: Path) -> Callable[[], int]:
    """A callable that only parses one list's files."""
    return lambda: parse_only(folder)


def load(format_name: str, folder: Path) -> Callable[[], list[ListEntity]]:
    """A callable that loads one list."""
    return lambda: load_list(format_name, folder)


def main() -> None:
    """Load each list, print its figures and the floor's, then the total."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, default=DEFAULT_LISTS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"load_lists on {args.lists}, {dt.date.today()}, {machine}, best of {args.repeat}")
    print(f"{'list':18} {'entities':>9} {'names':>7} {'seconds':>8}   floor: parse only")
    total = 0.0
    for title, format_name, folder in LISTS:
        seconds, entities = best_time(args.repeat, load(format_name, args.lists / folder))
        floor, rows = best_time(args.repeat, parse(args.lists / folder))
        names = sum(len(entity.names) for entity in entities)
        print(
            f"{title:18} {len(entities):9,} {names:7,} {seconds:8.2f}"
            f"   {floor:.2f} s ({rows:,} rows/elements)"
        )
        total += seconds
    print(f"{'all three':18} {'':9} {'':7} {total:8.2f}   target <= 30 s")


if __name__ == "__main__":
    main()
