"""The small pieces the loaders share: dates, countries, identifiers, scripts, remarks."""

# ruff: noqa: RUF001  (Cyrillic test names on purpose)

from __future__ import annotations

import pytest

import partpath.lists
from partpath.lists import FORMATS, SCHEMAS, BirthDate, ListEntity, ListName, get_reader
from partpath.lists.countries import country_code, split_countries
from partpath.lists.dates import birth_date, partial_date
from partpath.lists.formats.ofac_remarks import identifier_from_text, parse_remarks
from partpath.lists.identifiers import identifier_kind, make_identifier, refine_kind
from partpath.lists.names import detect_script, list_name


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("10 Dec 1948", "dmy", "1948-12-10"),
        ("Mar 1945", "dmy", "1945-03"),
        ("1938", "dmy", "1938"),
        ("1964-07-17", "dmy", "1964-07-17"),
        ("00/00/1959", "dmy", "1959"),
        ("00/03/1959", "dmy", "1959-03"),
        ("12/03/1965", "dmy", "1965-03-12"),
        ("06/19/2003", "mdy", "2003-06-19"),
        ("Nov. 1973", "dmy", "1973-11"),
        ("31 Feb 1970", "dmy", None),
        ("30-35 years old", "dmy", None),
    ],
)
def test_partial_dates_keep_the_published_precision(
    text: str, order: str, expected: str | None
) -> None:
    assert partial_date(text, order) == expected  # type: ignore[arg-type]


def test_birth_dates_with_circa_and_ranges() -> None:
    assert birth_date("circa 1951") == BirthDate("circa 1951", "1951", circa=True)
    assert birth_date("1958 to 1962") == BirthDate("1958 to 1962", "1958", "1962")
    assert birth_date("circa 1979-1982") == BirthDate("circa 1979-1982", "1979", "1982", True)
    assert birth_date("between Aug. and Sep. 1977").start is None
    assert [birth_date(text).precision for text in ("1951", "Mar 1945", "1 Mar 1945")] == [
        "year",
        "month",
        "day",
    ]


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Russia", "RU"),
        ("Russian Federation", "RU"),
        ("Korea, North", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        ("Iran (Islamic Republic of)", "IR"),
        ("Congo, Democratic Republic of the", "CD"),
        ("Türkiye", "TR"),
        ("Cote d Ivoire", "CI"),
        ("St. Kitts & Nevis", "KN"),
        ("Burma", "MM"),
        ("RUSSIAN FEDERATION", "RU"),
        ("ru", "RU"),
        ("former Soviet Union", None),
        ("", None),
    ],
)
def test_country_names_as_the_lists_write_them(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_multi_valued_country_cells() -> None:
    assert split_countries("(1) Russia (2) Ukraine") == ["Russia", "Ukraine"]
    assert split_countries("RU; UA") == ["RU", "UA"]
    assert split_countries("Korea, North") == ["Korea, North"]


def test_identifier_kinds_and_russian_refinement() -> None:
    assert identifier_kind("Tax ID No.") == "tax"
    assert identifier_kind("tax id no.") == "tax"
    assert identifier_kind("passport") == "passport"
    assert identifier_kind("Organization Established Date") is None
    assert refine_kind("tax", "7706061801", "RU") == "inn"
    assert refine_kind("tax", "773407989940", "RU") == "inn"
    assert refine_kind("tax", "7706061801", "BY") == "tax"
    assert refine_kind("registration", "1027700049486", "RU") == "ogrn"
    assert refine_kind("registration", "12345", "RU") == "registration"
    imo = make_identifier("imo", "IMO 9187629")
    assert imo is not None and imo.value == "9187629"
    assert make_identifier("passport", "-0- ") is None


def test_identifiers_in_ofac_remark_statements() -> None:
    found = identifier_from_text("Registration Number HRA 738077 (Stuttgart) (Germany)")
    assert found is not None
    assert (found.kind, found.value, found.country) == (
        "registration",
        "HRA 738077 (Stuttgart)",
        "DE",
    )
    passport = identifier_from_text("Passport L 191609 issued 28 Feb 1996 expires 27 Feb 2001")
    assert passport is not None and passport.value == "L 191609"
    assert identifier_from_text("Linked To: HIZBALLAH") is None


def test_ofac_remarks() -> None:
    facts = parse_remarks(
        "DOB 28 Sep 1973; alt. DOB 1974; POB Vinnitsa, Ukraine; nationality Russia; "
        "alt. citizen Ukraine; Gender Male; Tax ID No. 773407989940 (Russia); "
        "a.k.a. 'BNC'; f.k.a. 'SAND SWAN'; Linked To: ACME."
    )
    assert [date.start for date in facts.birth_dates] == ["1973-09-28", "1974"]
    assert facts.birth_places == ["Vinnitsa, Ukraine"]
    assert [(ref.role, ref.code) for ref in facts.countries] == [
        ("birth", "UA"),
        ("nationality", "RU"),
        ("citizenship", "UA"),
    ]
    assert facts.gender == "Male"
    assert [(ident.kind, ident.value) for ident in facts.identifiers] == [("inn", "773407989940")]
    assert [(name.kind, name.name) for name in facts.names] == [
        ("weak", "BNC"),
        ("alias", "SAND SWAN"),
    ]
    assert parse_remarks(None).names == []


def test_scripts_of_names() -> None:
    assert [detect_script(text) for text in ("ACME", "ООО Ромашка", "김철", "王建国")] == [
        "Latn",
        "Cyrl",
        "Hang",
        "Hani",
    ]
    assert detect_script("صدام") == "Arab"
    assert detect_script("123") is None
    assert list_name("  -0- ", "alias") is None
    assert list_name(" Kim   Chol ", "primary") == ListName("Kim Chol", "primary", None, "Latn")


def test_public_surface() -> None:
    assert all(hasattr(partpath.lists, name) for name in partpath.lists.__all__)
    assert {"ListEntity", "ListFormatError", "FORMATS", "load_list"} <= set(partpath.lists.__all__)
    assert set(FORMATS) == {
        "ofac_csv",
        "ofac_xml",
        "un_xml",
        "eu_xml",
        "uk_csv",
        "csl_csv",
        "bis_dpl",
        "ftm_json",
    }
    assert get_reader("un_xml") is FORMATS["un_xml"]
    assert "Airplane" in SCHEMAS


def test_entity_helpers() -> None:
    entity = ListEntity(
        dataset="test",
        entry_id="1",
        schema="Person",
        names=(ListName("B", "alias"), ListName("A")),
    )
    assert entity.caption == "A"
    assert entity.to_dict()["names"][1] == {
        "name": "A",
        "kind": "primary",
        "lang": None,
        "script": None,
    }
