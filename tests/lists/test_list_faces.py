"""The faces of list snapshots: ``partpath lists`` commands and the /lists routes."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient

from partpath.api import create_app
from partpath.config import Settings
from partpath.lists import load_list
from partpath.lists.snapshots import load_snapshot
from partpath.store import Store
from tests.conftest import FIXTURES, Run
from tests.lists.snapshot_files import write_ofac_csv

EU_SAMPLE = FIXTURES / "lists" / "eu_fsf_sample.xml"


@pytest.fixture
def run(run: Run) -> Run:
    """The command line on an initialised store."""
    assert run("init")[0] == 0
    return run


def test_lists_load_then_show_the_versions(run: Run, tmp_path: Path) -> None:
    files = [
        str(path) for path in write_ofac_csv(tmp_path / "ofac", {1: "ONE LLC"}, aliases={1: "UNO"})
    ]
    code, stdout, _ = run("lists", "load", "ofac_csv", *files)
    assert code == 0 and "us_ofac_sdn: loaded version 1" in stdout
    code, stdout, _ = run("lists", "load", "ofac_csv", *files)
    assert code == 0 and "unchanged, already active as version 1" in stdout
    assert run("lists", "load", "eu_xml", str(EU_SAMPLE))[0] == 0
    code, stdout, _ = run("lists")
    assert code == 0 and "us_ofac_sdn" in stdout and "eu_fsf" in stdout and "active" in stdout
    code, stdout, _ = run("lists", "versions", "--json")
    assert sorted(v["dataset"] for v in json.loads(stdout)) == ["eu_fsf", "us_ofac_sdn"]
    code, stdout, _ = run("lists", "show", "us_ofac_sdn")
    shown = json.loads(stdout)
    assert (shown["number"], shown["status"], shown["entity_count"]) == (1, "active", 1)
    code, stdout, _ = run("lists", "show", "us_ofac_sdn", "--entry", "1")
    assert json.loads(stdout)["entry"]["names"][1]["name"] == "UNO"


def test_lists_load_of_a_bad_file_is_one_line_naming_file_and_record(
    run: Run, tmp_path: Path
) -> None:
    truncated = tmp_path / "eu.xml"
    truncated.write_bytes(EU_SAMPLE.read_bytes()[:3_000])
    code, stdout, stderr = run("lists", "load", "eu_xml", str(truncated))
    assert code == 1 and stdout == ""
    assert stderr.startswith(f"error: {truncated}, line ") and "truncated" in stderr
    code, _, stderr = run("lists", "load", "nope", str(truncated))
    assert code == 1 and "unknown list format" in stderr
    code, _, stderr = run("lists", "show", "eu_fsf")
    assert code == 1 and "no active version of the list 'eu_fsf'" in stderr


def test_lists_update_from_a_mirror_and_its_failure(run: Run, tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    (mirror / "eu.xml").write_bytes(EU_SAMPLE.read_bytes())
    lists = {"eu_fsf": {"format": "eu_xml", "files": {"eu.xml": (mirror / "eu.xml").as_uri()}}}
    sources = tmp_path / "sources.yml"
    sources.write_text(yaml.safe_dump({"lists": lists}), encoding="utf-8")
    code, stdout, _ = run("lists", "update", "--sources", str(sources))
    assert code == 0 and "eu_fsf: loaded version 1" in stdout
    (mirror / "eu.xml").unlink()
    code, stdout, _ = run("lists", "update", "--sources", str(sources), "--dataset", "eu_fsf")
    assert code == 1 and "eu_fsf: update failed, the previous version stays active" in stdout


@pytest.fixture
def client(store: Store, settings: Settings) -> Iterator[TestClient]:
    """A client of the app over a store holding the EU sample list."""
    load_snapshot(store, "eu_xml", EU_SAMPLE)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_the_lists_routes(client: TestClient) -> None:
    (active,) = client.get("/lists").json()
    assert (active["dataset"], active["status"], active["published_on"]) == (
        "eu_fsf",
        "active",
        "2026-01-15",
    )
    versions = client.get("/lists/eu_fsf/versions").json()
    assert [v["id"] for v in versions] == [active["id"]]
    expected = load_list("eu_xml", EU_SAMPLE)[0]
    found = client.get(f"/lists/eu_fsf/entries/{expected.entry_id}")
    assert found.status_code == 200
    assert found.json()["entity"] == json.loads(json.dumps(expected.to_dict()))
    assert found.json()["version"]["label"] == active["label"]


def test_the_lists_routes_answer_404_for_what_is_not_there(client: TestClient) -> None:
    assert client.get("/lists/un_sc_sanctions/versions").status_code == 404
    missing = client.get("/lists/eu_fsf/entries/nope")
    assert missing.status_code == 404 and "no entry 'nope'" in missing.json()["detail"]
