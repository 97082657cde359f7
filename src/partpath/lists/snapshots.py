"""List snapshots: each load of a list file is a dated, checksummed version in the store.

:func:`load_snapshot` reads the whole file first (a bad file names the file and the
record and changes nothing), keeps the file(s) in the content-addressed file store,
writes the version and its entries in one transaction that also supersedes the
previous version of the same dataset. Loading the same files again changes nothing
and says so. :func:`active_lists` gives the screening engine every active version
and its entries, rebuilt from the store once per set of active versions.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from threading import Lock
from typing import Any, NamedTuple

from sqlalchemy import func, insert, select, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from partpath.exc import InvalidInput, NotFound, StoreError
from partpath.lists.errors import ListFormatError
from partpath.lists.files import as_paths, read_raw
from partpath.lists.formats import get_reader
from partpath.lists.formats.ofac_csv import FILES as OFAC_CSV_FILES
from partpath.lists.records import ListEntity
from partpath.store.files import put_blob, sha256_bytes, sha256_file
from partpath.store.lists import ListEntry, ListVersion
from partpath.store.session import Store

__all__ = [
    "ActiveLists",
    "ListVersionInfo",
    "Progress",
    "SnapshotLoad",
    "StoredFile",
    "active_lists",
    "active_versions",
    "files_digest",
    "get_list_entry",
    "get_list_version",
    "list_versions",
    "load_snapshot",
    "publication_date",
    "record_failure",
]

Progress = Callable[[str, int, int | None], None]
"""Called as ``progress(step, done, total)`` while a load runs; ``total`` may be None."""

log = logging.getLogger(__name__)

BATCH = 2_000
"""Entries inserted per statement: large enough to be fast, small enough to report progress."""

PUBLICATION_DATES: dict[str, tuple[tuple[re.Pattern[bytes], str], ...]] = {
    # Where each publisher dates its file, near the top, and the date's layout.
    "un_xml": ((re.compile(rb'dateGenerated="(\d{4}-\d{2}-\d{2})'), "%Y-%m-%d"),),
    "eu_xml": ((re.compile(rb'generationDate="(\d{4}-\d{2}-\d{2})'), "%Y-%m-%d"),),
    "ofac_xml": ((re.compile(rb"<Publish_Date>(\d{2}/\d{2}/\d{4})</Publish_Date>"), "%m/%d/%Y"),),
    "uk_csv": (
        (re.compile(rb"^\W*Last Updated,(\d{2}/\d{2}/\d{4})"), "%d/%m/%Y"),  # OFSI ConList
        (re.compile(rb"^\W*Report Date: (\d{1,2}-[A-Za-z]{3}-\d{4})"), "%d-%b-%Y"),  # FCDO
    ),
}


@dataclass(frozen=True, slots=True)
class StoredFile:
    """One file of a list version: its name, size and SHA-256 in the file store."""

    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class ListVersionInfo:
    """One version of one list: what was loaded, from where, when, by whom, its status."""

    id: str
    dataset: str
    number: int
    format: str
    source: str
    sha256: str
    files: tuple[StoredFile, ...]
    status: str
    entity_count: int
    name_count: int
    published_on: dt.date | None
    loaded_at: dt.datetime
    loaded_by: str
    error: str | None = None

    @property
    def label(self) -> str:
        """How a screening result names the version: ``us_ofac_sdn@3:1f2e3d4c5b6a``."""
        return f"{self.dataset}@{self.number}:{self.sha256[:12]}"

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the version."""
        return {
            "id": self.id,
            "dataset": self.dataset,
            "number": self.number,
            "label": self.label,
            "format": self.format,
            "source": self.source,
            "sha256": self.sha256,
            "files": [{"name": f.name, "sha256": f.sha256, "size": f.size} for f in self.files],
            "status": self.status,
            "entity_count": self.entity_count,
            "name_count": self.name_count,
            "published_on": self.published_on.isoformat() if self.published_on else None,
            "loaded_at": self.loaded_at.isoformat(),
            "loaded_by": self.loaded_by,
            "error": self.error,
        }

    @classmethod
    def of(cls, row: ListVersion) -> ListVersionInfo:
        """The info of a stored version."""
        return cls(
            id=row.id,
            dataset=row.dataset,
            number=row.number,
            format=row.format,
            source=row.source,
            sha256=row.sha256,
            files=tuple(StoredFile(**stored) for stored in row.files),
            status=row.status,
            entity_count=row.entity_count,
            name_count=row.name_count,
            published_on=row.published_on,
            loaded_at=row.created_at,
            loaded_by=row.created_by,
            error=row.error,
        )


