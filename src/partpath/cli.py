"""The ``partpath`` command: a thin face over the library.

Each command parses its arguments, calls one library function and prints the
result for a person (Rich tables) or, with ``--json``, for a machine. Errors
come out as one clear line on stderr and exit status 1.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.progress import Progress, track
from rich.table import Column, Table
from sqlalchemy.orm import Session

from partpath import __version__, exercise, reports
from partpath.config import Settings, load_settings
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
from partpath.evidence.sheets import parse_sheet
from partpath.exc import InvalidInput, PartpathError
from partpath.markings import Identification, batch, catalogue, components, identify_marking
from partpath.markings.identify import default_rule_book
from partpath.store import Store, init_store, open_store

P = ParamSpec("P")
R = TypeVar("R")

app = typer.Typer(
    help="Trace the foreign-made parts in recovered weapons; keep every piece of evidence.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
case_app = typer.Typer(help="Cases: open, list, show, change.", no_args_is_help=True)
source_app = typer.Typer(help="Sources cited in a case: reports, documents, pages.")
item_app = typer.Typer(help="Recovered items and their chain of custody.", no_args_is_help=True)
component_app = typer.Typer(help="Components found in recovered items.", no_args_is_help=True)
photo_app = typer.Typer(help="Photos, stored unaltered by SHA-256.", no_args_is_help=True)
catalogue_app = typer.Typer(
    help="The optional parts catalogue (KiCad symbols).", no_args_is_help=True
)
app.add_typer(case_app, name="case")
app.add_typer(source_app, name="source", no_args_is_help=True)
app.add_typer(item_app, name="item")
app.add_typer(component_app, name="component")
app.add_typer(photo_app, name="photo")
app.add_typer(catalogue_app, name="catalogue")

out = Console()
err = Console(stderr=True)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for machines.")]
SetOption = Annotated[
    list[str] | None,
    typer.Option("--set", help="FIELD=VALUE to change; repeat for several fields."),
]


class State:
    """What the top-level options chose: the settings of the store to use."""

    settings: Settings = load_settings()


def friendly(command: Callable[P, R]) -> Callable[P, R]:
    """Turn partpath's errors into one line on stderr and exit status 1."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except PartpathError as error:
            err.print(f"[bold red]error:[/] {error}", highlight=False, soft_wrap=True)
            raise typer.Exit(1) from None

    return run


@contextmanager
def session(note: str | None = None) -> Iterator[tuple[Store, Session]]:
    """The configured store and a session that commits when the command succeeds."""
    store = open_store(State.settings)
    try:
        with store.session(note=note) as opened:
            yield store, opened
    finally:
        store.close()


def emit(records: BaseModel | Sequence[BaseModel], as_json: bool, columns: Sequence[str]) -> None:
    """Print records as a table of ``columns``, or all their fields as JSON."""
    many = records if isinstance(records, Sequence) else [records]
    if as_json:
        data = [r.model_dump(mode="json") for r in many]
        out.print_json(json.dumps(data if isinstance(records, Sequence) else data[0]))
        return
    table = Table(
        *(Column(c.replace("_", " "), overflow="fold", no_wrap=c == "id") for c in columns)
    )
    for record in many:
        values = record.model_dump(mode="json")
        table.add_row(*(_cell(values.get(c), c) for c in columns))
    out.print(table)


def _cell(value: Any, column: str) -> str:
    if column == "sha256" and isinstance(value, str):
        return value[:16] + "…"  # the full hash is in --json and in every export
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


def changes_from(pairs: list[str] | None) -> dict[str, Any]:
    """``FIELD=VALUE`` options as a dict; an empty value clears the field."""
    changes: dict[str, Any] = {}
    for pair in pairs or []:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise InvalidInput(f"--set {pair!r}: expected FIELD=VALUE")
        changes[name.strip()] = value if value != "" else None
    if not changes:
        raise InvalidInput("nothing to change: give at least one --set FIELD=VALUE")
    return changes


