"""List snapshots on a real store (SQLite and PostgreSQL): versions, no-ops, failures."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from partpath.exc import NotFound, StoreError
from partpath.lists import ListFormatError, load_list
from partpath.lists.snapshots import (
    active_lists,
    active_versions,
    get_list_entry,
    get_list_version,
    list_versions,
    load_snapshot,
    publication_date,
)
from partpath.store import Store
from partpath.store.files import read_blob
from partpath.store.lists import ListEntry
from tests.conftest import FIXTURES
from tests.lists.snapshot_files import write_ofac_csv

EU_SAMPLE = FIXTURES / "lists" / "eu_fsf_sample.xml"
SDN_XML_SAMPLE = FIXTURES / "lists" / "sdn_sample.xml"


def _entries(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(ListEntry)) or 0


def test_a_load_is_an_active_version_whose_entries_come_back_whole(store: Store) -> None:
    result = load_snapshot(store, "eu_xml", EU_SAMPLE)
    (version,) = result.versions
    assert not result.unchanged and result.new == (version.id,)
    assert (version.dataset, version.number, version.status) == ("eu_fsf", 1, "active")
    assert version.published_on is not None and version.published_on.isoformat() == "2026-01-15"
    expected = load_list("eu_xml", EU_SAMPLE)
    assert version.entity_count == len(expected)
    assert version.name_count == sum(len(entity.names) for entity in expected)
    versions, entities = active_lists(store)
    assert versions == (version,)
    assert list(entities) == expected
    assert read_blob(store.files_dir, version.files[0].sha256) == EU_SAMPLE.read_bytes()


def test_loading_the_same_file_again_changes_nothing_and_says_so(store: Store) -> None:
    first = load_snapshot(store, "eu_xml", EU_SAMPLE)
    again = load_snapshot(store, "eu_xml", EU_SAMPLE)
    assert again.unchanged and again.versions == first.versions
    assert "unchanged, already active as version 1" in again.describe()
    assert len(list_versions(store, "eu_fsf")) == 1
    assert _entries(store) == first.versions[0].entity_count


def test_a_new_file_supersedes_the_active_version(store: Store, tmp_path: Path) -> None:
    old = load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "a", {1: "OLD NAME LLC"}))
    names = {1: "OLD NAME LLC", 2: "NEW ENTRY JSC"}
    new = load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "b", names))
    assert new.superseded == (old.versions[0].id,)
    history = list_versions(store, "us_ofac_sdn")
    assert [(v.number, v.status) for v in history] == [(2, "active"), (1, "superseded")]
    versions, entities = active_lists(store)
    assert [v.number for v in versions] == [2]
    assert sorted(entity.caption for entity in entities) == ["NEW ENTRY JSC", "OLD NAME LLC"]
    assert get_list_version(store, "us_ofac_sdn", "1").status == "superseded"


def test_a_truncated_file_names_file_and_record_and_changes_nothing(
    store: Store, tmp_path: Path
) -> None:
    good = load_snapshot(store, "eu_xml", EU_SAMPLE)
    truncated = tmp_path / "eu_fsf_sample.xml"
    truncated.write_bytes(EU_SAMPLE.read_bytes()[:3_000])
    with pytest.raises(ListFormatError, match=r"eu_fsf_sample\.xml, line \d+.*truncated"):
        load_snapshot(store, "eu_xml", truncated)
    assert active_versions(store) == good.versions
    assert _entries(store) == good.versions[0].entity_count
    assert len(list_versions(store, "eu_fsf")) == 1


def test_a_failed_load_of_a_known_list_is_recorded_as_failed(store: Store, tmp_path: Path) -> None:
    good = load_snapshot(store, "eu_xml", EU_SAMPLE)
    truncated = tmp_path / "eu_fsf_sample.xml"
    truncated.write_bytes(EU_SAMPLE.read_bytes()[:3_000])
    with pytest.raises(ListFormatError):
        load_snapshot(store, "eu_xml", truncated, dataset="eu_fsf", source="https://example.org")
    failed, active = list_versions(store, "eu_fsf")
    assert (failed.status, failed.entity_count, failed.source) == (
        "failed",
        0,
        "https://example.org",
    )
    assert failed.error is not None and "truncated" in failed.error
    assert active_versions(store) == good.versions == (active,)


def test_an_interrupted_load_writes_no_entry_and_keeps_the_previous_version(
    store: Store, tmp_path: Path
) -> None:
    old = load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "a", {1: "KEPT LLC"}))
    many = {number: f"ENTRY {number} LLC" for number in range(1, 5_001)}

    def interrupt(step: str, done: int, total: int | None) -> None:
        if step == "storing us_ofac_sdn" and done >= 2_000:
            raise KeyboardInterrupt  # as a user pressing Ctrl-C halfway through the insert

    with pytest.raises(KeyboardInterrupt):
        load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "b", many), progress=interrupt)
    assert active_versions(store) == old.versions
    assert _entries(store) == 1
    assert [entity.caption for entity in active_lists(store).entities] == ["KEPT LLC"]


def test_sdn_and_consolidated_files_in_one_load_are_two_versions(
    store: Store, tmp_path: Path
) -> None:
    folder = tmp_path / "ofac"
    write_ofac_csv(folder, {1: "SDN ONE"}, aliases={1: "SDN UNO"})
    write_ofac_csv(folder, {9: "CONS NINE"}, prefix="cons_")
    result = load_snapshot(store, "ofac_csv", folder)
    by_dataset = {version.dataset: version for version in result.versions}
    assert sorted(by_dataset) == ["us_ofac_cons", "us_ofac_sdn"]
    assert [f.name for f in by_dataset["us_ofac_sdn"].files] == ["add.csv", "alt.csv", "sdn.csv"]
    assert [f.name for f in by_dataset["us_ofac_cons"].files] == ["cons_add.csv", "cons_prim.csv"]
    assert load_snapshot(store, "ofac_csv", folder).unchanged
    # The SDN files alone are the same version as the SDN part of the combined load.
    sdn_only = tmp_path / "sdn-only"
    shutil.copytree(folder, sdn_only, ignore=shutil.ignore_patterns("cons_*"))
    assert load_snapshot(store, "ofac_csv", sdn_only).unchanged


def test_active_lists_follow_a_new_load(store: Store, tmp_path: Path) -> None:
    load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "a", {1: "FIRST LLC"}))
    first = active_lists(store)
    assert active_lists(store).entities is first.entities  # kept while the versions stay
    load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "b", {2: "SECOND LLC"}))
    second = active_lists(store)
    assert [entity.caption for entity in second.entities] == ["SECOND LLC"]
    assert second.labels == {"us_ofac_sdn": second.versions[0].label}
    assert second.versions[0].label.startswith("us_ofac_sdn@2:")


def test_active_lists_take_a_session_too(store: Store) -> None:
    load_snapshot(store, "ofac_xml", SDN_XML_SAMPLE)
    with store.session() as session:
        versions, entities = active_lists(session)
    assert [v.published_on.isoformat() for v in versions if v.published_on] == ["2025-11-26"]
    assert list(entities) == load_list("ofac_xml", SDN_XML_SAMPLE)


def test_one_entry_is_found_by_its_publishers_id(store: Store) -> None:
    load_snapshot(store, "eu_xml", EU_SAMPLE)
    expected = load_list("eu_xml", EU_SAMPLE)[0]
    version, entity = get_list_entry(store, "eu_fsf", expected.entry_id)
    assert (version.number, entity) == (1, expected)
    with pytest.raises(NotFound, match="no entry 'nope' in eu_fsf version 1"):
        get_list_entry(store, "eu_fsf", "nope")
    with pytest.raises(NotFound, match="no active version of the list 'un_sc_sanctions'"):
        get_list_entry(store, "un_sc_sanctions", "1")
    with pytest.raises(NotFound, match="no version of the list 'un_sc_sanctions'"):
        list_versions(store, "un_sc_sanctions")


def test_an_empty_store_has_no_active_lists(store: Store) -> None:
    assert active_lists(store) == ((), ())
    assert list_versions(store) == []


def test_an_unknown_format_or_missing_file_is_refused(store: Store, tmp_path: Path) -> None:
    with pytest.raises(ListFormatError, match="unknown list format"):
        load_snapshot(store, "bogus", EU_SAMPLE)
    with pytest.raises(ListFormatError, match=r"missing\.xml: cannot read the file"):
        load_snapshot(store, "eu_xml", tmp_path / "missing.xml")
    assert list_versions(store) == []


def test_the_same_file_under_another_name_is_the_same_version(store: Store, tmp_path: Path) -> None:
    load_snapshot(store, "eu_xml", EU_SAMPLE)
    renamed = tmp_path / "downloaded.xml"
    shutil.copy(EU_SAMPLE, renamed)
    assert load_snapshot(store, "eu_xml", renamed).unchanged


def test_two_loads_of_one_list_at_once_leave_one_active_version(
    store: Store, tmp_path: Path
) -> None:
    files = [write_ofac_csv(tmp_path / str(n), {n: f"ENTRY {n} LLC"}) for n in range(1, 5)]
    errors: list[BaseException] = []

    def load(paths: list[Path]) -> None:
        try:
            load_snapshot(store, "ofac_csv", paths)
        except StoreError as error:  # SQLite may refuse a writer that waited too long
            errors.append(error)

    threads = [threading.Thread(target=load, args=(paths,)) for paths in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    history = list_versions(store, "us_ofac_sdn")
    assert [v.status for v in history].count("active") == 1
    assert len({v.number for v in history}) == len(history) == len(files)
    assert len(errors) == sum(1 for v in history if v.status == "failed")


@pytest.mark.parametrize(
    ("format_name", "fixture", "published"),
    [
        ("eu_xml", "eu_fsf_sample.xml", "2026-01-15"),
        ("ofac_xml", "sdn_sample.xml", "2025-11-26"),
        ("uk_csv", "ConList.csv", "2025-11-26"),
        ("uk_csv", "UK_Sanctions_List.csv", "2025-11-26"),
        ("ftm_json", "opensanctions_sample.ftm.json", None),
    ],
)
def test_the_publishers_date_is_read_from_the_file(
    format_name: str, fixture: str, published: str | None
) -> None:
    found = publication_date(format_name, (FIXTURES / "lists" / fixture).read_bytes())
    assert (found.isoformat() if found else None) == published


REFUSE_ENTRY_999 = {
    "sqlite": [
        "CREATE TRIGGER refuse_999 BEFORE INSERT ON list_entries WHEN NEW.entry_id = '999'"
        " BEGIN SELECT RAISE(ABORT, 'entry 999 refused'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse_999() RETURNS trigger AS $$ BEGIN"
        " RAISE EXCEPTION 'entry 999 refused'; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER refuse_999 BEFORE INSERT ON list_entries FOR EACH ROW"
        " WHEN (NEW.entry_id = '999') EXECUTE FUNCTION refuse_999()",
    ],
}


def test_a_store_that_refuses_an_entry_keeps_the_previous_version(
    store: Store, tmp_path: Path
) -> None:
    old = load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "a", {1: "KEPT LLC"}))
    with store.engine.begin() as connection:
        for statement in REFUSE_ENTRY_999[connection.dialect.name]:
            connection.execute(text(statement))
    names = {number: f"ENTRY {number} LLC" for number in (1, 2, 999)}
    with pytest.raises(StoreError, match=r"the list could not be stored.*entry 999 refused"):
        load_snapshot(store, "ofac_csv", write_ofac_csv(tmp_path / "b", names))
    assert active_versions(store) == old.versions
    assert _entries(store) == 1
    failed, kept = list_versions(store, "us_ofac_sdn")
    assert (failed.number, failed.status, kept.status) == (2, "failed", "active")
    assert failed.error is not None and "entry 999 refused" in failed.error
