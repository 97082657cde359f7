"""Screening: names and parties compared with sanctions and export-control list entries."""

from partpath.screening.compare import DEFAULT_THRESHOLD, Match, compare, compare_names
from partpath.screening.index import ScreeningHit, ScreeningIndex
from partpath.screening.names import name_form
from partpath.screening.query import Query, entity_from_properties

__all__ = [
    "DEFAULT_THRESHOLD",
    "Match",
    "Query",
    "ScreeningHit",
    "ScreeningIndex",
    "compare",
    "compare_names",
    "entity_from_properties",
    "name_form",
]
