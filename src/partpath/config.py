"""Settings, read once from ``PARTPATH_*`` environment variables with local defaults.

This is the only module that reads the environment.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    """Where partpath keeps its state and who is acting."""

    home: Path
    database_url: str
    actor: str

    @property
    def files_dir(self) -> Path:
        """The content-addressed file store (photos, documents)."""
        return self.home / "files"

    @property
    def rules_dir(self) -> Path:
        """A user's own marking rules, read after the bundled ones."""
        return self.home / "rules"


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in a bare container
        return "unknown"


def load_settings(home: Path | str | None = None, database_url: str | None = None) -> Settings:
    """Settings from the arguments, else ``PARTPATH_HOME`` / ``PARTPATH_DATABASE_URL``.

    The default store is an SQLite database inside ``PARTPATH_HOME``
    (``./partpath-data`` unless set).
    """
    home_path = Path(home or os.environ.get("PARTPATH_HOME") or "partpath-data").absolute()
    url = database_url or os.environ.get("PARTPATH_DATABASE_URL") or ""
    if not url:
        url = f"sqlite:///{home_path / 'partpath.sqlite'}"
    actor = os.environ.get("PARTPATH_USER") or _default_actor()
    return Settings(home=home_path, database_url=url, actor=actor)


def test_database_url() -> str | None:
    """The PostgreSQL server the test suite may use, from ``PARTPATH_TEST_DATABASE_URL``."""
    return os.environ.get("PARTPATH_TEST_DATABASE_URL") or None
