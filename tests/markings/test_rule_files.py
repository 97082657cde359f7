"""Rule files: every bundled file loads; a broken one is refused with its path and line."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from partpath.markings import identify_marking
from partpath.markings.rules import BUILTIN_RULES, RuleError, load_rule_book, load_rule_file
from tests.conftest import FIXTURES

GOOD = (FIXTURES / "rules" / "bolt.yml").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", sorted(BUILTIN_RULES.glob("*.yml")), ids=lambda p: p.name)
def test_every_bundled_rule_file_loads_and_cites_its_sources(path: Path) -> None:
    maker = load_rule_file(path)
    assert maker.families or maker.brands, f"{path.name} has no rules"
    for source in maker.sources.values():
        assert source["url"].startswith("http"), f"{path.name}: source without a URL"


def test_the_bundled_rule_book_has_no_duplicate_makers() -> None:
    book = load_rule_book()
    names = [m.name.casefold() for m in book.makers]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("change", "line", "message"),
    [
        (("category: MLCC", "category: MLCC\n    bogus: [1"), None, "not valid YAML"),
        (("country: DE", "country: DE\ncolour: red"), 2, "unknown key 'colour'"),
        (("base: 'BLT\\d{3}'", "base: 'BLT(\\d{3}'"), 17, "not a valid regex"),
        (("shared: true\n    source: bolt-guide", "shared: true\n    source: nowhere"),
         10, "source 'nowhere' is not one of this file's sources"),
        (("category: MLCC", "category: flux capacitor"), 17, "unknown category 'flux capacitor'"),
        (("date_codes: [yww]", "date_codes: [yyyyq]"), 2, "unknown date-code format 'yyyyq'"),
        (("prefixes: [BLT]", "prefixes: [B]"), 17, "2 or more characters"),
        (("shared: true", "shared: maybe"), 10, "'shared' must be true or false"),
        (("country: DE", "country: DE\nseries: [BX]"), 2, "4 or more characters: ['BX']"),
        (("date_codes: [yww]",
          "date_codes: [{name: b, pattern: '(?P<yy>\\d\\d)', distinctive: 1, source: bolt-guide}]"),
         6, "'distinctive' must be true or false"),
        (("date_codes: [yww]",
          "date_codes: [{name: b, pattern: '(?P<y>\\d)(?P<w>\\d)', source: bolt-guide}]"),
         6, "a w (run of weeks) group needs 'week_codes'"),
        (("date_codes: [yww]", "date_codes: [{name: b, pattern: '(?P<y>\\d)(?P<w>\\d)', "
          "week_codes: {'1': [6]}, source: bolt-guide}]"),
         6, "'week_codes' maps codes to [first week, last week], 1-53"),
        (("category: MLCC", "category: MLCC\n    former: [{maker: Acme}]"), 20,
         "a former maker needs 'until'"),
        (("shared: true", "shraed: true"), 10, "unknown key 'shraed'"),
        (("category: MLCC", "category: MLCC\n    date_codes: [yyyyq]"), 17,
         "unknown date-code format 'yyyyq'"),
        (("category: MLCC", "category: MLCC\n    date_codes: [{name: b, pattern: "
          "'B(?P<yy>\\d\\d)', distinctive: true, source: bolt-guide}]"),
         17, "list it in the maker's 'date_codes'"),
    ],
)  # fmt: skip
def test_a_broken_rule_file_is_refused_with_path_and_line(
    tmp_path: Path, change: tuple[str, str], line: int | None, message: str
) -> None:
    old, new = change
    assert old in GOOD
    path = tmp_path / "bolt.yml"
    path.write_text(GOOD.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError) as caught:
        load_rule_file(path)
    text = str(caught.value)
    assert text.startswith(f"{path}:") and message in text
    if line is not None:
        assert text.startswith(f"{path}:{line}:")


def test_a_users_folder_adds_a_maker_and_replaces_one(tmp_path: Path) -> None:
    (tmp_path / "bolt.yml").write_text(GOOD, encoding="utf-8")
    book = load_rule_book([tmp_path])
    assert book.maker("Bolt Microsystems") is not None
    assert book.maker("Bolt Microsystems").path == tmp_path / "bolt.yml"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("family_codes", "text", "date_code"),
    [("", "BLT100 915", "915"),  # the maker's yww
     ("\n    date_codes: []", "BLT100 915", None),  # a lot number, not a date
     ("\n    date_codes: [yyww]", "BLT100 1947", "1947"),
     ("\n    date_codes: [yyww]", "BLT100 915", None)],
)  # fmt: skip
def test_a_family_may_replace_its_makers_date_codes(
    tmp_path: Path, family_codes: str, text: str, date_code: str | None
) -> None:
    path = tmp_path / "bolt.yml"
    path.write_text(GOOD.replace("category: MLCC", "category: MLCC" + family_codes, 1))
    book = load_rule_book([tmp_path])
    result = identify_marking(text, book, dt.date(2026, 11, 26))
    assert (result.base_part, result.date_code) == ("BLT100", date_code)
