"""Identifying every row of a CSV file: the input columns kept, the identification added."""

from __future__ import annotations

import csv
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from partpath.exc import InvalidInput
from partpath.markings.identify import Identification, identify_marking
from partpath.markings.rules import RuleBook

OUTPUT_COLUMNS = [
    "brand", "manufacturer", "base_part", "mpn", "date_from", "date_to", "category",
    "hs_code", "chpl_tier", "confidence", "explanation",
]  # fmt: skip


@dataclass(frozen=True)
class BatchResult:
    """How a batch went."""

    rows: int
    identified: int
    unknown: int
    seconds: float
    output: Path


def output_row(result: Identification) -> list[str]:
    """The added columns for one identification, as text."""
    values = result.model_dump(mode="json")
    explanation = list(result.explanation)
    if result.unknown and result.reason:
        explanation.insert(0, f"unknown: {result.reason}")
    cells = ["" if values[c] is None else str(values[c]) for c in OUTPUT_COLUMNS[:-1]]
    return [*cells, " | ".join(explanation)]


def identify_csv(
    source: Path,
    text_column: str,
    output: Path,
    book: RuleBook,
    catalogue: Mapping[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> BatchResult:
    """Identify the text in ``text_column`` of every row of ``source`` into ``output``.

    The output is written to a temporary file and renamed when complete, so a
    failure leaves no half-written output. An added column whose name the
    input already uses is written as ``identified_<name>``.
    """
    started = time.perf_counter()
    identified = unknown = 0
    temporary = output.with_name(f".{output.name}.partial")
    try:
        with (
            _open_input(source) as handle,
            temporary.open("w", newline="", encoding="utf-8") as out,
        ):
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None:
                raise InvalidInput(f"{source}: empty file, expected a header row")
            index = _column(source, header, text_column)
            writer = csv.writer(out)
            writer.writerow([*header, *(_added_name(c, header) for c in OUTPUT_COLUMNS)])
            for number, row in enumerate(reader, start=1):
                text = row[index] if index < len(row) else ""
                result = identify_marking(text, book, catalogue=catalogue)
                identified, unknown = identified + (not result.unknown), unknown + result.unknown
                writer.writerow([*row, *output_row(result)])
                if progress:
                    progress(number)
        temporary.replace(output)
    except (csv.Error, UnicodeDecodeError) as error:
        raise InvalidInput(f"{source}: unreadable CSV ({error})") from None
    finally:
        temporary.unlink(missing_ok=True)
    return BatchResult(
        identified + unknown, identified, unknown, time.perf_counter() - started, output
    )


def _open_input(source: Path) -> TextIO:
    if not source.is_file():
        raise InvalidInput(f"{source}: no such file")
    return source.open(encoding="utf-8-sig", newline="")


def _column(source: Path, header: list[str], name: str) -> int:
    if name not in header:
        raise InvalidInput(f"{source}: no column {name!r}; the columns are {', '.join(header)}")
    return header.index(name)


def _added_name(column: str, header: list[str]) -> str:
    return f"identified_{column}" if column in header else column


def count_rows(source: Path) -> int:
    """How many data rows a CSV file has (for a progress bar)."""
    with _open_input(source) as handle:
        return max(sum(1 for _ in csv.reader(handle)) - 1, 0)
