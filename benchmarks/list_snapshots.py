"""Benchmark: store the real lists as snapshots, and rebuild them for screening.

Into a fresh store (SQLite in a temporary folder, or ``--database-url``), loads OFAC SDN,
the OFAC consolidated list and the UN list with ``load_snapshot`` (parse, file store,
one transaction), loads them again (the no-op), then times ``active_lists`` cold (read
and rebuilt from the store) and warm (the in-process cache). Beside the cold figure,
the floor: the same lists parsed from their files with ``load_list``. The target of
issue 4 is loading the three lists in <= 30 s; ``active_lists`` should take a few
seconds at most.

    .venv/bin/python benchmarks/list_snapshots.py [--lists PATH] [--database-url URL]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from partpath.config import load_settings
from partpath.lists import load_list
from partpath.lists.snapshots import active_lists, load_snapshot
from partpath.store import Store, init_store
from partpath.store.session import scratch_database

DEFAULT_LISTS = Path(__file__).resolve().parents[2] / "shared/data/lists"
LISTS = (
    ("OFAC SDN", "ofac_csv", "ofac"),
    ("OFAC consolidated", "ofac_csv", "ofac-consolidated"),
    ("UN SC", "un_xml", "un"),
)


def main() -> None:
    """Load, reload and read back the lists; print each step's seconds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", type=Path, default=DEFAULT_LISTS)
    parser.add_argument(
        "--database-url",
        default=None,
        help="a PostgreSQL server (admin URL): the run uses a scratch database, then drops it",
    )
    args = parser.parse_args()
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    load = os.getloadavg()[0]
    with (
        tempfile.TemporaryDirectory() as home,
        (
            scratch_database(args.database_url, "partpath_bench")
            if args.database_url
            else nullcontext(None)
        ) as url,
    ):
        settings = load_settings(home=home, database_url=url)
        backend = settings.database_url.split(":")[0]
        print(f"list_snapshots, {dt.date.today()}, {machine}, {backend}, load average {load:.1f}")
        store, _, _ = init_store(settings)
        try:
            run(store, args.lists)
        finally:
            store.close()


def run(store: Store, lists: Path) -> None:
    """The timed steps."""
    print(f"{'step':34} {'entries':>8} {'seconds':>8}")
    total = 0.0
    for title, format_name, folder in LISTS:
        started = time.perf_counter()
        result = load_snapshot(store, format_name, lists / folder)
        seconds = time.perf_counter() - started
        total += seconds
        print(f"{'load_snapshot ' + title:34} {result.versions[0].entity_count:8,} {seconds:8.2f}")
    print(f"{'load_snapshot, all three':34} {'':8} {total:8.2f}   target <= 30 s")
    started = time.perf_counter()
    for _, format_name, folder in LISTS:
        assert load_snapshot(store, format_name, lists / folder).unchanged
    print(f"{'the same files again (no-op)':34} {'':8} {time.perf_counter() - started:8.2f}")
    started = time.perf_counter()
    _, entities = active_lists(store)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    active_lists(store)
    warm = time.perf_counter() - started
    started = time.perf_counter()
    parsed = sum(len(load_list(f, lists / folder)) for _, f, folder in LISTS)
    floor = time.perf_counter() - started
    print(f"{'active_lists, from the store':34} {len(entities):8,} {cold:8.2f}")
    print(f"{'active_lists, cached':34} {len(entities):8,} {warm:8.3f}")
    print(f"{'floor: parse the files (load_list)':34} {parsed:8,} {floor:8.2f}")


if __name__ == "__main__":
    main()
