"""The ``partpath`` command: the Typer apps, the shared options and helpers, ``init``.

Each command parses its arguments, calls one library function and prints the
result for a person (Rich tables) or, with ``--json``, for a machine. Errors
come out as one clear line on stderr and exit status 1."""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Column, Table
from sqlalchemy.orm import Session

from partpath import __version__
from partpath.config import Settings, load_settings
from partpath.exc import InvalidInput, PartpathError
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
def opened_store() -> Iterator[Store]:
    """The configured store, closed when the command is done."""
    store = open_store(State.settings)
    try:
        yield store
    finally:
        store.close()


@contextmanager
def session(note: str | None = None) -> Iterator[tuple[Store, Session]]:
    """The configured store and a session that commits when the command succeeds."""
    with opened_store() as store, store.session(note=note) as opened:
        yield store, opened


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
        table.add_row(*(cell(values.get(c), c) for c in columns))
    out.print(table)


def cell(value: Any, column: str) -> str:
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
