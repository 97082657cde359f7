"""The content-addressed file store: each file kept once, unaltered, under its SHA-256."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from partpath.exc import IntegrityError, NotFound


def sha256_bytes(data: bytes) -> str:
    """The SHA-256 of ``data`` as 64 lowercase hex digits."""
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    """The SHA-256 of the file at ``path``, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def blob_path(files_dir: Path, sha256: str) -> Path:
    """Where the file with this SHA-256 lives: ``files/sha256/ab/abcdef…``."""
    return files_dir / "sha256" / sha256[:2] / sha256


def put_blob(files_dir: Path, data: bytes) -> str:
    """Store ``data`` (once; storing it again is a no-op) and return its SHA-256.

    The file is written to a temporary name and renamed, so a crash never
    leaves a half-written file under a valid hash.
    """
    sha = sha256_bytes(data)
    target = blob_path(files_dir, sha)
    if target.exists():
        return sha
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
    os.replace(tmp, target)
    os.chmod(target, 0o444)
    return sha


def read_blob(files_dir: Path, sha256: str) -> bytes:
    """The bytes stored under ``sha256``; refuses a file whose content no longer matches."""
    path = blob_path(files_dir, sha256)
    if not path.exists():
        raise NotFound(f"no stored file with SHA-256 {sha256}")
    data = path.read_bytes()
    if sha256_bytes(data) != sha256:
        raise IntegrityError(f"stored file {path} no longer matches its SHA-256: it was altered")
    return data
