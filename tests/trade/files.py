# ruff: noqa: RUF001  (customs files are written in Russian; the tests must be too)
"""Small customs files the trade tests write: the ru-customs layout, in any encoding."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

RU_HEADER = ["Номер декларации", "Номер товара", "Дата", "Получатель", "ИНН получателя",
             "Отправитель", "Торгующая страна", "Страна отправления", "Страна происхождения",
             "Код ТН ВЭД", "Описание товара", "Количество", "Единица измерения", "Вес нетто",
             "Фактурная стоимость", "Валюта", "Стоимость USD"]  # fmt: skip
EN_HEADER = ["Declaration number", "Line", "Date", "Importer", "Importer INN", "Exporter",
             "Trading country", "Country of dispatch", "Country of origin", "HS code",
             "Goods description", "Quantity", "Unit", "Net weight", "Invoice value", "Currency",
             "Value USD"]  # fmt: skip
IMPORTER = "ООО «ВЫМЫШЛЕННЫЙ ТЕСТ-ПРИБОР»"
EXPORTER = "Testmor Fictional Trading Limited"
DESCRIPTION = "МИКРОСХЕМА ИНТЕГРАЛЬНАЯ. ПРОИЗВОДИТЕЛЬ: ANALOG DEVICES АРТИКУЛ: AD9361BBCZ"


def ru_row(
    number: str = "10005020/150322/0000001",
    line: str = "1",
    date: str = "15.03.2022",
    hs_code: str = "8542390000",
    usd: str = "1234,50",
    **changes: str,
) -> list[str]:
    """One declaration line in the ru-customs layout; keyword arguments change a cell."""
    row = {"number": number, "line": line, "date": date, "importer": IMPORTER,
           "inn": "0012345678", "exporter": EXPORTER, "trading": "HK", "dispatch": "HK",
           "origin": "PH", "hs_code": hs_code, "description": DESCRIPTION, "quantity": "200",
           "unit": "ШТ", "weight": "0,24", "invoice": "9000,00", "currency": "CNY",
           "usd": usd}  # fmt: skip
    row.update(changes)
    return list(row.values())


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = RU_HEADER,
              delimiter: str = ";", encoding: str = "utf-8") -> Path:  # fmt: skip
    """Write a CSV file of these rows under this header."""
    with path.open("w", newline="", encoding=encoding) as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def read_rejects(path: Path) -> list[dict[str, str]]:
    """The rows of a rejects file."""
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))
