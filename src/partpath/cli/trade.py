"""Commands for customs and trade records: import a file, generate synthetic ones, list mappings."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Column, Table

from partpath.cli.base import JsonOption, app, err, friendly, opened_store, out
from partpath.trade import ImportSummary, import_trade_file, list_mappings
from partpath.trade.generate import write_synthetic_declarations

trade_app = typer.Typer(
    help="Customs and trade records: import, generate synthetic data, list mappings.",
    no_args_is_help=True,
)
app.add_typer(trade_app, name="trade")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeRemainingColumn(), console=err, transient=True,
    )  # fmt: skip


@trade_app.command("import")
@friendly
def trade_import(
    file: Annotated[Path, typer.Argument(help="CSV, XLSX, Parquet or FtM JSON-lines file.")],
    mapping: Annotated[
        str, typer.Option("--mapping", "-m", help="A preset (see `trade mappings`) or a YAML file.")
    ],
    rejects: Annotated[
        Path | None, typer.Option(help="Where to write rejected rows (CSV); default in the store.")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Import customs records through a column mapping; a file imported before is a no-op."""
    with opened_store() as store, _progress() as bar:
        task = bar.add_task(f"importing {file.name}", total=None)
        summary = import_trade_file(
            store, file, mapping, rejects,
            lambda done, total: bar.update(task, completed=done, total=total),
        )  # fmt: skip
    if as_json:
        out.print_json(json.dumps(asdict(summary), default=str))
    else:
        _print_summary(summary)


def _print_summary(summary: ImportSummary) -> None:
    name = summary.path.name
    if summary.already_imported:
        out.print(f"{name} was imported before (SHA-256 {summary.sha256[:16]}…): nothing changed; "
                  f"{summary.imported:,} of {summary.rows:,} rows were imported then")  # fmt: skip
        return
    rate = summary.rows / summary.seconds if summary.seconds else 0.0
    out.print(f"{name}: {summary.rows:,} rows read, {summary.imported:,} imported, "
              f"{summary.rejected:,} rejected, {summary.duplicates:,} duplicates "
              f"({summary.mapping}, {summary.seconds:.1f} s, {rate:,.0f} rows/s)")  # fmt: skip
    if summary.rejects_path:
        out.print(f"rejected and duplicate rows, with their reasons: {summary.rejects_path}")
    if summary.unmapped:
        out.print(f"not in the file (left empty): {', '.join(summary.unmapped)}")


@trade_app.command("generate")
@friendly
def trade_generate(
    output: Annotated[Path, typer.Option("--output", "-o", help="CSV file to write.")],
    rows: Annotated[int, typer.Option(min=1, help="Declaration lines to write.")] = 1000,
    seed: Annotated[int, typer.Option(help="Same seed, same file.")] = 0,
) -> None:
    """Write synthetic Russian customs declarations (ru-customs layout) around fictional
    companies, and the list of those companies beside them (.companies.csv)."""
    with _progress() as bar:
        task = bar.add_task(f"writing {output.name}", total=rows)
        done = write_synthetic_declarations(
            output, rows, seed, lambda n: bar.update(task, completed=n)
        )
    out.print(f"wrote {done.rows:,} lines of {done.declarations:,} declarations to {done.path}; "
              f"{done.companies:,} fictional companies in {done.companies_path}")  # fmt: skip


@trade_app.command("mappings")
@friendly
def trade_mappings(as_json: JsonOption = False) -> None:
    """List the shipped column mappings (presets); a YAML file of your own works too."""
    mappings = list_mappings()
    rows = [{"name": m.name, "description": m.description,
             "required": ", ".join(sorted(m.required)), "file": str(m.path)}
            for m in mappings]  # fmt: skip
    if as_json:
        out.print_json(json.dumps(rows))
        return
    table = Table(*(Column(c, overflow="fold") for c in ["name", "description", "required"]))
    for row in rows:
        table.add_row(row["name"], row["description"], row["required"])
    out.print(table)
