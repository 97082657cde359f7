"""From customs lines to recovered components: the parts each line names, and the lines
that may have carried each component.

``extract_shipment_parts`` reads every stored goods description once (a reader
caches repeated descriptions) and keeps the parts it names. ``link_components``
then pairs each identified component with the lines of the same base part, and
ranks them by how the declaration date fits the component's production window:
a line declared shortly after the part was made fits best; one declared before the
part was made, or after the item was recovered, cannot have carried it.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, insert, select, text

from partpath.markings import RuleBook
from partpath.markings.identify import rule_book_for
from partpath.store import Store
from partpath.store.base import utcnow
from partpath.store.evidence import Component, RecoveredItem
from partpath.store.graph import ShipmentLink, ShipmentPart, bulk_insert, bulk_work, day
from partpath.store.markings import ComponentIdentification
from partpath.trade.parts import PartReader

Progress = Callable[[int, int], None]
CHUNK = 20_000
LINKS_PER_COMPONENT = 25
"""Lines kept per component, the best first: enough to show, few enough to read."""
PART_COLUMNS = (
    "shipment_id",
    "part_number",
    "base_part",
    "manufacturer",
    "brand",
    "maker_declared",
    "mpn",
    "chpl_tier",
)
HALF_LIFE_DAYS = 180.0
"""A line declared this long after the production window ends scores half as well."""


def _count(connection: Connection, table: str) -> int:
    return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


def _descriptions(connection: Connection) -> Iterator[list[Any]]:
    query = text("SELECT id, description FROM shipments WHERE description IS NOT NULL")
    result = connection.execute(query.execution_options(stream_results=True, yield_per=CHUNK))
    for chunk in result.partitions(CHUNK):
        yield list(chunk)


def extract_shipment_parts(
    store: Store, book: RuleBook | None = None, progress: Progress | None = None
) -> int:
    """Read the parts named by every stored line's goods description; replace what an
    earlier run found. Returns the number of (line, part) pairs kept."""
    reader = PartReader(book or rule_book_for(store.settings))
    found = 0
    with store.engine.begin() as connection, bulk_work(connection):
        total = _count(connection, "shipments")
        connection.execute(delete(ShipmentPart))
        done = 0
        for rows in _descriptions(connection):
            batch = [
                (
                    shipment_id,
                    m.part_number,
                    m.base_part,
                    m.manufacturer,
                    m.brand,
                    m.maker_declared,
                    m.mpn,
                    m.chpl_tier,
                )
                for shipment_id, description in rows
                for m in reader.read(description).parts
            ]
            bulk_insert(connection, "shipment_parts", PART_COLUMNS, batch)
            found += len(batch)
            done += len(rows)
            if progress:
                progress(done, total)
    return found


@dataclass(frozen=True)
class ComponentPart:
    """What linking needs of a component: its base part, maker, window and recovery day."""

    component_id: str
    base_part: str
    manufacturer: str | None
    date_from: dt.date | None
    date_to: dt.date | None
    recovered_on: dt.date | None


@dataclass(frozen=True)
class Fit:
    """How a declaration date fits a component: a score (0 = cannot be), a word, a reason."""

    score: float
    fit: str
    reason: str


def identified_components(connection: Connection) -> list[ComponentPart]:
    """Every live component with a base part, from its confirmed identification if an
    analyst confirmed one, else the engine's suggestion."""
    query = (
        select(
            Component.id,
            ComponentIdentification.confirmed,
            ComponentIdentification.suggested,
            RecoveredItem.recovered_on,
        )
        .join(ComponentIdentification, ComponentIdentification.component_id == Component.id)
        .join(RecoveredItem, RecoveredItem.id == Component.item_id)
        .where(Component.retired.is_(False))
        .order_by(Component.id)
    )
    out = []
    for component_id, confirmed, suggested, recovered_on in connection.execute(query):
        data = confirmed or suggested or {}
        if data.get("base_part"):
            out.append(
                ComponentPart(
                    component_id,
                    str(data["base_part"]).upper(),
                    data.get("manufacturer"),
                    day(data.get("date_from")),
                    day(data.get("date_to")),
                    recovered_on,
                )
            )
    return out


def date_fit(part: ComponentPart, declared_on: dt.date) -> Fit:
    """How well a line declared on ``declared_on`` fits the component's production window."""
    if part.recovered_on and declared_on > part.recovered_on:
        return Fit(
            0.0,
            "after recovery",
            f"declared {declared_on}, after the item was recovered on {part.recovered_on}",
        )
    if part.date_from is None or part.date_to is None:
        return Fit(
            0.3,
            "no window",
            f"declared {declared_on}; the component's date code gives no production window",
        )
    if declared_on < part.date_from:
        return Fit(
            0.0,
            "before made",
            f"declared {declared_on}, before the production window "
            f"{part.date_from}-{part.date_to} begins",
        )
    if declared_on <= part.date_to:
        return Fit(
            0.5,
            "within window",
            f"declared {declared_on}, within the production "
            f"window {part.date_from}-{part.date_to}: made before it, possibly",
        )
    gap = (declared_on - part.date_to).days
    score = 0.55 + 0.45 * 0.5 ** (gap / HALF_LIFE_DAYS)
    return Fit(
        round(score, 4),
        "after made",
        f"declared {declared_on}, {gap} days after the "
        f"production window {part.date_from}-{part.date_to} ends",
    )


def _candidates(connection: Connection, base_parts: set[str]) -> dict[str, list[Any]]:
    by_part: dict[str, list[Any]] = defaultdict(list)
    query = text(
        "SELECT p.base_part, p.manufacturer, s.id, s.declared_on FROM shipment_parts p "
        "JOIN shipments s ON s.id = p.shipment_id WHERE p.base_part = :part"
    )
    for part in sorted(base_parts):
        for base, maker, shipment_id, declared_on in connection.execute(query, {"part": part}):
            by_part[base].append((maker, shipment_id, day(declared_on)))
    return by_part


def link_components(store: Store, limit: int = LINKS_PER_COMPONENT) -> int:
    """Link every identified component to the lines of its base part (and maker, where
    both are known), best-fitting first; replace earlier links. Returns the links kept."""
    now = utcnow()
    kept = 0
    with store.engine.begin() as connection:
        connection.execute(delete(ShipmentLink))
        parts = identified_components(connection)
        lines = _candidates(connection, {p.base_part for p in parts})
        for part in parts:
            ranked = []
            for maker, shipment_id, declared_on in lines.get(part.base_part, []):
                if maker and part.manufacturer and maker != part.manufacturer:
                    continue
                fit = date_fit(part, declared_on)
                if fit.score > 0:
                    ranked.append((fit.score, declared_on, shipment_id, fit))
            ranked.sort(key=lambda r: (-r[0], r[1], r[2]))
            rows = [
                {
                    "component_id": part.component_id,
                    "shipment_id": shipment_id,
                    "base_part": part.base_part,
                    "rank": rank,
                    "score": score,
                    "fit": fit.fit,
                    "reason": f"same base part {part.base_part}"
                    f"{f' ({part.manufacturer})' if part.manufacturer else ''}; "
                    f"{fit.reason}",
                    "linked_at": now,
                }
                for rank, (score, _, shipment_id, fit) in enumerate(ranked[:limit], start=1)
            ]
            if rows:
                connection.execute(insert(ShipmentLink), rows)
            kept += len(rows)
    return kept