@app.callback()
def main(
    home: Annotated[
        Path | None,
        typer.Option(help="Store directory (default: $PARTPATH_HOME or ./partpath-data)."),
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    """partpath: evidence, identification, screening and routes for recovered weapon parts."""
    if version:
        out.print(f"partpath {__version__}")
        raise typer.Exit()
    State.settings = load_settings(home=home)


@app.command()
@friendly
def init() -> None:
    """Create the store, or upgrade an existing one to this version's schema (never recreated)."""
    store, before, after = init_store(State.settings)
    store.close()
    where = State.settings.home
    if before is None:
        out.print(f"created a new store in {where} (schema {after})")
    elif before == after:
        out.print(f"the store in {where} is up to date (schema {after})")
    else:
        out.print(f"upgraded the store in {where} from schema {before} to {after}")


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


@case_app.command("show")
@friendly
def case_show(case_id: str, as_json: JsonOption = False) -> None:
    """Summarise a case: its items, and its components by maker and by category."""
    with session() as (_, s):
        summary = reports.summarise_case(s, case_id)
    if as_json:
        out.print_json(summary.model_dump_json())
    else:
        reports.print_summary(out, summary)


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


# --- identification ------------------------------------------------------------------------


def _catalogue(use: bool) -> dict[str, str]:
    """The store's parts catalogue, or none when there is no store or it is not wanted."""
    if not use:
        return {}
    try:
        store = open_store(State.settings)
    except PartpathError:
        return {}
    try:
        with store.session() as s:
            return catalogue.load_catalogue(s)
    finally:
        store.close()


@app.command()
@friendly
def identify(
    source: Annotated[Path | None, typer.Argument(help="CSV file with a column of text.")] = None,
    text: Annotated[str | None, typer.Option(help="Identify this one marking text.")] = None,
    text_column: Annotated[str | None, typer.Option(help="The CSV column to read.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="CSV to write.")] = None,
    use_catalogue: Annotated[
        bool, typer.Option("--catalogue/--no-catalogue", help="Use the store's parts catalogue.")
    ] = True,
    as_json: JsonOption = False,
) -> None:
    """Identify parts from marking text: maker, part, date window, HS code, CHPL tier.

    One text with --text; or a CSV file, one output row per input row (the input
    columns kept, then brand, manufacturer, base_part, mpn, date_from, date_to,
    category, hs_code, chpl_tier, confidence, explanation).
    """
    book = default_rule_book()
    if text is not None:
        result = identify_marking(text, book, catalogue=_catalogue(use_catalogue))
        out.print_json(result.model_dump_json()) if as_json else print_identification(out, result)
        return
    if source is None or text_column is None or output is None:
        raise InvalidInput("give --text TEXT, or INPUT.csv --text-column COLUMN --output OUT.csv")
    total = batch.count_rows(source)
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("identifying", total=total)
        done = batch.identify_csv(source, text_column, output, book, _catalogue(use_catalogue),
                                  lambda n: bar.update(task, completed=n))  # fmt: skip
    rate = done.rows / done.seconds if done.seconds else 0
    out.print(f"{done.rows} rows: {done.identified} identified, {done.unknown} unknown "
              f"({rate:,.0f} rows/s); wrote {done.output}")  # fmt: skip


@app.command("rules")
@friendly
def rules_list(as_json: JsonOption = False) -> None:
    """List the makers whose marking rules are loaded (bundled and $PARTPATH_HOME/rules)."""
    book = default_rule_book()
    rows = [
        {"maker": m.name, "file": str(m.path), "families": len(m.families),
         "brands": ", ".join(b.name for b in m.brands),
         "date_codes": ", ".join(f.name for f in m.date_codes)}
        for m in sorted(book.makers, key=lambda m: m.name.casefold())
    ]  # fmt: skip
    if as_json:
        out.print_json(json.dumps(rows))
        return
    table = Table(
        *(Column(c, overflow="fold") for c in ["maker", "families", "brands", "date_codes"])
    )
    for row in rows:
        table.add_row(*(str(row[c]) for c in ["maker", "families", "brands", "date_codes"]))
    out.print(table)
    out.print(f"{len(rows)} makers, rules {book.digest}")


@catalogue_app.command("import")
@friendly
def catalogue_import(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="KiCad .kicad_sym files or folders.")
    ] = None,
) -> None:
    """Import part numbers from KiCad symbol libraries (default /usr/share/kicad/symbols,
    Debian package kicad-symbols); each maker is read from its datasheet's web domain."""
    folders = paths or [Path("/usr/share/kicad/symbols")]
    with session(note="catalogue import") as (_, s):
        stats = catalogue.import_catalogue(s, default_rule_book(), folders)
    out.print(
        f"read {stats.symbols} symbols in {stats.files} files: stored {stats.stored} parts, "
        f"{stats.already_known} already known, {stats.no_maker} with no maker's datasheet"
    )
    for maker, count in list(stats.by_maker.items())[:15]:
        out.print(f"  {count:6}  {maker}")


IDENTIFICATION_COLUMNS = ["component", "status", "text", "manufacturer", "base_part", "date",
                          "category", "chpl", "confidence"]  # fmt: skip


@component_app.command("identify")
@friendly
def component_identify(
    target: Annotated[
        str, typer.Argument(help="A case id (all its components) or a component id.")
    ],
    as_json: JsonOption = False,
) -> None:
    """Suggest an identification for components from their markings (confirmed ones stay)."""
    book, known = default_rule_book(), _catalogue(True)
    with session(note="identify components") as (_, s):
        if target.startswith("co_"):
            records = [components.suggest_identification(s, target, book, known)]
        else:
            records = list(components.suggest_for_case(s, target, book, known))
        _print_identifications(s, records, as_json)


@component_app.command("confirm")
@friendly
def component_confirm(
    component_id: str, changes: SetOption = None, as_json: JsonOption = False
) -> None:
    """Confirm a component's suggested identification, or correct it with --set FIELD=VALUE."""
    with session(note="confirm identification") as (_, s):
        record = components.confirm_identification(
            s, component_id, dict(changes_from(changes)) if changes else None
        )
        _print_identifications(s, [record], as_json)


def _print_identifications(s: Session, records: Sequence[Any], as_json: bool) -> None:
    if as_json:
        data = [{"component_id": r.component_id, "status": r.status, "suggested": r.suggested,
                 "confirmed": r.confirmed, "engine": r.engine} for r in records]  # fmt: skip
        out.print_json(json.dumps(data))
        return
    table = Table(*(Column(c, overflow="fold") for c in IDENTIFICATION_COLUMNS))
    for r in records:
        shown = r.confirmed or r.suggested
        window = f"{shown['date_from']} to {shown['date_to']}" if shown["date_from"] else ""
        cells = [shown["manufacturer"] or "unknown", shown["base_part"], window,
                 shown["category"], shown["chpl_tier"], shown["confidence"]]  # fmt: skip
        ref = items.get_component(s, r.component_id).ref
        table.add_row(ref, r.status, shown["text"], *(_cell(c, "") for c in cells))
    out.print(table)


def print_identification(console: Console, result: Identification) -> None:
    """One identification for a person: the answer, then why."""
    fields = ["brand", "manufacturer", "base_part", "mpn", "date_code", "date_from", "date_to",
              "category", "hs_code", "chpl_tier", "confidence"]  # fmt: skip
    values = result.model_dump(mode="json")
    table = Table.grid(padding=(0, 2))
    for name in fields:
        table.add_row(name.replace("_", " "), _cell(values[name], name))
    for part in result.suffix:
        table.add_row(f"  suffix {part.field}", f"{part.code}: {part.meaning}")
    for milestone, relation in result.sanctions.items():
        table.add_row("  made", f"{relation} {milestone}")
    console.print("[bold]unknown[/]: " + (result.reason or "") if result.unknown else table)
    for line in result.explanation:
        console.print(f"  - {line}", highlight=False)


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
    problems = []
    for sheet in track(sheets, "checking sheets", console=err, disable=len(sheets) < 3):
        try:
            parse_sheet(sheet)
        except InvalidInput as error:
            problems.append(str(error))
    if problems:
        raise InvalidInput("\n".join(problems))
    with session(note="import") as (store, s):
        results = [imports.import_item_sheet(s, store.files_dir, p, case_id=case) for p in sheets]
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


@app.command()
@friendly
def dossier(
    case_id: str,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="HTML file, or folder for <case>-dossier.html.")
    ] = Path("."),
) -> None:
    """Write a case's self-contained HTML dossier (photos, sources, custody, hashes inside)."""
    with session() as (store, s):
        path = reports.write_dossier(s, store.files_dir, case_id, output)
    out.print(f"wrote the dossier of case {case_id} to {path}")


