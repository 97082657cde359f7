"""Importing recovered-item sheets: all or nothing, every problem named, idempotent."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from partpath.evidence.cases import create_case
from partpath.evidence.custody import list_custody
from partpath.evidence.imports import import_item_sheet, template_rows, write_template
from partpath.evidence.items import list_components
from partpath.evidence.records import CaseIn
from partpath.evidence.sheets import parse_sheet
from partpath.exc import InvalidInput, NotFound
from partpath.store import Revision, Store
from partpath.store.evidence import Photo
from tests.evidence.sheet_files import (
    GOOD_COMPONENTS,
    GOOD_ITEM,
    good_sheet,
    sheet_rows,
    write_sheet,
)


@pytest.fixture
def case_store(store: Store) -> Store:
    with store.session() as session:
        create_case(session, CaseIn(id="EX-1", title="Exercise"))
    return store


def _revision_count(store: Store) -> int:
    with store.session() as session:
        return int(session.scalar(select(func.count()).select_from(Revision)) or 0)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_good_sheet_imports_everything(case_store: Store, tmp_path: Path, suffix: str) -> None:
    path = good_sheet(tmp_path, suffix)
    with case_store.session() as session:
        result = import_item_sheet(session, case_store.files_dir, path)
    assert (result.item_ref, result.components, result.photos, result.custody_events) == (
        "NAV-01", 2, 2, 2,
    )  # fmt: skip
    with case_store.session() as session:
        u1, u2 = list_components(session, result.item_id)
        events = list_custody(session, result.item_id)
        photos = session.scalars(select(Photo)).all()
    assert u1.marking_lines == ["ADI", "AD9361", " BBCZ ", "#1947"]
    assert (u1.brand_as_marked, u1.maker_verified, u2.quantity) == ("ADI", None, 2)
    assert [e.action for e in events] == ["recovered", "transferred"]
    assert sorted(p.component_id is None for p in photos) == [False, True]
    for photo in photos:
        assert (case_store.files_dir / "sha256" / photo.sha256[:2] / photo.sha256).is_file()


def test_a_second_import_of_the_same_file_is_a_no_op(case_store: Store, tmp_path: Path) -> None:
    path = good_sheet(tmp_path)
    with case_store.session() as session:
        first = import_item_sheet(session, case_store.files_dir, path)
    before = _revision_count(case_store)
    with case_store.session() as session:
        second = import_item_sheet(session, case_store.files_dir, path)
    assert second.already_imported and second.item_id == first.item_id
    assert _revision_count(case_store) == before


def test_every_problem_is_named_and_nothing_is_stored(case_store: Store, tmp_path: Path) -> None:
    (tmp_path / "not-a-photo.png").write_text("this is text, not an image")
    item = {**GOOD_ITEM, "latitude": "123", "recovered_on": "2 Jan 2024", "photos": ""}
    del item["weapon_system"]
    components = [
        {**GOOD_COMPONENTS[0], "quantity": "two", "photos": "not-a-photo.png"},
        {**GOOD_COMPONENTS[1], "component_ref": "U1", "photos": "missing.jpg"},
    ]
    path = write_sheet(tmp_path / "bad.csv", sheet_rows(item, components))
    with pytest.raises(InvalidInput) as caught, case_store.session() as session:
        import_item_sheet(session, case_store.files_dir, path)
    message = str(caught.value)
    assert message.splitlines()[0] == f"{path}: 7 problems, nothing imported:"
    for expected in [
        "row 5, column B (latitude): Input should be less than or equal to 90, got '123'",
        "row 4, column B (recovered_on): Input should be a valid date",
        "bad.csv: weapon_system: Field required",
        "row 13, column E (quantity): Input should be a valid integer",
        "row 14, column A (component_ref): 'U1' also in row 13",
        "row 14, column H (photos): photo file 'missing.jpg' not found next to the sheet",
        "row 13, column H (photos): not-a-photo.png: not a readable image",
    ]:
        assert expected in message
    assert _revision_count(case_store) == 1  # the case only
    assert not (case_store.files_dir / "sha256").exists()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "expected 'partpath recovered item sheet' and '1'"),
        (b"name,value\nfoo,bar\n", "row 1, column A (marker)"),
        (
            "partpath recovered item sheet,1\nweapon_system,\u0425-101\n".encode("cp1251"),
            "not UTF-8 text",
        ),
        (b"partpath recovered item sheet,1\nref\x00,x\n", "contains NUL bytes"),
    ],
)
def test_malformed_csv_files_get_one_clear_error(
    case_store: Store, tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "sheet.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=r"sheet\.csv") as caught:
        parse_sheet(path)
    assert expected in str(caught.value)


def test_a_broken_xlsx_and_a_wrong_suffix_are_refused(tmp_path: Path) -> None:
    broken = tmp_path / "sheet.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(InvalidInput, match="not a readable XLSX workbook"):
        parse_sheet(broken)
    other = tmp_path / "sheet.ods"
    other.write_bytes(b"x")
    with pytest.raises(InvalidInput, match=r"expected a \.csv or \.xlsx sheet, got \.ods"):
        parse_sheet(other)


def test_an_unknown_case_changes_nothing(store: Store, tmp_path: Path) -> None:
    path = good_sheet(tmp_path)
    with pytest.raises(NotFound, match="no case 'EX-1'"), store.session() as session:
        import_item_sheet(session, store.files_dir, path)
    assert _revision_count(store) == 0


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_template_parses_once_filled(case_store: Store, tmp_path: Path, suffix: str) -> None:
    template = write_template(tmp_path / f"template{suffix}")
    with pytest.raises(InvalidInput, match=r"row 3, column B \(ref\): Field required"):
        parse_sheet(template)
    rows = template_rows()
    for row in rows:
        if row[:1] == ["ref"]:
            row[1] = "X-1"
        if row[:1] == ["weapon_system"]:
            row[1] = "Geran-2"
    filled = write_sheet(tmp_path / f"filled{suffix}", rows)
    assert parse_sheet(filled).item.weapon_system == "Geran-2"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000), st.sampled_from([".csv", ".xlsx"]))
def test_fuzzed_files_raise_only_clear_errors(data: bytes, suffix: str) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        try:
            parse_sheet(path)
        except InvalidInput as error:
            assert str(path) in str(error)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.text(max_size=30), max_size=6), max_size=25))
def test_fuzzed_rows_raise_only_clear_errors(rows: list[list[str]]) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = write_sheet(
            Path(folder) / "fuzz.csv", [["partpath recovered item sheet", "1"], *rows]
        )
        try:
            parse_sheet(path)
        except InvalidInput as error:
            assert str(path) in str(error)


def test_several_sheets_are_all_or_nothing(case_store: Store, tmp_path: Path) -> None:
    from partpath.evidence.imports import import_item_sheets

    good = good_sheet(tmp_path)
    bad = write_sheet(tmp_path / "bad.csv", sheet_rows({**GOOD_ITEM, "ref": "X-2", "latitude": "91",
                                                        "photos": ""}, []))  # fmt: skip
    with pytest.raises(InvalidInput) as caught, case_store.session() as session:
        import_item_sheets(session, case_store.files_dir, [good, bad])
    assert "bad.csv" in str(caught.value) and "nav-01.csv" not in str(caught.value)
    assert _revision_count(case_store) == 1  # the case only
    with case_store.session() as session:
        first, again = import_item_sheets(session, case_store.files_dir, [good, good])
    assert not first.already_imported and again.already_imported
