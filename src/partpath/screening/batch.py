"""Screening a CSV file of names: one output row per hit, one error per bad row.

The input's named columns are checked before anything is screened; a row whose name
is empty or too long is reported with its row number and reason, and every other
row is still screened. Rows are screened on every core. The output is written to a
temporary file and moved into place at the end, so a failed run leaves no half file.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from partpath.exc import InvalidInput
from partpath.screening.index import ScreeningHit, ScreeningIndex
from partpath.screening.query import Query

HIT_COLUMNS = (
    "row",
    "rank",
    "list",
    "entry_id",
    "schema",
    "matched_name",
    "score",
    "match",
    "explanation",
    "list_version",
)
"""The columns of a hits file, in order (the issue's layout: the input row's id or
number, the hit's rank, the list and the publisher's id of the entry, ...)."""

ENCODINGS = ("utf-8-sig", "cp1251")


@dataclass(frozen=True, slots=True)
class RowError:
    """An input row that could not be screened, and why."""

    row: str
    line: int
    reason: str


@dataclass
class ScreeningSummary:
    """What a batch run did."""

    rows: int = 0
    screened: int = 0
    with_hits: int = 0
    hits: int = 0
    matches: int = 0
    errors: list[RowError] = field(default_factory=list)
    list_versions: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Columns:
    """Which input columns hold what."""

    name: str
    schema: str | None = None
    country: str | None = None
    identifier: str | None = None
    row_id: str | None = None


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    """The header and rows of a CSV file (UTF-8, else Windows-1251)."""
    raw = path.read_bytes()
    for encoding in ENCODINGS:
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # pragma: no cover - cp1251 decodes every byte but 0x98
        raise InvalidInput(f"{path}: not UTF-8 or Windows-1251 text")
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    header = [column for column in reader.fieldnames or [] if column is not None]
    if not header:
        raise InvalidInput(f"{path}: no header row")
    return header, [{k: (v or "") for k, v in row.items() if k is not None} for row in reader]


def check_columns(path: Path, header: list[str], columns: Columns) -> None:
    """Refuse a file that lacks a named column, naming the columns it has."""
    for option, column in (
        ("--name-column", columns.name),
        ("--schema-column", columns.schema),
        ("--country-column", columns.country),
        ("--identifier-column", columns.identifier),
        ("--id-column", columns.row_id),
    ):
        if column is not None and column not in header:
            raise InvalidInput(
                f"{path}: no column {column!r} ({option}); the columns are: {', '.join(header)}"
            )


def _queries(
    rows: list[dict[str, str]], columns: Columns, summary: ScreeningSummary
) -> tuple[list[str], list[Query]]:
    ids: list[str] = []
    queries: list[Query] = []
    for number, row in enumerate(rows, start=1):
        row_id = row.get(columns.row_id, "") if columns.row_id else ""
        label = row_id or str(number)
        try:
            query = Query.of(
                row.get(columns.name, ""),
                row.get(columns.schema) if columns.schema else None,
                row.get(columns.country) if columns.country else None,
                row.get(columns.identifier) if columns.identifier else None,
            )
        except InvalidInput as error:
            summary.errors.append(RowError(label, number + 1, str(error)))
            continue
        ids.append(label)
        queries.append(query)
    return ids, queries


def hit_row(row: str, hit: ScreeningHit) -> dict[str, str]:
    """One output row of a hit."""
    return {
        "row": row,
        "rank": str(hit.rank),
        "list": hit.entity.dataset,
        "entry_id": hit.entity.entry_id,
        "schema": hit.entity.schema,
        "matched_name": hit.matched_name,
        "score": f"{hit.score:.4f}",
        "match": "true" if hit.match else "false",
        "explanation": " | ".join(hit.explanation),
        "list_version": hit.list_version,
    }


def screen_csv(
    index: ScreeningIndex,
    source: Path,
    output: Path,
    columns: Columns,
    limit: int = 5,
    threshold: float | None = None,
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ScreeningSummary:
    """Screen every row of ``source`` and write the hits to ``output``.

    ``threshold`` None keeps every candidate of the ``limit`` best (with ``match``
    telling which reach the default threshold); a number keeps only hits that reach it.
    """
    if limit < 1:
        raise InvalidInput(f"--limit must be at least 1, not {limit}")
    header, rows = read_rows(source)
    check_columns(source, header, columns)
    summary = ScreeningSummary(rows=len(rows), list_versions=dict(index.versions))
    ids, queries = _queries(rows, columns, summary)
    temporary = output.with_name(output.name + ".part")
    try:
        with temporary.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=HIT_COLUMNS)
            writer.writeheader()
            for done, (row_id, hits) in enumerate(
                zip(ids, index.screen_many(queries, limit, threshold, workers), strict=True),
                start=1,
            ):
                summary.screened += 1
                summary.with_hits += bool(hits)
                summary.hits += len(hits)
                summary.matches += sum(hit.match for hit in hits)
                writer.writerows(hit_row(row_id, hit) for hit in hits)
                if progress is not None:
                    progress(done, len(queries))
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
    return summary


def write_errors(path: Path, errors: list[RowError]) -> None:
    """The rows that could not be screened, as CSV: row, line, reason."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "line", "reason"])
        writer.writerows([error.row, error.line, error.reason] for error in errors)
