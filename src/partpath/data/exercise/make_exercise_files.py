"""Write the bundled EXERCISE case's item sheets and synthetic photos.

Run from anywhere: ``python src/partpath/data/exercise/make_exercise_files.py``.
The output (three item sheets, the JPEGs under ``photos/``) is committed; this
script is kept so that anyone can see, and redo, how it was made.

Everything about the recovery events is invented: places, dates, serials,
custodians, date and lot codes. The part numbers and makers are real, public
catalogue parts, chosen because public reports list parts like them; their
presence here is invented too. Coordinates lie in the open sea near 0°N 0°E on
purpose, so that no one can mistake them for a real recovery site.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from PIL import Image, ImageDraw, ImageFont
from PIL.ExifTags import GPS, IFD, Base
from PIL.TiffImagePlugin import IFDRational

from partpath.evidence.sheets import (
    COMPONENT_COLUMNS,
    CUSTODY_COLUMNS,
    ITEM_FIELDS,
    MARKER,
    VERSION,
)

HERE = Path(__file__).resolve().parent
FIXED_TIME = dt.datetime(2026, 1, 5, 12, 0)  # when the exercise files were first made
LAB = (0.2003, 0.2011)  # the fictional exercise lab, also at sea near 0°N 0°E


@dataclass(frozen=True)
class Part:
    """One component row: what is printed on the package and where it sits."""

    ref: str
    category: str
    board: str
    position: str
    quantity: int
    brand: str
    marking: tuple[str, ...]
    photo: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Custody:
    """One custody row."""

    at: str
    action: str
    custodian: str
    place: str
    notes: str = ""


@dataclass(frozen=True)
class Sheet:
    """One recovered item: its fields, components, custody, and where each photo was taken."""

    filename: str
    fields: dict[str, str | float]
    parts: tuple[Part, ...]
    custody: tuple[Custody, ...]
    photo_sites: dict[str, tuple[str, float, float]]


def _mlcc(count: int, board: str, span: str) -> Part:
    note = (
        "0603 ceramic capacitors; MLCCs carry no marking, so the maker is unknown "
        "(size and colour resemble Murata GRM188R71H104KA93D; not verified)"
    )
    return Part("C1", "MLCC", board, span, count, "", (), notes=note)


def _item(ref: str, **fields: str | float) -> dict[str, str | float]:
    return {"case": "EX-2026-001", "ref": ref, **fields, "source": "exercise-field-notes"}


# fmt: off
# The tables below read best one row per part or custody step.
NAVIGATION_UNIT = Sheet(
    filename="1-navigation-unit.csv",
    fields=_item(
        "EX-A1",
        weapon_system="Cruise missile (EXERCISE type XCM-7)",
        variant="Navigation unit NAV-3",
        serial_markings="EXS-NAV-0417",
        lot_markings="LOT EX-22-09",
        recovered_on="2025-10-14",
        recovered_place="Exercise range KESTREL, impact area 3 (fictional place)",
        latitude=0.0412,
        longitude=0.0871,
        documented_by="R. Sample (fictional)",
        documented_on="2025-10-15",
        notes="EXERCISE record, invented. Navigation unit found intact inside a fragment "
              "of the mid-body section; two boards: CPU board and power board.",
        photos="photos/a1-overview.jpg",
    ),
    parts=(
        Part("U1", "MCU", "CPU board", "U1", 1, "STMicroelectronics",
             ("STM32F405", "RGT6", "GH22V 93", "CHN 226"), "photos/a1-u1.jpg",
             "LQFP64; ST logo lower left"),
        Part("U2", "FPGA", "CPU board", "U2", 1, "Xilinx",
             ("XILINX", "ARTIX-7", "XC7A35T", "CSG324ABX2219", "D1881473A", "1C"),
             "photos/a1-u2.jpg", "CSG324 BGA"),
        Part("U3", "MEMS gyroscope", "CPU board", "U3-U5", 3, "ADI",
             ("ADXRS453", "BRGZ", "#2133", "3071845.2"), notes="three parts, one per axis"),
        Part("U6", "level translator", "CPU board", "U6", 1, "Maxim",
             ("MAX3378E", "EUD+", "2214", "A3BKQ"), notes="TSSOP-14"),
        Part("Y1", "crystal", "CPU board", "Y1", 1, "",
             ("8.000", "K2W"), notes="metal can; no brand legible"),
        Part("U10", "DC-DC converter", "power board", "U10-U11", 2, "TI",
             ("5208", "2AT"), notes="SOT-23-6, device code only"),
        Part("Q1", "MOSFET", "power board", "Q1-Q2", 2, "IR",
             ("F7404", "219P", "XA1B"), notes="SO-8; IR logo"),
        _mlcc(40, "CPU board", "C1-C40"),
    ),
    custody=(
        Custody("2025-10-14T09:40:00", "recovered", "Exercise field team KESTREL-2",
                "Exercise range KESTREL, impact area 3", "EXERCISE event"),
        Custody("2025-10-14T11:05:00", "photographed", "Exercise field team KESTREL-2",
                "Exercise range KESTREL, impact area 3"),
        Custody("2025-10-14T16:30:00", "transferred", "Exercise field team KESTREL-2",
                "Exercise range KESTREL, gate B", "sealed bag EX-SB-1041 handed to courier"),
        Custody("2025-10-15T09:10:00", "received", "Exercise evidence store (fictional)",
                "Exercise lab", "seal EX-SB-1041 intact"),
        Custody("2025-10-15T10:00:00", "documented", "R. Sample (fictional)", "Exercise lab"),
        Custody("2025-10-15T17:00:00", "stored", "Exercise evidence store (fictional)",
                "Exercise lab, locker 3"),
    ),
    photo_sites={
        "a1-overview.jpg": ("2025:10:14 11:05:12", 0.0412, 0.0871),
        "a1-u1.jpg": ("2025:10:15 10:21:40", *LAB),
        "a1-u2.jpg": ("2025:10:15 10:24:03", *LAB),
    },
)

FLIGHT_CONTROLLER = Sheet(
    filename="2-flight-controller.xlsx",
    fields=_item(
        "EX-B1",
        weapon_system="One-way attack drone (EXERCISE type XUAV-3)",
        variant="Flight controller FC-2",
        serial_markings="EXS-FC-2281",
        lot_markings="EX-FC LOT 7",
        recovered_on="2025-11-02",
        recovered_place="Exercise range KESTREL, grid 4 (fictional place)",
        latitude=0.1235,
        longitude=-0.0544,
        documented_by="T. Placeholder (fictional)",
        documented_on="2025-11-03",
        notes="EXERCISE record, invented. Flight controller board, scorched on one corner.",
        photos="photos/b1-overview.jpg",
    ),
    parts=(
        Part("U1", "MCU", "flight controller", "U1", 1, "STMicroelectronics",
             ("STM32F405", "RGT6", "GH23K 9U", "CHN 235"), "photos/b1-u1.jpg", "LQFP64"),
        Part("U2", "MCU", "flight controller", "U2", 1, "Atmel",
             ("ATMEL", "ATMEGA2560", "16AU", "2231D7R"), notes="TQFP100; I/O co-processor"),
        Part("U3", "CAN transceiver", "flight controller", "U3", 1, "TI",
             ("VP230", "TI 2CK", "A0FZ"), notes="SOIC-8"),
        Part("U4", "flash memory", "flight controller", "U4", 1, "Winbond",
             ("winbond", "25Q128JVSQ", "2145", "6AB2"), notes="SOIC-8 wide"),
        Part("U5", "level translator", "flight controller", "U5", 1, "Maxim",
             ("MAX3378E", "EUD+", "2231", "A3CLM")),
        Part("U6", "DC-DC converter", "flight controller", "U6-U7", 2, "TI",
             ("5208", "2BT"), notes="SOT-23-6, device code only"),
        Part("Q1", "MOSFET", "flight controller", "Q1-Q4", 4, "IR",
             ("F7404", "232P", "XB7C"), "photos/b1-q1.jpg", "SO-8; IR logo"),
        _mlcc(24, "flight controller", "C1-C24"),
    ),
    custody=(
        Custody("2025-11-02T08:15:00", "recovered", "Exercise field team KESTREL-4",
                "Exercise range KESTREL, grid 4", "EXERCISE event"),
        Custody("2025-11-02T08:50:00", "photographed", "Exercise field team KESTREL-4",
                "Exercise range KESTREL, grid 4"),
        Custody("2025-11-02T15:00:00", "transferred", "Exercise field team KESTREL-4",
                "Exercise range KESTREL, gate B", "sealed bag EX-SB-1077 handed to courier"),
        Custody("2025-11-03T09:00:00", "received", "Exercise evidence store (fictional)",
                "Exercise lab", "seal EX-SB-1077 intact"),
        Custody("2025-11-03T11:30:00", "examined", "Exercise lab, bench 4 (fictional)",
                "Exercise lab", "board cleaned with isopropyl alcohol before photographs"),
        Custody("2025-11-03T18:00:00", "stored", "Exercise evidence store (fictional)",
                "Exercise lab, locker 5"),
    ),
    photo_sites={
        "b1-overview.jpg": ("2025:11:02 08:52:31", 0.1235, -0.0544),
        "b1-u1.jpg": ("2025:11:03 12:02:10", *LAB),
        "b1-q1.jpg": ("2025:11:03 12:06:55", *LAB),
    },
)

GNSS_MODULE = Sheet(
    filename="3-gnss-datalink-module.csv",
    fields=_item(
        "EX-C1",
        weapon_system="Loitering munition (EXERCISE type XLM-2)",
        variant="GNSS and datalink module GDM-1",
        serial_markings="EXS-GDM-0093",
        lot_markings="",
        recovered_on="2025-11-20",
        recovered_place="Exercise coast site HERON (fictional place)",
        latitude=-0.0921,
        longitude=0.1418,
        documented_by="A. Example (fictional)",
        documented_on="2025-11-21",
        notes="EXERCISE record, invented. Module found in the tail section; antenna torn off.",
        photos="photos/c1-overview.jpg",
    ),
    parts=(
        Part("M1", "GNSS module", "module carrier", "M1", 1, "u-blox",
             ("u-blox", "NEO-M8N", "0-10", "21/37", "A8K213700491"), "photos/c1-m1.jpg",
             "shielded module; label partly scorched"),
        Part("U1", "RF transceiver", "datalink board", "U1", 1, "ADI",
             ("ADI", "AD9361", "BBCZ", "#1947", "3092114.1"), "photos/c1-u1.jpg", "CSP_BGA"),
        Part("U2", "FPGA", "datalink board", "U2", 1, "Altera",
             ("ALTERA", "CYCLONE IV E", "EP4CE22F17C8N", "K1946A", "D4D7Q0032A"),
             notes="FBGA256"),
        Part("U3", "MCU", "datalink board", "U3", 1, "STMicroelectronics",
             ("STM32F405", "RGT6", "GH21Q 93", "CHN 148")),
        Part("U4", "level translator", "datalink board", "U4", 1, "Maxim",
             ("MAX3378E", "EUD+", "2150", "A2KDE")),
        Part("U5", "DC-DC converter", "datalink board", "U5-U6", 2, "TI",
             ("5208", "1CT"), notes="SOT-23-6, device code only"),
        Part("Q1", "MOSFET", "datalink board", "Q1-Q2", 2, "IR",
             ("F7404", "148P", "XZ2A"), notes="SO-8; IR logo"),
        _mlcc(18, "datalink board", "C1-C18"),
    ),
    custody=(
        Custody("2025-11-20T13:20:00", "recovered", "Exercise field team HERON-1",
                "Exercise coast site HERON", "EXERCISE event"),
        Custody("2025-11-20T13:45:00", "photographed", "Exercise field team HERON-1",
                "Exercise coast site HERON"),
        Custody("2025-11-20T18:10:00", "transferred", "Exercise field team HERON-1",
                "Exercise coast site HERON", "sealed bag EX-SB-1102 handed to courier"),
        Custody("2025-11-21T08:40:00", "received", "Exercise evidence store (fictional)",
                "Exercise lab", "seal EX-SB-1102 intact"),
        Custody("2025-11-21T10:15:00", "documented", "A. Example (fictional)", "Exercise lab"),
        Custody("2025-11-21T16:45:00", "stored", "Exercise evidence store (fictional)",
                "Exercise lab, locker 3"),
    ),
    photo_sites={
        "c1-overview.jpg": ("2025:11:20 13:47:09", -0.0921, 0.1418),
        "c1-m1.jpg": ("2025:11:21 10:40:18", *LAB),
        "c1-u1.jpg": ("2025:11:21 10:43:27", *LAB),
    },
)
# fmt: on

SHEETS = (NAVIGATION_UNIT, FLIGHT_CONTROLLER, GNSS_MODULE)


def sheet_rows(sheet: Sheet) -> list[list[str | float | int]]:
    """The sheet's rows: title, item fields, components and custody, as the importer reads them."""
    rows: list[list[str | float | int]] = [[MARKER, VERSION]]
    rows += [[name, value, ITEM_FIELDS[name]] for name, value in sheet.fields.items()]
    rows += [[], list(COMPONENT_COLUMNS)]
    for part in sheet.parts:
        marking = "\n".join(part.marking)
        rows.append([part.ref, part.category, part.board, part.position, part.quantity,
                     part.brand, marking, part.photo, part.notes])  # fmt: skip
    rows += [[], list(CUSTODY_COLUMNS)]
    rows += [[c.at, c.action, c.custodian, c.place, c.notes] for c in sheet.custody]
    return rows


