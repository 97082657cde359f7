"""The HTML dossier on a real store: content, integrity, escaping, no external resources."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
from html.parser import HTMLParser
from importlib.resources import files
from pathlib import Path

from PIL import Image

from partpath import __version__
from partpath.evidence.cases import add_source
from partpath.evidence.items import update_component, update_item
from partpath.evidence.records import SourceIn
from partpath.exercise import load_exercise_case
from partpath.reports.dossier import render_dossier, write_dossier
from partpath.store import Store
from partpath.store.files import blob_path

from . import build_case

RESOURCE_TAGS = {"link", "script", "img", "iframe", "frame", "embed", "object", "source",
                 "audio", "video", "track", "input", "image", "use"}  # fmt: skip
RESOURCE_ATTRIBUTES = {"src", "href", "srcset", "data", "poster", "xlink:href", "background"}
EXTERNAL = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)


class _Resources(HTMLParser):
    """Collects every resource reference and every element's tag name."""

    def __init__(self) -> None:
        super().__init__()
        self.references: list[tuple[str, str, str]] = []
        self.classes: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "class" and value:
                self.classes += value.split()
            if tag in RESOURCE_TAGS and name in RESOURCE_ATTRIBUTES and value is not None:
                self.references.append((tag, name, value))


def _parse(html: str) -> _Resources:
    parser = _Resources()
    parser.feed(html)
    return parser


def _dossier(store: Store, case_id: str = "T-1") -> str:
    with store.session() as session:
        return render_dossier(session, store.files_dir, case_id)


def test_dossier_shows_marking_lines_exactly_and_in_order(store: Store) -> None:
    build_case(store)
    html = _dossier(store)
    assert (
        "<span>ADI</span><br><span>AD9361</span><br><span>BBCZ</span><br><span>#1947</span>" in html
    )
    assert "<span>VP230</span><br><span>TI 2CK</span><br><span>A0FZ</span>" in html
    assert "no marking" in html  # the MLCC row


def test_dossier_shows_photo_hash_exif_time_and_position(store: Store) -> None:
    built = build_case(store)
    html = _dossier(store)
    assert html.count(built.photo_sha256) == 2  # under the photo and in the integrity section
    assert "2024-03-05 10:20:30" in html
    assert "50.50000° N, 30.25000° E" in html
    assert "<b>component A1 / U1</b>" in html


def test_photos_are_embedded_as_small_jpeg_thumbnails(store: Store) -> None:
    build_case(store)
    sources = [value for _, name, value in _parse(_dossier(store)).references if name == "src"]
    assert len(sources) == 1
    assert sources[0].startswith("data:image/jpeg;base64,")
    data = base64.b64decode(sources[0].split(",", 1)[1])
    with Image.open(io.BytesIO(data)) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert thumbnail.width <= 480 and thumbnail.height <= 360


def test_dossier_has_no_external_resources(store: Store) -> None:
    build_case(store)
    with store.session() as session:
        add_source(session, "T-1", SourceIn(title="Report", url="https://example.org/report"))
    html = _dossier(store)
    parsed = _parse(html)
    assert parsed.references, "the photo at least is referenced"
    assert [ref for ref in parsed.references if EXTERNAL.match(ref[2])] == []
    assert "@import" not in html
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", html, re.IGNORECASE)
    assert "https://example.org/report" in html  # cited as text and as a link, not loaded


def test_exercise_cases_carry_the_banner_and_others_do_not(store: Store) -> None:
    build_case(store, case_id="EX-1", is_exercise=True)
    build_case(store, case_id="REAL-1", is_exercise=False)
    exercise = _dossier(store, "EX-1")
    real = _dossier(store, "REAL-1")
    assert "exercise-banner" in _parse(exercise).classes
    assert "EXERCISE" in exercise
    assert "exercise-banner" not in _parse(real).classes
    assert "EXERCISE" not in real


def test_user_text_is_escaped(store: Store) -> None:
    built = build_case(store)
    hostile = '<script>alert("x")</script> & <img src=https://evil.example/x.png>'
    with store.session() as session:
        update_item(session, built.item_ids[0], {"notes": hostile})
        update_component(session, built.component_ids["Y1"], {"marking_lines": ["<b>8&9</b>"]})
        add_source(session, "T-1", SourceIn(title="<i>Bad</i>", url="javascript:alert(1)"))
    html = _dossier(store)
    assert "<script" not in html
    assert "evil.example/x.png>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;img" in html
    assert "<span>&lt;b&gt;8&amp;9&lt;/b&gt;</span>" in html
    assert "&lt;i&gt;Bad&lt;/i&gt;" in html
    assert 'href="javascript:' not in html


def test_integrity_section_lists_record_ids_and_versions(store: Store) -> None:
    built = build_case(store)
    with store.session() as session:
        update_component(
            session, built.component_ids["U3"], {"maker_verified": "Texas Instruments"}
        )
    html = _dossier(store)
    integrity = html[html.index('id="integrity"') :]
    assert built.component_ids["U3"] in integrity
    row = re.search(rf"{built.component_ids['U3']}</td>\s*<td class=\"number\">(\d+)</td>", html)
    assert row is not None and row.group(1) == "2"
    assert "Texas Instruments (verified)" in html
    assert "not verified" in html


def test_footer_names_generation_time_and_version(store: Store) -> None:
    build_case(store)
    with store.session() as session:
        when = dt.datetime(2026, 1, 2, 3, 4, 5)
        html = render_dossier(session, store.files_dir, "T-1", generated_at=when)
    footer = html[html.index("<footer>") :]
    assert "2026-01-02 03:04:05 UTC" in footer
    assert f"partpath {__version__}" in footer


def test_a_missing_photo_file_is_reported_not_hidden(store: Store) -> None:
    built = build_case(store)
    blob_path(store.files_dir, built.photo_sha256).unlink()
    html = _dossier(store)
    assert "Photo not shown" in html
    assert built.photo_sha256 in html


def test_write_dossier_to_a_file_or_a_folder(store: Store, tmp_path: Path) -> None:
    build_case(store)
    with store.session() as session:
        written = write_dossier(session, store.files_dir, "T-1", tmp_path / "out" / "d.html")
        in_folder = write_dossier(session, store.files_dir, "T-1", tmp_path)
        in_new_folder = write_dossier(session, store.files_dir, "T-1", tmp_path / "reports")
    assert written == tmp_path / "out" / "d.html"
    assert in_folder == tmp_path / "T-1-dossier.html"
    assert in_new_folder == tmp_path / "reports" / "T-1-dossier.html"
    assert written.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_the_template_ships_inside_the_package() -> None:
    template = files("partpath.reports") / "templates" / "dossier.html.j2"
    assert template.is_file()


def test_the_exercise_dossier_reads_as_an_exercise(store: Store) -> None:
    case_id = load_exercise_case(store)
    html = _dossier(store, case_id)
    assert "exercise-banner" in _parse(html).classes
    assert (
        "<span>ADI</span><br><span>AD9361</span><br><span>BBCZ</span><br><span>#1947</span>" in html
    )
    assert "Silicon Lifeline" in html
    assert html.index("<td>U2</td>") < html.index("<td>U10</td>")  # read as on the board
    assert html.count("data:image/jpeg;base64,") == 9
    assert [ref for ref in _parse(html).references if EXTERNAL.match(ref[2])] == []
