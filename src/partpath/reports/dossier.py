"""The case dossier: one self-contained HTML file an enforcement partner can read offline.

Everything is inside the file: the CSS, and each photo as a small JPEG
thumbnail made in memory. Each thumbnail is labelled with the SHA-256 of the
original file as stored, so a reader who receives the originals can check
that they are the ones shown here.
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import io
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from PIL import Image, ImageOps
from sqlalchemy.orm import Session

from partpath import __version__
from partpath.evidence.cases import get_case, list_sources
from partpath.evidence.custody import list_case_custody
from partpath.evidence.items import list_case_components, list_items
from partpath.evidence.photos import list_photos
from partpath.exc import NotFound
from partpath.reports.summary import identifications, summarise_case
from partpath.store.base import utcnow
from partpath.store.evidence import Case, Component, CustodyEvent, Photo, RecoveredItem, Source
from partpath.store.files import read_blob
from partpath.store.markings import ComponentIdentification

TEMPLATE = "dossier.html.j2"
THUMBNAIL_SIZE = (480, 360)

VersionedRecord = Case | Source | RecoveredItem | Component | Photo


@dataclass(frozen=True)
class PhotoView:
    """A photo as shown: its record, an embedded thumbnail, or why there is none."""

    record: Photo
    thumbnail: str | None
    problem: str | None


@dataclass(frozen=True)
class ComponentView:
    """A component and the photos taken of it."""

    record: Component
    photos: Sequence[PhotoView]
    identification: dict[str, Any] | None = None  # confirmed, else suggested
    confirmed: bool = False


@dataclass(frozen=True)
class ItemView:
    """A recovered item with its source, custody timeline, components and own photos."""

    record: RecoveredItem
    source: Source | None
    custody: Sequence[CustodyEvent]
    components: Sequence[ComponentView]
    photos: Sequence[PhotoView]


@dataclass(frozen=True)
class RecordStamp:
    """One line of the integrity section: which record, which version, last changed by whom."""

    kind: str
    label: str
    id: str
    version: int
    changed_at: dt.datetime
    changed_by: str


def render_dossier(
    session: Session, files_dir: Path, case_id: str, generated_at: dt.datetime | None = None
) -> str:
    """The case dossier as one HTML document with no external resources."""
    case = get_case(session, case_id)
    sources = list_sources(session, case.id)
    photos = [photo_view(files_dir, photo) for photo in list_photos(session, case.id)]
    items = _item_views(session, case.id, sources, photos)
    template = _environment().get_template(TEMPLATE)
    return template.render(
        case=case,
        summary=summarise_case(session, case.id),
        sources=sources,
        items=items,
        case_photos=[p for p in photos if p.record.item_id is None],
        photos=photos,
        records=_record_stamps(case, sources, items, photos),
        subjects=_photo_subjects(items, photos),
        generated_at=generated_at or utcnow(),
        version=__version__,
    )


def write_dossier(session: Session, files_dir: Path, case_id: str, path: Path) -> Path:
    """Write the dossier to ``path``, or to ``<case id>-dossier.html`` inside ``path`` when it
    is a folder or has no suffix; return where it went."""
    if path.is_dir() or not path.suffix:
        path = path / f"{case_id}-dossier.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_dossier(session, files_dir, case_id), encoding="utf-8")
    return path


def photo_view(files_dir: Path, photo: Photo) -> PhotoView:
    """The photo with a thumbnail of its stored file, or the reason it cannot be shown."""
    try:
        data = read_blob(files_dir, photo.sha256)
    except NotFound as error:
        return PhotoView(photo, None, str(error))
    try:
        return PhotoView(photo, thumbnail_data_uri(data), None)
    except (OSError, ValueError, Image.DecompressionBombError) as error:  # undecodable file
        return PhotoView(photo, None, f"the stored file cannot be decoded ({error})")


def thumbnail_data_uri(data: bytes) -> str:
    """A small JPEG copy of an image as a ``data:`` URI; the original bytes are untouched."""
    with Image.open(io.BytesIO(data)) as original:
        image = ImageOps.exif_transpose(original)
        image.thumbnail(THUMBNAIL_SIZE)
        if image.mode != "RGB":
            image = image.convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=75)
    return "data:image/jpeg;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def _item_views(
    session: Session, case_id: str, sources: Sequence[Source], photos: Sequence[PhotoView]
) -> list[ItemView]:
    by_id = {source.id: source for source in sources}
    components: dict[str, list[Component]] = defaultdict(list)
    for component in list_case_components(session, case_id):
        components[component.item_id].append(component)
    found = identifications(session, [c.id for group in components.values() for c in group])
    custody: dict[str, list[CustodyEvent]] = defaultdict(list)
    for event in list_case_custody(session, case_id):
        custody[event.item_id].append(event)
    return [
        ItemView(
            record=item,
            source=by_id.get(item.source_id or ""),
            custody=custody[item.id],
            components=[
                _component_view(c, photos, found.get(c.id))
                for c in sorted(components[item.id], key=lambda c: natural_key(c.ref))
            ],
            photos=[p for p in photos if p.record.item_id == item.id and not p.record.component_id],
        )
        for item in list_items(session, case_id)
    ]


def _component_view(
    component: Component, photos: Sequence[PhotoView], found: ComponentIdentification | None
) -> ComponentView:
    own = [photo for photo in photos if photo.record.component_id == component.id]
    if found is None:
        return ComponentView(component, own)
    return ComponentView(component, own, found.confirmed or found.suggested, bool(found.confirmed))


def natural_key(ref: str) -> tuple[str | int, ...]:
    """Sort key that puts U2 before U10, as a board is read."""
    parts = re.split(r"(\d+)", ref.casefold())
    return tuple(int(part) if index % 2 else part for index, part in enumerate(parts))


def _photo_subjects(items: Sequence[ItemView], photos: Sequence[PhotoView]) -> dict[str, str]:
    """What each photo shows, by photo id: the case, an item or a component."""
    labels = {item.record.id: f"item {item.record.ref}" for item in items}
    for item in items:
        for view in item.components:
            labels[view.record.id] = f"component {item.record.ref} / {view.record.ref}"
    subjects: dict[str, str] = {}
    for photo in photos:
        subject = photo.record.component_id or photo.record.item_id
        subjects[photo.record.id] = labels.get(subject, "a withdrawn record") if subject else "case"
    return subjects


def _record_stamps(
    case: Case, sources: Sequence[Source], items: Sequence[ItemView], photos: Sequence[PhotoView]
) -> list[RecordStamp]:
    stamps = [_stamp("case", case.title, case)]
    stamps += [_stamp("source", source.title, source) for source in sources]
    for item in items:
        stamps.append(_stamp("recovered item", item.record.ref, item.record))
        stamps += [
            _stamp("component", f"{item.record.ref} / {c.record.ref}", c.record)
            for c in item.components
        ]
    stamps += [_stamp("photo", photo.record.filename, photo.record) for photo in photos]
    return stamps


def _stamp(kind: str, label: str, record: VersionedRecord) -> RecordStamp:
    return RecordStamp(
        kind=kind,
        label=label,
        id=record.id,
        version=record.version,
        changed_at=record.updated_at,
        changed_by=record.updated_by,
    )


@functools.cache
def _environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("partpath.reports", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["coordinates"] = format_coordinates
    environment.filters["exif_time"] = format_exif_time
    environment.filters["when"] = format_when
    environment.filters["is_web_address"] = is_web_address
    return environment


def format_coordinates(latitude: float | None, longitude: float | None) -> str:
    """Decimal degrees with hemispheres, e.g. ``50.45010° N, 30.52340° E``; empty if unknown."""
    if latitude is None or longitude is None:
        return ""
    north = "N" if latitude >= 0 else "S"
    east = "E" if longitude >= 0 else "W"
    return f"{abs(latitude):.5f}° {north}, {abs(longitude):.5f}° {east}"


def format_exif_time(value: str | None) -> str:
    """EXIF's ``2025:10:14 11:05:12`` as ``2025-10-14 11:05:12``; other text unchanged."""
    if not value:
        return ""
    date, _, time = value.partition(" ")
    return f"{date.replace(':', '-')} {time}".strip() if date.count(":") == 2 else value


def format_when(value: dt.datetime | dt.date | None) -> str:
    """A date as ``YYYY-MM-DD``, a time as ``YYYY-MM-DD HH:MM`` (seconds when not zero)."""
    if value is None:
        return ""
    if not isinstance(value, dt.datetime):
        return value.isoformat()
    pattern = "%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M"
    return value.strftime(pattern)


def is_web_address(url: str | None) -> bool:
    """Whether ``url`` may be shown as a link (http or https only, never ``javascript:``)."""
    return bool(url) and str(url).lower().startswith(("http://", "https://"))
