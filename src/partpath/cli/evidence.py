"""Commands of the evidence registry: cases, sources, items, components, photos,
history, sheets, export and verification."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from partpath.cli.base import (
    JsonOption,
    SetOption,
    app,
    case_app,
    changes_from,
    component_app,
    emit,
    err,
    friendly,
    item_app,
    out,
    photo_app,
    session,
    source_app,
)
from partpath.evidence import cases, custody, export, history, imports, items, photos
from partpath.evidence.records import (
    CaseIn,
    CaseOut,
    ComponentIn,
    ComponentOut,
    CustodyIn,
    CustodyOut,
    ItemIn,
    ItemOut,
    PhotoMeta,
    PhotoOut,
    RevisionOut,
    SourceIn,
    SourceOut,
    parse_record,
)
from partpath.exc import InvalidInput

# --- cases and sources -----------------------------------------------------------------

CASE_COLUMNS = ["id", "title", "is_exercise", "version", "updated_at"]


@case_app.command("create")
@friendly
def case_create(
    case_id: Annotated[str, typer.Argument(help="A short id, e.g. EX-2026-001.")],
    title: Annotated[str, typer.Option(help="What the case is about.")],
    description: Annotated[str | None, typer.Option(help="Longer description.")] = None,
    exercise: Annotated[bool, typer.Option(help="Mark the case as an exercise.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Open a new case."""
    data = {"id": case_id, "title": title, "description": description, "is_exercise": exercise}
    with session() as (_, s):
        record = cases.create_case(s, parse_record(CaseIn, data))
        emit(CaseOut.model_validate(record), as_json, CASE_COLUMNS)


@case_app.command("list")
@friendly
def case_list(as_json: JsonOption = False) -> None:
    """List the cases."""
    with session() as (_, s):
        emit([CaseOut.model_validate(c) for c in cases.list_cases(s)], as_json, CASE_COLUMNS)


@case_app.command("update")
@friendly
def case_update(case_id: str, changes: SetOption = None, as_json: JsonOption = False) -> None:
    """Change a case's title, description or is_exercise; the old version is kept."""
    with session() as (_, s):
        record = cases.update_case(s, case_id, changes_from(changes))
        emit(CaseOut.model_validate(record), as_json, CASE_COLUMNS)


SOURCE_COLUMNS = ["id", "kind", "title", "citation", "url"]


@source_app.command("add")
@friendly
def source_add(
    case_id: str,
    title: Annotated[str, typer.Option(help="Title of the report, document or page.")],
    kind: Annotated[str, typer.Option(help="report, document, url, field-note, ...")] = "report",
    citation: Annotated[str | None, typer.Option(help="How to cite it.")] = None,
    url: Annotated[str | None, typer.Option(help="Where it is published.")] = None,
    published_on: Annotated[str | None, typer.Option(help="YYYY-MM-DD")] = None,
    as_json: JsonOption = False,
) -> None:
    """Cite a source in a case."""
    data = {"kind": kind, "title": title, "citation": citation, "url": url}
    source = parse_record(SourceIn, {**data, "published_on": published_on})
    with session() as (_, s):
        emit(
            SourceOut.model_validate(cases.add_source(s, case_id, source)), as_json, SOURCE_COLUMNS
        )


@source_app.command("list")
@friendly
def source_list(case_id: str, as_json: JsonOption = False) -> None:
    """List the sources of a case."""
    with session() as (_, s):
        records = [SourceOut.model_validate(r) for r in cases.list_sources(s, case_id)]
        emit(records, as_json, SOURCE_COLUMNS)


# --- items, custody, components ------------------------------------------------------------

ITEM_COLUMNS = ["id", "ref", "weapon_system", "variant", "recovered_on", "recovered_place"]
COMPONENT_COLUMNS = ["id", "ref", "category", "position", "quantity", "marking_lines",
                     "brand_as_marked", "maker_verified"]  # fmt: skip


