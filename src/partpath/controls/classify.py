"""Classification facts loaded once from ``controls/data``: HS-6 by category, CHPL tier by
HS-6, and the sanctions milestones a production window is compared with."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

DATA = Path(__file__).parent / "data"

Relation = Literal["before", "after", "straddles"]


@dataclass(frozen=True)
class Milestone:
    """A date after which exporting such parts to Russia was restricted."""

    date: dt.date
    name: str
    source: str


@cache
def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    return data


def _chpl_by_code() -> dict[str, str]:
    tiers: dict[str, list[str]] = _load("chpl.yml")["tiers"]
    return {code: tier for tier, codes in tiers.items() for code in codes}


CHPL_VERSION: str = _load("chpl.yml")["version"]
MILESTONES: tuple[Milestone, ...] = tuple(
    Milestone(dt.date.fromisoformat(m["date"]), m["name"], m["source"])
    for m in _load("chpl.yml")["milestones"]
)
_CHPL = _chpl_by_code()
_CATEGORIES: dict[str, str] = {
    name.casefold(): code for name, code in _load("categories.yml")["categories"].items()
}


def known_categories() -> list[str]:
    """The categories that have an HS-6 code, as written in the data file."""
    return list(_load("categories.yml")["categories"])


def hs_code_for(category: str | None) -> str | None:
    """The HS-6 code (e.g. ``854239``) a part of this category is normally classified under."""
    return _CATEGORIES.get(category.casefold()) if category else None


def chpl_tier(hs_code: str | None) -> str | None:
    """The Common High Priority List tier of an HS code (its first six digits), or None."""
    if not hs_code:
        return None
    return _CHPL.get(hs_code.replace(".", "")[:6])


def relation_to_milestones(
    date_from: dt.date | None, date_to: dt.date | None
) -> dict[str, Relation]:
    """For each milestone: was the part made wholly before it, wholly after it, or is the
    production window across it. Empty without a window."""
    if date_from is None or date_to is None:
        return {}
    out: dict[str, Relation] = {}
    for milestone in MILESTONES:
        key = f"{milestone.date.isoformat()} {milestone.name}"
        if date_to < milestone.date:
            out[key] = "before"
        elif date_from >= milestone.date:
            out[key] = "after"
        else:
            out[key] = "straddles"
    return out
