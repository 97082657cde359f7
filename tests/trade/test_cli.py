"""``partpath trade``, driven as a user would on a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Run
from tests.trade.files import RU_HEADER, ru_row, write_csv


def test_generate_then_import_then_reimport(run: Run, tmp_path: Path) -> None:
    run("init")
    target = tmp_path / "syn.csv"
    code, out, _ = run("trade", "generate", "--rows", "500", "--seed", "3", "--output", str(target))
    assert code == 0 and "wrote 500 lines" in out
    code, out, _ = run("trade", "import", str(target), "--mapping", "ru-customs")
    assert code == 0
    assert "500 rows read, 500 imported, 0 rejected, 0 duplicates" in out
    code, out, _ = run("trade", "import", str(target), "--mapping", "ru-customs", "--json")
    assert code == 0 and json.loads(out)["already_imported"] is True


def test_rejects_are_written_where_asked(run: Run, tmp_path: Path) -> None:
    run("init")
    path = write_csv(tmp_path / "bad.csv", [ru_row(), ru_row(line="2", hs_code="123456789")])
    rejects = tmp_path / "rejects.csv"
    code, out, _ = run("trade", "import", str(path), "-m", "ru-customs", "--rejects", str(rejects))
    assert code == 0 and "1 rejected" in out and str(rejects) in out.replace("\n", "")
    assert "9-digit HS code" in rejects.read_text(encoding="utf-8")


def test_errors_are_one_line_and_exit_1(run: Run, tmp_path: Path) -> None:
    run("init")
    path = write_csv(tmp_path / "nohs.csv", [ru_row()[:9]], RU_HEADER[:9])
    code, _, err = run("trade", "import", str(path), "--mapping", "ru-customs")
    assert code == 1 and "missing column" in err and "Traceback" not in err
    code, _, err = run("trade", "import", str(path), "--mapping", "nonesuch")
    assert code == 1 and "no mapping 'nonesuch'" in err
    code, _, err = run("trade", "import", str(tmp_path / "absent.csv"), "--mapping", "generic")
    assert code == 1 and "no such file" in err


def test_mappings_lists_the_presets(run: Run) -> None:
    code, out, _ = run("trade", "mappings", "--json")
    assert code == 0
    assert [m["name"] for m in json.loads(out)] == ["ftm", "generic", "korea-synthetic",
                                                    "ru-customs"]  # fmt: skip