@app.command()
@friendly
def demo(
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for the demo's store and files.")
    ] = Path("partpath-demo"),
) -> None:
    """Load the bundled EXERCISE case into a fresh store; summarise, dossier, export, verify."""
    with out.status("loading the exercise case into a fresh store"):
        run = exercise.run_demo(output)
    reports.print_summary(out, run.summary)
    _print_demo_identifications(run.identifications)
    check = "verified" if run.verification.ok else "FAILED verification"
    out.print(f"\nstore:    {run.store_home}   (use: partpath --home {run.store_home} case list)")
    out.print(f"export:   {run.export}   ({check}: {run.verification.files_checked} files)")
    out.print(f"[bold]dossier:  {run.dossier.resolve()}[/]   (open it in a browser)")
    if not run.verification.ok:
        raise typer.Exit(1)


def _print_demo_identifications(found: list[dict[str, Any]]) -> None:
    table = Table(
        *(Column(c, overflow="fold") for c in ["ref", "marking", "maker", "part", "made", "CHPL"]),
        title="Identified from the markings (suggestions, to be confirmed by an analyst)",
    )
    for row in found:
        made = f"{row['date_from']} to {row['date_to']}" if row["date_from"] else ""
        table.add_row(row["ref"], row["text"], row["manufacturer"] or "unknown",
                      row["base_part"] or "", made, row["chpl_tier"] or "")  # fmt: skip
    out.print(table)
    known = sum(1 for row in found if row["manufacturer"])
    out.print(f"{known} of {len(found)} components identified; the rest are unknown, with reasons")


@app.command()
@friendly
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """Serve the REST API (OpenAPI documentation at /docs)."""
    import uvicorn

    from partpath.api import create_app

    open_store(State.settings).close()  # fail now, clearly, if there is no store
    out.print(f"partpath API on http://{host}:{port} (docs at /docs); Ctrl+C stops it")
    uvicorn.run(create_app(State.settings), host=host, port=port, log_level="info")
