"""Snapshots of the real lists, and a store from before list snapshots upgraded in place."""

from __future__ import annotations

import time
from pathlib import Path

from alembic import command
from sqlalchemy import text

from partpath.config import Settings
from partpath.evidence.cases import get_case
from partpath.lists.snapshots import active_lists, get_list_entry, load_snapshot
from partpath.store import Store, init_store
from partpath.store.session import _alembic_config, _head_revision, _make_engine
from tests.lists.snapshot_files import write_ofac_csv

ACTIVE_LISTS_SECONDS = 5.0
"""Budget for rebuilding OFAC SDN + consolidated + UN (16,410 entries) from the store;
measured at about 1 s on SQLite on the 2-core development machine."""


def test_the_real_ofac_and_un_files_load_and_come_back(store: Store, shared_data: Path) -> None:
    lists = shared_data / "lists"
    for format_name, folder in [
        ("ofac_csv", "ofac"),
        ("ofac_csv", "ofac-consolidated"),
        ("un_xml", "un"),
    ]:
        assert not load_snapshot(store, format_name, lists / folder).unchanged
    started = time.perf_counter()
    versions, entities = active_lists(store)
    seconds = time.perf_counter() - started
    counts = {version.dataset: version.entity_count for version in versions}
    assert counts == {"us_ofac_sdn": 14_965, "us_ofac_cons": 442, "un_sc_sanctions": 1_003}
    assert len(entities) == sum(counts.values())
    assert seconds < ACTIVE_LISTS_SECONDS, f"active_lists took {seconds:.1f} s"
    un = next(version for version in versions if version.dataset == "un_sc_sanctions")
    assert un.published_on is not None and un.published_on.isoformat() == "2026-02-27"
    _, entity = get_list_entry(store, "us_ofac_sdn", "36")
    assert entity.caption == "AEROCARIBBEAN AIRLINES"
    assert load_snapshot(store, "un_xml", lists / "un").unchanged


def test_a_store_at_0002_with_data_is_upgraded_and_takes_list_snapshots(
    settings: Settings, tmp_path: Path
) -> None:
    settings.home.mkdir(parents=True)
    engine = _make_engine(settings.database_url)
    command.upgrade(_alembic_config(engine), "0002")
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO cases (id, title, is_exercise, version, retired, created_at,"
                " created_by, updated_at, updated_by) VALUES ('OLD-2', 'from 0002', false, 1,"
                " false, '2025-01-01 00:00:00', 'alice', '2025-01-01 00:00:00', 'alice')"
            )
        )
    engine.dispose()
    store, before, after = init_store(settings)
    try:
        assert (before, after) == ("0002", _head_revision())
        with store.session() as session:
            assert get_case(session, "OLD-2").title == "from 0002"
        load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "ofac", {1: "AFTER LLC"}))
        assert [entity.caption for entity in active_lists(store).entities] == ["AFTER LLC"]
    finally:
        store.close()
