"""Column mappings: the presets load and read their layouts; a user's YAML works; mistakes in
a mapping or a file are named."""

from __future__ import annotations

from pathlib import Path

import pytest

from partpath.exc import InvalidInput
from partpath.store import Store
from partpath.trade import (
    import_trade_file,
    iter_shipments,
    list_mappings,
    load_mapping,
    preset_names,
)
from partpath.trade.mapping import bind
from tests.trade.files import EN_HEADER, RU_HEADER, ru_row, write_csv


def test_the_presets() -> None:
    assert preset_names() == ["ftm", "generic", "korea-synthetic", "ru-customs"]
    for mapping in list_mappings():
        assert mapping.description and mapping.required <= set(mapping.columns) | set(
            mapping.constants
        )


@pytest.mark.parametrize("header", [RU_HEADER, EN_HEADER])
def test_ru_customs_finds_every_column_in_russian_and_english(header: list[str]) -> None:
    binding = bind(load_mapping("ru-customs"), Path("x.csv"), header)
    found = set(binding.positions)
    assert {"declaration_number", "line", "declared_on", "importer_name", "importer_id",
            "exporter_name", "trading_country", "dispatch_country", "origin_country", "hs_code",
            "description", "quantity", "unit", "net_weight_kg", "invoice_value", "currency",
            "value_usd"} <= found  # fmt: skip


def test_korea_synthetic_reads_the_korean_header(shared_data: Path) -> None:
    path = shared_data / "customs/korea-synthetic/df_syn_train_eng.csv"
    header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
    binding = bind(load_mapping("korea-synthetic"), path, header)
    assert binding.missing == ()
    assert binding.column_names["exporter_id"] == "Seller ID"


def test_generic_reads_partpaths_own_field_names(store: Store, tmp_path: Path) -> None:
    header = ["date", "importer", "exporter", "hs_code", "origin_country", "dispatch_country",
              "value_usd"]  # fmt: skip
    path = write_csv(tmp_path / "g.csv", [["2023-01-02", "A", "B", "854231", "us", "hk", "5"]],
                     header, delimiter=",")  # fmt: skip
    summary = import_trade_file(store, path, "generic")
    assert summary.imported == 1
    assert "declaration_number" in summary.unmapped


def test_a_users_mapping_by_path(store: Store, tmp_path: Path) -> None:
    mapping = tmp_path / "broker.yml"
    mapping.write_text(
        "name: broker\nrequired: [declared_on, hs_code]\ndate_order: mdy\n"
        "columns:\n  declared_on: Shipped\n  hs_code: [Tariff]\n  importer_name: Buyer\n"
        "constants:\n  currency: USD\n",
        encoding="utf-8",
    )
    path = write_csv(tmp_path / "b.csv", [["12/31/2022", "8542.31", "Buyer Fictional"]],
                     ["Shipped", "Tariff", "Buyer"], delimiter=",")  # fmt: skip
    summary = import_trade_file(store, path, mapping)
    assert (summary.mapping, summary.imported) == ("broker", 1)


def test_a_missing_column_names_the_file_and_the_column(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput) as error:
        bind(load_mapping("korea-synthetic"), tmp_path / "k.csv", ["Declaration ID", "Date"])
    assert "k.csv: missing column 'HS6 Code' for hs_code (mapping korea-synthetic)" in str(
        error.value
    )


@pytest.mark.parametrize(
    ("text", "problem"),
    [("columns: [a]", "'columns' must map"), ("- a", "a YAML dictionary"),
     ("columns: {colour: X}", "unknown field 'colour'"), ("colums: {}", "unknown key 'colums'"),
     ("columns: {hs_code: X}\nrequired: [declared_on]", "has no columns and no constant"),
     ("columns: {hs_code: X}\ndate_order: ymd", "date_order must be one of"),
     ("columns: {hs_code: [X}", "not valid YAML")],
)  # fmt: skip
def test_mistakes_in_a_mapping_name_the_file(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / f"m{abs(hash(text))}.yml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput, match=problem) as error:
        load_mapping(path)
    assert str(path) in str(error.value)


def test_ru_customs_imports_cyrillic_country_names(store: Store, tmp_path: Path) -> None:
    row = ru_row(trading="Гонконг", dispatch="КИТАЙ", origin="Малайзия")
    import_trade_file(store, write_csv(tmp_path / "c.csv", [row]), "ru-customs")
    with store.session() as session:
        shipment = next(iter_shipments(session))
    assert (shipment.trading_country, shipment.dispatch_country, shipment.origin_country) == (
        "HK", "CN", "MY",
    )  # fmt: skip
