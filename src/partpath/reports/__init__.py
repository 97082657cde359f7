"""Reports on a case: the summary figures and the self-contained HTML dossier."""

from partpath.reports.dossier import render_dossier, write_dossier
from partpath.reports.summary import (
    CaseSummary,
    CountRow,
    ItemSummary,
    print_summary,
    render_summary_text,
    summarise_case,
)

__all__ = [
    "CaseSummary",
    "CountRow",
    "ItemSummary",
    "print_summary",
    "render_dossier",
    "render_summary_text",
    "summarise_case",
    "write_dossier",
]
