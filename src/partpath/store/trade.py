"""Tables of customs and trade records: the files imported, and one row per shipment line.

Both are append-only facts: a shipment line is what a declaration said, kept as
imported with the file and row it came from; a correction is a new import.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partpath.store.base import AppendOnly, Base


class TradeImport(Base, AppendOnly):
    """A customs or trade file imported; its SHA-256 makes a second import a no-op."""

    __tablename__ = "trade_imports"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    filename: Mapped[str] = mapped_column(String(500))
    file_format: Mapped[str] = mapped_column(String(20))
    mapping: Mapped[str] = mapped_column(String(200))
    mapping_sha256: Mapped[str] = mapped_column(String(64))
    rows: Mapped[int] = mapped_column(Integer)
    imported: Mapped[int] = mapped_column(Integer)
    rejected: Mapped[int] = mapped_column(Integer)
    duplicates: Mapped[int] = mapped_column(Integer)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    imported_by: Mapped[str] = mapped_column(String(200))


class Shipment(Base, AppendOnly):
    """One line of a customs declaration: who sent what to whom, from where, for how much.

    ``record_key`` identifies the line across files (declaration number and line
    number, else a digest of the whole record) so that a line is stored once.
    Only ``record_key`` and ``hs6`` are indexed: every index slows a bulk import of
    millions of lines. Countries are ISO 3166-1 alpha-2 codes where the source gave or named one,
    otherwise the text as given.
    """

    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_key: Mapped[str] = mapped_column(String(300), unique=True)
    # Checked at commit: the import's record is written last, once its counts are known.
    import_sha256: Mapped[str] = mapped_column(
        ForeignKey("trade_imports.sha256", deferrable=True, initially="DEFERRED")
    )
    source_file: Mapped[str] = mapped_column(String(500))
    source_row: Mapped[int] = mapped_column(Integer)
    declaration_number: Mapped[str | None] = mapped_column(String(100))
    line: Mapped[int | None] = mapped_column(Integer)
    declared_on: Mapped[dt.date] = mapped_column(Date)
    importer_name: Mapped[str | None] = mapped_column(Text)
    importer_id: Mapped[str | None] = mapped_column(String(100))
    exporter_name: Mapped[str | None] = mapped_column(Text)
    exporter_id: Mapped[str | None] = mapped_column(String(100))
    exporter_country: Mapped[str | None] = mapped_column(String(100))
    trading_country: Mapped[str | None] = mapped_column(String(100))
    dispatch_country: Mapped[str | None] = mapped_column(String(100))
    origin_country: Mapped[str | None] = mapped_column(String(100))
    destination_country: Mapped[str | None] = mapped_column(String(100))
    hs_code: Mapped[str | None] = mapped_column(String(10))
    hs6: Mapped[str | None] = mapped_column(String(6), index=True)
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(50))
    net_weight_kg: Mapped[float | None] = mapped_column(Float)
    invoice_value: Mapped[float | None] = mapped_column(Float)
    currency: Mapped[str | None] = mapped_column(String(10))
    value_usd: Mapped[float | None] = mapped_column(Float)
