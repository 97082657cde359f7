# ruff: noqa: RUF001  (customs files are written in Russian; the tests must be too)
"""Importing customs files into a real store (SQLite and PostgreSQL): every row accounted for,
bad input reported per row, re-import a no-op, a failed import leaving nothing behind."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from partpath.exc import InvalidInput
from partpath.store import Store
from partpath.store.trade import Shipment, TradeImport
from partpath.trade import count_parties, import_trade_file, iter_shipments
from tests.trade.files import (
    EN_HEADER,
    EXPORTER,
    IMPORTER,
    RU_HEADER,
    read_rejects,
    ru_row,
    write_csv,
)


def stored(store: Store) -> list[Shipment]:
    with store.session() as session:
        return list(iter_shipments(session))


def test_a_russian_file_imports_every_field(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "ru.csv", [ru_row(), ru_row(line="2", hs_code="8526910000")])
    summary = import_trade_file(store, path, "ru-customs")
    assert (summary.rows, summary.imported, summary.rejected, summary.duplicates) == (2, 2, 0, 0)
    assert summary.rejects_path is None
    first = stored(store)[0]
    assert first.declaration_number == "10005020/150322/0000001"
    assert first.line == 1
    assert first.declared_on == dt.date(2022, 3, 15)
    assert (first.importer_name, first.importer_id) == (IMPORTER, "0012345678")
    assert first.exporter_name == EXPORTER
    assert (first.trading_country, first.dispatch_country, first.origin_country) == (
        "HK", "HK", "PH",
    )  # fmt: skip
    assert first.destination_country == "RU"  # the mapping's constant
    assert (first.hs_code, first.hs6) == ("8542390000", "854239")
    assert first.description is not None and "AD9361BBCZ" in first.description
    assert (first.quantity, first.unit, first.net_weight_kg) == (200.0, "ШТ", 0.24)
    assert (first.invoice_value, first.currency, first.value_usd) == (9000.0, "CNY", 1234.5)
    assert (first.source_file, first.source_row) == ("ru.csv", 2)


@pytest.mark.parametrize("delimiter", [",", "\t", "|", ";"])
def test_english_headers_and_any_delimiter(store: Store, tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "en.csv", [ru_row(usd="1234.50")], EN_HEADER, delimiter=delimiter)
    assert import_trade_file(store, path, "ru-customs").imported == 1
    assert stored(store)[0].value_usd == 1234.5


def test_a_windows_1251_file_reads_as_utf8_would(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "cp1251.csv", [ru_row()], encoding="cp1251")
    assert import_trade_file(store, path, "ru-customs").imported == 1
    shipment = stored(store)[0]
    assert shipment.importer_name == IMPORTER
    assert shipment.unit == "ШТ"


def test_a_utf8_file_with_a_byte_order_mark(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bom.csv", [ru_row()], encoding="utf-8-sig")
    assert import_trade_file(store, path, "ru-customs").imported == 1


def test_bytes_that_are_neither_utf8_nor_cp1251_stop_the_file(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "broken.csv", [ru_row()], encoding="cp1251")
    path.write_bytes(path.read_bytes() + b"\x98\n")  # 0x98 is undefined in Windows-1251
    with pytest.raises(InvalidInput, match=r"broken\.csv, line 3: byte 0x98"):
        import_trade_file(store, path, "ru-customs")
    assert stored(store) == []


def test_a_missing_mapped_column_stops_before_anything_is_stored(
    store: Store, tmp_path: Path
) -> None:
    header = [h for h in RU_HEADER if h != "Код ТН ВЭД"]
    rows = [[c for h, c in zip(RU_HEADER, ru_row(), strict=True) if h != "Код ТН ВЭД"]]
    path = write_csv(tmp_path / "nohs.csv", rows, header)
    with pytest.raises(InvalidInput, match=r"nohs\.csv: missing column 'Код ТН ВЭД'"):
        import_trade_file(store, path, "ru-customs")
    assert stored(store) == []


def test_three_date_formats_and_a_bad_date(store: Store, tmp_path: Path) -> None:
    rows = [ru_row(line="1", date="2022-03-15"), ru_row(line="2", date="16.03.2022"),
            ru_row(line="3", date="17/03/2022"), ru_row(line="4", date="03/17/2022")]  # fmt: skip
    path = write_csv(tmp_path / "dates.csv", rows)
    summary = import_trade_file(store, path, "ru-customs", rejects=tmp_path / "rejects.csv")
    assert (summary.imported, summary.rejected) == (3, 1)
    days = sorted(s.declared_on.day for s in stored(store))
    assert days == [15, 16, 17]
    [rejected] = read_rejects(tmp_path / "rejects.csv")
    assert (rejected["file"], rejected["row"], rejected["field"]) == (
        "dates.csv",
        "5",
        "declared_on",
    )
    assert rejected["column"] == "Дата"
    assert "DD/MM/YYYY" in rejected["reason"]


def test_comma_decimals(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "commas.csv", [ru_row(usd="1 234 567,89", weight="0,5")])
    import_trade_file(store, path, "ru-customs")
    shipment = stored(store)[0]
    assert shipment.value_usd == pytest.approx(1234567.89)
    assert shipment.net_weight_kg == 0.5


def test_a_nine_digit_hs_code_is_rejected_with_its_reason(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "hs.csv", [ru_row(), ru_row(line="2", hs_code="854239000")])
    rejects = tmp_path / "out" / "rejects.csv"
    summary = import_trade_file(store, path, "ru-customs", rejects=rejects)
    assert (summary.imported, summary.rejected, summary.rejects_path) == (1, 1, rejects)
    [row] = read_rejects(rejects)
    assert (row["row"], row["field"], row["column"], row["value"]) == (
        "3", "hs_code", "Код ТН ВЭД", "854239000",
    )  # fmt: skip
    assert "9-digit HS code" in row["reason"]


def test_duplicated_declaration_lines_are_counted_and_skipped(store: Store, tmp_path: Path) -> None:
    rows = [ru_row(), ru_row(line="2"), ru_row(), ru_row(usd="1,00")]  # rows 4, 5 repeat line 1
    path = write_csv(tmp_path / "dups.csv", rows)
    summary = import_trade_file(store, path, "ru-customs", rejects=tmp_path / "r.csv")
    assert (summary.rows, summary.imported, summary.duplicates) == (4, 2, 2)
    reasons = [(r["row"], r["reason"]) for r in read_rejects(tmp_path / "r.csv")]
    assert reasons == [("4", "duplicate of row 2"), ("5", "duplicate of row 2")]
    # the same lines in another file are duplicates of what is stored
    again = write_csv(tmp_path / "again.csv", [ru_row(), ru_row(line="3")])
    second = import_trade_file(store, again, "ru-customs", rejects=tmp_path / "r2.csv")
    assert (second.imported, second.duplicates) == (1, 1)
    assert read_rejects(tmp_path / "r2.csv")[0]["reason"] == "already stored, from dups.csv"


def test_every_row_is_accounted_for(store: Store, tmp_path: Path) -> None:
    rows = [ru_row(), ru_row(line="2", date="x"), ru_row(line="3", hs_code=""), ru_row(),
            ru_row(line="4")[:5]]  # fmt: skip
    path = write_csv(tmp_path / "mixed.csv", rows)
    summary = import_trade_file(store, path, "ru-customs", rejects=tmp_path / "r.csv")
    assert summary.rows == 5
    assert summary.imported + summary.rejected + summary.duplicates == summary.rows
    assert (summary.imported, summary.rejected, summary.duplicates) == (1, 3, 1)
    fields = {(r["row"], r["field"]) for r in read_rejects(tmp_path / "r.csv")}
    assert fields == {("3", "declared_on"), ("4", "hs_code"), ("5", "declaration_number"),
                      ("6", "row")}  # fmt: skip


def test_reimporting_a_file_is_a_no_op(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "once.csv", [ru_row(), ru_row(line="2", hs_code="1")])
    first = import_trade_file(store, path, "ru-customs")
    second = import_trade_file(store, path, "ru-customs")
    assert not first.already_imported and second.already_imported
    assert (second.rows, second.imported, second.rejected) == (2, 1, 1)
    assert second.rejects_path is None
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(Shipment)) == 1
        assert session.scalar(select(func.count()).select_from(TradeImport)) == 1


def test_a_failed_import_leaves_the_store_as_it_was(store: Store, tmp_path: Path) -> None:
    rows = [ru_row(line=str(n)) for n in range(1, 12_001)] + [ru_row(line="1")]
    path = write_csv(tmp_path / "big.csv", rows)
    rejects = tmp_path / "r.csv"

    def fail(done: int, total: int) -> None:
        if done > 6_000:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        import_trade_file(store, path, "ru-customs", rejects=rejects, progress=fail)
    assert stored(store) == []
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(TradeImport)) == 0
    assert not rejects.exists()
    assert list(tmp_path.glob(".r.csv*")) == []
    assert import_trade_file(store, path, "ru-customs").imported == 12_000


def test_an_xlsx_file(store: Store, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(EN_HEADER)
    row: list[object] = ru_row(usd="10.5")
    row[2] = dt.datetime(2023, 5, 6)
    row[9] = 8542390000
    sheet.append(row)
    book.save(tmp_path / "sheet.xlsx")
    summary = import_trade_file(store, tmp_path / "sheet.xlsx", "ru-customs")
    assert summary.imported == 1
    shipment = stored(store)[0]
    assert (shipment.declared_on, shipment.hs_code, shipment.source_row) == (
        dt.date(2023, 5, 6), "8542390000", 2,
    )  # fmt: skip


def test_a_parquet_file(store: Store, tmp_path: Path) -> None:
    csv_path = write_csv(tmp_path / "src.csv", [ru_row(usd="7.25", line=str(n)) for n in (1, 2)],
                         EN_HEADER, delimiter=",")  # fmt: skip
    target = tmp_path / "ship.parquet"
    duckdb.execute(
        f"COPY (SELECT * FROM read_csv('{csv_path}', all_varchar=true)) TO '{target}'"
        " (FORMAT parquet)"
    )
    summary = import_trade_file(store, target, "ru-customs")
    assert (summary.file_format, summary.imported) == ("parquet", 2)
    assert [s.source_row for s in stored(store)] == [2, 3]


def test_ftm_economic_activities(store: Store, tmp_path: Path) -> None:
    entities = [
        {"id": "ea1", "schema": "EconomicActivity", "properties": {
            "ccdNumber": ["10005020/010622/0000009"], "date": ["2022-06-01"],
            "goodsDescription": ["МИКРОСХЕМЫ STM32F405RGT6"], "vedCode": ["8542319000"],
            "originCountry": ["my"], "departureCountry": ["hk"], "invoiceAmount": ["100.5"],
            "sender": ["c1"], "receiver": ["c2"]}},
        {"id": "c1", "schema": "Company", "properties": {"name": [EXPORTER], "country": ["hk"]}},
        {"id": "c2", "schema": "Company", "properties": {"name": [IMPORTER],
                                                        "innCode": ["0012345678"]}},
    ]  # fmt: skip
    path = tmp_path / "customs.ftm.json"
    path.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in entities) + "\nnot json\n")
    summary = import_trade_file(store, path, "ftm", rejects=tmp_path / "r.csv")
    assert (summary.rows, summary.imported, summary.rejected) == (2, 1, 1)
    shipment = stored(store)[0]
    assert (shipment.exporter_name, shipment.exporter_country) == (EXPORTER, "HK")
    assert (shipment.importer_name, shipment.importer_id) == (IMPORTER, "0012345678")
    assert (shipment.hs6, shipment.origin_country, shipment.dispatch_country) == (
        "854231", "MY", "HK",
    )  # fmt: skip
    assert read_rejects(tmp_path / "r.csv")[0]["row"] == "4"


def test_party_counts(store: Store, tmp_path: Path) -> None:
    rows = [ru_row(), ru_row(line="2", inn="0099999999"), ru_row(line="3", origin="HK"),
            ru_row(line="4", exporter="Othermor Fictional LLC")]  # fmt: skip
    summary = import_trade_file(store, write_csv(tmp_path / "p.csv", rows), "ru-customs")
    with store.session() as session:
        counts = count_parties(session)
        assert count_parties(session, summary.sha256) == counts
    assert (counts.shipments, counts.importers, counts.exporters) == (4, 2, 2)
    assert counts.origin_not_dispatch == 3  # PH≠HK three times, HK=HK once


def test_an_unknown_file_type_or_mapping(store: Store, tmp_path: Path) -> None:
    (tmp_path / "x.doc").write_text("x")
    with pytest.raises(InvalidInput, match="unknown file type"):
        import_trade_file(store, tmp_path / "x.doc", "ru-customs")
    path = write_csv(tmp_path / "ok.csv", [ru_row()])
    with pytest.raises(InvalidInput, match="no mapping 'ru'"):
        import_trade_file(store, path, "ru")