@item_app.command("add")
@friendly
def item_add(
    case_id: str,
    ref: Annotated[str, typer.Option(help="Your tag for the item, unique in the case.")],
    weapon_system: Annotated[str, typer.Option(help="e.g. Kh-101, Shahed-136.")],
    field: SetOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record a recovered item; other fields with --set (e.g. --set recovered_on=2024-01-02)."""
    data = {"ref": ref, "weapon_system": weapon_system, **(changes_from(field) if field else {})}
    with session() as (_, s):
        record = items.add_item(s, case_id, parse_record(ItemIn, data))
        emit(ItemOut.model_validate(record), as_json, ITEM_COLUMNS)


@item_app.command("list")
@friendly
def item_list(case_id: str, as_json: JsonOption = False) -> None:
    """List the recovered items of a case."""
    with session() as (_, s):
        emit(
            [ItemOut.model_validate(i) for i in items.list_items(s, case_id)], as_json, ITEM_COLUMNS
        )


@item_app.command("update")
@friendly
def item_update(item_id: str, changes: SetOption = None, as_json: JsonOption = False) -> None:
    """Correct an item's fields; the previous version stays in the history."""
    with session() as (_, s):
        record = items.update_item(s, item_id, changes_from(changes))
        emit(ItemOut.model_validate(record), as_json, ITEM_COLUMNS)


CUSTODY_COLUMNS = ["occurred_at", "action", "custodian", "place", "recorded_by"]


@item_app.command("custody")
@friendly
def item_custody(
    item_id: str,
    action: Annotated[str | None, typer.Option(help="recovered, transferred, stored, ...")] = None,
    custodian: Annotated[str | None, typer.Option(help="Who holds or handled the item.")] = None,
    at: Annotated[str | None, typer.Option(help="When, YYYY-MM-DDTHH:MM.")] = None,
    place: Annotated[str | None, typer.Option(help="Where.")] = None,
    notes: Annotated[str | None, typer.Option(help="Anything else.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Show an item's chain of custody; with --action, --custodian and --at, append a step."""
    with session() as (_, s):
        if action or custodian or at:
            data = {"occurred_at": at, "action": action, "custodian": custodian,
                    "place": place, "notes": notes}  # fmt: skip
            custody.record_custody(s, item_id, parse_record(CustodyIn, data))
        events = [CustodyOut.model_validate(e) for e in custody.list_custody(s, item_id)]
        emit(events, as_json, CUSTODY_COLUMNS)


@component_app.command("add")
@friendly
def component_add(
    item_id: str,
    ref: Annotated[str, typer.Option(help="Position tag, unique in the item, e.g. U12.")],
    marking: Annotated[
        list[str] | None, typer.Option(help="One marking line exactly as read; repeat per line.")
    ] = None,
    field: SetOption = None,
    as_json: JsonOption = False,
) -> None:
    """Record a component; other fields with --set (category, brand_as_marked, quantity, ...)."""
    data = {"ref": ref, "marking_lines": marking or [], **(changes_from(field) if field else {})}
    with session() as (_, s):
        record = items.add_component(s, item_id, parse_record(ComponentIn, data))
        emit(ComponentOut.model_validate(record), as_json, COMPONENT_COLUMNS)


@component_app.command("list")
@friendly
def component_list(item_id: str, as_json: JsonOption = False) -> None:
    """List the components of an item."""
    with session() as (_, s):
        records = [ComponentOut.model_validate(c) for c in items.list_components(s, item_id)]
        emit(records, as_json, COMPONENT_COLUMNS)


@component_app.command("update")
@friendly
def component_update(
    component_id: str, changes: SetOption = None, as_json: JsonOption = False
) -> None:
    """Correct a component or record its verified maker (--set maker_verified=...)."""
    with session() as (_, s):
        record = items.update_component(s, component_id, changes_from(changes))
        emit(ComponentOut.model_validate(record), as_json, COMPONENT_COLUMNS)


# --- photos, history ------------------------------------------------------------------------

PHOTO_COLUMNS = ["id", "filename", "sha256", "width", "height", "exif_taken_at"]


@photo_app.command("add")
@friendly
def photo_add(
    case_id: str,
    files: Annotated[list[Path], typer.Argument(help="Image files (JPEG, PNG, TIFF, ...).")],
    item: Annotated[str | None, typer.Option(help="Item id or ref the photo shows.")] = None,
    component: Annotated[str | None, typer.Option(help="Component id the photo shows.")] = None,
    caption: Annotated[str | None, typer.Option(help="What the photo shows.")] = None,
    photographer: Annotated[str | None, typer.Option(help="Who took it.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Add photos; each file is checked to be an image and stored unaltered."""
    meta = parse_record(PhotoMeta, {"caption": caption, "photographer": photographer})
    with session() as (store, s):
        where = {"item_id": item, "component_id": component}
        added = [
            photos.add_photo(s, store.files_dir, case_id, _read(path), path.name, meta, **where)
            for path in files
        ]
        emit([PhotoOut.model_validate(p) for p in added], as_json, PHOTO_COLUMNS)


def _read(path: Path) -> bytes:
    if not path.is_file():
        raise InvalidInput(f"{path}: no such file")
    return path.read_bytes()


@photo_app.command("list")
@friendly
def photo_list(case_id: str, as_json: JsonOption = False) -> None:
    """List the photos of a case."""
    with session() as (_, s):
        records = [PhotoOut.model_validate(p) for p in photos.list_photos(s, case_id)]
        emit(records, as_json, PHOTO_COLUMNS)


@app.command("history")
@friendly
def history_of(record_id: str, as_json: JsonOption = False) -> None:
    """Every version of a record: who changed what, when."""
    with session() as (_, s):
        revisions = [RevisionOut.model_validate(r) for r in history.record_history(s, record_id)]
        emit(revisions, as_json, ["version", "action", "actor", "at", "note"])


@app.command("retire")
@friendly
def retire(
    record_id: str,
    reason: Annotated[str, typer.Option(help="Why the record is withdrawn; kept in its history.")],
) -> None:
    """Withdraw an item, component, photo, source or case from the current view; never deleted."""
    with session() as (_, s):
        record = history.retire_record(s, record_id, reason)
        out.print(f"retired {record_id} (now version {record.version}); its history is kept")


# --- sheets, export, verify -------------------------------------------------------------------


@app.command()
@friendly
def template(
    path: Annotated[Path, typer.Argument(help="Where to write it: a .csv or .xlsx file.")],
) -> None:
    """Write an empty recovered-item sheet (one per item) for field teams to fill in."""
    if path.exists():
        raise InvalidInput(f"{path} exists; choose a new file name")
    imports.write_template(path)
    out.print(f"wrote the recovered-item template to {path}")


@app.command("import")
@friendly
def import_sheets(
    sheets: Annotated[list[Path], typer.Argument(help="Recovered-item sheets (.csv or .xlsx).")],
    case: Annotated[str | None, typer.Option(help="Case id, if the sheets do not name it.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Import recovered-item sheets, all or nothing: one bad sheet and none is imported."""
    with session(note="import") as (store, s), Progress(console=err, transient=True) as bar:
        task = bar.add_task("checking sheets", total=len(sheets))
        results = imports.import_item_sheets(
            s,
            store.files_dir,
            sheets,
            case_id=case,
            progress=lambda n: bar.update(task, completed=n),
        )
    _print_imports(results, as_json)


def _print_imports(results: list[imports.ImportResult], as_json: bool) -> None:
    if as_json:
        rows = [{**r.__dict__, "path": str(r.path)} for r in results]
        out.print_json(json.dumps(rows))
        return
    for r in results:
        if r.already_imported:
            out.print(
                f"{r.path}: already imported as item {r.item_ref} ({r.item_id}); nothing to do"
            )
        else:
            out.print(
                f"{r.path}: imported item {r.item_ref} ({r.item_id}) into case {r.case_id}: "
                f"{r.components} components, {r.photos} photos, {r.custody_events} custody events"
            )


@app.command("export")
@friendly
def export_case(
    case_id: str,
    output: Annotated[
        str, typer.Option("--output", "-o", help="File for JSON Lines ('-' = stdout), or folder.")
    ] = "-",
    folder: Annotated[
        bool, typer.Option("--folder", help="Write a self-contained folder with photos.")
    ] = False,
) -> None:
    """Export a case as JSON Lines, or as a folder a partner can check with `partpath verify`."""
    with session() as (store, s):
        if folder:
            if output == "-":
                raise InvalidInput("--folder needs --output FOLDER")
            result = export.export_folder(s, store.files_dir, case_id, Path(output))
            counts = ", ".join(f"{n} {kind}" for kind, n in sorted(result.counts.items()))
            out.print(f"exported case {case_id} to {result.folder}: {counts}")
        elif output == "-":
            export.export_jsonl(s, case_id, sys.stdout)
        else:
            with Path(output).open("w", encoding="utf-8") as handle:
                export.export_jsonl(s, case_id, handle)
            err.print(f"exported case {case_id} to {output}")


@app.command()
@friendly
def verify(
    folder: Annotated[Path, typer.Argument(help="A folder written by `partpath export --folder`.")],
    as_json: JsonOption = False,
) -> None:
    """Check an exported case folder: every file against its SHA-256, nothing added or missing."""
    result = export.verify_folder(folder)
    if as_json:
        data = {**result.__dict__, "folder": str(folder), "ok": result.ok}
        out.print_json(json.dumps(data))
    elif result.ok:
        out.print(
            f"[green]OK[/]: {folder} (case {result.case_id}): {result.files_checked} files and "
            f"{result.photos_checked} photo records match their SHA-256"
        )
    else:
        for problem in result.problems:
            err.print(f"[red]FAILED[/]: {problem}", highlight=False)
    if not result.ok:
        raise typer.Exit(1)
