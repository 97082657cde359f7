"""``partpath screen``: names against the sanctions and export-control lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from partpath.cli.base import JsonOption, app, err, friendly, opened_store, out
from partpath.exc import InvalidInput
from partpath.screening import DEFAULT_THRESHOLD, Query
from partpath.screening.batch import Columns, hit_row, screen_csv, write_errors
from partpath.screening.index import ScreeningHit, ScreeningIndex
from partpath.screening.lists import index_from_files, require_index


def _index(list_files: list[str] | None) -> ScreeningIndex:
    if list_files:
        return index_from_files(list_files)
    with opened_store() as store:
        return require_index(store)


@app.command()
@friendly
def screen(
    source: Annotated[
        Path | None, typer.Argument(help="CSV file of parties to screen, one per row.")
    ] = None,
    name: Annotated[str | None, typer.Option(help="Screen this one name.")] = None,
    schema: Annotated[
        str | None, typer.Option(help="With --name: Person, Company, Organization, Vessel, ...")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="With --name: a country name or code.")
    ] = None,
    name_column: Annotated[str | None, typer.Option(help="The CSV column of names.")] = None,
    schema_column: Annotated[str | None, typer.Option(help="CSV column of schemas.")] = None,
    country_column: Annotated[str | None, typer.Option(help="CSV column of countries.")] = None,
    identifier_column: Annotated[
        str | None, typer.Option(help="CSV column of identifiers (INN, IMO, ...).")
    ] = None,
    id_column: Annotated[
        str | None, typer.Option(help="CSV column naming each row in the output (else its number).")
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Hits CSV to write.")
    ] = None,
    limit: Annotated[int, typer.Option(help="Hits kept per name, best first.")] = 5,
    threshold: Annotated[
        float | None,
        typer.Option(
            help=f"Keep only hits scoring at least this (0-1). Default: keep the best --limit, "
            f"marking those >= {DEFAULT_THRESHOLD} as matches."
        ),
    ] = None,
    list_files: Annotated[
        list[str] | None,
        typer.Option(
            "--list",
            help="FORMAT=PATH of a list file to screen against instead of the store's "
            "loaded lists (e.g. ofac_csv=./sdn-folder); repeat for several.",
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option(help="Processes for a file (default: all cores).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Screen names against every loaded list; every hit is explained and names the
    list version it used. Load lists first with `partpath lists load`."""
    if (source is None) == (name is None):
        raise InvalidInput("give a CSV file to screen, or --name for one name (not both)")
    if threshold is not None and not 0 <= threshold <= 1:
        raise InvalidInput(f"--threshold must lie between 0 and 1, not {threshold}")
    if name is not None:
        query = Query.of(name, schema, country)
        index = _index(list_files)
        hits = index.screen(query, limit=limit, threshold=threshold)
        if as_json:
            out.print_json(json.dumps([hit_row("1", hit) for hit in hits]))
            return
        _print_hits(name, hits, index)
        return
    assert source is not None
    if name_column is None or output is None:
        raise InvalidInput("screening a file needs --name-column COLUMN and --output HITS.csv")
    if not source.is_file():
        raise InvalidInput(f"{source}: no such file")
    index = _index(list_files)
    columns = Columns(name_column, schema_column, country_column, identifier_column, id_column)
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("screening", total=None)

        def advance(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        summary = screen_csv(
            index, source, output, columns, limit, threshold, workers, progress=advance
        )
    errors_file = None
    if summary.errors:
        errors_file = output.with_name(output.stem + ".errors.csv")
        write_errors(errors_file, summary.errors)
    report = {
        "rows": summary.rows,
        "screened": summary.screened,
        "rows_with_hits": summary.with_hits,
        "hits": summary.hits,
        "matches": summary.matches,
        "rejected_rows": len(summary.errors),
        "errors_file": str(errors_file) if errors_file else None,
        "output": str(output),
        "list_versions": summary.list_versions,
    }
    if as_json:
        out.print_json(json.dumps(report))
        return
    out.print(
        f"screened {summary.screened} of {summary.rows} rows against "
        f"{len(index)} list entries: {summary.matches} matches, {summary.hits} hits "
        f"→ {output}"
    )
    for error in summary.errors[:10]:
        err.print(f"row {error.row} (line {error.line}): {error.reason}", highlight=False)
    if errors_file:
        err.print(f"{len(summary.errors)} rows not screened, listed in {errors_file}")


def _print_hits(name: str, hits: list[ScreeningHit], index: ScreeningIndex) -> None:
    versions = ", ".join(sorted(index.versions.values()))
    if not hits:
        out.print(f"no hit for {name!r} among {len(index):,} entries ({versions})")
        return
    for hit in hits:
        verdict = "[bold red]MATCH[/]" if hit.match else "no match"
        out.print(
            f"{hit.rank}. {hit.score:.2f} {verdict}  {hit.matched_name}  "
            f"[dim]({hit.entity.schema}, {hit.entity.dataset} {hit.entity.entry_id})[/]",
            highlight=False,
        )
        for line in hit.explanation:
            out.print(f"     {line}", highlight=False, soft_wrap=True)
    out.print(f"lists: {versions}", highlight=False)
