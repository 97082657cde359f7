# ruff: noqa: RUF001  (company names are written in Russian on purpose)
"""One party per company: spellings joined by tax number, name words and address."""

from __future__ import annotations

from partpath.trade.parties import Spelling, cluster_spellings, name_key


def _groups(spellings: list[Spelling]) -> set[frozenset[str]]:
    return {frozenset(s.name for s in members) for members, _ in cluster_spellings(spellings)}


def test_legal_forms_and_case_do_not_matter() -> None:
    assert name_key("Velmor Fictional Electronics Limited") == name_key(
        "VELMOR FICTIONAL ELECTRONICS LTD."
    )


def test_spellings_join_by_tax_number_and_name_words() -> None:
    groups = _groups(
        [
            Spelling("importer", "ООО «ВЫМЫШЛЕННЫЙ ИКС»", "0011111111", "RU"),
            Spelling("importer", "ВЫМЫШЛЕННЫЙ ИКС ООО", "", "RU"),
            Spelling("importer", "ИКС-ТРЕЙД", "0011111111", "RU"),
            Spelling("exporter", "Velmor Fictional Trading Limited", "", "HK"),
            Spelling("exporter", "VELMOR FICTIONAL TRADING LTD", "", "HK"),
            Spelling("exporter", "Velmor Fictional Trading Limited", "", "AE"),  # another country
        ]
    )
    assert groups == {
        frozenset({"ВЫМЫШЛЕННЫЙ ИКС ООО", "ИКС-ТРЕЙД", "ООО «ВЫМЫШЛЕННЫЙ ИКС»"}),
        frozenset({"Velmor Fictional Trading Limited"}),
        frozenset({"VELMOR FICTIONAL TRADING LTD", "Velmor Fictional Trading Limited"}),
    }


def test_one_name_with_two_tax_numbers_is_two_companies() -> None:
    groups = cluster_spellings(
        [
            Spelling("importer", "ООО «ВЫМЫШЛЕННЫЙ ПРИБОР»", "0011111111", "RU"),
            Spelling("importer", "ООО «ВЫМЫШЛЕННЫЙ ПРИБОР»", "0022222222", "RU"),
            Spelling("importer", "ВЫМЫШЛЕННЫЙ ПРИБОР", "", "RU"),  # which one? neither
        ]
    )
    assert len(groups) == 3


def test_an_address_joins_only_alike_names() -> None:
    address = "1 Fictional Road, Kowloon"
    groups = _groups(
        [
            Spelling("registry", "Alpha Fictional Trading Limited", "", "HK", address=address),
            Spelling("exporter", "Alpha Fictional Trading Co", "", "HK", address=address),
            Spelling("registry", "Beta Fictional Supply Limited", "", "HK", address=address),
        ]
    )
    assert groups == {
        frozenset({"Alpha Fictional Trading Co", "Alpha Fictional Trading Limited"}),
        frozenset({"Beta Fictional Supply Limited"}),
    }