@dataclass(frozen=True, slots=True)
class SnapshotLoad:
    """What a load did: the version of each dataset in the files, and which were new."""

    versions: tuple[ListVersionInfo, ...]
    """One per dataset found in the files (OFAC CSV files may hold SDN and consolidated)."""
    new: tuple[str, ...] = ()
    """Ids of the versions this load created; the others were already active."""
    superseded: tuple[str, ...] = field(default=())
    """Ids of the versions this load superseded."""

    @property
    def unchanged(self) -> bool:
        """True when every dataset's files were already the active version: a no-op."""
        return not self.new

    def describe(self) -> str:
        """One line per dataset saying what happened."""
        lines = []
        for version in self.versions:
            what = "loaded" if version.id in self.new else "unchanged, already active as"
            lines.append(
                f"{version.dataset}: {what} version {version.number} ({version.id}), "
                f"{version.entity_count:,} entries, {version.name_count:,} names"
            )
        return "\n".join(lines)


class ActiveLists(NamedTuple):
    """The active version of every list, and all their entries."""

    versions: tuple[ListVersionInfo, ...]
    entities: tuple[ListEntity, ...]

    @property
    def labels(self) -> dict[str, str]:
        """Each dataset's version label (what a screening hit records as its list version)."""
        return {version.dataset: version.label for version in self.versions}


@dataclass
class _Dataset:
    """The parsed entries of one dataset of a load, and the files they came from."""

    name: str
    entities: list[ListEntity]
    files: list[tuple[Path, bytes]]

    @property
    def sha256(self) -> str:
        """The digest of the dataset's files (see :func:`files_digest`)."""
        return files_digest(sha256_bytes(data) for _, data in self.files)


def load_snapshot(
    store: Store,
    format_name: str,
    paths: str | Path | Iterable[str | Path],
    *,
    source: str | None = None,
    dataset: str | None = None,
    progress: Progress | None = None,
) -> SnapshotLoad:
    """Load list files of one format as the new active version of each dataset in them.

    ``source`` is where the files came from (a URL; default: the paths given).
    ``dataset``, when known beforehand (``lists update``), lets a file that cannot
    be read be recorded as a failed version of it. The whole file is parsed before
    anything is written; a bad file raises :class:`ListFormatError` and the previous
    version stays active. Loading files identical to the active version is a no-op
    (``SnapshotLoad.unchanged``).
    """
    files = as_paths(paths)
    if not files:
        raise InvalidInput(f"no list file given or found in {paths}")
    origin = source or _describe_paths(paths)
    report = progress or _no_progress
    unchanged = _unchanged(store, format_name, files)
    if unchanged is not None:
        return SnapshotLoad((unchanged,))
    try:
        datasets = _parse(format_name, files, report)
        if dataset is not None and dataset not in {found.name for found in datasets}:
            found_names = ", ".join(found.name for found in datasets)
            raise InvalidInput(f"{origin}: expected the {dataset} list, found {found_names}")
    except (ListFormatError, InvalidInput) as error:
        if dataset is not None:
            record_failure(store, dataset, format_name, origin, files, str(error))
        raise
    for found in datasets:
        for _path, data in found.files:
            put_blob(store.files_dir, data)
    try:
        return _store_versions(store, format_name, origin, datasets, report)
    except SQLAlchemyError as error:
        message = str(error).splitlines()[0]
        for found in datasets:
            record_failure(store, found.name, format_name, origin, files, message)
        raise StoreError(f"{origin}: the list could not be stored ({message})") from error


