"""Routes for cases and the sources cited in them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body

from partpath.api.deps import SessionDep
from partpath.evidence.cases import (
    add_source,
    create_case,
    get_case,
    list_cases,
    list_sources,
    update_case,
)
from partpath.evidence.records import CaseIn, CaseOut, SourceIn, SourceOut

router = APIRouter(tags=["cases"])

CaseChanges = Annotated[
    dict[str, Any],
    Body(description="the CaseIn fields to change", examples=[{"title": "Kh-101 debris, Kyiv"}]),
]


@router.get("/cases")
def read_cases(session: SessionDep, include_retired: bool = False) -> list[CaseOut]:
    """All cases, oldest first."""
    return [CaseOut.model_validate(case) for case in list_cases(session, include_retired)]


@router.post("/cases", status_code=201)
def open_case(session: SessionDep, case: CaseIn) -> CaseOut:
    """Open a new case under an id of your choosing."""
    return CaseOut.model_validate(create_case(session, case))


@router.get("/cases/{case_id}")
def read_case(session: SessionDep, case_id: str) -> CaseOut:
    """One case."""
    return CaseOut.model_validate(get_case(session, case_id))


@router.patch("/cases/{case_id}")
def change_case(session: SessionDep, case_id: str, changes: CaseChanges) -> CaseOut:
    """Change a case's title, description or exercise flag; the old version is kept."""
    return CaseOut.model_validate(update_case(session, case_id, changes))


@router.get("/cases/{case_id}/sources")
def read_sources(session: SessionDep, case_id: str) -> list[SourceOut]:
    """The sources cited in a case."""
    return [SourceOut.model_validate(source) for source in list_sources(session, case_id)]


@router.post("/cases/{case_id}/sources", status_code=201)
def cite_source(session: SessionDep, case_id: str, source: SourceIn) -> SourceOut:
    """Cite a report, document or page in a case."""
    return SourceOut.model_validate(add_source(session, case_id, source))
