"""The yente-shaped ``/match`` and ``/search`` over lists loaded in a real store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from partpath.api import create_app
from partpath.config import Settings
from partpath.lists.snapshots import load_snapshot
from partpath.screening.lists import index_from_store
from partpath.store import Store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "lists"


@pytest.fixture
def client(store: Store, settings: Settings) -> Iterator[TestClient]:
    load_snapshot(store, "ofac_xml", FIXTURES / "sdn_sample.xml")
    load_snapshot(store, "ftm_json", FIXTURES / "opensanctions_sample.ftm.json")
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_match_answers_in_yente_shape(client: TestClient) -> None:
    body = {
        "queries": {
            "q1": {"schema": "Company", "properties": {"name": ["Nordvektor AO"]}},
            "q2": {"schema": "Person", "properties": {"name": "Pyotr Ivanov"}},
            "q3": {"schema": "Company", "properties": {"name": ["Quiet Meadow Bakery"]}},
        }
    }
    response = client.post("/match/default", json=body, params={"limit": 3})
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data["responses"]) == {"q1", "q2", "q3"} and data["limit"] == 3
    first = data["responses"]["q1"]
    assert first["status"] == 200 and first["total"]["relation"] == "eq"
    top = first["results"][0]
    for field in ("id", "caption", "schema", "properties", "datasets", "score", "match"):
        assert field in top
    assert top["match"] is True and top["list_version"].startswith(top["datasets"][0] + "@")
    assert top["explanation"]
    person = data["responses"]["q2"]["results"][0]
    assert person["schema"] == "Person" and person["match"]
    assert not any(result["match"] for result in data["responses"]["q3"]["results"])
    assert set(data["list_versions"]) >= {"us_ofac_sdn"}


def test_match_one_dataset_threshold_and_bad_queries(client: TestClient) -> None:
    body = {
        "queries": {
            "ok": {"schema": "Company", "properties": {"name": ["Nordvektor AO"]}},
            "empty": {"schema": "Company", "properties": {"name": [""]}},
        }
    }
    response = client.post("/match/us_ofac_sdn", json=body, params={"threshold": 0.99})
    data = response.json()
    assert response.status_code == 200
    assert all(r["datasets"] == ["us_ofac_sdn"] for r in data["responses"]["ok"]["results"])
    assert all(r["match"] is (r["score"] >= 0.99) for r in data["responses"]["ok"]["results"])
    assert data["responses"]["empty"]["status"] == 400
    assert "empty" in data["responses"]["empty"]["detail"]
    missing = client.post("/match/no_such_list", json=body)
    assert missing.status_code == 404 and "no loaded list" in missing.json()["detail"]
    bad = client.post("/match/default", json={"queries": {"x": {"properties": {}}}})
    assert bad.status_code == 422


def test_search(client: TestClient) -> None:
    response = client.get("/search/default", params={"q": "Nordvector Instruments"})
    assert response.status_code == 200
    data = response.json()
    assert data["results"] and data["results"][0]["caption"]
    assert data["total"]["value"] >= 1 and data["offset"] == 0


def test_no_list_loaded_is_a_clear_error(store: Store, settings: Settings) -> None:
    with TestClient(create_app(settings)) as client:
        response = client.post(
            "/match/default",
            json={"queries": {"q": {"schema": "Person", "properties": {"name": ["x"]}}}},
        )
    assert response.status_code == 422
    assert "no list is loaded" in response.json()["detail"]


def test_index_follows_the_active_versions(store: Store, settings: Settings) -> None:
    load_snapshot(store, "ofac_xml", FIXTURES / "sdn_sample.xml")
    first = index_from_store(store)
    assert index_from_store(store) is first  # built once while the versions stay
    load_snapshot(store, "ftm_json", FIXTURES / "opensanctions_sample.ftm.json")
    second = index_from_store(store)
    assert first is not None and second is not None and second is not first
    assert "opensanctions" in second.versions and "opensanctions" not in first.versions
