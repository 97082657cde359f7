"""Benchmark: synthetic customs lines generated, imported, analysed and graphed; then
routes and chokepoint queries on that graph.

Issue 5's targets: 1,000,000 lines imported, linked and graphed in <= 120 s on the
project's 2-core machine, peak memory <= 4 GB, a routes query in <= 200 ms. Each stage
is timed on its own: generating the file (not part of the target), importing it,
reading the parts the goods descriptions name, linking components, resolving the
parties, screening them (against the store's lists: none in a fresh store, so this
stage only records "not screened"), raising red flags, building the graph, and the
queries, each run once and then 20 times more (median). The exercise case is loaded
untimed, so that linking has recovered components to link. The rule book is loaded
before the clock starts: it is loaded once per process.

    .venv/bin/python benchmarks/trade_graph.py [--rows N] [--seed S] [--database-url URL]

Peak memory is the process's maximum resident set (``resource.getrusage``).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from trade_import import parse_args, peak_mb  # benchmarks is not a package: run from its folder

from partpath.config import load_settings
from partpath.exercise import load_exercise_case
from partpath.graph import build_graph, compute_flags, find_chokepoints, trace_routes
from partpath.graph.build import procurement_graph
from partpath.markings.components import suggest_for_case
from partpath.markings.identify import rule_book_for
from partpath.store import init_store
from partpath.trade import import_trade_file
from partpath.trade.generate import write_synthetic_declarations
from partpath.trade.links import extract_shipment_parts, link_components
from partpath.trade.parties import load_company_facts, resolve_parties
from partpath.trade.party_screening import screen_parties


def timed(label: str, run: Callable[[], Any], times: dict[str, float]) -> Any:
    started = time.perf_counter()
    result = run()
    times[label] = time.perf_counter() - started
    print(f"{label:10} {times[label]:8.2f} s   {result!s:.60}   peak {peak_mb():,.0f} MB")
    return result


def query_ms(run: Callable[[], Any], repeat: int = 20) -> tuple[float, float]:
    """First call and median of the next ``repeat`` calls, in milliseconds."""
    started = time.perf_counter()
    run()
    first = (time.perf_counter() - started) * 1000
    laps = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        laps.append((time.perf_counter() - started) * 1000)
    return first, statistics.median(laps)


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    print(
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, {platform.platform()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {args.rows:,} lines"
    )
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        path = work / "declarations.csv"
        made = timed(
            "generate", lambda: write_synthetic_declarations(path, args.rows, args.seed), {}
        )
        settings = load_settings(home=work / "home", database_url=args.database_url)
        store, _, _ = init_store(settings)
        book = rule_book_for(settings)
        try:
            timed("import", lambda: import_trade_file(store, path, "ru-customs").imported, times)
            timed("companies", lambda: load_company_facts(store, made.companies_path), times)
            case_id = load_exercise_case(store)  # recovered components to link: not timed
            with store.session() as session:
                identified = len(suggest_for_case(session, case_id, book))
            print(f"(the exercise case loaded: {identified} components identified, to link)")
            timed("parts", lambda: extract_shipment_parts(store, book), times)
            timed("link", lambda: link_components(store), times)
            timed("resolve", lambda: resolve_parties(store), times)
            timed("screen", lambda: screen_parties(store).note, times)
            timed("flags", lambda: compute_flags(store), times)
            graph = timed("graph", lambda: procurement_graph(store), times)
            print(f"graph: {graph.graph.number_of_nodes():,} nodes, "
                  f"{graph.graph.number_of_edges():,} edges, {len(graph.parts)} parts")  # fmt: skip
            total = sum(times.values())
            after_import = total - times["import"]
            print(f"total (import to graph) {total:.1f} s; of which after the import "
                  f"{after_import:.1f} s; peak memory {peak_mb():,.0f} MB")  # fmt: skip
            for part in ("AD9361", "STM32F405RGT6", "6202-2RSH"):
                first, median = query_ms(partial(trace_routes, store, part, "RU", book=book))
                print(f"routes {part:15} first {first:7.1f} ms, then median {median:6.1f} ms")
            first, median = query_ms(lambda: find_chokepoints(store, "RU"))
            print(f"chokepoints RU          first {first:7.1f} ms, then median {median:6.1f} ms")
            rebuilt = time.perf_counter()
            build_graph(store)
            print(f"graph rebuilt from the store in {time.perf_counter() - rebuilt:.2f} s")
        finally:
            store.close()
    print(f"peak memory {peak_mb():,.0f} MB")


if __name__ == "__main__":
    main()
