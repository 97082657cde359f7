# ruff: noqa: RUF001  (the generated declarations are Russian)
"""The synthetic declarations: deterministic, fictional parties only, real parts, hub routes,
and every line imports through ru-customs."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from partpath.controls.classify import chpl_tier
from partpath.store import Store
from partpath.trade import count_parties, import_trade_file
from partpath.trade.generate import HEADER, write_synthetic_declarations

HUBS = {"HK", "CN", "TR", "AE", "KZ", "KG", "AM"}


def rows_of(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter=";"))


def inn_is_valid(inn: str) -> bool:
    """The check digit of a 10-digit organisation INN, as the Russian tax service defines it."""
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    check = sum(w * int(d) for w, d in zip(weights, inn[:9], strict=True)) % 11 % 10
    return check == int(inn[9])


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("gen") / "synthetic.csv"
    write_synthetic_declarations(path, 3000, seed=7)
    return path


def test_the_same_seed_writes_the_same_bytes(generated: Path, tmp_path: Path) -> None:
    write_synthetic_declarations(tmp_path / "again.csv", 3000, seed=7)
    assert (tmp_path / "again.csv").read_bytes() == generated.read_bytes()
    write_synthetic_declarations(tmp_path / "other.csv", 3000, seed=8)
    assert (tmp_path / "other.csv").read_bytes() != generated.read_bytes()


def test_every_party_is_fictional_and_says_so(generated: Path) -> None:
    rows = rows_of(generated)
    assert len(rows) == 3000
    assert list(rows[0]) == HEADER
    for row in rows:
        assert "FICTIONAL" in row["Отправитель"].upper()
        assert row["Получатель"].startswith("ООО «ВЫМЫШЛЕННЫЙ ")
        assert row["ИНН получателя"].startswith("00") and not inn_is_valid(row["ИНН получателя"])
        assert row["Пометка"].startswith("ВЫМЫШЛЕННЫЕ ДАННЫЕ")


def test_real_parts_on_the_chpl_travel_through_the_hubs(generated: Path) -> None:
    rows = rows_of(generated)
    parts = [r for r in rows if "AD9361BBCZ" in r["Описание товара"]]
    assert parts and all(chpl_tier(r["Код ТН ВЭД"]) == "1" for r in parts)
    assert any(
        "ПРОИЗВОДИТЕЛЬ: ANALOG DEVICES ТОВАРНЫЙ ЗНАК:" in r["Описание товара"] for r in parts
    )
    assert {r["Страна отправителя"] for r in rows} <= HUBS
    share = sum(1 for r in rows if chpl_tier(r["Код ТН ВЭД"])) / len(rows)
    assert 0.75 < share < 0.95
    days = {dt.datetime.strptime(r["Дата"], "%d.%m.%Y").date() for r in rows}
    assert min(days) >= dt.date(2021, 1, 1) and max(days) <= dt.date(2024, 12, 31)


def test_some_companies_were_founded_after_the_invasion(generated: Path) -> None:
    companies = rows_of_companies(generated.with_name("synthetic.companies.csv"))
    assert all(c["fictional"] == "yes" for c in companies)
    late = [c for c in companies if c["founded_on"] > "2022-02-24"]
    assert 0 < len(late) < len(companies)
    first_seen: dict[str, str] = {}
    for row in rows_of(generated):
        day = dt.datetime.strptime(row["Дата"], "%d.%m.%Y").date().isoformat()
        first_seen[row["ИНН получателя"]] = min(day, first_seen.get(row["ИНН получателя"], day))
    for company in companies:
        if company["tax_id"] in first_seen:  # no shipment before the company existed
            assert first_seen[company["tax_id"]] >= company["founded_on"]


def rows_of_companies(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_every_generated_line_imports(generated: Path, store: Store) -> None:
    summary = import_trade_file(store, generated, "ru-customs")
    assert (summary.rows, summary.imported, summary.rejected, summary.duplicates) == (
        3000, 3000, 0, 0,
    )  # fmt: skip
    with store.session() as session:
        counts = count_parties(session)
    assert counts.origin_not_dispatch > 0 and counts.importers >= 2