def _describe_paths(paths: str | Path | Iterable[str | Path]) -> str:
    given = [paths] if isinstance(paths, str | Path) else list(paths)
    return ", ".join(str(Path(path).absolute()) for path in given)


def _unchanged(store: Store, format_name: str, files: list[Path]) -> ListVersionInfo | None:
    """The active version made of exactly these files, if any: then there is nothing to do.

    Checked before parsing, so that a daily ``lists update`` of an unchanged list is
    cheap; a load of several datasets at once is compared dataset by dataset later.
    """
    try:
        digest = files_digest([sha256_file(path) for path in files])
    except OSError:
        return None  # the parse names the unreadable file
    with store.session() as session:
        row = session.scalars(
            select(ListVersion).where(
                ListVersion.sha256 == digest,
                ListVersion.format == format_name,
                ListVersion.status == "active",
            )
        ).first()
        return ListVersionInfo.of(row) if row is not None else None


def files_digest(digests: Iterable[str]) -> str:
    """The SHA-256 that identifies a set of files by their contents: of their SHA-256s,
    sorted, so that the same file downloaded under another name is the same version."""
    return sha256_bytes("\n".join(sorted(digests)).encode())


def _no_progress(step: str, done: int, total: int | None) -> None:
    """Progress nobody watches."""


def _parse(format_name: str, files: list[Path], report: Progress) -> list[_Dataset]:
    reader = get_reader(format_name)
    contents = {path: read_raw(path) for path in files}
    by_dataset: dict[str, list[ListEntity]] = {}
    step, count = f"reading {', '.join(path.name for path in files)}", 0
    for count, entity in enumerate(reader(files), 1):
        by_dataset.setdefault(entity.dataset, []).append(entity)
        if count % 1_000 == 0:
            report(step, count, None)
    report(step, count, count)
    if not by_dataset:
        raise ListFormatError(files[0], "", "no list entries in the file(s)")
    datasets = []
    for name, entities in by_dataset.items():
        _refuse_repeated_ids(name, entities)
        own = _files_of(format_name, name, files)
        datasets.append(_Dataset(name, entities, [(path, contents[path]) for path in own]))
    return datasets


def _refuse_repeated_ids(dataset: str, entities: list[ListEntity]) -> None:
    seen: dict[str, ListEntity] = {}
    for entity in entities:
        first = seen.setdefault(entity.entry_id, entity)
        if first is not entity:
            name, _, where = entity.source_record.partition(" ")
            problem = f"entry {entity.entry_id} again (first at {first.source_record})"
            raise ListFormatError(name or dataset, where, problem)


def _files_of(format_name: str, dataset: str, files: list[Path]) -> list[Path]:
    """The files a dataset was read from: OFAC's legacy CSV files say by their names."""
    if format_name == "ofac_csv":
        return [path for path in files if OFAC_CSV_FILES[path.name.lower()][0] == dataset]
    return files


def publication_date(format_name: str, data: bytes) -> dt.date | None:
    """The date the publisher put in the file (UN, EU, OFAC XML, UK CSV), else None."""
    for pattern, layout in PUBLICATION_DATES.get(format_name, ()):
        found = pattern.search(data[:8_192])
        if found is None:
            continue
        try:
            return dt.datetime.strptime(found.group(1).decode("ascii"), layout).date()
        except ValueError:
            return None
    return None


