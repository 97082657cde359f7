"""Small invented list entries for screening tests (names of real listed parties appear
only where DOMAIN.md quotes a peer's failure on them)."""

from __future__ import annotations

import pytest

from partpath.lists.records import (
    Address,
    BirthDate,
    CountryRef,
    Identifier,
    ListEntity,
    ListName,
    Schema,
)
from partpath.screening.index import ScreeningIndex


def entry(
    entry_id: str,
    schema: Schema,
    *names: str,
    aliases: tuple[str, ...] = (),
    weak: tuple[str, ...] = (),
    identifiers: tuple[tuple[str, str], ...] = (),
    countries: tuple[str, ...] = (),
    born: tuple[str, ...] = (),
    addresses: tuple[str, ...] = (),
    dataset: str = "test_list",
) -> ListEntity:
    """A list entry for tests."""
    return ListEntity(
        dataset=dataset,
        entry_id=entry_id,
        schema=schema,
        names=tuple(ListName(name) for name in names)
        + tuple(ListName(name, "alias") for name in aliases)
        + tuple(ListName(name, "weak") for name in weak),
        identifiers=tuple(Identifier(kind, value) for kind, value in identifiers),
        countries=tuple(CountryRef(code, "address") for code in countries),
        birth_dates=tuple(BirthDate(text=date, start=date) for date in born),
        addresses=tuple(Address(text) for text in addresses),
    )


ENTRIES = [
    entry("1", "Company", "LUKOIL OIL COMPANY", identifiers=(("inn", "7708004767"),)),
    entry("2", "Company", "GUANGZHOU HAIGE COMMUNICATIONS GROUP INCORPORATED COMPANY"),
    entry("3", "Person", "KIM JONG UN", born=("1984-01-08",), countries=("KP",)),
    entry("4", "Company", "11420 CORP."),
    entry("5", "Company", "ACME CORP"),
    entry("6", "Person", "George HABBASH"),
    entry("7", "Person", "Emma DANIELS"),
    entry("8", "Company", "ABC COMPANY"),
    entry("9", "Company", "XYZ COMPANY"),
    entry("10", "Company", "NORTHWIND TRADING COMPANY"),
    entry("11", "Company", "BLUE HERON COMPANY LIMITED"),
    entry("12", "Organization", "NPO ENERGOMASH"),
    entry("13", "Person", "Ivan PETROV", born=("1960-05-01",)),
    entry("14", "Person", "Ivan PETROVSKY", born=("1970-03-03",)),
    entry("15", "Person", "POL POT"),
    entry(
        "16",
        "Company",
        "ORION ROCKET WORKS",
        aliases=tuple(f"ORION ROCKET WORKS BRANCH {n}" for n in range(1, 12)),
    ),
    *[
        entry(f"17{n}", "Company", f"ORION HOLDING {n}", weak=("ORION ROCKET WORKS",))
        for n in range(6)
    ],
    entry("18", "Person", "Vladimir Vladimirovich PUTIN", aliases=("Владимир Владимирович Путин",)),
    entry(
        "19",
        "Company",
        "SILVER LARK ELECTRONICS LIMITED",
        addresses=("Unit 5, 12 Harbour Road, Wan Chai, Hong Kong",),
        countries=("HK",),
    ),
]


@pytest.fixture(scope="session")
def index() -> ScreeningIndex:
    """An index over the test entries."""
    return ScreeningIndex.build(ENTRIES, {"test_list": "test_list@1"})
