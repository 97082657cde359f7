"""``partpath lists``: load, update and inspect the stored versions of the sanctions lists."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    DownloadColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Column, Table
from rich.text import Text

from partpath.cli.base import JsonOption, app, err, friendly, opened_store, out
from partpath.lists.formats import FORMATS
from partpath.lists.snapshots import (
    ListVersionInfo,
    active_versions,
    get_list_entry,
    get_list_version,
    list_versions,
    load_snapshot,
)
from partpath.lists.sources import update_lists

lists_app = typer.Typer(
    help="Sanctions and export-control lists: each load a dated, checksummed version. "
    "Without a command: the active version of each list.",
    invoke_without_command=True,
)
app.add_typer(lists_app, name="lists")

COLUMNS = ["dataset", "number", "status", "entries", "names", "published", "loaded", "sha256"]


class _CountColumn(ProgressColumn):
    """Bytes for a download, entries for reading and storing."""

    def __init__(self) -> None:
        super().__init__()
        self.bytes, self.entries = DownloadColumn(), MofNCompleteColumn()

    def render(self, task: Task) -> Text:
        if task.description.startswith("downloading"):
            return self.bytes.render(task)
        return self.entries.render(task)


@contextmanager
def _progress_bar() -> Iterator[Progress]:
    """A Rich progress bar on stderr, one task per step (a download, reading, storing)."""
    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        _CountColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,  # no bar in logs and pipes
    )
    with bar:
        yield bar


class _Steps:
    """Turns the library's ``progress(step, done, total)`` calls into progress-bar tasks."""

    def __init__(self, bar: Progress) -> None:
        self.bar = bar
        self.tasks: dict[str, TaskID] = {}

    def __call__(self, step: str, done: int, total: int | None) -> None:
        if step not in self.tasks:
            self.tasks[step] = self.bar.add_task(step, total=total)
        self.bar.update(self.tasks[step], completed=done, total=total)


def _print_versions(versions: Sequence[ListVersionInfo], as_json: bool, title: str) -> None:
    if as_json:
        out.print_json(json.dumps([version.to_dict() for version in versions]))
        return
    table = Table(*(Column(c, overflow="fold") for c in COLUMNS), title=title)
    for v in versions:
        published = v.published_on.isoformat() if v.published_on else ""
        loaded = f"{v.loaded_at:%Y-%m-%d %H:%M} by {v.loaded_by}"
        table.add_row(v.dataset, str(v.number), v.status, f"{v.entity_count:,}",
                      f"{v.name_count:,}", published, loaded, v.sha256[:12] + "…")  # fmt: skip
    out.print(table)


@lists_app.callback()
@friendly
def lists_main(ctx: typer.Context, as_json: JsonOption = False) -> None:
    """Without a command: the active version of each list."""
    if ctx.invoked_subcommand is not None:
        return
    with opened_store() as store:
        versions = active_versions(store)
    if not versions and not as_json:
        out.print("no list is loaded: use `partpath lists load` or `partpath lists update`")
        return
    _print_versions(versions, as_json, "Active list versions")


@lists_app.command("load")
@friendly
def lists_load(
    format_name: Annotated[
        str, typer.Argument(metavar="FORMAT", help=f"One of {', '.join(FORMATS)}.")
    ],
    paths: Annotated[
        list[Path],
        typer.Argument(help="The file(s) or a folder (OFAC CSV: sdn.csv alt.csv add.csv)."),
    ],
    source: Annotated[str | None, typer.Option(help="Where the files came from (a URL).")] = None,
) -> None:
    """Load list files as the new active version of their list (a repeat changes nothing)."""
    with opened_store() as store, _progress_bar() as bar:
        result = load_snapshot(store, format_name, paths, source=source, progress=_Steps(bar))
    out.print(result.describe(), highlight=False)


@lists_app.command("versions")
@friendly
def lists_versions(
    dataset: Annotated[
        str | None, typer.Argument(help="Only this list (e.g. us_ofac_sdn).")
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Every version of every list (or of one), newest first, with its status."""
    with opened_store() as store:
        versions = list_versions(store, dataset)
    _print_versions(versions, as_json, "List versions")


@lists_app.command("show")
@friendly
def lists_show(
    dataset: Annotated[str, typer.Argument(help="The list, e.g. us_ofac_sdn.")],
    version: Annotated[
        str | None, typer.Option(help="A version number or id (default: active).")
    ] = None,
    entry: Annotated[
        str | None, typer.Option(help="Show this entry (publisher's id) as JSON.")
    ] = None,
) -> None:
    """One version of a list (the active one by default): files, checksums, counts; or one entry."""
    with opened_store() as store:
        if entry is not None:
            found, entity = get_list_entry(store, dataset, entry, version)
            out.print_json(json.dumps({"version": found.label, "entry": entity.to_dict()}))
            return
        found = get_list_version(store, dataset, version)
    out.print_json(json.dumps(found.to_dict()))


@lists_app.command("update")
@friendly
def lists_update(
    dataset: Annotated[
        list[str] | None, typer.Option("--dataset", help="Only this list; repeat for several.")
    ] = None,
    sources: Annotated[
        Path | None, typer.Option(help="A sources file of the same shape as the bundled one.")
    ] = None,
) -> None:
    """Download the lists from their publishers and load each as a new version (network!)."""
    with opened_store() as store, _progress_bar() as bar:
        updates = update_lists(store, dataset or (), sources_file=sources, progress=_Steps(bar))
    for update in updates:
        out.print(update.describe(), highlight=False)
    if any(update.error for update in updates):
        raise typer.Exit(1)
