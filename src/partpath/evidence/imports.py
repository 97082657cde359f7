"""Importing recovered-item sheets into a case, and writing the empty template."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from sqlalchemy.orm import Session

from partpath.evidence.cases import get_case, get_source
from partpath.evidence.custody import record_custody
from partpath.evidence.items import add_component, add_item, get_item
from partpath.evidence.photos import add_photo
from partpath.evidence.records import PhotoMeta
from partpath.evidence.sheets import (
    COMPONENT_COLUMNS,
    COMPONENT_HELP,
    CUSTODY_COLUMNS,
    ITEM_FIELDS,
    MARKER,
    VERSION,
    ParsedSheet,
    parse_sheet,
)
from partpath.exc import Conflict, InvalidInput, NotFound
from partpath.store.base import utcnow
from partpath.store.evidence import ImportRecord
from partpath.store.files import sha256_file


@dataclass(frozen=True)
class ImportResult:
    """What one sheet import did (or found already done)."""

    path: Path
    sha256: str
    case_id: str
    item_id: str
    item_ref: str
    components: int
    photos: int
    custody_events: int
    already_imported: bool


def import_item_sheets(
    session: Session,
    files_dir: Path,
    paths: Sequence[Path],
    case_id: str | None = None,
    sources: dict[str, str] | None = None,
    progress: Callable[[int], None] | None = None,
) -> list[ImportResult]:
    """Import recovered-item sheets, all or nothing; a sheet imported before is a no-op.

    Every sheet (and every photo it names) is read and checked before anything is
    stored: one bad sheet and none is imported, and the error lists every bad
    sheet. ``case_id`` overrides (and must agree with) each sheet's ``case``
    field; ``sources`` maps source keys used in the sheets to stored source ids;
    ``progress`` is told how many sheets have been checked.
    """
    checked: list[tuple[Path, str, ParsedSheet | None]] = []
    problems = []
    for number, path in enumerate(paths, start=1):
        sha = sha256_file(path) if path.is_file() else ""
        try:
            done_before = bool(sha) and session.get(ImportRecord, sha) is not None
            checked.append((path, sha, None if done_before else parse_sheet(path)))
        except InvalidInput as error:
            problems.append(str(error))
        if progress:
            progress(number)
    if problems:
        raise InvalidInput("\n".join(problems))
    return [
        _store_sheet(session, files_dir, path, sha, sheet, case_id, sources or {})
        for path, sha, sheet in checked
    ]


def import_item_sheet(
    session: Session,
    files_dir: Path,
    path: Path,
    case_id: str | None = None,
    sources: dict[str, str] | None = None,
) -> ImportResult:
    """Import one recovered-item sheet, all or nothing; a second import of it is a no-op."""
    return import_item_sheets(session, files_dir, [path], case_id, sources)[0]


def _store_sheet(
    session: Session,
    files_dir: Path,
    path: Path,
    sha: str,
    sheet: ParsedSheet | None,
    case_id: str | None,
    sources: dict[str, str],
) -> ImportResult:
    previous = session.get(ImportRecord, sha)
    if previous is not None:
        return _result_of_previous(session, path, previous)
    assert sheet is not None, "a sheet is left unparsed only when it was imported before"
    case = get_case(session, _case_of(sheet, case_id))
    source_id = _source_of(session, sheet, case.id, sources)
    existing = _existing_ref(session, case.id, sheet.item.ref)
    if existing:
        raise Conflict(
            f"{path}: case {case.id} already has an item {sheet.item.ref!r} ({existing}); "
            "correct it with `partpath item update`, or give this item another ref"
        )
    item = add_item(session, case.id, sheet.item.model_copy(update={"source_id": source_id}))
    photos = _store_photos(session, files_dir, case.id, item.id, None, sheet.item_photos)
    for component, paths in sheet.components:
        stored = add_component(session, item.id, component)
        photos += _store_photos(session, files_dir, case.id, item.id, stored.id, paths)
    for event in sheet.custody:
        record_custody(session, item.id, event)
    session.add(
        ImportRecord(
            sha256=sha,
            case_id=case.id,
            item_id=item.id,
            filename=path.name,
            imported_at=utcnow(),
            imported_by=str(session.info.get("actor") or "unknown"),
        )
    )
    session.flush()
    return ImportResult(
        path, sha, case.id, item.id, item.ref, len(sheet.components), photos,
        len(sheet.custody), already_imported=False,
    )  # fmt: skip


def _result_of_previous(session: Session, path: Path, previous: ImportRecord) -> ImportResult:
    item = get_item(session, previous.item_id)
    return ImportResult(
        path, previous.sha256, previous.case_id, item.id, item.ref, 0, 0, 0, already_imported=True
    )


def _case_of(sheet: ParsedSheet, case_id: str | None) -> str:
    if case_id and sheet.case and case_id != sheet.case:
        raise InvalidInput(f"{sheet.path}: the sheet is for case {sheet.case!r}, not {case_id!r}")
    chosen = case_id or sheet.case
    if not chosen:
        raise InvalidInput(f"{sheet.path}: no case given: fill the 'case' row or pass --case")
    return chosen


def _source_of(
    session: Session, sheet: ParsedSheet, case_id: str, sources: dict[str, str]
) -> str | None:
    if not sheet.source:
        return None
    return get_source(session, sources.get(sheet.source, sheet.source), case_id).id


def _existing_ref(session: Session, case_id: str, ref: str) -> str | None:
    try:
        return get_item(session, ref, case_id=case_id).id
    except NotFound:
        return None


def _store_photos(
    session: Session,
    files_dir: Path,
    case_id: str,
    item_id: str,
    component_id: str | None,
    paths: list[Path],
) -> int:
    for photo in paths:
        add_photo(
            session, files_dir, case_id, photo.read_bytes(), photo.name, PhotoMeta(),
            item_id=item_id, component_id=component_id,
        )  # fmt: skip
    return len(paths)


def template_rows() -> list[list[str]]:
    """The rows of an empty recovered-item sheet, with help text for every item field."""
    rows: list[list[str]] = [[MARKER, VERSION, "one sheet per recovered item"]]
    rows += [[name, "", help_text] for name, help_text in ITEM_FIELDS.items()]
    rows += [[], COMPONENT_COLUMNS, [], CUSTODY_COLUMNS]
    return rows


def write_template(path: Path) -> Path:
    """Write an empty recovered-item sheet as CSV or XLSX, chosen by the file's suffix."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(template_rows())
        return path
    if suffix != ".xlsx":
        raise InvalidInput(f"{path}: a template is written as .csv or .xlsx")
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new workbook always has one worksheet
    sheet.title = "recovered item"
    for row in template_rows():
        sheet.append(row)
    for cell in sheet["A"]:
        cell.font = Font(bold=True)
    for header_row in (len(ITEM_FIELDS) + 3, len(ITEM_FIELDS) + 5):
        for cell in sheet[header_row]:
            cell.font = Font(bold=True)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 30
    sheet.column_dimensions["C"].width = 60
    for cell in sheet["G"]:
        cell.alignment = Alignment(wrap_text=True)
    help_sheet = workbook.create_sheet("help")
    help_sheet.append(["components", COMPONENT_HELP])
    help_sheet.append(
        [
            "custody",
            "custody_at: YYYY-MM-DDTHH:MM; action: recovered, "
            "documented, transferred, received, stored, examined, ...",
        ]
    )
    workbook.save(path)
    return path
