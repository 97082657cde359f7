"""Batch screening of a CSV file: hits per row, bad rows reported, bad files refused."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from partpath.exc import InvalidInput
from partpath.screening.batch import HIT_COLUMNS, Columns, read_rows, screen_csv
from partpath.screening.index import ScreeningIndex


def write(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_hits_per_row_with_ids_and_versions(index: ScreeningIndex, tmp_path: Path) -> None:
    source = write(
        tmp_path / "parties.csv",
        [
            ["ref", "party", "kind"],
            ["A1", "Lukoil Oil Comp", "Company"],
            ["A2", "Totally Unlisted Bakery", "Company"],
            ["A3", "", "Company"],
            ["A4", "x" * 10_000, "Company"],
            ["A5", "KIMJONGUN", "Person"],
        ],
    )
    output = tmp_path / "hits.csv"
    summary = screen_csv(
        index, source, output, Columns(name="party", schema="kind", row_id="ref"), threshold=0.75
    )
    rows = read(output)
    assert list(rows[0]) == list(HIT_COLUMNS)
    assert {row["row"] for row in rows} == {"A1", "A5"}
    assert all(row["list_version"] == "test_list@1" for row in rows)
    assert summary.rows == 5 and summary.screened == 3
    assert [(error.row, error.line) for error in summary.errors] == [("A3", 4), ("A4", 5)]
    assert "empty" in summary.errors[0].reason and "10000 characters" in summary.errors[1].reason


def test_row_numbers_when_no_id_column(index: ScreeningIndex, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", [["name"], ["nobody at all"], ["11420 Corp"]])
    output = tmp_path / "h.csv"
    screen_csv(index, source, output, Columns(name="name"), threshold=0.9)
    assert [row["row"] for row in read(output)] == ["2"]


def test_missing_column_names_file_and_columns(index: ScreeningIndex, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", [["company"], ["Acme"]])
    with pytest.raises(InvalidInput, match=r"p\.csv: no column 'name' \(--name-column\).*company"):
        screen_csv(index, source, tmp_path / "h.csv", Columns(name="name"))
    assert not (tmp_path / "h.csv").exists()


def test_windows_1251_input(index: ScreeningIndex, tmp_path: Path) -> None:
    source = write(tmp_path / "p.csv", [["name"], ["НПО Энергомаш"]], encoding="cp1251")
    output = tmp_path / "h.csv"
    screen_csv(index, source, output, Columns(name="name"), threshold=0.9)
    assert read(output)[0]["entry_id"] == "12"


def test_many_rows_on_every_core_keep_their_order(index: ScreeningIndex, tmp_path: Path) -> None:
    names = ["Lukoil Oil Company", "nothing here", "11420 Corp"] * 100
    source = write(tmp_path / "p.csv", [["name"], *[[name] for name in names]])
    output = tmp_path / "h.csv"
    summary = screen_csv(index, source, output, Columns(name="name"), threshold=0.9, workers=2)
    rows = read(output)
    assert summary.screened == 300 and summary.with_hits == 200
    expected = [str(n) for n in range(1, 301) if n % 3 != 2]
    assert [row["row"] for row in rows] == expected


def test_a_quoted_line_break_stays_in_its_cell(tmp_path: Path) -> None:
    source = write(
        tmp_path / "p.csv", [["name", "ref"], ["Lukoil\nOil Company", "A1"], ["X\u2028Y", "A2"]]
    )
    header, rows = read_rows(source)
    assert header == ["name", "ref"]
    assert rows == [{"name": "Lukoil\nOil Company", "ref": "A1"}, {"name": "X\u2028Y", "ref": "A2"}]
