"""The HTTP API driven through the real app on a real store (SQLite and PostgreSQL)."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from partpath import __version__
from partpath.api import create_app
from partpath.api.deps import SessionDep
from partpath.config import Settings
from partpath.store import Store
from partpath.store.evidence import Case
from partpath.store.files import blob_path

ITEM = {"ref": "A1", "weapon_system": "Kh-101", "latitude": 50.45, "longitude": 30.52}


@pytest.fixture
def client(store: Store, settings: Settings) -> Iterator[TestClient]:
    """A client of the app over the initialised store (the app opens its own)."""
    with TestClient(create_app(settings)) as test_client:
        yield test_client


def _png(width: int = 7, height: int = 5) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 40)).save(buffer, format="PNG")
    return buffer.getvalue()


def _ok(response: Any, status: int = 200) -> Any:
    assert response.status_code == status, response.text
    return response.json()


def _case_with_item(client: TestClient) -> str:
    _ok(client.post("/cases", json={"id": "EX-1", "title": "Exercise"}), 201)
    return str(_ok(client.post("/cases/EX-1/items", json=ITEM), 201)["id"])


def test_openapi_names_the_app_and_its_version(client: TestClient) -> None:
    schema = _ok(client.get("/openapi.json"))
    assert (schema["info"]["title"], schema["info"]["version"]) == ("partpath", __version__)
    assert "/cases/{case_id}/photos" in schema["paths"]
    assert client.get("/docs").status_code == 200


def test_create_list_and_get_a_case(client: TestClient) -> None:
    created = _ok(client.post("/cases", json={"id": "EX-1", "title": " Exercise "}), 201)
    assert (created["id"], created["title"], created["version"]) == ("EX-1", "Exercise", 1)
    _ok(client.post("/cases", json={"id": "EX-2", "title": "Second", "is_exercise": True}), 201)
    assert [case["id"] for case in _ok(client.get("/cases"))] == ["EX-1", "EX-2"]
    fetched = _ok(client.get("/cases/EX-2"))
    assert (fetched["title"], fetched["is_exercise"], fetched["description"]) == (
        "Second",
        True,
        None,
    )


def test_unknown_case_is_404_naming_it(client: TestClient) -> None:
    response = client.get("/cases/NOPE")
    assert response.status_code == 404
    assert response.json()["detail"].startswith("no case 'NOPE'")
    assert client.get("/cases/NOPE/items").status_code == 404


def test_duplicate_case_is_409(client: TestClient) -> None:
    _ok(client.post("/cases", json={"id": "EX-1", "title": "Exercise"}), 201)
    response = client.post("/cases", json={"id": "EX-1", "title": "Again"})
    assert response.status_code == 409
    assert response.json() == {"detail": "case EX-1 already exists"}


def test_invalid_input_is_422_naming_the_field(client: TestClient) -> None:
    item_id = _case_with_item(client)
    response = client.post("/cases/EX-1/items", json={**ITEM, "ref": "A2", "latitude": 200})
    assert response.status_code == 422
    assert "latitude" in response.json()["detail"]
    assert "less than or equal to 90" in response.json()["detail"]
    patched = client.patch(f"/items/{item_id}", json={"latitude": 200})
    assert patched.status_code == 422
    assert "latitude" in patched.json()["detail"]
    assert _ok(client.get(f"/items/{item_id}"))["latitude"] == 50.45


def test_patch_makes_a_new_version_visible_in_history(client: TestClient) -> None:
    item_id = _case_with_item(client)
    lines = ["ADI", "AD9361", "BBCZ"]
    component = _ok(
        client.post(f"/items/{item_id}/components", json={"ref": "U1", "marking_lines": lines}),
        201,
    )
    changed = _ok(
        client.patch(
            f"/components/{component['id']}",
            json={"maker_verified": "Analog Devices"},
            headers={"X-Partpath-User": "bob"},
        )
    )
    assert (changed["version"], changed["updated_by"]) == (2, "bob")
    history = _ok(client.get(f"/history/{component['id']}"))
    assert [(rev["version"], rev["action"], rev["actor"]) for rev in history][1] == (
        2,
        "update",
        "bob",
    )
    assert history[0]["data"]["maker_verified"] is None
    assert history[1]["data"]["maker_verified"] == "Analog Devices"
    listed = _ok(client.get(f"/items/{item_id}/components"))
    assert [(part["ref"], part["marking_lines"]) for part in listed] == [("U1", lines)]


def test_patch_case_and_unknown_field(client: TestClient) -> None:
    _ok(client.post("/cases", json={"id": "EX-1", "title": "Exercise"}), 201)
    assert _ok(client.patch("/cases/EX-1", json={"title": "Renamed"}))["version"] == 2
    response = client.patch("/cases/EX-1", json={"colour": "red"})
    assert response.json() == {"detail": "unknown field(s): colour"}
    assert response.status_code == 422


def test_custody_is_appended_and_listed(client: TestClient) -> None:
    item_id = _case_with_item(client)
    step = {"occurred_at": "2024-01-02T10:30:00", "action": "recovered", "custodian": "Team 3"}
    event = _ok(
        client.post(f"/items/{item_id}/custody", json=step, headers={"X-Partpath-User": "carol"}),
        201,
    )
    assert (event["item_id"], event["recorded_by"], event["action"]) == (
        item_id,
        "carol",
        "recovered",
    )
    events = _ok(client.get(f"/items/{item_id}/custody"))
    assert [(e["id"], e["custodian"], e["occurred_at"]) for e in events] == [
        (event["id"], "Team 3", "2024-01-02T10:30:00")
    ]
    bad = client.post(f"/items/{item_id}/custody", json={**step, "action": "lost"})
    assert bad.status_code == 422


def test_sources_are_cited_and_listed(client: TestClient) -> None:
    _ok(client.post("/cases", json={"id": "EX-1", "title": "Exercise"}), 201)
    source = _ok(client.post("/cases/EX-1/sources", json={"title": "Field report 3"}), 201)
    assert (source["case_id"], source["kind"]) == ("EX-1", "report")
    assert [s["id"] for s in _ok(client.get("/cases/EX-1/sources"))] == [source["id"]]


def test_photo_upload_metadata_and_identical_download(client: TestClient) -> None:
    item_id = _case_with_item(client)
    data = _png(7, 5)
    photo = _ok(
        client.post(
            "/cases/EX-1/photos",
            files={"file": ("front.png", data, "image/png")},
            data={"item_id": item_id, "caption": "front plate"},
        ),
        201,
    )
    assert photo["sha256"] == hashlib.sha256(data).hexdigest()
    assert (photo["width"], photo["height"], photo["media_type"]) == (7, 5, "image/png")
    assert (photo["item_id"], photo["caption"], photo["byte_size"]) == (
        item_id,
        "front plate",
        len(data),
    )
    assert _ok(client.get(f"/photos/{photo['id']}"))["filename"] == "front.png"
    assert [p["id"] for p in _ok(client.get("/cases/EX-1/photos"))] == [photo["id"]]
    download = client.get(f"/photos/{photo['id']}/file")
    assert download.status_code == 200
    assert download.content == data
    assert download.headers["content-type"] == "image/png"


def test_upload_of_a_non_image_is_422_naming_the_file(client: TestClient) -> None:
    _ok(client.post("/cases", json={"id": "EX-1", "title": "Exercise"}), 201)
    files = {"file": ("notes.txt", b"not a picture", "image/png")}
    response = client.post("/cases/EX-1/photos", files=files)
    assert response.status_code == 422
    assert response.json()["detail"].startswith("notes.txt: not a readable image")
    assert _ok(client.get("/cases/EX-1/photos")) == []


def test_altered_stored_file_is_refused(client: TestClient, settings: Settings) -> None:
    _ok(client.post("/cases", json={"id": "EX-1", "title": "Exercise"}), 201)
    files = {"file": ("front.png", _png(), "image/png")}
    photo = _ok(client.post("/cases/EX-1/photos", files=files), 201)
    stored = blob_path(settings.files_dir, photo["sha256"])
    stored.chmod(0o644)
    stored.write_bytes(_png(8, 8))
    response = client.get(f"/photos/{photo['id']}/file")
    assert response.status_code == 500
    assert "altered" in response.json()["detail"]


def test_actor_header_is_recorded_else_the_configured_user(
    client: TestClient, settings: Settings
) -> None:
    headers = {"X-Partpath-User": "alice"}
    by_alice = _ok(client.post("/cases", json={"id": "EX-1", "title": "A"}, headers=headers), 201)
    by_default = _ok(client.post("/cases", json={"id": "EX-2", "title": "B"}), 201)
    assert (by_alice["created_by"], by_default["created_by"]) == ("alice", settings.actor)
    assert _ok(client.get("/history/EX-1"))[0]["actor"] == "alice"


def test_unexpected_error_is_500_without_traceback(settings: Settings, store: Store) -> None:
    app = create_app(settings)

    def explode() -> None:
        raise RuntimeError("secret internals")

    app.add_api_route("/explode", explode)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/explode")
    assert response.status_code == 500
    assert response.json() == {
        "detail": "unexpected server error (RuntimeError); see the server log"
    }


def test_a_failed_commit_is_reported_not_hidden(settings: Settings, store: Store) -> None:
    app = create_app(settings)

    def unflushed(session: SessionDep) -> dict[str, bool]:
        session.add(Case(id="EX-9"))  # no title: the commit itself must fail
        return {"stored": True}

    app.add_api_route("/unflushed", unflushed)
    with TestClient(app, raise_server_exceptions=False) as test_client:
        response = test_client.get("/unflushed")
        assert response.status_code == 500
        assert test_client.get("/cases/EX-9").status_code == 404


def test_retire_a_record_through_the_api(client: TestClient) -> None:
    _ok(client.post("/cases", json={"id": "EX-1", "title": "Exercise"}), 201)
    item = _ok(client.post("/cases/EX-1/items", json={"ref": "A1", "weapon_system": "Kh-101"}), 201)
    revision = _ok(client.post(f"/records/{item['id']}/retire", json={"reason": "duplicate"}))
    assert (revision["action"], revision["note"], revision["version"]) == ("retire", "duplicate", 2)
    assert _ok(client.get("/cases/EX-1/items")) == []
    assert client.post("/records/nope/retire", json={"reason": "x"}).status_code == 404


def test_identify_texts_and_a_component(client: TestClient) -> None:
    body = {"texts": ["TPS565208DDCR", ""], "reference": "2026-11-26"}
    found, empty = _ok(client.post("/identify", json=body))
    assert (found["manufacturer"], found["mpn"]) == ("Texas Instruments", "TPS565208DDCR")
    assert (empty["unknown"], empty["reason"]) == (True, "no marking text")
    assert client.post("/identify", json={"texts": []}).status_code == 422
    item_id = _case_with_item(client)
    component = _ok(
        client.post(
            f"/items/{item_id}/components", json={"ref": "U1", "marking_lines": ["TPS565208"]}
        ),
        201,
    )
    url = f"/components/{component['id']}/identification"
    assert client.get(url).status_code == 404
    assert _ok(client.post(url))["suggested"]["base_part"] == "TPS565208"
    confirmed = _ok(client.post(f"{url}/confirm", json={}))
    assert (confirmed["status"], confirmed["version"]) == ("confirmed", 2)