def _store_versions(
    store: Store, format_name: str, origin: str, datasets: list[_Dataset], report: Progress
) -> SnapshotLoad:
    versions: list[ListVersionInfo] = []
    new: list[str] = []
    superseded: list[str] = []
    with store.session(note=f"list load from {origin}") as session:
        for found in datasets:
            _lock_dataset(session, found.name)
            active = _active_row(session, found.name)
            if active is not None and active.sha256 == found.sha256:
                versions.append(ListVersionInfo.of(active))
                continue
            row = _new_version(session, format_name, origin, found)
            _insert_entries(session, row, found.entities, report)
            if active is not None:
                active.status = "superseded"
                superseded.append(active.id)
            session.flush()
            versions.append(ListVersionInfo.of(row))
            new.append(row.id)
    return SnapshotLoad(tuple(versions), tuple(new), tuple(superseded))


def _lock_dataset(session: Session, dataset: str) -> None:
    """Make two loads of one dataset take turns, so that one version only is active and
    version numbers do not repeat: the lock is held until the transaction ends."""
    if session.get_bind().dialect.name == "postgresql":
        key = f"partpath.lists:{dataset}"
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:key))"), {"key": key})
    else:
        # SQLite has one write lock per database, taken by the first write statement;
        # without this, both loads would read "no active version" before either writes.
        session.execute(text("UPDATE list_versions SET status = status WHERE 0 = 1"))


def _active_row(session: Session, dataset: str) -> ListVersion | None:
    query = select(ListVersion).where(
        ListVersion.dataset == dataset, ListVersion.status == "active"
    )
    return session.scalars(query).first()


def _next_number(session: Session, dataset: str) -> int:
    last = session.scalar(
        select(func.max(ListVersion.number)).where(ListVersion.dataset == dataset)
    )
    return (last or 0) + 1


def _new_version(session: Session, format_name: str, origin: str, found: _Dataset) -> ListVersion:
    first = found.files[0][1] if found.files else b""
    row = ListVersion(
        dataset=found.name,
        number=_next_number(session, found.name),
        format=format_name,
        source=origin,
        sha256=found.sha256,
        files=[_file_record(path, data) for path, data in found.files],
        status="active",
        entity_count=len(found.entities),
        name_count=sum(len(entity.names) for entity in found.entities),
        published_on=publication_date(format_name, first),
    )
    session.add(row)
    session.flush()
    return row


def _file_record(path: Path, data: bytes) -> dict[str, Any]:
    return {"name": path.name, "sha256": sha256_bytes(data), "size": len(data)}


def _insert_entries(
    session: Session, version: ListVersion, entities: list[ListEntity], report: Progress
) -> None:
    total = len(entities)
    for start in range(0, total, BATCH):
        rows = [
            {
                "version_id": version.id,
                "entry_id": entity.entry_id,
                "schema": entity.schema,
                "caption": entity.caption,
                "data": entity.to_compact_dict(),
            }
            for entity in entities[start : start + BATCH]
        ]
        session.execute(insert(ListEntry), rows)
        report(f"storing {version.dataset}", min(start + BATCH, total), total)


def record_failure(
    store: Store,
    dataset: str,
    format_name: str,
    source: str,
    files: Sequence[Path],
    error: str,
) -> ListVersionInfo | None:
    """Record a load of ``dataset`` that failed, with its error; the active version stays.

    Returns None when the store cannot take the record either: the load's own error,
    which the caller raises, says more than this one would.
    """
    records = []
    for path in files:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        records.append(_file_record(path, data))
    digest = files_digest(record["sha256"] for record in records)
    try:
        return _insert_failure(store, dataset, format_name, source, records, digest, error)
    except SQLAlchemyError as failure:
        log.warning("could not record the failed load of %s: %s", dataset, failure)
        return None


def _insert_failure(
    store: Store,
    dataset: str,
    format_name: str,
    source: str,
    records: list[dict[str, Any]],
    digest: str,
    error: str,
) -> ListVersionInfo:
    with store.session(note=f"failed list load from {source}") as session:
        _lock_dataset(session, dataset)
        row = ListVersion(
            dataset=dataset,
            number=_next_number(session, dataset),
            format=format_name,
            source=source,
            sha256=digest,
            files=records,
            status="failed",
            entity_count=0,
            name_count=0,
            error=error[:2_000],
        )
        session.add(row)
        session.flush()
        return ListVersionInfo.of(row)


