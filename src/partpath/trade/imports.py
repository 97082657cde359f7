"""Importing a customs file into the store: all or nothing, each rejected row accounted for.

One file is one transaction: every shipment line is inserted in bulk (SQLAlchemy
Core ``executemany``) inside it, the file's ``TradeImport`` record last, and any
failure rolls the whole file back. A file imported before (the same SHA-256) is
a no-op. A row that cannot be read, or a declaration line already seen in this
file or in the store, is not imported: it goes to the rejects file with its
row, field and reason, and is counted in the summary, so that
``imported + rejected + duplicates == rows``.
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from partpath.store import Store
from partpath.store.base import utcnow
from partpath.store.graph import bulk_insert, bulk_work
from partpath.store.trade import Shipment, TradeImport
from partpath.trade.formats import TradeFile, open_trade_file
from partpath.trade.mapping import Mapping, load_mapping
from partpath.trade.records import Rejection, ShipmentRecord
from partpath.trade.rows import RECORD_FIELDS, RowParser, record_key

CHUNK = 5_000
"""Rows inserted per executemany (and looked up per duplicate query)."""
REJECT_COLUMNS = ["file", "row", "field", "column", "value", "reason"]

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ImportSummary:
    """What one import did, or found done before (``already_imported``)."""

    path: Path
    sha256: str
    file_format: str
    mapping: str
    rows: int
    imported: int
    rejected: int
    duplicates: int
    rejects_path: Path | None
    already_imported: bool
    seconds: float
    unmapped: tuple[str, ...] = ()
    """Optional fields the mapping names whose columns the file lacks."""


def import_trade_file(
    store: Store,
    path: Path,
    mapping: Mapping | str | Path,
    rejects: Path | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import a customs file through a column mapping (a preset name, a YAML path or a
    loaded :class:`Mapping`); see the module docstring for the guarantees.

    Rejected and duplicate rows go to ``rejects`` (default: ``rejects/`` in the
    store's home, named after the file), written only when there are some.
    ``progress`` is told (rows done, rows expected) as the import goes.
    """
    started = time.perf_counter()
    chosen = mapping if isinstance(mapping, Mapping) else load_mapping(mapping)
    source = open_trade_file(path)
    target = rejects or _default_rejects(store, source)
    with (
        _RejectsFile(target, path.name) as rejected_rows,
        store.session(note=f"trade import {path.name}") as session,
    ):
        previous = session.get(TradeImport, source.sha256)
        if previous is not None:
            return _summary_of_previous(path, previous, time.perf_counter() - started)
        parser = RowParser.for_header(chosen, path, source.header)
        with bulk_work(session.connection()):
            counts = _store_rows(session, source, parser, rejected_rows, progress)
        session.add(_import_record(session, source, chosen, counts))
        session.flush()
    written = target if rejected_rows.count else None
    return ImportSummary(
        path, source.sha256, source.file_format, chosen.name, counts.rows, counts.imported,
        counts.rejected, counts.duplicates, written, already_imported=False,
        seconds=time.perf_counter() - started, unmapped=parser.binding.missing,
    )  # fmt: skip


@dataclass
class _Counts:
    rows: int = 0
    imported: int = 0
    rejected: int = 0
    duplicates: int = 0


def _store_rows(
    session: Session,
    source: TradeFile,
    parser: RowParser,
    rejects: _RejectsFile,
    progress: Progress | None,
) -> _Counts:
    connection = session.connection()
    check_store = session.scalar(select(Shipment.id).limit(1)) is not None
    seen: dict[str, int] = {}
    batch: list[tuple[str, int, ShipmentRecord]] = []
    counts = _Counts()
    for item in source.rows():
        counts.rows += 1
        if isinstance(item, Rejection):
            result: ShipmentRecord | list[Rejection] = [item]
        else:
            row, cells = item
            result = parser.parse(row, cells)
        if isinstance(result, list):
            counts.rejected += 1
            rejects.write(result)
        else:
            _take(result, row, seen, batch, rejects, counts)
        if len(batch) >= CHUNK:
            _insert(connection, source, batch, check_store, rejects, counts)
        if progress and counts.rows % CHUNK == 0:
            progress(counts.rows, source.expected_rows)
    _insert(connection, source, batch, check_store, rejects, counts)
    if progress:
        progress(counts.rows, max(counts.rows, source.expected_rows))
    return counts


