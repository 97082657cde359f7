"""The official sources of the lists, and ``lists update``: download them, load them.

The addresses are data (``lists/data/sources.yml``, each citing its publisher's
page). :func:`update_lists` is the only code of partpath that reaches the network,
and only when a user asks for it; everything else works offline on what is stored.
"""

from __future__ import annotations

import shutil
import tempfile
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from partpath import __version__
from partpath.exc import InvalidInput, NotFound, PartpathError
from partpath.lists.errors import ListDownloadError
from partpath.lists.formats import FORMATS
from partpath.lists.snapshots import Progress, SnapshotLoad, load_snapshot, record_failure
from partpath.store.session import Store

__all__ = [
    "ListSource",
    "ListUpdate",
    "download_file",
    "list_sources",
    "update_list",
    "update_lists",
]

SOURCES_FILE = Path(__file__).parent / "data" / "sources.yml"
TIMEOUT = 120
"""Seconds a download may wait for the server before it fails."""
CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class ListSource:
    """Where one list is published: its files' addresses, format and the citing page."""

    dataset: str
    format: str
    publisher: str
    page: str
    files: tuple[tuple[str, str], ...]
    """(file name the reader expects, URL) pairs."""


@dataclass(frozen=True, slots=True)
class ListUpdate:
    """What updating one list did: the load, or the error that stopped it."""

    dataset: str
    load: SnapshotLoad | None = None
    error: str | None = None

    def describe(self) -> str:
        """One line (or one per dataset of the load) saying what happened."""
        if self.load is None:
            return f"{self.dataset}: update failed, the previous version stays active: {self.error}"
        return self.load.describe()


def list_sources(path: Path | None = None) -> dict[str, ListSource]:
    """The list sources of a sources file (default: the ones partpath ships), by dataset."""
    where = path or SOURCES_FILE
    try:
        data = yaml.safe_load(where.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InvalidInput(f"{where}: cannot read the list sources ({error})") from error
    lists = data.get("lists") if isinstance(data, dict) else None
    if not isinstance(lists, dict) or not lists:
        raise InvalidInput(f"{where}: expected a `lists:` mapping of dataset to source")
    return {dataset: _source(where, dataset, entry) for dataset, entry in lists.items()}


def _source(where: Path, dataset: str, entry: Any) -> ListSource:
    if not isinstance(entry, dict) or not isinstance(entry.get("files"), dict):
        raise InvalidInput(f"{where}: {dataset}: expected format, publisher, page and files")
    if entry.get("format") not in FORMATS:
        known = ", ".join(FORMATS)
        raise InvalidInput(f"{where}: {dataset}: unknown format {entry.get('format')!r} ({known})")
    return ListSource(
        dataset=str(dataset),
        format=str(entry["format"]),
        publisher=str(entry.get("publisher", "")),
        page=str(entry.get("page", "")),
        files=tuple((str(name), str(url)) for name, url in entry["files"].items()),
    )


def download_file(url: str, target: Path, progress: Progress | None = None) -> Path:
    """Download ``url`` to ``target``, reporting bytes as they arrive."""
    request = urllib.request.Request(url, headers={"User-Agent": f"partpath/{__version__}"})
    step = f"downloading {target.name}"
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response, target.open("wb") as out:
            length = response.headers.get("Content-Length")
            total = int(length) if length and length.isdigit() else None
            done = 0
            while block := response.read(CHUNK):
                out.write(block)
                done += len(block)
                if progress:
                    progress(step, done, total)
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise ListDownloadError(f"{url}: download failed ({reason})") from error
    if progress:
        progress(step, done, done)
    return target


def update_list(store: Store, source: ListSource, progress: Progress | None = None) -> ListUpdate:
    """Download one list's files and load them as its new version (or find it unchanged).

    A failed download or an unreadable file is recorded as a failed version; the
    previous version stays active.
    """
    origin = " ".join(url for _, url in source.files)
    folder = Path(tempfile.mkdtemp(prefix=f"partpath-{source.dataset}-"))
    try:
        files = [download_file(url, folder / name, progress) for name, url in source.files]
        load = load_snapshot(
            store,
            source.format,
            files,
            source=origin,
            dataset=source.dataset,
            progress=progress,
        )
    except ListDownloadError as error:
        record_failure(store, source.dataset, source.format, origin, [], str(error))
        return ListUpdate(source.dataset, error=str(error))
    except PartpathError as error:  # already recorded as failed by load_snapshot
        return ListUpdate(source.dataset, error=str(error))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return ListUpdate(source.dataset, load=load)


def update_lists(
    store: Store,
    datasets: Sequence[str] = (),
    *,
    sources_file: Path | None = None,
    progress: Progress | None = None,
) -> list[ListUpdate]:
    """Download and load every list of the sources file (or those named), one by one;
    a list that fails does not stop the others."""
    sources = list_sources(sources_file)
    unknown = [name for name in datasets if name not in sources]
    if unknown:
        known = ", ".join(sources)
        raise NotFound(f"no source for {', '.join(unknown)} (known: {known})")
    chosen = [sources[name] for name in datasets] if datasets else list(sources.values())
    return [update_list(store, source, progress) for source in chosen]
