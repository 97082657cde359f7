"""Commands for the procurement network: analyse customs lines, routes, chokepoints,
company facts, a party's page, and export of the graph."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from partpath.cli.base import JsonOption, app, err, friendly, opened_store, out
from partpath.cli.trade import trade_app
from partpath.exc import InvalidInput
from partpath.graph import (
    analyse_trade,
    find_chokepoints,
    party_page,
    trace_routes,
    write_ftm,
    write_graphml,
)
from partpath.trade.parties import load_company_facts

graph_app = typer.Typer(help="The procurement graph: export it.", no_args_is_help=True)
app.add_typer(graph_app, name="graph")


@trade_app.command("analyse")
@friendly
def trade_analyse(as_json: JsonOption = False) -> None:
    """Read the parts each line names, link them to recovered components, resolve the
    parties, screen them against the loaded lists and raise red flags."""
    with (
        opened_store() as store,
        Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=err,
            transient=True,
        ) as bar,
    ):
        task = bar.add_task("analysing", total=None)
        result = analyse_trade(
            store,
            lambda stage, n, t: bar.update(task, description=stage, completed=n, total=t or None),
        )
    if as_json:
        out.print_json(json.dumps(result.__dict__))
        return
    out.print(
        f"{result.part_mentions:,} part mentions read, {result.links:,} links to "
        f"components, {result.parties:,} parties, {result.flags:,} red flags"
    )
    out.print(
        result.screening_note
        + (f"; {result.hits:,} hits, {result.matches:,} matches" if result.screened else "")
    )
    out.print("seconds: " + ", ".join(f"{k} {v}" for k, v in result.seconds.items()))


@trade_app.command("companies")
@friendly
def trade_companies(
    file: Annotated[Path, typer.Argument(help="CSV: name, tax_id, country, founded_on, ...")],
) -> None:
    """Load company facts (founding date, address, owner) that resolution and red flags
    use, e.g. the .companies.csv that `trade generate` writes."""
    if not file.is_file():
        raise InvalidInput(f"{file} is not a file")
    with opened_store() as store:
        loaded = load_company_facts(store, file)
    out.print(f"{loaded:,} company facts loaded from {file}; run `partpath trade analyse`")


@trade_app.command("party")
@friendly
def trade_party(party_id: str, as_json: JsonOption = False) -> None:
    """A party's page: spellings, lines, screening hits, red flags, counterparties."""
    with opened_store() as store:
        page = party_page(store, party_id)
    if as_json:
        out.print_json(page.model_dump_json())
        return
    out.print(f"[bold]{page.name}[/] ({page.id}, {page.country or '?'}, {', '.join(page.roles)})")
    out.print(
        f"{page.shipments:,} lines, USD {page.value_usd:,.2f}, {page.first_date} - "
        f"{page.last_date}; founded {page.founded_on or 'unknown'}"
    )
    out.print("spellings: " + "; ".join(s["name"] for s in page.spellings))
    out.print(f"screening: {page.screening_note}; {len(page.hits)} hits")
    for flag in page.flags:
        out.print(f"[red]flag[/] {flag.flag}: {flag.detail}")


@app.command("routes")
@friendly
def routes(
    part: Annotated[str, typer.Option("--part", help="Part number or base part, e.g. AD9361.")],
    to_country: Annotated[str | None, typer.Option("--to-country")] = None,
    end_user: Annotated[str | None, typer.Option("--end-user", help="Party id or name.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 10,
    as_json: JsonOption = False,
) -> None:
    """Routes of a part from its maker to end users, best first, each hop with its lines."""
    with opened_store() as store:
        answer = trace_routes(store, part, to_country, end_user, limit)
    if as_json:
        out.print_json(answer.model_dump_json())
        return
    out.print(
        f"{part}: {len(answer.routes)} of {answer.paths:,} paths"
        f"{' (cut at the limit)' if answer.truncated else ''}"
    )
    for number, route in enumerate(answer.routes, start=1):
        out.print(f"[bold]{number}.[/] " + " → ".join(route.labels))
        out.print(f"   USD {route.value_usd:,.2f}, last {route.last}, score {route.score:,.0f}")
        for hop in route.hops:
            out.print(
                f"   {hop.kind:9} {hop.count:>6,} lines  USD {hop.value_usd:>14,.2f}  "
                f"lines {', '.join(map(str, hop.shipment_ids[:5]))}"
            )
        for flag in route.flags:
            out.print(f"   [red]flag[/] {flag.flag}: {flag.detail}")


@app.command("chokepoints")
@friendly
def chokepoints(
    country: Annotated[str, typer.Option("--country")] = "RU",
    limit: Annotated[int, typer.Option(min=1)] = 20,
    as_json: JsonOption = False,
) -> None:
    """The intermediaries whose removal cuts the most CHPL-goods flow into a country."""
    with opened_store() as store:
        answer = find_chokepoints(store, country, limit)
    if as_json:
        out.print_json(answer.model_dump_json())
        return
    out.print(f"CHPL goods into {answer.country}: USD {answer.chpl_value_usd:,.2f}")
    table = Table("party", "name", "country", "value cut (USD)", "share", "sole supplier of")
    for c in answer.chokepoints:
        table.add_row(
            c.party_id,
            c.name,
            c.country or "",
            f"{c.value_cut_usd:,.2f}",
            f"{c.share:.1%}",
            str(c.sole_supplier_of),
        )
    out.print(table)


@graph_app.command("export")
@friendly
def graph_export(
    output: Annotated[Path, typer.Option("--output", "-o")],
    format_name: Annotated[str, typer.Option("--format", help="ftm or graphml")] = "ftm",
    declarations: Annotated[
        bool, typer.Option(help="FtM: every customs line as an EconomicActivity too.")
    ] = True,
) -> None:
    """Export the graph as FollowTheMoney entities (JSON lines) or GraphML."""
    if format_name not in ("ftm", "graphml"):
        raise InvalidInput(f"--format {format_name!r}: use ftm or graphml")
    with opened_store() as store:
        if format_name == "graphml":
            nodes, edges = write_graphml(store, output)
            out.print(f"wrote {nodes:,} nodes and {edges:,} edges to {output}")
            return
        with output.open("w", encoding="utf-8") as handle:
            count = write_ftm(store, handle, declarations)
        out.print(f"wrote {count:,} FtM entities to {output}")