def _take(
    record: ShipmentRecord,
    row: int,
    seen: dict[str, int],
    batch: list[tuple[str, int, ShipmentRecord]],
    rejects: _RejectsFile,
    counts: _Counts,
) -> None:
    key = record_key(record)
    first = seen.get(key)
    if first is not None:
        counts.duplicates += 1
        rejects.write([_duplicate(row, key, f"duplicate of row {first}")])
        return
    seen[key] = row
    batch.append((key, row, record))


def _duplicate(row: int, key: str, reason: str) -> Rejection:
    return Rejection(row, "declaration_number", "", key[:200], reason)


def _insert(
    connection: Connection,
    source: TradeFile,
    batch: list[tuple[str, int, ShipmentRecord]],
    check_store: bool,
    rejects: _RejectsFile,
    counts: _Counts,
) -> None:
    if not batch:
        return
    stored = _stored_keys(connection, [key for key, _, _ in batch]) if check_store else {}
    rows: list[tuple[Any, ...]] = []
    name, sha = source.path.name, source.sha256
    for key, row, record in batch:
        if key in stored:
            counts.duplicates += 1
            rejects.write([_duplicate(row, key, f"already stored, from {stored[key]}")])
            continue
        rows.append((key, sha, name, row, *record))
    if rows:
        bulk_insert(connection, "shipments", INSERT_COLUMNS, rows)
        counts.imported += len(rows)
    batch.clear()


INSERT_COLUMNS = ("record_key", "import_sha256", "source_file", "source_row", *RECORD_FIELDS)
"""The columns of a shipment line as ``_insert`` gives them to ``bulk_insert``."""


def _stored_keys(connection: Connection, keys: list[str]) -> dict[str, str]:
    query = select(Shipment.record_key, Shipment.source_file).where(Shipment.record_key.in_(keys))
    return {key: source_file for key, source_file in connection.execute(query)}


def _import_record(
    session: Session, source: TradeFile, mapping: Mapping, counts: _Counts
) -> TradeImport:
    return TradeImport(
        sha256=source.sha256, filename=source.path.name, file_format=source.file_format,
        mapping=mapping.name, mapping_sha256=mapping.sha256, rows=counts.rows,
        imported=counts.imported, rejected=counts.rejected, duplicates=counts.duplicates,
        imported_at=utcnow(), imported_by=str(session.info.get("actor") or "unknown"),
    )  # fmt: skip


def _summary_of_previous(path: Path, previous: TradeImport, seconds: float) -> ImportSummary:
    return ImportSummary(
        path, previous.sha256, previous.file_format, previous.mapping, previous.rows,
        previous.imported, previous.rejected, previous.duplicates, None,
        already_imported=True, seconds=seconds,
    )  # fmt: skip


def _default_rejects(store: Store, source: TradeFile) -> Path:
    return store.settings.home / "rejects" / f"{source.path.stem}-{source.sha256[:12]}.csv"


class _RejectsFile:
    """The rejects CSV, written to a temporary name and kept only if the import succeeds
    and rejected something."""

    def __init__(self, path: Path, filename: str) -> None:
        self.path, self.filename = path, filename
        self.temporary = path.with_name(f".{path.name}.partial")
        self.count = 0

    def __enter__(self) -> _RejectsFile:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.temporary.open("w", newline="", encoding="utf-8")
        self.writer = csv.writer(self.handle)
        self.writer.writerow(REJECT_COLUMNS)
        return self

    def write(self, rejections: Iterable[Rejection]) -> None:
        for r in rejections:
            self.writer.writerow([self.filename, r.row, r.field, r.column, r.value, r.reason])
            self.count += 1

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        self.handle.close()
        if kind is None and self.count:
            os.replace(self.temporary, self.path)
        else:
            self.temporary.unlink(missing_ok=True)
