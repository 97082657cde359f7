"""Routes for what a case produces: its summary, its dossier and its export."""

from __future__ import annotations

import io

from fastapi import APIRouter
from fastapi.responses import HTMLResponse, PlainTextResponse

from partpath.api.deps import SessionDep, StoreDep
from partpath.evidence.export import export_jsonl
from partpath.reports import CaseSummary, render_dossier, summarise_case

router = APIRouter(tags=["reports"])


@router.get("/cases/{case_id}/summary")
def read_summary(session: SessionDep, case_id: str) -> CaseSummary:
    """Figures of a case: items, and components by maker and by category."""
    return summarise_case(session, case_id)


@router.get("/cases/{case_id}/dossier", response_class=HTMLResponse)
def read_dossier(session: SessionDep, store: StoreDep, case_id: str) -> HTMLResponse:
    """The case's self-contained HTML dossier, as `partpath dossier` writes it."""
    return HTMLResponse(render_dossier(session, store.files_dir, case_id))


@router.get("/cases/{case_id}/export.jsonl", response_class=PlainTextResponse)
def read_export(session: SessionDep, case_id: str) -> PlainTextResponse:
    """Every record of the case and its history as JSON Lines, as `partpath export` writes."""
    buffer = io.StringIO()
    export_jsonl(session, case_id, buffer)
    return PlainTextResponse(buffer.getvalue(), media_type="application/x-ndjson")
