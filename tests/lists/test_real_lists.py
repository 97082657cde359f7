"""The real list files in ../shared/data/lists load completely, with known entries intact.

Counts are the files' own: SOURCES.md's row counts for OFAC, UN, DPL and CSL, and
alias counts measured from the files (see the comments where they differ).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from partpath.lists import ListEntity, load_list
from tests.conftest import SHARED_DATA


@pytest.fixture(scope="module")
def lists_dir() -> Path:
    """../shared/data/lists, or a skip (module scope: the files are read once)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA}")
    return SHARED_DATA / "lists"


@pytest.fixture(scope="module")
def sdn(lists_dir: Path) -> dict[str, ListEntity]:
    """OFAC SDN (sdn.csv + alt.csv + add.csv) by ent_num."""
    return {entity.entry_id: entity for entity in load_list("ofac_csv", lists_dir / "ofac")}


@pytest.fixture(scope="module")
def un(lists_dir: Path) -> dict[str, ListEntity]:
    """The UN consolidated list by reference number."""
    return {entity.entry_id: entity for entity in load_list("un_xml", lists_dir / "un")}


def test_the_shared_data_fixture_points_at_the_lists(shared_data: Path) -> None:
    assert (shared_data / "lists" / "ofac" / "sdn.csv").is_file()


def test_ofac_sdn_has_every_entry_and_the_aliases_that_join(sdn: dict[str, ListEntity]) -> None:
    assert len(sdn) == 14_965
    assert Counter(entity.schema for entity in sdn.values()) == {
        "LegalEntity": 6_884,
        "Person": 6_854,
        "Vessel": 851,
        "Airplane": 376,
    }
    # alt.csv is newer than sdn.csv: 18,018 of its 19,486 rows name an entry of sdn.csv.
    # Aliases also come from the remarks: weak a.k.a.s and the f.k.a.s of vessels.
    kinds = Counter(name.kind for entity in sdn.values() for name in entity.names)
    assert kinds == {"primary": 14_965, "alias": 18_106, "weak": 3_575}


def test_ofac_sdn_identifiers_include_russian_inn_and_ogrn(sdn: dict[str, ListEntity]) -> None:
    kinds = Counter(ident.kind for entity in sdn.values() for ident in entity.identifiers)
    assert kinds["inn"] == 2_562
    assert kinds["ogrn"] == 2_122
    assert kinds["imo"] == 988
    bank = sdn["16681"]
    assert bank.caption == "BANK ROSSIYA"
    assert bank.identifiers_of("ogrn") == ("1027800000084",)
    assert bank.identifiers_of("inn") == ("7831000122",)
    assert bank.identifiers_of("swift_bic") == ("ROSYRU2P",)


def test_ofac_sdn_bank_with_aliases_weak_alias_and_addresses(sdn: dict[str, ListEntity]) -> None:
    bank = sdn["306"]
    assert bank.caption == "BANCO NACIONAL DE CUBA"
    assert bank.names_of("alias") == ("NATIONAL BANK OF CUBA",)
    assert bank.names_of("weak") == ("BNC",)
    assert bank.programs == ("CUBA",)
    assert [address.country for address in bank.addresses] == ["CH", "ES", "JP", "PA"]
    assert bank.source_record == "sdn.csv line 3"


def test_ofac_sdn_person_remarks_become_facts(sdn: dict[str, ListEntity]) -> None:
    nasrallah = sdn["2686"]
    assert nasrallah.schema == "Person"
    assert [date.start for date in nasrallah.birth_dates] == [
        "1960-08-31",
        "1953-08-31",
        "1955-08-31",
        "1958-08-31",
    ]
    assert nasrallah.birth_places == ("Al Basuriyah, Lebanon",)
    assert nasrallah.identifiers[0].kind == "passport"
    assert (nasrallah.identifiers[0].value, nasrallah.identifiers[0].country) == ("042833", "LB")
    assert nasrallah.gender == "Male"
    assert nasrallah.programs == ("SDGT", "SYRIA")
    prokopenko = sdn["15892"]
    assert prokopenko.identifiers_of("inn") == ("773407989940",)
    assert prokopenko.country_codes("nationality") == ("RU", "UA")
    assert prokopenko.country_codes("citizenship") == ("RU", "UA")


def test_ofac_sdn_dates_keep_their_precision(sdn: dict[str, ListEntity]) -> None:
    (circa,) = sdn["7782"].birth_dates
    assert (circa.start, circa.circa, circa.precision) == ("1951", True, "year")
    fadlallah = sdn["2679"]
    assert [date.start for date in fadlallah.birth_dates] == ["1938", "1936"]
    assert all(date.start for entity in sdn.values() for date in entity.birth_dates)