def _session_of(source: Store | Session) -> AbstractContextManager[Session]:
    """A context giving a session: the one given, or a new one of the store."""
    return nullcontext(source) if isinstance(source, Session) else source.session()


def active_versions(source: Store | Session) -> tuple[ListVersionInfo, ...]:
    """The active version of every dataset, by dataset name; cheap (no entries read)."""
    with _session_of(source) as session:
        rows = session.scalars(
            select(ListVersion).where(ListVersion.status == "active").order_by(ListVersion.dataset)
        )
        return tuple(ListVersionInfo.of(row) for row in rows)


_CACHE: dict[tuple[str, ...], tuple[ListEntity, ...]] = {}
_CACHE_LOCK = Lock()


def active_lists(source: Store | Session) -> ActiveLists:
    """The active version of every list and all their entries, rebuilt from the store.

    The entries are kept in this process while the same versions stay active, so a
    server or a batch asks again for free; a load or update makes the next call
    read the new versions.
    """
    with _session_of(source) as session:
        versions = active_versions(session)
        bind = session.get_bind()
        key = (str(bind.engine.url), *(version.id for version in versions))
        with _CACHE_LOCK:
            cached = _CACHE.get(key)
        if cached is None:
            cached = _read_entities(session, [version.id for version in versions])
            with _CACHE_LOCK:
                _CACHE.clear()  # one set of lists at a time: they are large
                _CACHE[key] = cached
    return ActiveLists(versions, cached)


def _read_entities(session: Session, version_ids: list[str]) -> tuple[ListEntity, ...]:
    if not version_ids:
        return ()
    rows = session.execute(
        select(ListEntry.data).where(ListEntry.version_id.in_(version_ids)).order_by(ListEntry.id)
    )
    return tuple(ListEntity.from_dict(data) for (data,) in rows)


def list_versions(source: Store | Session, dataset: str | None = None) -> list[ListVersionInfo]:
    """Every version of every list (or of one dataset), newest first within a dataset."""
    query = select(ListVersion).order_by(ListVersion.dataset, ListVersion.number.desc())
    if dataset is not None:
        query = query.where(ListVersion.dataset == dataset)
    with _session_of(source) as session:
        found = [ListVersionInfo.of(row) for row in session.scalars(query)]
    if dataset is not None and not found:
        raise NotFound(f"no version of the list {dataset!r} is stored")
    return found


def get_list_version(
    source: Store | Session, dataset: str, version: str | None = None
) -> ListVersionInfo:
    """One version of a list: by id or number, else the active one."""
    with _session_of(source) as session:
        query = select(ListVersion).where(ListVersion.dataset == dataset)
        if version is None:
            query = query.where(ListVersion.status == "active")
        elif version.isdigit():
            query = query.where(ListVersion.number == int(version))
        else:
            query = query.where(ListVersion.id == version)
        row = session.scalars(query).first()
        if row is None:
            which = f"version {version}" if version else "active version"
            raise NotFound(f"no {which} of the list {dataset!r}")
        return ListVersionInfo.of(row)


def get_list_entry(
    source: Store | Session, dataset: str, entry_id: str, version: str | None = None
) -> tuple[ListVersionInfo, ListEntity]:
    """One entry of a list, in its active version (or the version given), with the version."""
    with _session_of(source) as session:
        found = get_list_version(session, dataset, version)
        data = session.scalar(
            select(ListEntry.data)
            .where(ListEntry.version_id == found.id, ListEntry.entry_id == entry_id)
            .order_by(ListEntry.id)
        )
    if data is None:
        raise NotFound(f"no entry {entry_id!r} in {dataset} version {found.number}")
    return found, ListEntity.from_dict(data)
