"""What a user gives and gets for each evidence record: validated Pydantic models
shared by the library, the CLI, the API and the spreadsheet import."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    field_validator,
)

from partpath.exc import Conflict, InvalidInput

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20000)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
CaseId = Annotated[
    str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$", strip_whitespace=True)
]
Ref = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]

M = TypeVar("M", bound=BaseModel)

SourceKind = Literal["report", "document", "url", "field-note", "photo-set", "other"]
CustodyAction = Literal[
    "recovered", "documented", "photographed", "transferred", "received",
    "stored", "examined", "sampled", "returned", "destroyed", "other",
]  # fmt: skip


class _Input(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CaseIn(_Input):
    """A new case: a short id of your choosing and a title."""

    id: CaseId = Field(examples=["EX-2026-001"])
    title: Text
    description: Text | None = None
    is_exercise: bool = False


class SourceIn(_Input):
    """A report, document or page that backs a fact, with how to cite it."""

    kind: SourceKind = "report"
    title: Text
    citation: Text | None = None
    url: Text | None = None
    published_on: dt.date | None = None


class ItemIn(_Input):
    """A recovered item as documented in the field."""

    ref: Ref = Field(description="the field team's tag for the item, unique in its case")
    weapon_system: Name = Field(examples=["Kh-101"])
    variant: Name | None = None
    serial_markings: Text | None = None
    lot_markings: Text | None = None
    recovered_on: dt.date | None = None
    recovered_place: Text | None = None
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)
    documented_by: Name | None = None
    documented_on: dt.date | None = None
    source_id: str | None = None
    notes: Text | None = None


class ComponentIn(_Input):
    """A component of a recovered item, its marking lines exactly as read."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    ref: Ref
    category: Name | None = None
    board: Name | None = None
    position: Name | None = None
    quantity: int = Field(default=1, ge=1, le=1_000_000)
    marking_lines: list[str] = Field(default_factory=list, examples=[["ADI", "AD9361", "BBCZ"]])
    brand_as_marked: Name | None = None
    maker_verified: Name | None = None
    source_id: str | None = None
    notes: Text | None = None

    @field_validator("marking_lines")
    @classmethod
    def _lines_are_lines(cls, lines: list[str]) -> list[str]:
        for line in lines:
            if "\n" in line or "\r" in line:
                raise ValueError("each marking line must be one line; give lines as a list")
            if len(line) > 500:
                raise ValueError("a marking line is at most 500 characters")
        return lines


class CustodyIn(_Input):
    """One custody step: who took what action with the item, when and where."""

    occurred_at: dt.datetime
    action: CustodyAction
    custodian: Name
    place: Text | None = None
    notes: Text | None = None


class PhotoMeta(_Input):
    """What a user says about a photo; the rest is read from the file."""

    caption: Text | None = None
    photographer: Name | None = None


class RecordMeta(BaseModel):
    """Identity and history stamp of a stored record."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    version: int
    retired: bool
    created_at: dt.datetime
    created_by: str
    updated_at: dt.datetime
    updated_by: str


class CaseOut(RecordMeta):
    """A stored case."""

    title: str
    description: str | None
    is_exercise: bool


class SourceOut(RecordMeta, SourceIn):
    """A stored source."""

    case_id: str


class ItemOut(RecordMeta, ItemIn):
    """A stored recovered item."""

    case_id: str


class ComponentOut(RecordMeta, ComponentIn):
    """A stored component."""

    item_id: str


class PhotoOut(RecordMeta):
    """A stored photo: its file's SHA-256 and what was read from it."""

    case_id: str
    item_id: str | None
    component_id: str | None
    sha256: str
    filename: str
    media_type: str
    byte_size: int
    width: int
    height: int
    exif_taken_at: str | None
    gps_latitude: float | None
    gps_longitude: float | None
    caption: str | None
    photographer: str | None


class CustodyOut(CustodyIn):
    """A recorded custody event."""

    model_config = ConfigDict(from_attributes=True)

    id: str
    item_id: str
    recorded_by: str
    recorded_at: dt.datetime


class RevisionOut(BaseModel):
    """One version of a record, as kept in the history."""

    model_config = ConfigDict(from_attributes=True)

    record_type: str
    record_id: str
    version: int
    action: str
    actor: str
    at: dt.datetime
    data: dict[str, object]
    note: str | None


def apply_changes(
    record: Any,
    model: type[BaseModel],
    changes: dict[str, Any],
    fixed: frozenset[str] = frozenset(),
) -> None:
    """Validate ``changes`` on top of ``record`` with ``model``; set the fields that differ.

    Fields in ``fixed`` cannot change. The flush hook turns the change into a
    new version; setting a field to its current value makes none.
    """
    current = {name: getattr(record, name) for name in model.model_fields}
    unknown = set(changes) - set(model.model_fields)
    if unknown:
        raise InvalidInput(f"unknown field(s): {', '.join(sorted(unknown))}")
    for name in fixed:
        if name in changes and changes[name] != current[name]:
            raise Conflict(f"{name} cannot be changed")
    validated = parse_record(model, {**current, **changes})
    for name in changes:
        value = getattr(validated, name)
        if value != current[name]:
            setattr(record, name, value)


def parse_record(model: type[M], data: dict[str, Any], where: str = "") -> M:
    """Validate ``data`` as ``model``; on failure, an InvalidInput naming every bad field."""
    try:
        return model.model_validate(data)
    except ValidationError as error:
        raise InvalidInput(describe_errors(error, where)) from None


def describe_errors(error: ValidationError, where: str = "") -> str:
    """One line per bad field: where, the field, what was expected."""
    lines = []
    for problem in error.errors():
        field = ".".join(str(part) for part in problem["loc"]) or "record"
        lines.append(f"{where}{field}: {problem['msg']}")
    return "; ".join(lines)
