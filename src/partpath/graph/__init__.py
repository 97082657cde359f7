"""The procurement network: makers, parties and countries joined by the flows of
customs lines; routes of a part, chokepoints into a country, red flags, exports."""

from partpath.graph.analysis import Analysis, analyse_trade
from partpath.graph.build import ProcurementGraph, build_graph, procurement_graph
from partpath.graph.chokepoints import Chokepoint, ChokepointAnswer, find_chokepoints
from partpath.graph.entities import PartyPage, party_page
from partpath.graph.export import write_ftm, write_graphml
from partpath.graph.flags import Flag, compute_flags, party_flags
from partpath.graph.routes import Hop, Route, RouteAnswer, trace_routes

__all__ = [
    "Analysis",
    "Chokepoint",
    "ChokepointAnswer",
    "Flag",
    "Hop",
    "PartyPage",
    "ProcurementGraph",
    "Route",
    "RouteAnswer",
    "analyse_trade",
    "build_graph",
    "compute_flags",
    "find_chokepoints",
    "party_flags",
    "party_page",
    "procurement_graph",
    "trace_routes",
    "write_ftm",
    "write_graphml",
]