def test_ofac_sdn_vessel_and_aircraft(sdn: dict[str, ListEntity]) -> None:
    vessel = sdn["4243"]
    assert (vessel.schema, vessel.caption) == ("Vessel", "EBANO")
    assert vessel.identifiers_of("imo") == ("7406784",)
    assert vessel.names_of("alias") == ("ANA I", "SAND SWAN")
    assert vessel.country_codes("flag") == ("PA",)
    aircraft = sdn["15431"]
    assert aircraft.schema == "Airplane"
    assert "1023409321" in aircraft.identifiers_of("aircraft_serial")


def test_ofac_consolidated_list(lists_dir: Path) -> None:
    entities = load_list("ofac_csv", lists_dir / "ofac-consolidated")
    assert len(entities) == 442
    assert {entity.dataset for entity in entities} == {"us_ofac_cons"}
    haniya = next(entity for entity in entities if entity.entry_id == "9639")
    assert haniya.caption == "HANIYA, Ismail Abdul Salah"
    assert haniya.names_of("alias") == ("HANIYA, Ismail", "HANIYYA, Ismaeel")
    assert haniya.programs == ("NS-PLC",)
    assert haniya.birth_dates[0].start == "1962"


def test_both_ofac_families_load_together(lists_dir: Path) -> None:
    entities = load_list("ofac_csv", [lists_dir / "ofac", lists_dir / "ofac-consolidated"])
    assert Counter(entity.dataset for entity in entities) == {
        "us_ofac_sdn": 14_965,
        "us_ofac_cons": 442,
    }


def test_un_list_individuals_entities_and_dprk(un: dict[str, ListEntity]) -> None:
    assert len(un) == 1_003
    assert Counter(entity.schema for entity in un.values()) == {"Person": 730, "LegalEntity": 273}
    assert sum(entity.programs == ("DPRK",) for entity in un.values()) == 155
    # SOURCES.md counts 3,043 alias elements; 291 of them are empty (<ALIAS_NAME/>) and 11
    # repeat a name of the same entry, so 2,741 aliases remain (615 of "Low" quality), and
    # 2 more come from an entity name written "A ; B".
    kinds = Counter(name.kind for entity in un.values() for name in entity.names)
    assert kinds == {"primary": 1_003, "alias": 2_128, "weak": 615, "original_script": 378}


def test_un_dprk_entry(un: dict[str, ListEntity]) -> None:
    ri = un["KPi.033"]
    assert ri.caption == "RI WON HO"
    assert ri.programs == ("DPRK",)
    assert ri.identifiers_of("passport") == ("381310014",)
    assert ri.birth_dates[0].start == "1964-07-17"
    assert ri.country_codes("nationality") == ("KP",)
    assert ri.listed_on == "2016-11-30"
    assert ri.source_record.startswith("UN_consolidated.xml line 10351")
    assert un["KPe.022"].identifiers_of("imo") == ("5342883",)


def test_un_original_script_and_weak_aliases(un: dict[str, ListEntity]) -> None:
    saddam = un["IQi.001"]
    assert saddam.names_of("original_script") == ("صدام حسين التكريتي",)
    assert saddam.names[-1].script == "Arab"
    assert un["CDi.003"].names_of("weak") == ("Rumuli",)


def test_bis_denied_persons_list(lists_dir: Path) -> None:
    entities = load_list("bis_dpl", lists_dir / "bis-dpl")
    assert len(entities) == 581
    assert len({entity.entry_id for entity in entities}) == 581
    ash = entities[0]
    assert ash.caption == "I. ASH"
    assert ash.listed_on == "2003-06-19"
    assert ash.addresses[0].country == "US"
    assert ash.source_record == "dpl.txt line 2"


def test_consolidated_screening_list_excerpts(lists_dir: Path) -> None:
    old = load_list("csl_csv", lists_dir / "csl" / "csl-2019-excerpt.csv")
    new = load_list("csl_csv", lists_dir / "csl" / "consolidated-2025-excerpt.csv")
    assert (len(old), len(new)) == (115, 13)
    sources = Counter(entity.lists[0] for entity in old)
    assert sources["Entity List (EL) - Bureau of Industry and Security"] == 22
    entity_list = next(entity for entity in old if entity.caption == "32 Group China Ltd.")
    assert {address.country for address in entity_list.addresses} == {"HK"}
    rim = next(entity for entity in new if entity.entry_id == "52291")
    assert rim.identifiers[0].kind == "passport"
    assert (rim.identifiers[0].value, rim.identifiers[0].country) == ("836238033", "KP")
    assert rim.gender == "Male"
    achim = next(entity for entity in old if entity.entry_id == "19692")
    assert achim.identifiers_of("okpo") == ("32131525",)
    assert "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU 'ACHIM DEVELOPMENT'" in achim.names_of(
        "alias"
    )
