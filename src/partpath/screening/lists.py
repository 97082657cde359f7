"""The screening index over the lists: the store's active list versions, or list files
named on the spot. An index is built once per set of versions and kept while they
stay active, so that a server or a batch screens without rebuilding it."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from threading import Lock

from partpath.exc import InvalidInput
from partpath.lists.files import as_paths
from partpath.lists.formats import FORMATS, load_list
from partpath.lists.records import ListEntity
from partpath.lists.snapshots import active_lists, active_versions, files_digest
from partpath.screening.index import ScreeningIndex
from partpath.store import Store
from partpath.store.files import sha256_file

_CACHE: dict[tuple[str, ...], ScreeningIndex] = {}
_LOCK = Lock()


def index_from_files(specs: Sequence[str]) -> ScreeningIndex:
    """An index over list files given as ``FORMAT=PATH`` (a file or a folder), without
    storing them; each list's version is ``file:`` and the start of its files' digest,
    computed as loading them computes it (:func:`~partpath.lists.snapshots.files_digest`)."""
    entities: list[ListEntity] = []
    versions: dict[str, str] = {}
    for spec in specs:
        format_name, sep, where = spec.partition("=")
        if not sep or not where:
            raise InvalidInput(f"--list {spec!r}: expected FORMAT=PATH, e.g. ofac_csv=./ofac")
        if format_name not in FORMATS:
            raise InvalidInput(
                f"--list {spec!r}: unknown format {format_name!r}; known: {', '.join(FORMATS)}"
            )
        path = Path(where)
        if not path.exists():
            raise InvalidInput(f"--list {spec!r}: {path} does not exist")
        loaded = load_list(format_name, path)
        label = f"file:{files_digest(sha256_file(file) for file in as_paths(path))[:16]}"
        for dataset in {entity.dataset for entity in loaded}:
            versions[dataset] = label
        entities.extend(loaded)
    return ScreeningIndex.build(entities, versions)


NO_LIST = (
    "no list is loaded: load one with `partpath lists load FORMAT PATH` "
    "or `partpath lists update`, or name list files with --list FORMAT=PATH"
)


def index_from_store(store: Store) -> ScreeningIndex | None:
    """An index over the store's active list versions (None when no list is loaded);
    each hit records its list's version label (``us_ofac_sdn@3:1f2e3d4c5b6a``)."""
    versions = active_versions(store)
    if not versions:
        return None
    key = (str(store.settings.database_url), *sorted(version.label for version in versions))
    with _LOCK:
        if key not in _CACHE:
            loaded = active_lists(store)
            _CACHE.clear()  # one set of lists at a time: they are large
            _CACHE[key] = ScreeningIndex.build(loaded.entities, loaded.labels)
        return _CACHE[key]


def require_index(store: Store) -> ScreeningIndex:
    """The store's index, or a clear error saying how to load a list."""
    index = index_from_store(store)
    if index is None:
        raise InvalidInput(NO_LIST)
    return index
