"""Identifications of recorded components: suggested by the engine, confirmed or
corrected by an analyst. Reports use the confirmed one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from partpath import __version__
from partpath.controls import chpl_tier, hs_code_for, relation_to_milestones
from partpath.evidence.items import get_component, list_case_components
from partpath.evidence.records import parse_record
from partpath.exc import InvalidInput, NotFound
from partpath.markings.identify import Identification, identify_marking
from partpath.markings.rules import RuleBook
from partpath.store.evidence import Component
from partpath.store.markings import ComponentIdentification

CORRECTABLE = {
    "brand", "manufacturer", "base_part", "mpn", "date_code", "date_from", "date_to",
    "category", "hs_code", "chpl_tier",
}  # fmt: skip


def component_text(component: Component) -> str:
    """The text identification reads: the brand as marked, then the marking lines."""
    return " ".join([component.brand_as_marked or "", *component.marking_lines]).strip()


def get_identification(session: Session, component_id: str) -> ComponentIdentification:
    """The identification of a component, or a NotFound saying how to make one."""
    record = session.scalars(
        select(ComponentIdentification).where(ComponentIdentification.component_id == component_id)
    ).first()
    if record is None:
        raise NotFound(f"component {component_id} has no identification yet: suggest one first")
    return record


def suggest_identification(
    session: Session,
    component_id: str,
    book: RuleBook,
    catalogue: Mapping[str, str] | None = None,
    reference: dt.date | None = None,
) -> ComponentIdentification:
    """Identify a component from its markings and keep the suggestion (a new version if the
    answer changed); a confirmed identification stays confirmed."""
    component = get_component(session, component_id)
    suggestion = identify_marking(component_text(component), book, reference, catalogue)
    data = suggestion.model_dump(mode="json")
    engine = f"partpath {__version__}, rules {book.digest}"
    try:
        record = get_identification(session, component.id)
    except NotFound:
        record = ComponentIdentification(
            component_id=component.id, status="suggested", suggested=data, engine=engine
        )
        session.add(record)
    else:
        if record.suggested != data:
            record.suggested, record.engine = data, engine
    session.flush()
    return record


def suggest_for_case(
    session: Session,
    case_id: str,
    book: RuleBook,
    catalogue: Mapping[str, str] | None = None,
) -> Sequence[ComponentIdentification]:
    """Suggest an identification for every current component of a case."""
    return [
        suggest_identification(session, component.id, book, catalogue)
        for component in list_case_components(session, case_id)
    ]


def confirm_identification(
    session: Session, component_id: str, corrections: dict[str, Any] | None = None
) -> ComponentIdentification:
    """Confirm the suggested identification, with an analyst's corrections if any.

    A corrected category re-derives the HS code and CHPL tier, and a corrected
    window the relation to the sanctions milestones, unless those are given too.
    """
    record = get_identification(session, component_id)
    corrections = corrections or {}
    unknown = set(corrections) - CORRECTABLE
    if unknown:
        known = ", ".join(sorted(CORRECTABLE))
        raise InvalidInput(f"cannot correct {', '.join(sorted(unknown))}; correctable: {known}")
    merged = {**record.suggested, **corrections}
    if "category" in corrections and "hs_code" not in corrections:
        merged["hs_code"] = hs_code_for(merged["category"])
    if {"category", "hs_code"} & set(corrections) and "chpl_tier" not in corrections:
        merged["chpl_tier"] = chpl_tier(merged["hs_code"])
    confirmed = parse_record(Identification, merged, "identification ")
    confirmed.sanctions = relation_to_milestones(confirmed.date_from, confirmed.date_to)
    confirmed.unknown = confirmed.manufacturer is None
    if corrections:
        confirmed.explanation.append(f"corrected by an analyst: {', '.join(sorted(corrections))}")
    record.confirmed = confirmed.model_dump(mode="json")
    record.status = "corrected" if corrections else "confirmed"
    session.flush()
    return record
