"""Tables of identification: the parts catalogue, and each component's identification."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from partpath.store.base import AppendOnly, Base, Versioned


class CatalogueEntry(Base, AppendOnly):
    """A part number known from an installed parts library, and the maker it names."""

    __tablename__ = "catalogue_parts"

    part: Mapped[str] = mapped_column(String(100), primary_key=True)
    maker: Mapped[str] = mapped_column(String(200), primary_key=True)
    source: Mapped[str] = mapped_column(String(300))
    datasheet: Mapped[str | None] = mapped_column(Text)


class ComponentIdentification(Base, Versioned):
    """What partpath suggests a component is, and what an analyst confirmed or corrected.

    Reports use ``confirmed``; ``suggested`` keeps the engine's answer and its
    explanation, with the rules it was made by (``engine``).
    """

    __tablename__ = "component_identifications"
    id_prefix = "ci"

    component_id: Mapped[str] = mapped_column(ForeignKey("components.id"), unique=True, index=True)
    status: Mapped[str] = mapped_column(String(20))  # suggested, confirmed, corrected
    suggested: Mapped[dict[str, Any]] = mapped_column(JSON)
    confirmed: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    engine: Mapped[str] = mapped_column(String(200))
