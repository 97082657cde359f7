"""Customs and trade records: column mappings, import, and a synthetic generator.

Every customs format (Russian declarations, the Korean synthetic set, XLSX,
Parquet, FollowTheMoney ``EconomicActivity``) is mapped to one
:class:`ShipmentRecord` and stored as a ``Shipment`` line with its file and row.
"""

from partpath.trade.generate import GeneratedFile, write_synthetic_declarations
from partpath.trade.imports import ImportSummary, import_trade_file
from partpath.trade.mapping import Mapping, list_mappings, load_mapping, preset_names
from partpath.trade.records import FIELDS, Rejection, ShipmentRecord
from partpath.trade.shipments import (
    PartyCounts,
    count_parties,
    get_shipment,
    iter_shipments,
    list_imports,
    shipments_query,
)

__all__ = [
    "FIELDS",
    "GeneratedFile",
    "ImportSummary",
    "Mapping",
    "PartyCounts",
    "Rejection",
    "ShipmentRecord",
    "count_parties",
    "get_shipment",
    "import_trade_file",
    "iter_shipments",
    "list_imports",
    "list_mappings",
    "load_mapping",
    "preset_names",
    "shipments_query",
    "write_synthetic_declarations",
]
