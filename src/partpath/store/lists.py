"""Tables of the sanctions lists: each load of a list is a dated, checksummed version,
and its entries are kept whole, so that any hit can be traced to the file it came from.

A list version moves from ``active`` to ``superseded`` when a newer file of the same
dataset is loaded; that change is logged like every change of a versioned record.
A ``failed`` version records a load that did not complete, with its error; it has no
entries. Entries are written once, with their version, and never change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partpath.store.base import AppendOnly, Base, Versioned


class ListVersion(Base, Versioned):
    """One load of one list (dataset): where from, which files, how many entries, status.

    ``created_at`` / ``created_by`` say when and by whom it was loaded; ``sha256``
    is the digest of its files' digests, so that loading the same files again is
    recognised; ``files`` names each file with its own SHA-256 in the file store.
    """

    __tablename__ = "list_versions"
    __table_args__ = (Index("ix_list_versions_dataset_status", "dataset", "status"),)
    id_prefix = "lv"

    dataset: Mapped[str] = mapped_column(String(100))
    number: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    files: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    entity_count: Mapped[int] = mapped_column(Integer)
    name_count: Mapped[int] = mapped_column(Integer)
    published_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)


class ListEntry(Base, AppendOnly):
    """One entry of one list version: the publisher's id, schema, caption and the whole
    entity as JSON (partpath's :class:`~partpath.lists.records.ListEntity`)."""

    __tablename__ = "list_entries"
    __table_args__ = (Index("ix_list_entries_version_entry", "version_id", "entry_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    version_id: Mapped[str] = mapped_column(ForeignKey("list_versions.id"))
    entry_id: Mapped[str] = mapped_column(String(200))
    schema: Mapped[str] = mapped_column(String(20))
    caption: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
