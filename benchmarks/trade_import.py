"""Benchmark: generate synthetic customs declarations and import them into a fresh store.

Issue 5's target is 1,000,000 lines imported, linked and graphed in <= 120 s on the
project's 2-core machine with peak memory <= 4 GB; this measures the first step, the
import (linking and graphing come later). Beside it, two floors from the same run: the
file only split into rows by the csv module (no parsing, no store), and DuckDB counting
its rows (its parallel C++ reader, nothing handed to Python).

    .venv/bin/python benchmarks/trade_import.py [--rows N] [--seed S] [--database-url URL]

Peak memory is the process's maximum resident set (``resource.getrusage``), so it covers
generating and importing both.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import platform
import resource
import tempfile
import time
from pathlib import Path

import duckdb

from partpath.config import load_settings
from partpath.store import init_store
from partpath.trade import count_parties, import_trade_file
from partpath.trade.generate import write_synthetic_declarations


def peak_mb() -> float:
    """Maximum resident set size of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def csv_floor(path: Path) -> float:
    started = time.perf_counter()
    with path.open(newline="", encoding="utf-8") as handle:
        for _ in csv.reader(handle, delimiter=";"):
            pass
    return time.perf_counter() - started


def duckdb_floor(path: Path) -> float:
    started = time.perf_counter()
    duckdb.execute(
        "SELECT count(*) FROM read_csv(?, delim=';', header=true, all_varchar=true)", [str(path)]
    ).fetchall()
    return time.perf_counter() - started


def parse_args(description: str) -> argparse.Namespace:
    """The options of the trade benchmarks: --rows, --seed and --database-url."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--database-url", help="default: SQLite in a temporary directory")
    return parser.parse_args()


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
          f"{os.cpu_count()} cores, Python {platform.python_version()}")  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = work / "declarations.csv"
        started = time.perf_counter()
        made = write_synthetic_declarations(path, args.rows, args.seed)
        generated = time.perf_counter() - started
        size = path.stat().st_size / 1e6
        print(f"generate  {made.rows:>10,} lines  {generated:7.1f} s  "
              f"{made.rows / generated:>9,.0f} lines/s  ({size:,.0f} MB)")  # fmt: skip
        settings = load_settings(home=work / "home", database_url=args.database_url)
        store, _, _ = init_store(settings)
        try:
            started = time.perf_counter()
            summary = import_trade_file(store, path, "ru-customs")
            imported = time.perf_counter() - started
            with store.session() as session:
                counts = count_parties(session, summary.sha256)
        finally:
            store.close()
        print(f"import    {summary.imported:>10,} lines  {imported:7.1f} s  "
              f"{summary.rows / imported:>9,.0f} rows/s  "
              f"({summary.rejected} rejected, {summary.duplicates} duplicates, "
              f"{store.engine.dialect.name})")  # fmt: skip
        print(f"          {counts.importers:,} importers, {counts.exporters:,} exporters, "
              f"{counts.origin_not_dispatch:,} lines with origin != dispatch")  # fmt: skip
        print(f"floor     csv module only {csv_floor(path):.1f} s; "
              f"DuckDB count(*) {duckdb_floor(path):.1f} s")  # fmt: skip
    print(f"peak memory {peak_mb():,.0f} MB (target <= 4096 MB); "
          f"import target: part of <= 120 s for import + link + graph")  # fmt: skip


if __name__ == "__main__":
    main()
