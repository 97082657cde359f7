"""Name forms and scores: scripts, legal forms, evidence beyond names, explanations."""
# ruff: noqa: RUF001  (Cyrillic test names on purpose)

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partpath.exc import InvalidInput
from partpath.screening import Query, compare, compare_names, name_form
from tests.screening.conftest import entry


@pytest.mark.parametrize(
    ("written", "words"),
    [
        ("ООО «Ромашка»", ["llc", "romashka"]),
        ("Romashka LLC", ["romashka", "llc"]),
        ("ТОВ Ромашка", ["llc", "romashka"]),
        ("OAO Gazprom", ["ojsc", "gazprom"]),
        ("ПАО Газпром", ["pjsc", "gazprom"]),
        ("HSBC Holdings p.l.c.", ["hsbc", "holdings", "plc"]),
        ("Siemens Aktiengesellschaft", ["siemens", "jsc"]),
        ("Siemens Aktiengeselschaft", ["siemens", "jsc"]),
        ("AT&T Inc.", ["at", "and", "t", "inc"]),
        ("1st International Bank", ["1", "international", "bank"]),
        ("Guangzhou Intl Mfg Grp", ["guangzhou", "international", "manufacturing", "group"]),
    ],
)
def test_name_forms(written: str, words: list[str]) -> None:
    assert [word.text for word in name_form(written).words] == words


def test_legal_form_families_are_compatible() -> None:
    a, b = name_form("Tactical Rockets OJSC"), name_form("Tactical Rockets JSC")
    assert compare_names(a, b).score >= 0.95
    assert compare_names(name_form("Acme Bank AG"), name_form("Acme Bank GmbH")).score < 0.95


def test_cyrillic_and_latin_spellings_match() -> None:
    putin = entry("p", "Person", "Vladimir Vladimirovich PUTIN")
    assert compare(Query.of("Владимир Путин", "Person"), putin).match


def test_person_order_and_case_do_not_matter() -> None:
    target = entry("x", "Person", "PETROV, Ivan Sergeyevich")
    assert compare(Query.of("ivan petrov", "Person"), target).match


def test_identifier_makes_a_match_and_a_different_one_counts_against() -> None:
    listed = entry("i", "Company", "Sever Trade LLC", identifiers=(("inn", "7701234567"),))
    same = Query.from_properties("Company", {"name": ["Sever Trading"], "innCode": ["7701234567"]})
    other = Query.from_properties("Company", {"name": ["Sever Trade"], "innCode": ["7709999999"]})
    found = compare(same, listed)
    assert found.score >= 0.95 and any("identifier shared" in line for line in found.explanation)
    against = compare(other, listed)
    assert against.score < compare(Query.of("Sever Trade", "Company"), listed).score
    assert any("different inn" in line for line in against.explanation)


def test_country_and_birth_date_evidence() -> None:
    listed = entry("b", "Person", "Ivan PETROV", born=("1960-05-01",), countries=("RU",))
    base = compare(Query.of("Ivan Petrov", "Person"), listed).score
    agree = compare(Query.of("Ivan Petrov", "Person", country="Russia", birth_date="1960"), listed)
    differ = compare(Query.of("Ivan Petrov", "Person", country="FR", birth_date="1975"), listed)
    assert agree.score >= base > differ.score
    assert any("birth date differs" in line for line in differ.explanation)
    assert any("countries differ" in line for line in differ.explanation)


def test_weak_alias_alone_scores_below_a_primary_name() -> None:
    listed = entry("w", "Company", "Kestrel Works", weak=("Falcon Works",))
    assert compare(Query.of("Falcon Works", "Company"), listed).score < 1.0


def test_schemas_that_cannot_be_the_same_party() -> None:
    vessel = entry("v", "Vessel", "SEA HORSE")
    found = compare(Query.of("Sea Horse", "Person"), vessel)
    assert found.score == 0 and "not a Vessel" in found.explanation[0]


def test_explanation_names_every_step() -> None:
    listed = entry("e", "Company", "Northwind Trading Company Limited")
    found = compare(Query.of("NORTHWIND TRDG CO LTD", "Company"), listed)
    assert found.match
    assert "northwind" in found.explanation[0] and "→" in found.explanation[0]


@pytest.mark.parametrize("name", ["", "   ", "x" * 10_000])
def test_bad_names_are_refused_clearly(name: str) -> None:
    with pytest.raises(InvalidInput):
        Query.of(name)


def test_unknown_schema_is_refused() -> None:
    with pytest.raises(InvalidInput, match="unknown schema"):
        Query.of("Acme", "Spaceship")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.text(max_size=80))
def test_any_text_compares_without_error(a: str, b: str) -> None:
    result = compare_names(name_form(a), name_form(b, person=True))
    assert 0.0 <= result.score <= 1.0
    if a.strip():
        found = compare(Query.of(a), entry("f", "Company", b or "x"))
        assert 0.0 <= found.score <= 1.0


def test_acronym_meets_the_name_it_abbreviates() -> None:
    army = entry("a", "Organization", "People's Liberation Army")
    assert compare(Query.of("PLA", "Organization"), army).score >= 0.75
    assert "initials" in compare(Query.of("PLA", "Organization"), army).explanation[0]
    assert compare(Query.of("PLA", "Person"), entry("p", "Person", "Peter Lee Adams")).score <= 0.5


def test_a_word_written_as_two_is_found() -> None:
    listed = entry("s", "Person", "Nikolai Platonovich PATRUSHEV")
    found = compare(Query.of("Nikolai Patr ushev", "Person"), listed)
    assert found.match and "one word written as two" in found.explanation[0]


def test_a_patronymic_is_not_the_given_name() -> None:
    listed = entry("z", "Person", "Volodymyr Oleksandrovych ZELENSKYY")
    assert not compare(Query.of("Oleksandr Zelenskyy", "Person"), listed).match


def test_series_siblings_and_roman_numerals() -> None:
    fund = entry("f", "Company", "Northwind Capital Partners XIII L.P.")
    assert compare(Query.of("Northwind Capital Partners 13 LP", "Company"), fund).score >= 0.95
    sibling = compare(Query.of("Northwind Capital Partners XII L.P.", "Company"), fund)
    assert sibling.match and "another number of a series" in sibling.explanation[0]
    ship = entry("v", "Vessel", "SEA LARK 5")
    assert not compare(Query.of("Sea Lark 6", "Vessel"), ship).match
    assert name_form("Xi Jinping", person=True).words[0].text == "xi"


def test_initials_written_together_and_a_person_with_a_legal_form() -> None:
    juncker = entry("j", "Person", "Jean-Claude JUNCKER")
    found = compare(Query.of("JC Juncker", "Person"), juncker)
    assert found.match and "initials written together" in found.explanation[0]
    maduro = entry("m", "Person", "Nicolas MADURO MOROS")
    assert compare(Query.of("Nicolas Maduro Moros SA", "Person"), maduro).score > 0.5
    assert not compare(Query.of("Nicolas Maduro Moros SA", "Company"), maduro).match
