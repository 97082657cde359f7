"""Reading stored shipment lines: by import, by HS code, and the counts of their parties."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import Select, and_, distinct, func, select
from sqlalchemy.orm import Session

from partpath.exc import NotFound
from partpath.store.trade import Shipment, TradeImport


@dataclass(frozen=True)
class PartyCounts:
    """How many shipment lines, distinct importers and exporters, and lines whose
    origin country differs from the country they were dispatched from."""

    shipments: int
    importers: int
    exporters: int
    origin_not_dispatch: int


def count_parties(session: Session, import_sha256: str | None = None) -> PartyCounts:
    """Counts over every stored shipment line, or those of one import.

    A party is counted by its identifier where the source gives one (an INN, a
    registry or pseudonymous id), else by its name as written; lines without
    the party are not counted for it. Origin ≠ dispatch counts the lines that
    name both countries and name different ones.
    """
    differs = and_(
        Shipment.origin_country.is_not(None),
        Shipment.dispatch_country.is_not(None),
        Shipment.origin_country != Shipment.dispatch_country,
    )
    query = select(
        func.count(),
        func.count(distinct(func.coalesce(Shipment.importer_id, Shipment.importer_name))),
        func.count(distinct(func.coalesce(Shipment.exporter_id, Shipment.exporter_name))),
        func.count().filter(differs),
    )
    if import_sha256 is not None:
        query = query.where(Shipment.import_sha256 == import_sha256)
    shipments, importers, exporters, differing = session.execute(query).one()
    return PartyCounts(shipments, importers, exporters, differing)


def list_imports(session: Session) -> list[TradeImport]:
    """Every customs file imported, the latest first."""
    return list(session.scalars(select(TradeImport).order_by(TradeImport.imported_at.desc())))


def get_shipment(session: Session, shipment_id: int) -> Shipment:
    """One stored shipment line by id."""
    shipment = session.get(Shipment, shipment_id)
    if shipment is None:
        raise NotFound(f"no shipment {shipment_id}")
    return shipment


def shipments_query(
    import_sha256: str | None = None, hs6: Iterable[str] | None = None
) -> Select[Shipment]:
    """The query of shipment lines of one import and/or some HS-6 codes, in stored order."""
    query = select(Shipment).order_by(Shipment.id)
    if import_sha256 is not None:
        query = query.where(Shipment.import_sha256 == import_sha256)
    if hs6 is not None:
        query = query.where(Shipment.hs6.in_(list(hs6)))
    return query


def iter_shipments(
    session: Session,
    import_sha256: str | None = None,
    hs6: Iterable[str] | None = None,
    chunk: int = 10_000,
) -> Iterator[Shipment]:
    """Stream shipment lines (of one import, of some HS-6 codes), ``chunk`` rows at a time."""
    query = shipments_query(import_sha256, hs6).execution_options(yield_per=chunk)
    yield from session.scalars(query)
