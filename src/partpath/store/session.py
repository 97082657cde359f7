"""Opening, creating and upgrading a store (SQLite by default, PostgreSQL for teams)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from uuid import uuid4

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from partpath.config import Settings
from partpath.exc import PartpathError, StoreError

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class Store:
    """An open store: its settings, database engine and session factory."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def files_dir(self) -> Path:
        """Directory of the content-addressed file store."""
        return self.settings.files_dir

    @contextmanager
    def session(self, actor: str | None = None, note: str | None = None) -> Iterator[Session]:
        """A session that commits on success and rolls back on any error.

        Every change made in it is logged under ``actor`` (default: the
        configured user) with the optional ``note``.
        """
        session = self.sessions()
        session.info["actor"] = actor or self.settings.actor
        session.info["note"] = note
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()


def _make_engine(url: str) -> Engine:
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        # SQLite enforces foreign keys only when asked, per connection.
        @event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection: Any, record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

    return engine


def _alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def _head_revision() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def schema_revision(engine: Engine) -> str | None:
    """The migration the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def init_store(settings: Settings) -> tuple[Store, str | None, str]:
    """Create the store, or upgrade an older one in place; never recreate it.

    Returns the open store, the schema revision found (None for a new store)
    and the revision it is at now.
    """
    settings.home.mkdir(parents=True, exist_ok=True)
    settings.files_dir.mkdir(exist_ok=True)
    with _engine_or_dispose(settings, "initialise") as engine:
        before = schema_revision(engine)
        _refuse_unknown(before, settings)
        command.upgrade(_alembic_config(engine), "head")
        after = schema_revision(engine) or ""
    return Store(settings, engine, sessionmaker(engine, expire_on_commit=False)), before, after


def open_store(settings: Settings) -> Store:
    """Open an initialised store at the current schema, or explain what is wrong."""
    sqlite_file = settings.database_url.removeprefix("sqlite:///")
    if sqlite_file != settings.database_url and not Path(sqlite_file).is_file():
        raise StoreError(f"no store at {sqlite_file}: run `partpath init` first")
    with _engine_or_dispose(settings, "open") as engine:
        found = schema_revision(engine)
        if found is None:
            raise StoreError(f"no store at {_where(settings)}: run `partpath init` first")
        _refuse_unknown(found, settings)
        if found != _head_revision():
            raise StoreError(
                f"the store at {_where(settings)} has an older schema ({found}): "
                "run `partpath init` to upgrade it"
            )
    return Store(settings, engine, sessionmaker(engine, expire_on_commit=False))


@contextmanager
def _engine_or_dispose(settings: Settings, verb: str) -> Iterator[Engine]:
    """An engine for the store; on any failure it is disposed and the error made clear."""
    engine = _make_engine(settings.database_url)
    try:
        yield engine
    except SQLAlchemyError as error:
        engine.dispose()
        raise StoreError(
            f"cannot {verb} the store at {_where(settings)}: {_first_line(error)}"
        ) from error
    except BaseException:
        engine.dispose()
        raise


def _refuse_unknown(revision: str | None, settings: Settings) -> None:
    if revision is None:
        return
    try:
        ScriptDirectory(str(MIGRATIONS)).get_revision(revision)
    except Exception as error:  # alembic raises several kinds for an unknown revision
        raise StoreError(
            f"the store at {_where(settings)} has schema {revision}, newer than this "
            "partpath knows: upgrade partpath"
        ) from error


def _first_line(error: Exception) -> str:
    return str(error).splitlines()[0] if str(error) else type(error).__name__


def _where(settings: Settings) -> str:
    url = settings.database_url
    if url.startswith("sqlite"):
        return url.removeprefix("sqlite:///")
    return url.split("@")[-1]


__all__ = ["PartpathError", "Store", "init_store", "open_store", "schema_revision"]


@contextmanager
def scratch_database(admin_url: str, prefix: str = "partpath_scratch") -> Iterator[str]:
    """A new, empty database on the PostgreSQL server of ``admin_url`` (its URL), dropped
    afterwards with anything still connected to it: for tests and benchmarks."""
    name = f"{prefix}_{uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
