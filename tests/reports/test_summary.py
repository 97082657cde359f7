"""The case summary on a real store: figures, makers, categories, items, and its Rich face."""

from __future__ import annotations

from rich.console import Console

from partpath.evidence.history import retire_record
from partpath.evidence.items import update_component
from partpath.exercise import load_exercise_case
from partpath.reports.summary import CountRow, print_summary, summarise_case
from partpath.store import Store

from . import build_case


def test_summary_counts_what_the_case_holds(store: Store) -> None:
    built = build_case(store)
    with store.session() as session:
        summary = summarise_case(session, built.case_id)
    figures = (
        summary.item_count,
        summary.component_quantity,
        summary.component_rows,
        summary.photo_count,
        summary.source_count,
        summary.custody_event_count,
    )
    assert figures == (2, 19, 6, 1, 1, 3)
    assert (summary.case_id, summary.title, summary.is_exercise) == ("T-1", "Test case", False)


def test_makers_are_verified_else_as_marked_else_unknown(store: Store) -> None:
    build_case(store)
    with store.session() as session:
        summary = summarise_case(session, "T-1")
    assert summary.by_maker == (
        CountRow(name="unknown", basis="unknown", quantity=11, rows=2),
        CountRow(name="TI", basis="as marked (unverified)", quantity=5, rows=2),
        CountRow(name="ADI", basis="as marked (unverified)", quantity=2, rows=1),
        CountRow(name="Analog Devices", basis="verified", quantity=1, rows=1),
    )


def test_categories_count_quantity_and_rows(store: Store) -> None:
    build_case(store)
    with store.session() as session:
        summary = summarise_case(session, "T-1")
    assert [(row.name, row.quantity, row.rows) for row in summary.by_category] == [
        ("MLCC", 10, 1),
        ("DC-DC converter", 4, 1),
        ("op amp", 2, 1),
        ("CAN transceiver", 1, 1),
        ("RF transceiver", 1, 1),
        ("uncategorised", 1, 1),
    ]


def test_each_item_has_its_own_line(store: Store) -> None:
    build_case(store)
    with store.session() as session:
        items = summarise_case(session, "T-1").items
    assert [(i.ref, i.weapon_system, i.component_quantity, i.component_rows) for i in items] == [
        ("A1", "Cruise missile", 13, 3),
        ("B1", "Drone", 6, 3),
    ]
    assert items[0].recovered_on is not None and items[0].recovered_on.isoformat() == "2024-03-04"
    assert items[0].recovered_place == "Range 7"


def test_retired_components_and_items_are_not_counted(store: Store) -> None:
    built = build_case(store)
    with store.session() as session:
        retire_record(session, built.component_ids["C1"], "test")
        retire_record(session, built.item_ids[1], "test")
    with store.session() as session:
        summary = summarise_case(session, "T-1")
    assert (summary.item_count, summary.component_quantity, summary.component_rows) == (1, 3, 2)
    assert [row.name for row in summary.by_category] == ["op amp", "RF transceiver"]
    assert [item.ref for item in summary.items] == ["A1"]


def test_printed_summary_flags_exercises_and_prints_user_text_literally(store: Store) -> None:
    build_case(store, case_id="EX-1", is_exercise=True)
    with store.session() as session:
        summary = summarise_case(session, "EX-1")
    console = Console(record=True, width=160)
    print_summary(console, summary.model_copy(update={"title": "[bold]not markup[/bold]"}))
    text = console.export_text()
    assert "EXERCISE" in text
    assert "[bold]not markup[/bold]" in text
    assert "as marked (unverified)" in text


def test_printed_summary_of_a_real_case_has_no_exercise_flag(store: Store) -> None:
    build_case(store)
    console = Console(record=True, width=160)
    with store.session() as session:
        print_summary(console, summarise_case(session, "T-1"))
    assert "EXERCISE" not in console.export_text()


def test_the_bundled_exercise_case_adds_up(store: Store) -> None:
    case_id = load_exercise_case(store)
    with store.session() as session:
        summary = summarise_case(session, case_id)
    assert summary.is_exercise
    assert (summary.item_count, summary.component_rows, summary.component_quantity) == (3, 24, 113)
    assert (summary.photo_count, summary.source_count, summary.custody_event_count) == (9, 3, 18)
    makers = {(row.name, row.basis): row.quantity for row in summary.by_maker}
    assert makers[("STMicroelectronics", "as marked (unverified)")] == 3
    assert makers[("unknown", "unknown")] == 83
    assert all(row.basis != "verified" for row in summary.by_maker)


def test_a_confirmed_identification_names_the_maker(store: Store) -> None:
    from partpath.markings.components import confirm_identification, suggest_identification
    from tests.markings.conftest import fictional_book

    built = build_case(store)
    component_id = built.component_ids["C1"]
    with store.session() as session:
        update_component(
            session, component_id, {"marking_lines": ["ACM1234"], "brand_as_marked": None}
        )
        suggest_identification(session, component_id, fictional_book())
        before = summarise_case(session, "T-1")
        confirm_identification(session, component_id)
        after = summarise_case(session, "T-1")
    basis = "identified from markings (confirmed)"
    assert not any(row.basis == basis for row in before.by_maker)
    assert any(row.name == "Acme Semiconductor" and row.basis == basis for row in after.by_maker)
