"""Each complaint that users of the peers (yente/logic-v2, watchman) have reported,
as listed in DOMAIN.md, as a test partpath must pass."""

from __future__ import annotations

from partpath.screening import DEFAULT_THRESHOLD, Query, compare, name_form
from partpath.screening.index import ScreeningIndex
from tests.screening.conftest import ENTRIES, entry


def top(index: ScreeningIndex, name: str, schema: str = "LegalEntity", **extra: str) -> list:
    return index.screen(Query.of(name, schema, **extra), limit=10)


def test_short_true_matches_score_high(index: ScreeningIndex) -> None:
    hits = top(index, "Pol Pot", "Person")
    assert hits[0].entity.entry_id == "15"
    assert hits[0].score >= 0.95


def test_shared_birth_date_does_not_overrank(index: ScreeningIndex) -> None:
    hits = top(index, "Ivan Petrov", "Person", birth_date="1970-03-03")
    assert hits[0].entity.entry_id == "13"
    others = {hit.entity.entry_id: hit for hit in hits}
    assert "14" not in others or not others["14"].match


def test_main_entity_ranks_above_entities_sharing_an_alias(index: ScreeningIndex) -> None:
    hits = top(index, "Orion Rocket Works", "Company")
    assert hits[0].entity.entry_id == "16"
    assert hits[0].name_kind == "primary"
    assert len({hit.entity.entry_id for hit in hits}) == len(hits)  # one hit per entity


def test_abbreviations_are_read(index: ScreeningIndex) -> None:
    assert top(index, "LUKOIL OIL COMP", "Company")[0].entity.entry_id == "1"
    hits = top(index, "GUANGZHOU HAIGE COMM GRP", "Company")
    assert hits[0].entity.entry_id == "2"
    assert hits[0].match


def test_generic_word_alone_matches_nothing(index: ScreeningIndex) -> None:
    hits = top(index, "A-B-C Company", "Company")
    matched = [hit.entity.entry_id for hit in hits if hit.match]
    assert matched == ["8"]  # ABC COMPANY, not XYZ, NORTHWIND or BLUE HERON COMPANY


def test_company_name_does_not_match_a_person() -> None:
    emma = next(e for e in ENTRIES if e.entry_id == "7")
    for schema in ("LegalEntity", "Company"):
        found = compare(Query.of("EMMA LLC", schema), emma)
        assert found.score < DEFAULT_THRESHOLD
        assert not found.match


def test_number_names_are_indexed_by_their_number(index: ScreeningIndex) -> None:
    assert name_form("11420 CORP.").words[0].text == "11420"
    hits = top(index, "11420 CORP", "Company")
    assert hits[0].entity.entry_id == "4" and hits[0].score >= 0.95
    assert all(hit.entity.entry_id != "4" for hit in top(index, "ACME CORP", "Company"))


def test_similar_looking_different_surnames_do_not_match(index: ScreeningIndex) -> None:
    habbash = next(e for e in ENTRIES if e.entry_id == "6")
    assert compare(Query.of("George Bush", "Person"), habbash).score < 0.6


def test_addresses_count_as_evidence() -> None:
    lark = next(e for e in ENTRIES if e.entry_id == "19")
    plain = compare(Query.of("Silver Lark Trading Ltd", "Company"), lark)
    query = Query.from_properties(
        "Company",
        {"name": ["Silver Lark Trading Ltd"], "address": ["12 Harbour Road, Wan Chai"]},
    )
    with_address = compare(query, lark)
    assert with_address.score > plain.score
    assert any("address shared" in line for line in with_address.explanation)


def test_korean_names_unspaced_or_in_hangul_match(index: ScreeningIndex) -> None:
    for written in ("KIMJONGUN", "Kim Jongun", "Kim Jong-un", "김정은"):
        hits = top(index, written, "Person")
        assert hits and hits[0].entity.entry_id == "3", written
        assert hits[0].match, (written, hits[0].explanation)


def test_korean_syllables_that_differ_do_not_match() -> None:
    kim = entry("k", "Person", "김정은")
    assert not compare(Query.of("김종은", "Person"), kim).match


def test_npo_is_a_scientific_production_association_not_an_ngo(index: ScreeningIndex) -> None:
    form = name_form("НПО Энергомаш")
    assert [legal.code for legal in form.legal_forms] == ["npo"]
    assert "scientific-production" in form.legal_forms[0].meaning
    assert "NGO" not in form.legal_forms[0].meaning.replace("not an NGO", "")
    hits = top(index, "НПО Энергомаш", "Organization")
    assert hits[0].entity.entry_id == "12" and hits[0].score >= 0.95
    ngo = compare(Query.of("Energomash NGO", "Organization"), ENTRIES[11])
    assert ngo.score < hits[0].score


def test_every_hit_records_its_list_version(index: ScreeningIndex) -> None:
    for hit in top(index, "Lukoil", "Company"):
        assert hit.list_version == "test_list@1"


def test_acronyms_are_found_through_the_index() -> None:
    index = ScreeningIndex.build(
        [entry("a", "Organization", "Korea Mining Development Trading Corporation")]
    )
    hits = index.screen(Query.of("KOMID"), limit=3)
    assert not hits or not hits[0].match  # KOMID is not the initials: no invented link
    hits = index.screen(Query.of("KMDT", "Organization"), limit=3)
    assert hits and hits[0].entity.entry_id == "a"


def test_names_of_common_words_match_only_themselves() -> None:
    index = ScreeningIndex.build(
        [
            entry("s1", "Company", "STAR GROUP"),
            entry("s2", "Company", "YONA STAR"),
            entry("s3", "Company", "SMART TURBO TECHNOLOGY LTD"),
        ]
    )
    hits = index.screen(Query.of("Star Group", "Company"), limit=5)
    assert [hit.entity.entry_id for hit in hits if hit.match] == ["s1"]
    assert not any(hit.match for hit in index.screen(Query.of("Smart Technology Co Ltd"), limit=5))


def test_a_person_is_not_an_entity_named_after_them() -> None:
    university = entry("u", "LegalEntity", "Kim Il Sung Military University")
    person = entry("p", "Person", "KIM IL SUNG")
    query = Query.of("Kim Il Sung", "Person")
    assert compare(query, person).score > compare(query, university).score
    assert not compare(query, university).match
