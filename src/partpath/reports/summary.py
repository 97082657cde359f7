"""A case in figures: what was recovered, how many components, by maker and by category."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict
from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text
from sqlalchemy import select
from sqlalchemy.orm import Session

from partpath.evidence.cases import get_case, list_sources
from partpath.evidence.custody import list_case_custody
from partpath.evidence.items import list_case_components, list_items
from partpath.evidence.photos import list_photos
from partpath.store.evidence import Component, RecoveredItem
from partpath.store.markings import ComponentIdentification

MakerBasis = Literal[
    "verified", "identified from markings (confirmed)", "as marked (unverified)", "unknown"
]
UNKNOWN_MAKER = "unknown"
UNCATEGORISED = "uncategorised"
_KeyFunction = Callable[[Component], tuple[str, MakerBasis | None]]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class CountRow(_Frozen):
    """Components sharing a maker or a category: total quantity and number of rows."""

    name: str
    basis: MakerBasis | None = None
    quantity: int
    rows: int


class ItemSummary(_Frozen):
    """One recovered item in a line."""

    id: str
    ref: str
    weapon_system: str
    variant: str | None
    recovered_on: dt.date | None
    recovered_place: str | None
    component_quantity: int
    component_rows: int


class CaseSummary(_Frozen):
    """A case in figures, as shown by ``partpath case show`` and at the top of a dossier."""

    case_id: str
    title: str
    is_exercise: bool
    item_count: int
    component_quantity: int
    component_rows: int
    photo_count: int
    source_count: int
    custody_event_count: int
    by_maker: tuple[CountRow, ...]
    by_category: tuple[CountRow, ...]
    items: tuple[ItemSummary, ...]


def maker_of(
    component: Component, confirmed: dict[str, Any] | None = None
) -> tuple[str, MakerBasis]:
    """The maker to count a component under, and on what basis.

    A verified maker wins; then the maker of an identification an analyst
    confirmed; else the brand as marked, flagged as unverified (a remarked
    part must not pass for a genuine one); else unknown.
    """
    if component.maker_verified:
        return component.maker_verified, "verified"
    if confirmed and confirmed.get("manufacturer"):
        return str(confirmed["manufacturer"]), "identified from markings (confirmed)"
    if component.brand_as_marked:
        return component.brand_as_marked, "as marked (unverified)"
    return UNKNOWN_MAKER, "unknown"


def summarise_case(session: Session, case_id: str) -> CaseSummary:
    """Count a case's current items, components, photos, sources and custody events."""
    case = get_case(session, case_id)
    items = list_items(session, case.id)
    components = list_case_components(session, case.id)
    current = {item.id for item in items}
    custody = [e for e in list_case_custody(session, case.id) if e.item_id in current]
    confirmed = confirmed_identifications(session, [c.id for c in components])
    return CaseSummary(
        case_id=case.id,
        title=case.title,
        is_exercise=case.is_exercise,
        item_count=len(items),
        component_quantity=sum(c.quantity for c in components),
        component_rows=len(components),
        photo_count=len(list_photos(session, case.id)),
        source_count=len(list_sources(session, case.id)),
        custody_event_count=len(custody),
        by_maker=_tally(components, lambda c: maker_of(c, confirmed.get(c.id))),
        by_category=_tally(components, lambda c: (_category(c, confirmed.get(c.id)), None)),
        items=tuple(_item_summary(item, components) for item in items),
    )


def identifications(
    session: Session, component_ids: Sequence[str]
) -> dict[str, ComponentIdentification]:
    """Component id -> its identification record, for those that have one."""
    query = select(ComponentIdentification).where(
        ComponentIdentification.component_id.in_(component_ids)
    )
    return {r.component_id: r for r in session.scalars(query)}


def confirmed_identifications(
    session: Session, component_ids: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Component id -> the identification an analyst confirmed, for those that have one."""
    found = identifications(session, component_ids).values()
    return {r.component_id: r.confirmed for r in found if r.confirmed}


def _category(component: Component, confirmed: dict[str, Any] | None) -> str:
    return component.category or (confirmed or {}).get("category") or UNCATEGORISED


def _tally(components: Iterable[Component], key: _KeyFunction) -> tuple[CountRow, ...]:
    """Quantity and row count per key, largest quantity first."""
    quantity: dict[tuple[str, MakerBasis | None], int] = defaultdict(int)
    rows: dict[tuple[str, MakerBasis | None], int] = defaultdict(int)
    for component in components:
        quantity[key(component)] += component.quantity
        rows[key(component)] += 1
    ordered = sorted(quantity, key=lambda k: (-quantity[k], k[0].casefold(), k[1] or ""))
    return tuple(
        CountRow(name=k[0], basis=k[1], quantity=quantity[k], rows=rows[k]) for k in ordered
    )


def _item_summary(item: RecoveredItem, components: Sequence[Component]) -> ItemSummary:
    own = [c for c in components if c.item_id == item.id]
    return ItemSummary(
        id=item.id,
        ref=item.ref,
        weapon_system=item.weapon_system,
        variant=item.variant,
        recovered_on=item.recovered_on,
        recovered_place=item.recovered_place,
        component_quantity=sum(c.quantity for c in own),
        component_rows=len(own),
    )


def render_summary_text(summary: CaseSummary) -> Group:
    """The summary as Rich renderables: heading, figures, items, makers, categories."""
    parts: list[RenderableType] = [_heading(summary), _figures(summary), _items(summary)]
    parts.append(_counts("Components by maker", summary.by_maker, with_basis=True))
    parts.append(_counts("Components by category", summary.by_category, with_basis=False))
    return Group(*parts)


def print_summary(console: Console, summary: CaseSummary) -> None:
    """Print the summary to ``console``."""
    console.print(render_summary_text(summary))


def _heading(summary: CaseSummary) -> Text:
    heading = Text()
    if summary.is_exercise:
        heading.append(" EXERCISE - NOT REAL EVIDENCE ", style="bold white on red")
        heading.append("\n")
    heading.append(f"{summary.case_id}  ", style="bold")
    heading.append(summary.title)
    return heading


def _figures(summary: CaseSummary) -> Table:
    table = Table(title="Figures", show_header=False, title_justify="left")
    table.add_column("what")
    table.add_column("count", justify="right")
    table.add_row("recovered items", str(summary.item_count))
    table.add_row("components (total quantity)", str(summary.component_quantity))
    table.add_row("component rows", str(summary.component_rows))
    table.add_row("photos", str(summary.photo_count))
    table.add_row("sources", str(summary.source_count))
    table.add_row("custody events", str(summary.custody_event_count))
    return table


def _items(summary: CaseSummary) -> Table:
    table = Table(title="Recovered items", title_justify="left")
    for name in ("ref", "weapon system", "recovered on", "place"):
        table.add_column(name)
    table.add_column("components", justify="right")
    for item in summary.items:
        when = item.recovered_on.isoformat() if item.recovered_on else "-"
        count = f"{item.component_quantity} ({item.component_rows} rows)"
        cells = (item.ref, item.weapon_system, when, item.recovered_place or "-", count)
        table.add_row(*(Text(cell) for cell in cells))
    return table


def _counts(title: str, rows: Sequence[CountRow], with_basis: bool) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("maker" if with_basis else "category")
    if with_basis:
        table.add_column("basis")
    table.add_column("quantity", justify="right")
    table.add_column("rows", justify="right")
    for row in rows:
        cells = [row.name, row.basis or ""] if with_basis else [row.name]
        table.add_row(*(Text(cell) for cell in cells), str(row.quantity), str(row.rows))
    return table
