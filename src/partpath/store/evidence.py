"""Tables of the evidence registry: cases, recovered items, components, photos,
sources, custody events and spreadsheet imports."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from partpath.store.base import AppendOnly, Base, Versioned


class Case(Base, Versioned):
    """An investigation: the recovered items, sources and findings that belong together."""

    __tablename__ = "cases"
    id_prefix = "case"

    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str | None] = mapped_column(Text)
    is_exercise: Mapped[bool] = mapped_column(default=False)


class Source(Base, Versioned):
    """Where a fact comes from: a report, a document, a web page, a field note."""

    __tablename__ = "sources"
    id_prefix = "src"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(500))
    citation: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[dt.date | None] = mapped_column(Date)
    document_sha256: Mapped[str | None] = mapped_column(String(64))


class RecoveredItem(Base, Versioned):
    """A weapon or piece of debris recovered and documented in the field."""

    __tablename__ = "recovered_items"
    __table_args__ = (UniqueConstraint("case_id", "ref", name="uq_item_ref_in_case"),)
    id_prefix = "it"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    ref: Mapped[str] = mapped_column(String(100))
    weapon_system: Mapped[str] = mapped_column(String(200))
    variant: Mapped[str | None] = mapped_column(String(200))
    serial_markings: Mapped[str | None] = mapped_column(Text)
    lot_markings: Mapped[str | None] = mapped_column(Text)
    recovered_on: Mapped[dt.date | None] = mapped_column(Date)
    recovered_place: Mapped[str | None] = mapped_column(String(500))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    documented_by: Mapped[str | None] = mapped_column(String(200))
    documented_on: Mapped[dt.date | None] = mapped_column(Date)
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class Component(Base, Versioned):
    """A part found in a recovered item, with its marking lines exactly as read.

    ``brand_as_marked`` is what the package says; ``maker_verified`` is set only
    when someone has verified the maker, so a remarked part never silently
    becomes a genuine one.
    """

    __tablename__ = "components"
    __table_args__ = (UniqueConstraint("item_id", "ref", name="uq_component_ref_in_item"),)
    id_prefix = "co"

    item_id: Mapped[str] = mapped_column(ForeignKey("recovered_items.id"), index=True)
    ref: Mapped[str] = mapped_column(String(100))
    category: Mapped[str | None] = mapped_column(String(100))
    board: Mapped[str | None] = mapped_column(String(200))
    position: Mapped[str | None] = mapped_column(String(100))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    marking_lines: Mapped[list[str]] = mapped_column()
    brand_as_marked: Mapped[str | None] = mapped_column(String(200))
    maker_verified: Mapped[str | None] = mapped_column(String(200))
    source_id: Mapped[str | None] = mapped_column(ForeignKey("sources.id"))
    notes: Mapped[str | None] = mapped_column(Text)


class Photo(Base, Versioned):
    """A photograph, stored unaltered under its SHA-256, with EXIF time and place kept."""

    __tablename__ = "photos"
    id_prefix = "ph"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    item_id: Mapped[str | None] = mapped_column(ForeignKey("recovered_items.id"), index=True)
    component_id: Mapped[str | None] = mapped_column(ForeignKey("components.id"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    media_type: Mapped[str] = mapped_column(String(100))
    byte_size: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    exif_taken_at: Mapped[str | None] = mapped_column(String(40))
    gps_latitude: Mapped[float | None] = mapped_column(Float)
    gps_longitude: Mapped[float | None] = mapped_column(Float)
    caption: Mapped[str | None] = mapped_column(Text)
    photographer: Mapped[str | None] = mapped_column(String(200))


class CustodyEvent(Base, AppendOnly):
    """One step in an item's chain of custody: who did what with it, when and where."""

    __tablename__ = "custody_events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("recovered_items.id"), index=True)
    occurred_at: Mapped[dt.datetime] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(String(40))
    custodian: Mapped[str] = mapped_column(String(200))
    place: Mapped[str | None] = mapped_column(String(500))
    notes: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ImportRecord(Base, AppendOnly):
    """A spreadsheet imported into a case; its SHA-256 makes a second import a no-op."""

    __tablename__ = "imports"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    item_id: Mapped[str] = mapped_column(ForeignKey("recovered_items.id"))
    filename: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(200))
