"""The Korean synthetic declarations import through their preset with every row accounted for,
and partpath's counts match a count made independently with the csv module."""

from __future__ import annotations

import csv
from pathlib import Path

from partpath.store import Store
from partpath.trade import count_parties, import_trade_file

KOREA = Path("customs/korea-synthetic/df_syn_train_eng.csv")


def independent_counts(path: Path) -> tuple[int, int, int, int]:
    """Rows, distinct importers, distinct sellers and rows whose origin differs from the
    departure country, counted with nothing but the csv module."""
    importers: set[str] = set()
    sellers: set[str] = set()
    rows = differing = 0
    with path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            rows += 1
            if row["Importer ID"].strip():
                importers.add(row["Importer ID"].strip())
            if row["Seller ID"].strip():
                sellers.add(row["Seller ID"].strip())
            origin, departure = (
                row["Country of Origin"].strip(),
                row["Country of Departure"].strip(),
            )
            if origin and departure and origin != departure:
                differing += 1
    return rows, len(importers), len(sellers), differing


def test_the_korean_file_imports_and_its_counts_match(shared_data: Path, store: Store) -> None:
    path = shared_data / KOREA
    rows, importers, sellers, differing = independent_counts(path)
    summary = import_trade_file(store, path, "korea-synthetic")
    assert summary.rows == rows
    assert summary.imported + summary.rejected + summary.duplicates == rows
    with store.session() as session:
        counts = count_parties(session, summary.sha256)
    assert counts.shipments == summary.imported
    assert (counts.importers, counts.exporters, counts.origin_not_dispatch) == (
        importers, sellers, differing,
    )  # fmt: skip
    assert summary.rejected == 0  # the file is clean: a rejection would be partpath's error
    again = import_trade_file(store, path, "korea-synthetic")
    assert again.already_imported
