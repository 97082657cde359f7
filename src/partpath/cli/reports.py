"""Commands that report on a case, run the demo, and serve the API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Column, Table

from partpath import exercise, reports
from partpath.cli.base import (
    JsonOption,
    State,
    app,
    case_app,
    friendly,
    out,
    session,
)
from partpath.graph import Route
from partpath.store import open_store


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
    _print_demo_routes(run.routes, run.links)
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


def _print_demo_routes(routes: list[Route], links: int) -> None:
    table = Table(
        *(Column(c, overflow="fold") for c in ["part", "route", "lines", "USD", "last", "flags"]),
        title="Traced through synthetic customs lines (fictional companies, for the exercise)",
    )
    for route in routes:
        shipped = next((h for h in route.hops if h.kind == "shipments"), route.hops[-1])
        flags = sorted({f.flag for f in route.flags})
        table.add_row(
            route.part,
            " → ".join(route.labels),
            str(shipped.count),
            f"{route.value_usd:,.0f}",
            str(route.last),
            ", ".join(flags),
        )
    out.print(table)
    out.print(
        f"{links} links from customs lines to the exercise's components "
        "(see `partpath routes --part PART` in the demo store)"
    )


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
