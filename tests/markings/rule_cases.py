"""Checks shared by the rule-file tests (test_rules_a.py to test_rules_e.py)."""

from __future__ import annotations

from partpath.markings import identify_marking, load_rule_file
from partpath.markings.identify import Identification
from partpath.markings.rules import BUILTIN_RULES, RuleBook
from tests.markings.conftest import REFERENCE


def identify(text: str, book: RuleBook | None = None) -> Identification:
    """Identify ``text`` against the bundled rules (or ``book``), dates read at REFERENCE."""
    return identify_marking(text, book=book, reference=REFERENCE)


def decoded_suffix(result: Identification) -> dict[str, tuple[str, str]]:
    """The decoded suffix as {field: (code, meaning)}."""
    return {part.field: (part.code, part.meaning) for part in result.suffix}


def assert_rule_file_loads(name: str, maker: str, *, min_families: int = 1) -> None:
    """The file names its maker, has families ruled from it, and cites its brands' sources."""
    loaded = load_rule_file(BUILTIN_RULES / name)
    assert loaded.name == maker
    assert len(loaded.families) >= min_families
    for family in loaded.families:
        assert family.rule.startswith(name)
    for brand in loaded.brands:
        assert brand.source in loaded.sources


def assert_identified(
    result: Identification,
    maker: str,
    brand: str,
    base: str,
    mpn: str | None,
    category: str | None,
) -> None:
    """A known result with the expected maker, brand, base part, full number and category."""
    assert not result.unknown, result.reason
    assert (result.manufacturer, result.brand) == (maker, brand)
    assert (result.base_part, result.mpn, result.category) == (base, mpn, category)


def assert_suffix_fields(result: Identification, fields: dict[str, tuple[str, str]]) -> None:
    """Each listed suffix field is decoded to its (code, meaning); others may be present."""
    decoded = decoded_suffix(result)
    for field, expected in fields.items():
        assert decoded.get(field) == expected, (field, decoded)
