"""Declarative base, the versioning rules and the revision log.

Two kinds of records exist. ``Versioned`` records (cases, items, components,
photos, sources) may change, but every change bumps their version and appends a
full snapshot to ``revisions`` with who and when; they are retired, never
deleted. ``AppendOnly`` records (custody events, imports, revisions themselves)
are written once. Both rules are enforced for every session by one flush hook,
so no code path can skip them.
"""

from __future__ import annotations

import base64
import datetime as dt
import uuid
from typing import Any, ClassVar

from sqlalchemy import JSON, DateTime, Integer, String, Text, event, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from partpath.exc import Conflict


def utcnow() -> dt.datetime:
    """The current time in UTC, without tzinfo (stored as UTC everywhere)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def new_id(prefix: str) -> str:
    """A short random id such as ``it_k3j2m4n5p6q7``: prefix, underscore, 12 base32 letters."""
    raw = base64.b32encode(uuid.uuid4().bytes).decode("ascii").lower()
    return f"{prefix}_{raw[:12]}"


class Base(DeclarativeBase):
    """Base of every table of partpath."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


class Versioned:
    """A record whose every change is kept as a new version with who and when."""

    id_prefix: str = "rec"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    retired: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(200))


class AppendOnly:
    """A record written once and never changed or deleted."""


class Revision(Base, AppendOnly):
    """One version of one versioned record: a full snapshot, who and when."""

    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(40), index=True)
    record_id: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    note: Mapped[str | None] = mapped_column(Text, nullable=True)


def snapshot(record: Any) -> dict[str, Any]:
    """The record's column values as JSON-ready data."""
    out: dict[str, Any] = {}
    for attr in inspect(record).mapper.column_attrs:
        value = getattr(record, attr.key)
        if isinstance(value, dt.datetime | dt.date):
            value = value.isoformat()
        out[attr.key] = value
    return out


def _stamp_and_log(session: Session, record: Any, action: str) -> None:
    actor = str(session.info.get("actor") or "unknown")
    now = utcnow()
    if action == "create":
        if not record.id:
            record.id = new_id(record.id_prefix)
        record.version = 1
        record.created_at = record.created_at or now
        record.created_by = record.created_by or actor
    else:
        record.version = (record.version or 1) + 1
        if record.retired and inspect(record).attrs.retired.history.added:
            action = "retire"
    record.updated_at = now
    record.updated_by = actor
    session.add(
        Revision(
            record_type=record.__tablename__,
            record_id=record.id,
            version=record.version,
            action=action,
            actor=actor,
            at=now,
            data=snapshot(record),
            note=session.info.get("note"),
        )
    )


@event.listens_for(Session, "before_flush")
def _enforce_history(session: Session, flush_context: Any, instances: Any) -> None:
    for record in session.deleted:
        if isinstance(record, Versioned | AppendOnly):
            raise Conflict(
                f"{type(record).__name__} records are never deleted; retire them instead"
            )
    for record in list(session.dirty):
        if not session.is_modified(record, include_collections=False):
            continue
        if isinstance(record, AppendOnly):
            raise Conflict(f"{type(record).__name__} records are append-only and cannot change")
        if isinstance(record, Versioned):
            _stamp_and_log(session, record, "update")
    for record in list(session.new):
        if isinstance(record, Versioned):
            _stamp_and_log(session, record, "create")
