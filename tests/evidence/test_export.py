"""Case export as JSON Lines and as a folder a partner can verify."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from partpath.evidence.cases import create_case
from partpath.evidence.export import export_folder, export_jsonl, verify_folder
from partpath.evidence.imports import import_item_sheet
from partpath.evidence.items import list_components, update_component
from partpath.evidence.records import CaseIn
from partpath.exc import Conflict, InvalidInput
from partpath.store import Store
from tests.evidence.sheet_files import good_sheet


@pytest.fixture
def exported_case(store: Store, tmp_path: Path) -> str:
    with store.session() as session:
        create_case(session, CaseIn(id="EX-1", title="Exercise"))
        result = import_item_sheet(session, store.files_dir, good_sheet(tmp_path))
    with store.session() as session:
        first = list_components(session, result.item_id)[0]
        update_component(session, first.id, {"maker_verified": "Analog Devices"})
    return "EX-1"


def test_jsonl_holds_every_record_and_its_history(store: Store, exported_case: str) -> None:
    out = io.StringIO()
    with store.session() as session:
        counts = export_jsonl(session, exported_case, out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert dict(counts) == {
        "case": 1, "item": 1, "component": 2, "photo": 2, "custody_event": 2, "revision": 7,
    }  # fmt: skip
    component = next(r for r in records if r["type"] == "component" and r["ref"] == "U1")
    assert component["version"] == 2 and component["maker_verified"] == "Analog Devices"
    versions = [r["version"] for r in records if r.get("record_id") == component["id"]]
    assert versions == [1, 2]


def test_a_folder_export_verifies_and_detects_tampering(
    store: Store, exported_case: str, tmp_path: Path
) -> None:
    folder = tmp_path / "export"
    with store.session() as session:
        result = export_folder(session, store.files_dir, exported_case, folder)
    assert result.files == 3  # records.jsonl and two photos
    report = verify_folder(folder)
    assert report.ok, report.problems
    assert (report.files_checked, report.photos_checked, report.case_id) == (3, 2, "EX-1")

    photo = next((folder / "photos").iterdir())
    photo.write_bytes(photo.read_bytes() + b"\x00")
    (folder / "extra.txt").write_text("added later")
    problems = verify_folder(folder).problems
    assert f"photos/{photo.name}: SHA-256 does not match the manifest (altered)" in problems
    assert "extra.txt: not listed in the manifest (added after export?)" in problems


def test_sha256sums_is_readable_by_standard_tools(
    store: Store, exported_case: str, tmp_path: Path
) -> None:
    import hashlib

    folder = tmp_path / "export"
    with store.session() as session:
        export_folder(session, store.files_dir, exported_case, folder)
    for line in (folder / "SHA256SUMS").read_text().splitlines():
        sha, name = line.split("  ")
        assert hashlib.sha256((folder / name).read_bytes()).hexdigest() == sha


def test_export_refuses_a_non_empty_folder_and_verify_a_non_export(
    store: Store, exported_case: str, tmp_path: Path
) -> None:
    (tmp_path / "busy").mkdir()
    (tmp_path / "busy" / "file").write_text("x")
    with pytest.raises(Conflict, match="not empty"), store.session() as session:
        export_folder(session, store.files_dir, exported_case, tmp_path / "busy")
    with pytest.raises(InvalidInput, match=r"no manifest\.json"):
        verify_folder(tmp_path / "busy")
