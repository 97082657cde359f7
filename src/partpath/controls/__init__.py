"""Export-control classes: HS codes of component categories, CHPL tiers, sanctions milestones."""

from partpath.controls.classify import (
    CHPL_VERSION,
    MILESTONES,
    Milestone,
    chpl_tier,
    hs_code_for,
    known_categories,
    relation_to_milestones,
)

__all__ = [
    "CHPL_VERSION",
    "MILESTONES",
    "Milestone",
    "chpl_tier",
    "hs_code_for",
    "known_categories",
    "relation_to_milestones",
]
