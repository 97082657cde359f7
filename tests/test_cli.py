"""The command line, driven as a user would, on a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from partpath.cli import app
from partpath.store.session import _head_revision
from tests.conftest import Run
from tests.evidence.sheet_files import GOOD_ITEM, good_sheet, sheet_rows, write_sheet


def test_init_creates_then_finds_the_store_up_to_date(run: Run) -> None:
    assert run("init")[1].startswith("created a new store in ")
    assert f"is up to date (schema {_head_revision()})" in run("init")[1]


def test_commands_before_init_say_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        app, ["--home", str(tmp_path / "none"), "case", "list"], env={"PARTPATH_DATABASE_URL": ""}
    )
    assert result.exit_code == 1
    assert "run `partpath init` first" in result.stderr
    assert "Traceback" not in result.output


def test_a_case_from_sheet_to_verified_export(run: Run, tmp_path: Path) -> None:
    run("init")
    assert run("case", "create", "EX-1", "--title", "Exercise", "--exercise")[0] == 0
    sheet = good_sheet(tmp_path)
    code, stdout, _ = run("import", str(sheet))
    assert code == 0 and "imported item NAV-01" in stdout and "2 components, 2 photos" in stdout
    code, stdout, _ = run("import", str(sheet))
    assert code == 0 and "already imported as item NAV-01" in stdout
    (component,) = [
        c for c in json.loads(run("component", "list", "NAV-01", "--json")[1]) if c["ref"] == "U1"
    ]
    assert component["marking_lines"] == ["ADI", "AD9361", " BBCZ ", "#1947"]
    code, stdout, _ = run("component", "update", component["id"], "--set", "maker_verified=ADI")
    assert code == 0
    history = json.loads(run("history", component["id"], "--json")[1])
    assert [h["version"] for h in history] == [1, 2]

    folder = tmp_path / "export"
    assert run("export", "EX-1", "--folder", "-o", str(folder))[0] == 0
    code, stdout, _ = run("verify", str(folder))
    assert code == 0 and "OK" in stdout and "3 files" in stdout
    photo = next((folder / "photos").iterdir())
    photo.write_bytes(b"tampered")
    code, _, stderr = run("verify", str(folder))
    assert code == 1 and "SHA-256 does not match" in stderr


def test_bad_input_gives_one_clear_line_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    run("init")
    run("case", "create", "EX-1", "--title", "Exercise")
    rows = sheet_rows({**GOOD_ITEM, "photos": ""}, [{"quantity": "x"}])
    bad = write_sheet(tmp_path / "bad.csv", rows)
    code, _, stderr = run("import", str(bad))
    assert code == 1 and "row 11, column E (quantity)" in stderr
    assert json.loads(run("item", "list", "EX-1", "--json")[1]) == []
    text = tmp_path / "photo.jpg"
    text.write_text("not an image")
    code, _, stderr = run("photo", "add", "EX-1", str(text))
    expected = "error: photo.jpg: not a readable image (UnidentifiedImageError)"
    assert (code, stderr.strip()) == (1, expected)
    code, _, stderr = run("item", "list", "NOPE")
    assert (code, stderr.strip()) == (1, "error: no case 'NOPE'")
    code, _, stderr = run("case", "create", "EX-1", "--title", "again")
    assert (code, stderr.strip()) == (1, "error: case EX-1 already exists")


def test_template_is_written_once(run: Run, tmp_path: Path) -> None:
    path = tmp_path / "item.xlsx"
    assert run("template", str(path))[0] == 0 and path.stat().st_size > 0
    code, _, stderr = run("template", str(path))
    assert code == 1 and "exists" in stderr


def test_identify_one_text_and_a_csv_file(run: Run, tmp_path: Path) -> None:
    code, stdout, _ = run("identify", "--text", "TPS565208DDCR", "--json")
    result = json.loads(stdout)
    assert code == 0 and (result["manufacturer"], result["base_part"]) == (
        "Texas Instruments", "TPS565208",
    )  # fmt: skip
    source = tmp_path / "parts.csv"
    source.write_text("id,text,category\n1,TPS565208DDCR,power\n2,no part here,\n")
    output = tmp_path / "out.csv"
    code, stdout, _ = run("identify", str(source), "--text-column", "text", "-o", str(output))
    assert code == 0 and "2 rows: 1 identified, 1 unknown" in stdout
    rows = list(csv.reader(output.read_text().splitlines()))
    assert rows[0][:4] == ["id", "text", "category", "brand"]
    assert "identified_category" in rows[0] and rows[0][-1] == "explanation"
    assert rows[1][rows[0].index("manufacturer")] == "Texas Instruments"
    assert rows[2][-1].startswith("unknown: ")
    code, _, stderr = run("identify", str(source), "--text-column", "marking", "-o", str(output))
    assert code == 1 and "no column 'marking'; the columns are id, text, category" in stderr


def test_components_are_identified_and_confirmed(run: Run) -> None:
    run("init")
    run("case", "create", "EX-1", "--title", "Exercise")
    run("item", "add", "EX-1", "--ref", "A1", "--weapon-system", "Kh-101")
    added = json.loads(
        run("component", "add", "A1", "--ref", "U1", "--marking", "TPS565208DDCR", "--json")[1]
    )
    (suggested,) = json.loads(run("component", "identify", "EX-1", "--json")[1])
    assert suggested["suggested"]["base_part"] == "TPS565208"
    code, stdout, _ = run("component", "confirm", added["id"], "--set", "date_code=9AK", "--json")
    (confirmed,) = json.loads(stdout)
    assert code == 0 and confirmed["status"] == "corrected"
    assert confirmed["confirmed"]["date_code"] == "9AK"


def test_identify_reads_the_rules_of_the_store_named_by_home(run: Run, tmp_path: Path) -> None:
    import shutil

    from tests.conftest import FIXTURES

    rules = tmp_path / "home" / "rules"
    rules.mkdir(parents=True)
    shutil.copy(FIXTURES / "rules" / "acme.yml", rules / "acme.yml")
    code, stdout, _ = run("identify", "--text", "ACM1234IQF", "--json")
    assert code == 0 and json.loads(stdout)["manufacturer"] == "Acme Semiconductor"
