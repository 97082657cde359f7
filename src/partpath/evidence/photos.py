"""Photos: checked to be images, stored unaltered by SHA-256, EXIF time and GPS kept."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import ExifTags, Image
from sqlalchemy import select
from sqlalchemy.orm import Session

from partpath.evidence.cases import get_case
from partpath.evidence.items import get_component, get_item
from partpath.evidence.records import PhotoMeta
from partpath.exc import InvalidInput, NotFound
from partpath.store.evidence import Photo
from partpath.store.files import put_blob, sha256_bytes

MAX_PHOTO_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class ImageFacts:
    """What is read from a photo file without changing it."""

    media_type: str
    width: int
    height: int
    exif_taken_at: str | None
    gps_latitude: float | None
    gps_longitude: float | None


def read_image_facts(data: bytes, name: str) -> ImageFacts:
    """Check that ``data`` is an image and read its size, EXIF time and GPS position."""
    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidInput(f"{name}: {len(data)} bytes is over the {MAX_PHOTO_BYTES} byte limit")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            media_type = Image.MIME.get(image.format or "", "application/octet-stream")
            width, height = image.size
            exif = image.getexif()
    except Exception as error:  # Pillow raises many kinds for bad files; all mean "not an image"
        raise InvalidInput(f"{name}: not a readable image ({type(error).__name__})") from None
    latitude, longitude = _gps_position(exif.get_ifd(ExifTags.IFD.GPSInfo))
    return ImageFacts(media_type, width, height, _taken_at(exif), latitude, longitude)


def _taken_at(exif: Image.Exif) -> str | None:
    value = exif.get_ifd(ExifTags.IFD.Exif).get(ExifTags.Base.DateTimeOriginal)
    value = value or exif.get(ExifTags.Base.DateTime)
    return str(value).strip("\x00 ") or None if value else None


def _gps_position(gps: dict[int, Any]) -> tuple[float | None, float | None]:
    try:
        latitude = _degrees(gps[ExifTags.GPS.GPSLatitude], gps[ExifTags.GPS.GPSLatitudeRef])
        longitude = _degrees(gps[ExifTags.GPS.GPSLongitude], gps[ExifTags.GPS.GPSLongitudeRef])
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return None, None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None, None
    return latitude, longitude


def _degrees(dms: Sequence[Any], ref: str) -> float:
    degrees, minutes, seconds = (float(part) for part in dms)
    value = degrees + minutes / 60 + seconds / 3600
    return round(-value if ref in ("S", "W") else value, 7)


def add_photo(
    session: Session,
    files_dir: Path,
    case_id: str,
    data: bytes,
    filename: str,
    meta: PhotoMeta,
    item_id: str | None = None,
    component_id: str | None = None,
) -> Photo:
    """Store a photo of a case, item or component; the bytes are kept exactly as given."""
    get_case(session, case_id)
    if component_id is not None:
        component = get_component(session, component_id)
        item_id = item_id or component.item_id
        if component.item_id != item_id:
            raise InvalidInput(f"component {component_id} is not part of item {item_id}")
    if item_id is not None:
        item_id = get_item(session, item_id, case_id).id
    facts = read_image_facts(data, filename)
    record = Photo(
        case_id=case_id,
        item_id=item_id,
        component_id=component_id,
        sha256=sha256_bytes(data),
        filename=Path(filename).name,
        byte_size=len(data),
        **facts.__dict__,
        **meta.model_dump(),
    )
    session.add(record)
    session.flush()
    put_blob(files_dir, data)
    return record


def get_photo(session: Session, photo_id: str) -> Photo:
    """The photo with this id, or a NotFound."""
    record = session.get(Photo, photo_id)
    if record is None:
        raise NotFound(f"no photo {photo_id!r}")
    return record


def list_photos(session: Session, case_id: str) -> Sequence[Photo]:
    """The current photos of a case."""
    get_case(session, case_id)
    query = (
        select(Photo)
        .where(Photo.case_id == case_id, Photo.retired.is_(False))
        .order_by(Photo.created_at, Photo.filename)
    )
    return session.scalars(query).all()
