"""Cases and the sources cited in them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partpath.evidence.records import CaseIn, SourceIn, apply_changes
from partpath.exc import Conflict, NotFound
from partpath.store.evidence import Case, Source


def create_case(session: Session, case: CaseIn) -> Case:
    """Open a new case; its id must not be taken."""
    if session.get(Case, case.id) is not None:
        raise Conflict(f"case {case.id} already exists")
    record = Case(**case.model_dump())
    session.add(record)
    session.flush()
    return record


def get_case(session: Session, case_id: str) -> Case:
    """The case with this id, or a NotFound naming it."""
    record = session.get(Case, case_id)
    if record is None:
        raise NotFound(f"no case {case_id!r}")
    return record


def list_cases(session: Session, include_retired: bool = False) -> Sequence[Case]:
    """All cases, oldest first."""
    query = select(Case).order_by(Case.created_at, Case.id)
    if not include_retired:
        query = query.where(Case.retired.is_(False))
    return session.scalars(query).all()


def update_case(session: Session, case_id: str, changes: dict[str, Any]) -> Case:
    """Change a case's title, description or exercise flag, keeping the old version."""
    record = get_case(session, case_id)
    apply_changes(record, CaseIn, {"id": case_id, **changes}, fixed=frozenset({"id"}))
    session.flush()
    return record


def add_source(session: Session, case_id: str, source: SourceIn) -> Source:
    """Cite a report, document or page in a case."""
    get_case(session, case_id)
    record = Source(case_id=case_id, **source.model_dump())
    session.add(record)
    session.flush()
    return record


def get_source(session: Session, source_id: str, case_id: str | None = None) -> Source:
    """The source with this id (in this case, when given), or a NotFound."""
    record = session.get(Source, source_id)
    if record is None or (case_id is not None and record.case_id != case_id):
        where = f" in case {case_id}" if case_id else ""
        raise NotFound(f"no source {source_id!r}{where}")
    return record


def list_sources(session: Session, case_id: str) -> Sequence[Source]:
    """The sources cited in a case."""
    get_case(session, case_id)
    query = select(Source).where(Source.case_id == case_id).order_by(Source.created_at)
    return session.scalars(query).all()
