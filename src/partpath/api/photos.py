"""Routes for photos: upload, metadata and the stored, unaltered file."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Form, Response, UploadFile

from partpath.api.deps import SessionDep, StoreDep
from partpath.evidence.photos import add_photo, get_photo, list_photos
from partpath.evidence.records import PhotoMeta, PhotoOut, parse_record
from partpath.store.files import read_blob

router = APIRouter(tags=["photos"])

OptionalField = Annotated[str | None, Form()]


@router.post("/cases/{case_id}/photos", status_code=201)
def upload_photo(
    session: SessionDep,
    store: StoreDep,
    case_id: str,
    file: UploadFile,
    item_id: OptionalField = None,
    component_id: OptionalField = None,
    caption: OptionalField = None,
    photographer: OptionalField = None,
) -> PhotoOut:
    """Store a photo of a case, item or component exactly as uploaded."""
    meta = parse_record(PhotoMeta, {"caption": caption, "photographer": photographer})
    name = file.filename or "upload"
    record = add_photo(
        session, store.files_dir, case_id, file.file.read(), name, meta, item_id, component_id
    )
    return PhotoOut.model_validate(record)


@router.get("/cases/{case_id}/photos")
def read_photos(session: SessionDep, case_id: str) -> list[PhotoOut]:
    """The current photos of a case."""
    return [PhotoOut.model_validate(photo) for photo in list_photos(session, case_id)]


@router.get("/photos/{photo_id}")
def read_photo(session: SessionDep, photo_id: str) -> PhotoOut:
    """What is known about a photo: its SHA-256, size, EXIF time and place."""
    return PhotoOut.model_validate(get_photo(session, photo_id))


@router.get(
    "/photos/{photo_id}/file",
    response_class=Response,
    responses={200: {"content": {"image/*": {}}, "description": "the stored bytes"}},
)
def read_photo_file(session: SessionDep, store: StoreDep, photo_id: str) -> Response:
    """The photo's bytes as stored; refused if the stored file was altered."""
    photo = get_photo(session, photo_id)
    headers = {
        "Content-Disposition": f"inline; filename*=utf-8''{quote(photo.filename)}",
        "ETag": f'"{photo.sha256}"',
    }
    data = read_blob(store.files_dir, photo.sha256)
    return Response(data, media_type=photo.media_type, headers=headers)
