"""Exporting a case: JSON Lines, or a self-contained folder a partner can verify.

A folder export holds ``records.jsonl`` (every record of the case and its full
history), ``photos/`` (each photo's file, unaltered, named by its SHA-256),
``manifest.json`` (what was exported, by whom, and the SHA-256 of every file)
and ``SHA256SUMS`` (the same sums in the format ``sha256sum -c`` reads).
"""

from __future__ import annotations

import json
import mimetypes
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel
from sqlalchemy import select
from sqlalchemy.orm import Session

import partpath
from partpath.evidence.cases import get_case, list_sources
from partpath.evidence.custody import list_case_custody
from partpath.evidence.items import list_case_components, list_items
from partpath.evidence.photos import list_photos
from partpath.evidence.records import (
    CaseOut,
    ComponentOut,
    CustodyOut,
    ItemOut,
    PhotoOut,
    RevisionOut,
    SourceOut,
)
from partpath.exc import Conflict, InvalidInput
from partpath.store.base import Revision, utcnow
from partpath.store.files import read_blob, sha256_file

FORMAT = "partpath case export"
FORMAT_VERSION = 1
RECORDS = "records.jsonl"
MANIFEST = "manifest.json"
SUMS = "SHA256SUMS"


def case_records(session: Session, case_id: str) -> Iterator[dict[str, Any]]:
    """Every current record of a case, then the full history of each, as JSON-ready dicts."""
    case = get_case(session, case_id)
    groups: list[tuple[str, type[BaseModel], Any]] = [
        ("case", CaseOut, [case]),
        ("source", SourceOut, list_sources(session, case_id)),
        ("item", ItemOut, list_items(session, case_id)),
        ("component", ComponentOut, list_case_components(session, case_id)),
        ("photo", PhotoOut, list_photos(session, case_id)),
        ("custody_event", CustodyOut, list_case_custody(session, case_id)),
    ]
    ids: list[str] = []
    for kind, model, records in groups:
        for record in records:
            ids.append(getattr(record, "id", ""))
            yield {"type": kind, **model.model_validate(record).model_dump(mode="json")}
    query = select(Revision).where(Revision.record_id.in_(ids)).order_by(Revision.id)
    for revision in session.scalars(query):
        yield {"type": "revision", **RevisionOut.model_validate(revision).model_dump(mode="json")}


def export_jsonl(session: Session, case_id: str, out: TextIO) -> Counter[str]:
    """Write a case as JSON Lines to ``out``; return how many records of each type."""
    counts: Counter[str] = Counter()
    for record in case_records(session, case_id):
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        counts[record["type"]] += 1
    return counts


@dataclass(frozen=True)
class FolderExport:
    """Where a folder export went and what it holds."""

    folder: Path
    counts: dict[str, int]
    files: int


def export_folder(session: Session, files_dir: Path, case_id: str, folder: Path) -> FolderExport:
    """Write a case as a self-contained, verifiable folder (records, photos, manifest).

    The folder is built beside its destination and renamed into place, so a
    failed export leaves nothing behind.
    """
    if folder.exists() and any(folder.iterdir()):
        raise Conflict(f"{folder} exists and is not empty; choose a new folder")
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".partpath-export-", dir=folder.parent))
    staging.chmod(0o755)  # mkdtemp makes it private; an export is meant to be shared
    try:
        with (staging / RECORDS).open("w", encoding="utf-8") as out:
            counts = export_jsonl(session, case_id, out)
        photo_dir = staging / "photos"
        photo_dir.mkdir()
        for photo in list_photos(session, case_id):
            name = photo.sha256 + (mimetypes.guess_extension(photo.media_type) or ".bin")
            (photo_dir / name).write_bytes(read_blob(files_dir, photo.sha256))
        sums = _write_manifest(staging, case_id, counts, str(session.info.get("actor")))
        if folder.exists():
            folder.rmdir()
        os.replace(staging, folder)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return FolderExport(folder, dict(counts), len(sums))


def _write_manifest(folder: Path, case_id: str, counts: Counter[str], actor: str) -> dict[str, str]:
    sums = {
        path.relative_to(folder).as_posix(): sha256_file(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "case_id": case_id,
        "exported_at": utcnow().isoformat() + "Z",
        "exported_by": actor,
        "partpath_version": partpath.__version__,
        "counts": dict(sorted(counts.items())),
        "files": sums,
    }
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    all_sums = {**sums, MANIFEST: sha256_file(folder / MANIFEST)}
    lines = [f"{sha}  {name}\n" for name, sha in sorted(all_sums.items())]
    (folder / SUMS).write_text("".join(lines), encoding="utf-8")
    return sums


@dataclass
class Verification:
    """The result of checking an exported folder: what was checked and what is wrong."""

    folder: Path
    case_id: str | None = None
    files_checked: int = 0
    photos_checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every file is present and matches its SHA-256."""
        return not self.problems


def verify_folder(folder: Path) -> Verification:
    """Check an exported folder: every file against the manifest, every photo against
    its record, and nothing added or missing."""
    result = Verification(folder)
    manifest = _read_manifest(folder)
    result.case_id = str(manifest.get("case_id"))
    listed: dict[str, str] = manifest["files"]
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    for name in sorted(present - set(listed) - {MANIFEST, SUMS}):
        result.problems.append(f"{name}: not listed in the manifest (added after export?)")
    for name, expected in sorted(listed.items()):
        path = folder / name
        if name not in present:
            result.problems.append(f"{name}: listed in the manifest but missing")
        elif sha256_file(path) != expected:
            result.problems.append(f"{name}: SHA-256 does not match the manifest (altered)")
        result.files_checked += 1
    if RECORDS in present and not any(p.startswith(RECORDS) for p in result.problems):
        _check_photo_records(folder, listed, result)
    _check_sums_file(folder, listed, result)
    return result


def _read_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not folder.is_dir():
        raise InvalidInput(f"{folder}: not a folder")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InvalidInput(f"{folder}: no {MANIFEST}; is this a partpath export?") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise InvalidInput(f"{path}: not valid JSON ({error})") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInput(f"{path}: not a partpath case export manifest")
    if not isinstance(manifest.get("files"), dict):
        raise InvalidInput(f"{path}: no 'files' table of SHA-256 sums")
    return manifest


def _check_photo_records(folder: Path, listed: dict[str, str], result: Verification) -> None:
    photo_sums = {sha for name, sha in listed.items() if name.startswith("photos/")}
    with (folder / RECORDS).open(encoding="utf-8") as records:
        for number, line in enumerate(records, start=1):
            record = json.loads(line)
            if record.get("type") != "photo":
                continue
            result.photos_checked += 1
            if record.get("sha256") not in photo_sums:
                result.problems.append(
                    f"{RECORDS} line {number}: photo {record.get('id')} has no file with "
                    f"SHA-256 {record.get('sha256')} in photos/"
                )


def _check_sums_file(folder: Path, listed: dict[str, str], result: Verification) -> None:
    path = folder / SUMS
    if not path.is_file():
        result.problems.append(f"{SUMS}: missing")
        return
    expected = {**listed, MANIFEST: sha256_file(folder / MANIFEST)}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        sha, _, name = line.partition("  ")
        found[name] = sha
    if found != expected:
        result.problems.append(f"{SUMS}: does not agree with {MANIFEST}")
