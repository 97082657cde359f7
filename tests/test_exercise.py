"""The bundled exercise case and the demo that runs on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from partpath.evidence.export import verify_folder
from partpath.exc import Conflict
from partpath.exercise import load_exercise_case, run_demo
from partpath.store import Store


def test_the_demo_loads_summarises_exports_and_verifies(tmp_path: Path) -> None:
    run = run_demo(tmp_path / "demo")
    assert run.verification.ok and verify_folder(run.export).ok
    summary = run.summary
    assert (summary.item_count, summary.component_rows, summary.photo_count) == (3, 24, 9)
    html = run.dossier.read_text(encoding="utf-8")
    assert "EXERCISE" in html and "<script" not in html
    again = run_demo(tmp_path / "demo")  # an earlier demo's folder is replaced
    assert again.verification.ok


def test_the_demo_never_empties_a_folder_it_did_not_make(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("a user's file")
    with pytest.raises(Conflict, match="was not made by `partpath demo`"):
        run_demo(tmp_path)
    assert (tmp_path / "mine.txt").read_text() == "a user's file"


def test_the_exercise_case_loads_once(store: Store) -> None:
    assert load_exercise_case(store) == "EX-2026-001"
    with pytest.raises(Conflict, match="already exists"):
        load_exercise_case(store)
