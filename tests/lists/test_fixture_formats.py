"""Formats with no real snapshot, on the project's own fixtures (tests/fixtures/lists)."""

from __future__ import annotations

from partpath.lists import ListEntity, load_list
from tests.conftest import FIXTURES

LISTS = FIXTURES / "lists"


def by_id(format_name: str, filename: str) -> dict[str, ListEntity]:
    """The entries of one fixture, by entry id."""
    return {entity.entry_id: entity for entity in load_list(format_name, LISTS / filename)}


def test_eu_company_with_cyrillic_name_weak_alias_inn_and_ogrn() -> None:
    company = by_id("eu_xml", "eu_fsf_sample.xml")["900101"]
    assert (company.dataset, company.schema) == ("eu_fsf", "LegalEntity")
    assert company.caption == "Joint Stock Company Nordvector Instruments"
    (original,) = [name for name in company.names if name.kind == "original_script"]
    assert (original.name, original.lang, original.script) == (
        "Акционерное общество «Нордвектор Инструментс»",
        "RU",
        "Cyrl",
    )
    assert company.names_of("alias") == ("AO Nordvektor Instruments",)
    assert company.names_of("weak") == ("Nordvector",)
    assert company.identifiers_of("ogrn") == ("1027700000017",)
    assert company.identifiers_of("inn") == ("7700000017",)
    assert company.addresses[0].country == "RU"
    assert company.programs == ("UKR",)
    assert company.listed_on == "2022-04-08"
    assert "EU reference: EU.9001.01" in company.remarks


def test_eu_person_with_korean_name_and_dates_at_their_precision() -> None:
    entries = by_id("eu_xml", "eu_fsf_sample.xml")
    kim = entries["900202"]
    assert kim.schema == "Person"
    assert kim.names_of("original_script") == ("김철",)
    assert kim.names[1].script == "Hang"
    assert kim.names_of("weak") == ("Kim Chul",)
    assert [(date.start, date.circa) for date in kim.birth_dates] == [
        ("1969-03-04", False),
        ("1970", True),
    ]
    assert kim.country_codes("citizenship") == ("KP",)
    assert kim.identifiers_of("passport") == ("836110035",)
    assert kim.gender == "Male"
    wang = entries["900303"]
    assert wang.names_of("original_script") == ("王建国",)
    (years,) = wang.birth_dates
    assert (years.start, years.end) == ("1961", "1963")
    assert wang.identifiers_of("national_id") == ("110101196201010011",)


def test_eu_unknown_country_is_no_country() -> None:
    company = by_id("eu_xml", "eu_fsf_sample.xml")["900404"]
    assert [address.country for address in company.addresses] == ["HK"]
    assert company.country_codes() == ("HK",)
    assert company.source_record == "eu_fsf_sample.xml line 43, sanctionEntity[4]"


def test_uk_conlist_rows_group_into_entries() -> None:
    entries = by_id("uk_csv", "ConList.csv")
    assert list(entries) == ["90001", "90002", "90003", "90004"]
    ivanov = entries["90001"]
    assert ivanov.dataset == "gb_hmt_sanctions"
    assert ivanov.caption == "Pyotr Sergeyevich IVANOV"
    assert ivanov.names_of("alias") == ("Peter IVANOFF",)
    assert ivanov.names_of("weak") == ("PETYA",)
    assert ivanov.names_of("original_script") == ("Пётр Сергеевич Иванов",)
    assert ivanov.identifiers_of("passport") == ("750000001", "750000002")
    assert ivanov.birth_dates[0].start == "1971-03-14"
    assert ivanov.birth_places == ("Tver, Russia",)
    assert ivanov.listed_on == "2022-03-15"
    assert ivanov.source_record == "ConList.csv line 3"


def test_uk_conlist_partial_dates_korean_names_and_ships() -> None:
    entries = by_id("uk_csv", "ConList.csv")
    kim = entries["90003"]
    assert [date.start for date in kim.birth_dates] == ["1969-03-04", "1970"]
    assert kim.names_of("original_script") == ("김철",)
    assert kim.country_codes("nationality") == ("KP",)
    ship = entries["90004"]
    assert ship.schema == "Vessel"
    assert ship.identifiers_of("imo") == ("9000001",)


def test_uk_sanctions_list_fcdo_layout() -> None:
    entries = by_id("uk_csv", "UK_Sanctions_List.csv")
    assert list(entries) == ["RUS9002", "RUS9004", "RUS9001"]
    company = entries["RUS9002"]
    assert company.dataset == "gb_fcdo_sanctions"
    assert company.identifiers_of("inn") == ("7700000017",)
    assert company.names_of("alias") == ("AO NORDVEKTOR",)
    ship = entries["RUS9004"]
    assert ship.identifiers_of("imo") == ("9000001",)
    assert ship.country_codes("flag") == ("CM",)
    person = entries["RUS9001"]
    assert person.names_of("weak") == ("PETYA",)
    assert person.gender == "Male"


def test_ofac_xml_entries() -> None:
    entries = by_id("ofac_xml", "sdn_sample.xml")
    person = entries["990001"]
    assert person.caption == "IVANOV, Pyotr Sergeyevich"
    assert person.names_of("alias") == ("IVANOFF, Peter",)
    assert person.names_of("weak") == ("PETYA",)
    assert person.identifiers_of("inn") == ("770000000017",)
    assert person.gender == "Male"
    assert [(date.start, date.circa) for date in person.birth_dates] == [
        ("1971-03-14", False),
        ("1972", True),
    ]
    assert "Secondary sanctions risk: See Section 11 of Executive Order 14024." in person.remarks
    company = entries["990002"]
    assert company.identifiers_of("ogrn") == ("1027700000017",)
    assert company.addresses[0].text == "ul. Obraztsova 7, Moscow, 127055, Russia"
    vessel = entries["990003"]
    assert vessel.identifiers_of("imo") == ("9000001",)
    assert vessel.identifiers_of("call_sign") == ("TJ0001",)
    assert vessel.country_codes("flag") == ("CM",)
    assert entries["990004"].schema == "Airplane"
    assert entries["990004"].programs == ("SDGT", "IFSR")


def test_ftm_json_lines() -> None:
    entities = load_list("ftm_json", LISTS / "opensanctions_sample.ftm.json")
    assert [entity.schema for entity in entities] == ["Person", "Company", "Vessel", "Airplane"]
    person, company, vessel, _ = entities
    assert person.dataset == "opensanctions"
    assert person.lists == ("us_ofac_sdn", "gb_hmt_sanctions")
    assert person.names_of("original_script") == ("Пётр Сергеевич Иванов",)
    assert person.names_of("weak") == ("Petya",)
    assert person.identifiers_of("inn") == ("770000000017",)
    assert person.listed_on == "2022-03-15"
    assert company.dataset == "eu_fsf"
    assert company.identifiers_of("ogrn") == ("1027700000017",)
    assert company.programs == ("EU 833/2014",)
    assert vessel.identifiers_of("imo") == ("9000001",)
    assert vessel.source_record == "opensanctions_sample.ftm.json line 5"
