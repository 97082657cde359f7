"""The one shipment record every customs format is mapped to, and a rejected row.

A :class:`ShipmentRecord` is one line of a customs declaration as partpath keeps
it, whatever file it came from: a CSV of Russian declarations, the Korean
synthetic data set, an XLSX export, a Parquet file or FollowTheMoney
``EconomicActivity`` entities.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

FIELDS: tuple[str, ...] = (
    "declaration_number",
    "line",
    "declared_on",
    "importer_name",
    "importer_id",
    "exporter_name",
    "exporter_id",
    "exporter_country",
    "trading_country",
    "dispatch_country",
    "origin_country",
    "destination_country",
    "hs_code",
    "description",
    "quantity",
    "unit",
    "net_weight_kg",
    "invoice_value",
    "currency",
    "value_usd",
)
"""The fields a column mapping may fill, in the order of the record."""


class ShipmentRecord(NamedTuple):
    """One declaration line: who sent what to whom, from where, when and for how much.

    ``hs_code`` is the code as declared (6, 8 or 10 digits, no dots) and ``hs6``
    its first six digits, the internationally common part. ``importer_id`` and
    ``exporter_id`` are the parties' identifiers in the source: the tax number
    (INN) of a Russian importer, a registry or pseudonymous id elsewhere. A named
    tuple, because an import makes millions and a tuple is Python's cheapest record.
    """

    declaration_number: str | None
    line: int | None
    declared_on: dt.date
    importer_name: str | None
    importer_id: str | None
    exporter_name: str | None
    exporter_id: str | None
    exporter_country: str | None
    trading_country: str | None
    dispatch_country: str | None
    origin_country: str | None
    destination_country: str | None
    hs_code: str | None
    description: str | None
    quantity: float | None
    unit: str | None
    net_weight_kg: float | None
    invoice_value: float | None
    currency: str | None
    value_usd: float | None
    hs6: str | None


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why one row of a file was not imported: the field at fault and the reason."""

    row: int
    field: str
    column: str
    value: str
    reason: str
