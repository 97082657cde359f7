"""A rule book of two fictional makers, so that engine tests do not hang on real rules."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from partpath.markings.rules import RuleBook, build_rule_book, load_rule_file
from tests.conftest import FIXTURES

REFERENCE = dt.date(2026, 11, 26)


@cache
def fictional_book() -> RuleBook:
    """Acme Semiconductor and Bolt Microsystems, from tests/fixtures/rules."""
    return build_rule_book(
        [load_rule_file(path) for path in sorted((FIXTURES / "rules").glob("*.yml"))]
    )


@pytest.fixture
def book() -> RuleBook:
    """The fictional rule book."""
    return fictional_book()
