"""The parts catalogue from KiCad symbol libraries, on a real store."""

from __future__ import annotations

import pytest

from partpath.exc import InvalidInput
from partpath.markings import identify_marking
from partpath.markings.catalogue import import_catalogue, load_catalogue, read_kicad_symbols
from partpath.markings.rules import RuleBook
from partpath.store import Store
from tests.conftest import FIXTURES
from tests.markings.conftest import REFERENCE

LIBRARY = FIXTURES / "kicad" / "Fictional.kicad_sym"


def test_top_level_symbols_and_their_datasheets_are_read() -> None:
    assert list(read_kicad_symbols(LIBRARY)) == [
        ("ZQ40012", "https://www.acme.example/ds/zq40012.pdf"),
        ("ZQ40013", "https://bolt.example/zq40013.pdf"),
        ("MIRROR1", "https://datasheets.mirror.example/m1.pdf"),
    ]


def test_import_links_parts_to_makers_by_datasheet_domain(store: Store, book: RuleBook) -> None:
    with store.session() as session:
        stats = import_catalogue(session, book, [LIBRARY.parent])
    assert (stats.files, stats.symbols, stats.stored, stats.no_maker) == (1, 3, 2, 1)
    assert stats.by_maker == {"Acme Semiconductor": 1, "Bolt Microsystems": 1}
    with store.session() as session:
        again = import_catalogue(session, book, [LIBRARY])
        catalogue = load_catalogue(session)
    assert (again.stored, again.already_known) == (0, 2)
    assert catalogue == {"ZQ40012": "Acme Semiconductor", "ZQ40013": "Bolt Microsystems"}


def test_identify_uses_the_catalogue_only_where_no_grammar_fits(book: RuleBook) -> None:
    catalogue = {"ZQ40012": "Acme Semiconductor", "BLT1234": "Acme Semiconductor"}
    found = identify_marking("ZQ40012-TR 1947", book, REFERENCE, catalogue)
    assert (found.manufacturer, found.base_part, found.confidence) == (
        "Acme Semiconductor", "ZQ40012", 0.6,
    )  # fmt: skip
    assert any("parts catalogue" in line for line in found.explanation)
    grammar = identify_marking("BLT123", book, REFERENCE, catalogue)
    assert grammar.manufacturer == "Bolt Microsystems"
    assert identify_marking("ZQ400", book, REFERENCE, catalogue).unknown


def test_a_path_that_is_not_a_library_is_refused(store: Store, book: RuleBook) -> None:
    with pytest.raises(InvalidInput, match=r"not a \.kicad_sym file"), store.session() as session:
        import_catalogue(session, book, [FIXTURES / "rules" / "acme.yml"])


def test_the_cached_catalogue_is_read_again_when_it_grows(store: Store, book: RuleBook) -> None:
    from partpath.markings.catalogue import cached_catalogue
    from partpath.store.markings import CatalogueEntry

    with store.session() as session:
        import_catalogue(session, book, [LIBRARY])
        first = cached_catalogue(session)
        assert cached_catalogue(session) is first  # not read again
        session.add(CatalogueEntry(part="ZQ99999", maker="Bolt Microsystems", source="test"))
        session.flush()
        assert cached_catalogue(session)["ZQ99999"] == "Bolt Microsystems"
