"""The errors of reading lists: a file that is not the format it claims, a failed download."""

from __future__ import annotations

from pathlib import Path

from partpath.exc import InvalidInput, PartpathError


class ListFormatError(InvalidInput):
    """A truncated or malformed list file; the message names the file, the record and
    what was expected there."""

    def __init__(self, path: Path | str, where: str, problem: str) -> None:
        self.path = Path(path)
        self.where = where
        self.problem = problem
        location = f"{self.path}, {where}" if where else str(self.path)
        super().__init__(f"{location}: {problem}")


class ListDownloadError(PartpathError):
    """A list file that could not be downloaded from its publisher (``lists update``)."""

    status_code = 502
