"""Shared fixtures: a real store on SQLite, and on PostgreSQL when a server is given.

Set ``PARTPATH_TEST_DATABASE_URL`` (e.g. ``postgresql+psycopg://postgres@127.0.0.1:5432/postgres``)
to run every store test on PostgreSQL as well; each test gets its own database,
created and dropped around it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from partpath.cli import app
from partpath.config import Settings, load_settings, test_database_url
from partpath.store import Store, init_store
from partpath.store.session import scratch_database

SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
FIXTURES = Path(__file__).parent / "fixtures"

BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database URL on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite'}"
        return
    admin_url = test_database_url()
    if admin_url is None:
        pytest.skip("PostgreSQL tests need PARTPATH_TEST_DATABASE_URL (set by .ci/run)")
    with scratch_database(admin_url, "partpath_test") as url:
        yield url


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    """Settings for a store under a temporary home, on the backend under test."""
    return load_settings(home=tmp_path / "home", database_url=database_url)


@pytest.fixture
def store(settings: Settings) -> Iterator[Store]:
    """An initialised, empty store."""
    opened, _, _ = init_store(settings)
    yield opened
    opened.close()


@pytest.fixture
def shared_data() -> Path:
    """The shared real data, or a skip when this checkout has no ../shared beside it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA


Run = Callable[..., tuple[int, str, str]]
"""``run(*args)`` → (exit code, stdout, stderr) of ``partpath --home TMP *args``."""


@pytest.fixture
def run(tmp_path: Path, database_url: str, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run the command line as a user would, on a store of the backend under test."""
    monkeypatch.setenv("PARTPATH_DATABASE_URL", database_url)
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()

    def invoke(*args: str) -> tuple[int, str, str]:
        result = runner.invoke(app, ["--home", str(tmp_path / "home"), *args])
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout, result.stderr

    return invoke
