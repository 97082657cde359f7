"""``partpath screen`` and the yente-shaped API, on list files and on loaded lists."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import Run

FIXTURES = Path(__file__).parents[1] / "fixtures" / "lists"
SDN = f"ofac_xml={FIXTURES / 'sdn_sample.xml'}"
FTM = f"ftm_json={FIXTURES / 'opensanctions_sample.ftm.json'}"


def test_one_name_against_list_files(run: Run) -> None:
    code, out, err = run("screen", "--name", "Nordvektor AO", "--list", SDN, "--json")
    assert code == 0, err
    hits = json.loads(out)
    assert hits[0]["matched_name"].upper().startswith(("NORDVECTOR", "AO NORDVEKTOR"))
    assert hits[0]["list_version"].startswith("file:")
    code, out, _ = run("screen", "--name", "Nordvektor AO", "--list", SDN)
    assert code == 0 and out.startswith("1. ") and "lists:" in out


def test_file_screening_writes_hits_and_reports_bad_rows(run: Run, tmp_path: Path) -> None:
    source = tmp_path / "parties.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [["ref", "name"], ["r1", "Pyotr Ivanov"], ["r2", ""], ["r3", "Quiet Meadow Bakery"]]
        )
    output = tmp_path / "hits.csv"
    code, out, err = run(
        "screen",
        str(source),
        "--name-column",
        "name",
        "--id-column",
        "ref",
        "--output",
        str(output),
        "--list",
        FTM,
        "--list",
        SDN,
        "--threshold",
        "0.7",
        "--json",
    )
    assert code == 0, err
    report = json.loads(out)
    assert report["rows"] == 3 and report["screened"] == 2 and report["rejected_rows"] == 1
    with output.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert {row["row"] for row in rows} == {"r1"}
    errors = Path(report["errors_file"]).read_text(encoding="utf-8")
    assert "r2" in errors and "empty" in errors


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["screen"], "give a CSV file to screen, or --name"),
        (["screen", "--name", "x", "--list", "nope=foo"], "unknown format 'nope'"),
        (["screen", "--name", "x", "--list", "ofac_xml=/no/such/file"], "does not exist"),
        (["screen", "--name", "", "--list", SDN], "empty"),
        (["screen", "--name", "x", "--threshold", "3", "--list", SDN], "between 0 and 1"),
        (["screen", "missing.csv", "--name-column", "n", "--output", "o.csv"], "no such file"),
    ],
)
def test_clear_errors(run: Run, args: list[str], message: str) -> None:
    code, _, err = run(*args)
    assert code == 1
    assert message in " ".join(err.split())
