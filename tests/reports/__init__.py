"""Tests of the reports; ``build_case`` makes a small case with the library functions."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from PIL import Image, ImageDraw
from PIL.ExifTags import GPS, IFD, Base
from PIL.TiffImagePlugin import IFDRational
from sqlalchemy.orm import Session

from partpath.evidence.cases import add_source, create_case
from partpath.evidence.custody import record_custody
from partpath.evidence.items import add_component, add_item
from partpath.evidence.photos import add_photo
from partpath.evidence.records import (
    CaseIn,
    ComponentIn,
    CustodyIn,
    ItemIn,
    PhotoMeta,
    SourceIn,
)
from partpath.store import Store
from partpath.store.files import sha256_bytes


@dataclass(frozen=True)
class BuiltCase:
    """Ids and facts of the case ``build_case`` made."""

    case_id: str
    item_ids: tuple[str, str]
    component_ids: dict[str, str]
    photo_sha256: str


def jpeg_with_exif() -> bytes:
    """A small JPEG taken 2024:03:05 10:20:30 at 50.5° N, 30.25° E (per its EXIF)."""
    image = Image.new("RGB", (800, 600), (120, 120, 120))
    ImageDraw.Draw(image).rectangle((100, 100, 300, 250), fill=(20, 20, 20))
    exif = Image.Exif()
    exif.get_ifd(IFD.Exif)[Base.DateTimeOriginal] = "2024:03:05 10:20:30"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef] = "N"
    gps[GPS.GPSLatitude] = (IFDRational(50, 1), IFDRational(30, 1), IFDRational(0, 1))
    gps[GPS.GPSLongitudeRef] = "E"
    gps[GPS.GPSLongitude] = (IFDRational(30, 1), IFDRational(15, 1), IFDRational(0, 1))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def build_case(store: Store, case_id: str = "T-1", is_exercise: bool = False) -> BuiltCase:
    """Two items, six component rows (quantity 19), one photo, one source, three custody events.

    Makers: Analog Devices verified (AD9361, quantity 1); ADI as marked (quantity 2);
    TI as marked (quantity 4 and 1); unknown (MLCC, quantity 10; crystal, quantity 1).
    """
    photo = jpeg_with_exif()
    with store.session(actor="tester") as session:
        create_case(session, CaseIn(id=case_id, title="Test case", is_exercise=is_exercise))
        source = add_source(session, case_id, SourceIn(title="Field notes", kind="field-note"))
        first = add_item(session, case_id, _item("A1", source.id))
        second = add_item(session, case_id, ItemIn(ref="B1", weapon_system="Drone"))
        ids = {
            "U1": _component(session, first.id, "U1", "RF transceiver", 1, "ADI", "Analog Devices",
                             ["ADI", "AD9361", "BBCZ", "#1947"]),
            "U2": _component(session, first.id, "U2", "op amp", 2, "ADI", None,
                             ["AD8605", "#2101"]),
            "C1": _component(session, first.id, "C1", "MLCC", 10, None, None, []),
            "U3": _component(session, second.id, "U3", "DC-DC converter", 4, "TI", None,
                             ["5208", "2AT"]),
            "U4": _component(session, second.id, "U4", "CAN transceiver", 1, "TI", None,
                             ["VP230", "TI 2CK", "A0FZ"]),
            "Y1": _component(session, second.id, "Y1", None, 1, None, None, ["8.000"]),
        }  # fmt: skip
        add_photo(session, store.files_dir, case_id, photo, "u1.jpg",
                  PhotoMeta(caption="U1 top"), component_id=ids["U1"])  # fmt: skip
        for hour, action in ((8, "recovered"), (12, "transferred"), (16, "received")):
            when = dt.datetime(2024, 3, 5, hour, 0)
            event = CustodyIn(occurred_at=when, action=action, custodian="Team 1")
            record_custody(session, first.id, event)
    return BuiltCase(case_id, (first.id, second.id), ids, sha256_bytes(photo))


def _item(ref: str, source_id: str) -> ItemIn:
    return ItemIn(
        ref=ref,
        weapon_system="Cruise missile",
        variant="navigation unit",
        serial_markings="SN 0001",
        recovered_on=dt.date(2024, 3, 4),
        recovered_place="Range 7",
        latitude=50.5,
        longitude=30.25,
        documented_by="Tester",
        documented_on=dt.date(2024, 3, 5),
        source_id=source_id,
    )


def _component(
    session: Session,
    item_id: str,
    ref: str,
    category: str | None,
    quantity: int,
    brand: str | None,
    maker: str | None,
    lines: list[str],
) -> str:
    component = ComponentIn(
        ref=ref,
        category=category,
        quantity=quantity,
        brand_as_marked=brand,
        maker_verified=maker,
        marking_lines=lines,
    )
    return add_component(session, item_id, component).id
