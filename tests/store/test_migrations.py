"""The schema: migrations match the models, upgrades keep data, a newer store is refused."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from partpath.config import Settings
from partpath.evidence.cases import create_case, get_case
from partpath.evidence.records import CaseIn
from partpath.exc import StoreError
from partpath.store import Base, Store, init_store, open_store
from partpath.store.session import _alembic_config, _head_revision, _make_engine

HEAD = _head_revision()


def test_the_migrations_build_exactly_the_models(store: Store) -> None:
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_init_on_an_existing_store_keeps_its_data(store: Store, settings: Settings) -> None:
    with store.session() as session:
        create_case(session, CaseIn(id="EX-1", title="kept"))
    again, before, after = init_store(settings)
    assert before == after == HEAD
    with again.session() as session:
        assert get_case(session, "EX-1").title == "kept"
    again.close()


def test_a_store_from_a_newer_partpath_is_refused(store: Store, settings: Settings) -> None:
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError, match="newer than this partpath knows"):
        open_store(settings)
    with pytest.raises(StoreError, match="newer than this partpath knows"):
        init_store(settings)


def test_an_older_store_is_upgraded_in_place_with_its_data(settings: Settings) -> None:
    settings.home.mkdir(parents=True)
    engine = _make_engine(settings.database_url)
    command.upgrade(_alembic_config(engine), "0001")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (id, title, is_exercise, version, retired, created_at,"
                " created_by, updated_at, updated_by) VALUES ('OLD-1', 'from 0001', false, 1,"
                " false, '2025-01-01 00:00:00', 'alice', '2025-01-01 00:00:00', 'alice')"
            )
        )
    engine.dispose()
    with pytest.raises(StoreError, match="older schema"):
        open_store(settings)
    store, before, after = init_store(settings)
    assert (before, after) == ("0001", HEAD)
    with store.session() as session:
        assert get_case(session, "OLD-1").title == "from 0001"
    store.close()
