"""``lists update`` against a local web server and file:// URLs, never the internet."""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import yaml

from partpath.exc import NotFound
from partpath.lists.snapshots import active_versions, list_versions
from partpath.lists.sources import SOURCES_FILE, list_sources, update_lists
from partpath.store import Store
from tests.conftest import FIXTURES
from tests.lists.snapshot_files import write_ofac_csv

EU_SAMPLE = FIXTURES / "lists" / "eu_fsf_sample.xml"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """No request log on the test's output."""


@pytest.fixture
def published(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on 127.0.0.1, and its base URL."""
    folder = tmp_path / "published"
    folder.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield folder, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def _sources(tmp_path: Path, lists: dict[str, Any]) -> Path:
    path = tmp_path / "sources.yml"
    path.write_text(yaml.safe_dump({"lists": lists}, sort_keys=False), encoding="utf-8")
    return path


def _ofac_and_eu(base: str) -> dict[str, Any]:
    files = {name: f"{base}/{name}" for name in ("sdn.csv", "alt.csv", "add.csv")}
    return {
        "us_ofac_sdn": {"format": "ofac_csv", "publisher": "OFAC", "page": base, "files": files},
        "eu_fsf": {
            "format": "eu_xml",
            "publisher": "EU",
            "page": base,
            "files": {"eu.xml": f"{base}/eu.xml"},
        },
    }


def _publish_ofac_and_eu(tmp_path: Path, folder: Path, base: str) -> Path:
    """An OFAC list and the EU sample published in ``folder``, and a sources file naming
    them at ``base``."""
    write_ofac_csv(folder, {1: "ONE LLC"}, aliases={1: "UNO"})
    shutil.copy(EU_SAMPLE, folder / "eu.xml")
    return _sources(tmp_path, _ofac_and_eu(base))


def test_update_downloads_and_loads_every_list_then_finds_them_unchanged(
    store: Store, tmp_path: Path, published: tuple[Path, str]
) -> None:
    folder, base = published
    sources = _publish_ofac_and_eu(tmp_path, folder, base)
    steps: set[str] = set()
    updates = update_lists(store, sources_file=sources, progress=lambda s, d, t: steps.add(s))
    assert [(u.dataset, u.error) for u in updates] == [("us_ofac_sdn", None), ("eu_fsf", None)]
    assert {"downloading sdn.csv", "reading sdn.csv, alt.csv, add.csv"} <= steps
    assert "storing us_ofac_sdn" in steps
    assert {"downloading eu.xml", "reading eu.xml", "storing eu_fsf"} <= steps
    sdn = next(v for v in active_versions(store) if v.dataset == "us_ofac_sdn")
    assert sdn.source == f"{base}/sdn.csv {base}/alt.csv {base}/add.csv"
    again = update_lists(store, ["eu_fsf"], sources_file=sources)
    assert again[0].load is not None and again[0].load.unchanged


def test_a_failed_download_keeps_the_previous_version_and_the_others_go_on(
    store: Store, tmp_path: Path, published: tuple[Path, str]
) -> None:
    folder, base = published
    sources = _publish_ofac_and_eu(tmp_path, folder, base)
    first = update_lists(store, sources_file=sources)
    (folder / "alt.csv").unlink()  # the publisher's server now answers 404
    (folder / "eu.xml").write_bytes(EU_SAMPLE.read_bytes()[:2_000])  # and a truncated file
    updates = update_lists(store, sources_file=sources)
    assert updates[0].error is not None and "alt.csv: download failed" in updates[0].error
    assert updates[1].error is not None and "eu.xml, line" in updates[1].error
    assert "previous version stays active" in updates[0].describe()
    kept = {u.dataset: u.load.versions[0] for u in first if u.load is not None}
    assert set(active_versions(store)) == set(kept.values())
    assert [v.status for v in list_versions(store, "us_ofac_sdn")] == ["failed", "active"]
    assert [v.status for v in list_versions(store, "eu_fsf")] == ["failed", "active"]


def test_file_urls_serve_a_mirror(store: Store, tmp_path: Path) -> None:
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    shutil.copy(EU_SAMPLE, mirror / "eu.xml")
    lists = {"eu_fsf": {"format": "eu_xml", "files": {"eu.xml": (mirror / "eu.xml").as_uri()}}}
    (update,) = update_lists(store, sources_file=_sources(tmp_path, lists))
    assert update.load is not None and update.load.versions[0].dataset == "eu_fsf"


def test_a_list_the_sources_do_not_name_is_refused(store: Store) -> None:
    with pytest.raises(NotFound, match="no source for nowhere_list"):
        update_lists(store, ["nowhere_list"])


def test_the_bundled_sources_cite_each_publishers_page() -> None:
    sources = list_sources()
    assert set(sources) >= {"us_ofac_sdn", "us_ofac_cons", "un_sc_sanctions", "us_bis_dpl"}
    for source in sources.values():
        assert source.page.startswith("https://") and source.publisher
        assert source.files and all(url.startswith("https://") for _, url in source.files)
    assert {name for name, _ in sources["us_ofac_sdn"].files} >= {"sdn.csv", "alt.csv", "add.csv"}
    assert SOURCES_FILE.is_file()
