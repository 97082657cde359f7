"""The report routes over the bundled exercise case."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from partpath.api import create_app
from partpath.config import Settings
from partpath.exercise import load_exercise_case
from partpath.store import Store


@pytest.fixture
def client(store: Store, settings: Settings) -> Iterator[TestClient]:
    load_exercise_case(store)
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def test_summary_dossier_and_export_of_a_case(client: TestClient) -> None:
    summary = client.get("/cases/EX-2026-001/summary").json()
    assert (summary["item_count"], summary["component_rows"], summary["photo_count"]) == (3, 24, 9)

    dossier = client.get("/cases/EX-2026-001/dossier")
    assert dossier.headers["content-type"].startswith("text/html")
    assert "EXERCISE" in dossier.text and "STM32F405" in dossier.text

    export = client.get("/cases/EX-2026-001/export.jsonl")
    kinds = [json.loads(line)["type"] for line in export.text.splitlines()]
    assert (kinds.count("item"), kinds.count("component"), kinds.count("photo")) == (3, 24, 9)


def test_reports_of_an_unknown_case_are_404(client: TestClient) -> None:
    for route in ("summary", "dossier", "export.jsonl"):
        response = client.get(f"/cases/NOPE/{route}")
        assert (response.status_code, response.json()) == (404, {"detail": "no case 'NOPE'"})