def write_csv(sheet: Sheet, path: Path) -> None:
    """Write the sheet as UTF-8 CSV; marking lines stay newline-separated inside quoted cells."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(sheet_rows(sheet))


def write_xlsx(sheet: Sheet, path: Path) -> None:
    """Write the sheet as the first worksheet of an XLSX workbook."""
    book = Workbook()
    page = book.active
    assert page is not None, "a new workbook has one worksheet"
    page.title = "item sheet"
    for row in sheet_rows(sheet):
        page.append(row)
    for cells in page.iter_rows():
        for cell in cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEFGHI", (16, 48, 22, 12, 9, 18, 20, 22, 40), strict=True):
        page.column_dimensions[column].width = width
    page["A1"].font = Font(bold=True)
    book.properties.creator = "partpath exercise generator"
    book.properties.created = FIXED_TIME
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(_reproducible(buffer.getvalue()))


def _reproducible(xlsx: bytes) -> bytes:
    """The workbook with fixed times, so that running the script again changes no byte.

    openpyxl stamps the save time into docProps/core.xml and each zip entry.
    """
    stamp = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as source, zipfile.ZipFile(out, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
            fixed = zipfile.ZipInfo(entry.filename, FIXED_TIME.timetuple()[:6])
            target.writestr(fixed, data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def _rational_dms(value: float) -> tuple[IFDRational, IFDRational, IFDRational]:
    degrees = int(abs(value))
    minutes = int((abs(value) - degrees) * 60)
    seconds = Fraction(round((abs(value) - degrees - minutes / 60) * 3600 * 1000), 1000)
    return IFDRational(degrees, 1), IFDRational(minutes, 1), IFDRational(seconds)


def photo_exif(taken_at: str, latitude: float, longitude: float) -> Image.Exif:
    """EXIF with the time taken (``YYYY:MM:DD HH:MM:SS``) and the GPS position."""
    exif = Image.Exif()
    exif[Base.Software] = "partpath exercise generator (synthetic image)"
    exif[Base.DateTime] = taken_at
    exif.get_ifd(IFD.Exif)[Base.DateTimeOriginal] = taken_at
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[GPS.GPSLatitudeRef] = "N" if latitude >= 0 else "S"
    gps[GPS.GPSLatitude] = _rational_dms(latitude)
    gps[GPS.GPSLongitudeRef] = "E" if longitude >= 0 else "W"
    gps[GPS.GPSLongitude] = _rational_dms(longitude)
    return exif


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _exercise_label(draw: ImageDraw.ImageDraw, width: int) -> None:
    draw.rectangle((0, 0, width, 26), fill=(200, 30, 30))
    label = "EXERCISE - SYNTHETIC IMAGE - NOT A REAL RECOVERY"
    draw.text((8, 5), label, fill="white", font=_font(15))


def draw_board(sheet: Sheet) -> Image.Image:
    """A grey board with one labelled rectangle per component row."""
    image = Image.new("RGB", (640, 420), (150, 152, 150))
    draw = ImageDraw.Draw(image)
    _exercise_label(draw, image.width)
    draw.rounded_rectangle((20, 44, 620, 372), radius=12, fill=(38, 92, 58), outline="black")
    for index, part in enumerate(sheet.parts):
        left, top = 40 + (index % 4) * 146, 70 + (index // 4) * 150
        draw.rectangle((left, top, left + 120, top + 110), fill=(30, 30, 32), outline="white")
        draw.text((left + 6, top + 6), part.position, fill="white", font=_font(13))
        for row, line in enumerate((*part.marking[:2], part.category)[:3]):
            xy = (left + 6, top + 34 + row * 22)
            draw.text(xy, line[:17], fill=(220, 220, 200), font=_font(13))
    caption = f"{sheet.fields['ref']}  {sheet.fields['variant']}"
    draw.text((24, 384), caption, fill="black", font=_font(15))
    return image


def draw_package(part: Part) -> Image.Image:
    """A close-up of one package with its marking lines drawn on it."""
    image = Image.new("RGB", (480, 320), (150, 152, 150))
    draw = ImageDraw.Draw(image)
    _exercise_label(draw, image.width)
    draw.rectangle((80, 56, 400, 296), fill=(28, 28, 30), outline=(200, 200, 200), width=3)
    for index, line in enumerate(part.marking):
        draw.text((100, 72 + index * 34), line, fill=(225, 225, 210), font=_font(24))
    draw.text((6, 300), f"{part.ref} ({part.category})", fill="black", font=_font(13))
    return image


def save_photo(image: Image.Image, path: Path, site: tuple[str, float, float]) -> None:
    """Save as a small JPEG carrying the EXIF time and position of ``site``."""
    image.save(path, "JPEG", quality=70, optimize=True, exif=photo_exif(*site))


def write_photos(sheet: Sheet, folder: Path) -> None:
    """The item overview and each component close-up named in the sheet."""
    folder.mkdir(exist_ok=True)
    overview = str(sheet.fields["photos"]).removeprefix("photos/")
    save_photo(draw_board(sheet), folder / overview, sheet.photo_sites[overview])
    for part in sheet.parts:
        if part.photo:
            name = part.photo.removeprefix("photos/")
            save_photo(draw_package(part), folder / name, sheet.photo_sites[name])


def main(folder: Path = HERE) -> None:
    """Write every sheet and photo of the exercise case into ``folder``."""
    for sheet in SHEETS:
        write_photos(sheet, folder / "photos")
        target = folder / sheet.filename
        if target.suffix == ".xlsx":
            write_xlsx(sheet, target)
        else:
            write_csv(sheet, target)


if __name__ == "__main__":
    main()
