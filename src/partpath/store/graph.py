"""Tables of what partpath derives from customs lines: the parts each line names, the
links from lines to recovered components, the parties (one per real company), the
company facts loaded beside the records, and the parties' screening hits.

All of them are derived, not evidence: each run of ``partpath trade analyse``
replaces them whole from the shipment lines, the components and the lists, so they
carry no history of their own; the evidence they point to (shipment lines, list
versions, components) keeps its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Connection,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import Mapped, mapped_column

from partpath.store.base import Base


class ShipmentPart(Base):
    """A part a shipment line's goods description names, as the identification engine read it."""

    __tablename__ = "shipment_parts"

    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), primary_key=True)
    part_number: Mapped[str] = mapped_column(String(100), primary_key=True)
    """As written in the description."""
    base_part: Mapped[str | None] = mapped_column(String(100), index=True)
    manufacturer: Mapped[str | None] = mapped_column(String(200))
    brand: Mapped[str | None] = mapped_column(String(200))
    maker_declared: Mapped[str | None] = mapped_column(String(200))
    """The maker as the description names it («ПРОИЗВОДИТЕЛЬ: …»), if it does."""
    mpn: Mapped[str | None] = mapped_column(String(100))
    chpl_tier: Mapped[str | None] = mapped_column(String(10))


class ShipmentLink(Base):
    """A shipment line that may have carried a recovered component: same base part,
    ranked by how its date fits the component's production window."""

    __tablename__ = "shipment_links"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    component_id: Mapped[str] = mapped_column(ForeignKey("components.id"), index=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    base_part: Mapped[str] = mapped_column(String(100))
    rank: Mapped[int] = mapped_column(Integer)
    score: Mapped[float] = mapped_column(Float)
    fit: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(Text)
    linked_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CompanyFact(Base):
    """A fact about a company from a registry file loaded beside the customs records:
    founding date, address, owner; with the file and row it came from."""

    __tablename__ = "company_facts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    source_file: Mapped[str] = mapped_column(String(500))
    source_row: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    tax_id: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(100))
    founded_on: Mapped[dt.date | None] = mapped_column(Date)
    address: Mapped[str | None] = mapped_column(Text)
    owner_name: Mapped[str | None] = mapped_column(Text)
    owner_tax_id: Mapped[str | None] = mapped_column(String(100))
    loaded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Party(Base):
    """One real company behind the spellings of customs lines (and company facts)."""

    __tablename__ = "parties"

    id: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(100))
    tax_ids: Mapped[list[str]] = mapped_column(JSON)
    roles: Mapped[list[str]] = mapped_column(JSON)
    spellings: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    """Every name as written, with its role, tax number and number of lines."""
    why: Mapped[list[str]] = mapped_column(JSON)
    """Why the spellings were taken for one company (same INN, same name words, …)."""
    shipments: Mapped[int] = mapped_column(Integer)
    value_usd: Mapped[float] = mapped_column(Float)
    first_date: Mapped[dt.date | None] = mapped_column(Date)
    last_date: Mapped[dt.date | None] = mapped_column(Date)
    founded_on: Mapped[dt.date | None] = mapped_column(Date)
    addresses: Mapped[list[str]] = mapped_column(JSON)
    fact_ids: Mapped[list[int]] = mapped_column(JSON)
    owner_id: Mapped[str | None] = mapped_column(String(40))
    screened_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    list_versions: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    """The list versions it was screened against; None: not screened."""
    screening_note: Mapped[str | None] = mapped_column(Text)


class ShipmentParty(Base):
    """Which party sent and which received one shipment line."""

    __tablename__ = "shipment_parties"

    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), primary_key=True)
    exporter_party: Mapped[str | None] = mapped_column(String(40), index=True)
    importer_party: Mapped[str | None] = mapped_column(String(40), index=True)


class PartyHit(Base):
    """A list entry a party may be, with the list version it was found in."""

    __tablename__ = "party_hits"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    party_id: Mapped[str] = mapped_column(String(40), index=True)
    dataset: Mapped[str] = mapped_column(String(100))
    entry_id: Mapped[str] = mapped_column(String(200))
    entry_name: Mapped[str] = mapped_column(Text)
    list_version: Mapped[str] = mapped_column(String(200))
    score: Mapped[float] = mapped_column(Float)
    match: Mapped[bool] = mapped_column(Boolean)
    matched_name: Mapped[str] = mapped_column(Text)
    query_name: Mapped[str] = mapped_column(Text)
    explanation: Mapped[list[str]] = mapped_column(JSON)
    screened_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PartyFlag(Base):
    """A red flag a party's records raise (FinCEN/BIS indicators), with those records."""

    __tablename__ = "party_flags"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    party_id: Mapped[str] = mapped_column(String(40), index=True)
    flag: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    shipment_ids: Mapped[list[int]] = mapped_column(JSON)
    """Up to ``FLAG_RECORDS`` of the lines that raise it; ``records`` counts them all."""
    records: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    """Other records behind it: company facts, list entries, other parties."""


def day(value: Any) -> dt.date | None:
    """A date as a row gives it: a date, or the text of one (SQLite's text queries and
    JSON columns return text); None for none."""
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10]) if value else None


def bulk_insert(
    connection: Connection, table: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert many plain rows (tuples in the order of ``columns``) through the driver:
    COPY on PostgreSQL (psycopg), one executemany elsewhere. Used for a million
    imported lines and for derived tables rebuilt whole: building a parameter
    dictionary per row, or the ORM's per-row work, would cost more than the insert."""
    if not rows:
        return
    if connection.dialect.driver == "psycopg":
        raw = connection.connection.driver_connection
        assert raw is not None, "an open connection has its driver connection"
        copy_sql = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
        with raw.cursor() as cursor, cursor.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(row)
        return
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    connection.exec_driver_sql(sql, list(rows))


@contextmanager
def bulk_work(connection: Connection) -> Iterator[None]:
    """On SQLite, a 256 MB page cache while a million lines are imported, grouped and
    joined; with the default 2 MB the unique index of the lines no longer fits and the
    sorts spill to disk: inserts slow by half, sorts take twice as long."""
    if connection.dialect.name != "sqlite":
        yield
        return
    cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size = -262144")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache or -2000)}")
