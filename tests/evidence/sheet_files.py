"""Write recovered-item sheets for tests, in CSV or XLSX, and small real images."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import Workbook
from PIL import Image

from partpath.evidence.sheets import COMPONENT_COLUMNS, CUSTODY_COLUMNS, MARKER, VERSION


def png_bytes(colour: str = "grey", size: tuple[int, int] = (32, 24)) -> bytes:
    """A small real PNG image."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def sheet_rows(
    item: dict[str, str],
    components: list[dict[str, str]],
    custody: list[dict[str, str]] | None = None,
) -> list[list[str]]:
    """The rows of a recovered-item sheet holding these values."""
    rows: list[list[str]] = [[MARKER, VERSION]]
    rows += [[name, value] for name, value in item.items()]
    rows += [[], COMPONENT_COLUMNS]
    rows += [[c.get(name, "") for name in COMPONENT_COLUMNS] for c in components]
    if custody:
        rows += [[], CUSTODY_COLUMNS]
        rows += [[e.get(name, "") for name in CUSTODY_COLUMNS] for e in custody]
    return rows


def write_sheet(path: Path, rows: list[list[str]]) -> Path:
    """Write rows as CSV or XLSX according to the suffix of ``path``."""
    if path.suffix == ".csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows(rows)
    else:
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        for row in rows:
            sheet.append(row)
        workbook.save(path)
    return path


GOOD_ITEM = {
    "case": "EX-1",
    "ref": "NAV-01",
    "weapon_system": "Kh-101",
    "recovered_on": "2024-01-02",
    "latitude": "50.45",
    "longitude": "30.52",
    "photos": "item.png",
}
GOOD_COMPONENTS = [
    {
        "component_ref": "U1",
        "category": "RF transceiver",
        "quantity": "1",
        "brand_as_marked": "ADI",
        "marking": "ADI\nAD9361\n BBCZ \n#1947",
        "photos": "u1.png",
    },
    {"component_ref": "U2", "category": "DC-DC converter", "quantity": "2", "marking": "5208"},
]
GOOD_CUSTODY = [
    {"custody_at": "2024-01-02T09:00", "action": "recovered", "custodian": "Team 3"},
    {"custody_at": "2024-01-05T14:00", "action": "transferred", "custodian": "Lab A"},
]


def good_sheet(folder: Path, suffix: str = ".csv") -> Path:
    """A valid sheet with two components, two custody events and two photos."""
    (folder / "item.png").write_bytes(png_bytes("grey"))
    (folder / "u1.png").write_bytes(png_bytes("green"))
    rows = sheet_rows(GOOD_ITEM, GOOD_COMPONENTS, GOOD_CUSTODY)
    return write_sheet(folder / f"nav-01{suffix}", rows)
