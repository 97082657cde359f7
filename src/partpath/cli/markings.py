"""Commands that identify parts: from text, CSV files and recorded components."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Column, Table
from sqlalchemy.orm import Session

from partpath.cli.base import (
    JsonOption,
    SetOption,
    State,
    app,
    catalogue_app,
    cell,
    changes_from,
    component_app,
    err,
    friendly,
    out,
    session,
)
from partpath.evidence import items
from partpath.exc import InvalidInput, PartpathError
from partpath.markings import Identification, batch, catalogue, components, identify_marking
from partpath.markings.identify import rule_book_for
from partpath.store import open_store

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
            return catalogue.cached_catalogue(s)
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
    book = rule_book_for(State.settings)
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
    book = rule_book_for(State.settings)
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
        stats = catalogue.import_catalogue(s, rule_book_for(State.settings), folders)
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
    book, known = rule_book_for(State.settings), _catalogue(True)
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
        table.add_row(ref, r.status, shown["text"], *(cell(c, "") for c in cells))
    out.print(table)


def print_identification(console: Console, result: Identification) -> None:
    """One identification for a person: the answer, then why."""
    fields = ["brand", "manufacturer", "base_part", "mpn", "date_code", "date_from", "date_to",
              "category", "hs_code", "chpl_tier", "confidence", "basis"]  # fmt: skip
    values = result.model_dump(mode="json")
    table = Table.grid(padding=(0, 2))
    for name in fields:
        table.add_row(name.replace("_", " "), cell(values[name], name))
    for part in result.suffix:
        table.add_row(f"  suffix {part.field}", f"{part.code}: {part.meaning}")
    for milestone, relation in result.sanctions.items():
        table.add_row("  made", f"{relation} {milestone}")
    console.print("[bold]unknown[/]: " + (result.reason or "") if result.unknown else table)
    for line in result.explanation:
        console.print(f"  - {line}", highlight=False)
