# ruff: noqa: RUF001, RUF002  (the declarations are written in Russian on purpose)
"""Synthetic Russian customs declarations around fictional companies, for demos and benchmarks.

``write_synthetic_declarations`` writes rows in the ``ru-customs`` layout
(Russian headers, ``;`` delimiter, DD.MM.YYYY dates, comma decimals) with
Russian goods descriptions («ПРОИЗВОДИТЕЛЬ: … ТОВАРНЫЙ ЗНАК: … АРТИКУЛ: …») of
real, publicly catalogued parts, shipped 2021–2024 from fictional exporters
in the transshipment hubs to fictional Russian importers. Beside it, a
``.companies.csv`` file lists every fictional company with its country, tax
number and founding date (some founded after 2022-02-24).

Nothing in the output can be mistaken for a real trading party: every
exporter's name contains "Fictional", every importer's «ВЫМЫШЛЕННЫЙ», every
row says ВЫМЫШЛЕННЫЕ ДАННЫЕ (fictional data), and every INN starts with the
region code 00, which no Russian region has, and carries a wrong check digit.
Real makers appear only as the manufacturers of their own parts. The same
seed gives the same bytes.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data" / "synthetic.yml"
HEADER = ["Номер декларации", "Номер товара", "Дата", "Получатель", "ИНН получателя",
          "Отправитель", "Страна отправителя", "Торгующая страна", "Страна отправления",
          "Страна происхождения", "Код ТН ВЭД", "Описание товара", "Количество",
          "Единица измерения", "Вес нетто", "Фактурная стоимость", "Валюта", "Стоимость USD",
          "Пометка"]  # fmt: skip
FICTIONAL = "ВЫМЫШЛЕННЫЕ ДАННЫЕ (partpath trade generate)"
INVASION = dt.date(2022, 2, 24)
FIRST_DAY, LAST_DAY = dt.date(2021, 1, 1), dt.date(2024, 12, 31)
CUSTOMS_POSTS = ["10005020", "10013160", "10216170", "10702070", "10404083", "10228010"]
CHUNK = 20_000

_LATIN = ["vel", "mor", "qua", "zen", "tar", "lix", "dro", "van", "nex", "sol", "tri", "kor",
          "bel", "fen", "gal", "rho", "pim", "tus", "ora", "quil"]  # fmt: skip
_CYRILLIC = ["ВЕЛ", "МОР", "КВА", "ЗЕН", "ТАР", "ЛИКС", "ДРО", "ВАН", "НЕКС", "СОЛ", "ТРИ",
             "КОР", "БЕЛ", "ФЕН", "ГАЛ", "РО", "ПИМ", "ТУС", "ОРА", "КВИЛ"]  # fmt: skip
_EXPORT_TRADES = ["Electronics", "Components", "Trading", "Technology", "Supply", "Logistics"]
_IMPORT_TRADES = ["ЭЛЕКТРОНИКА", "КОМПОНЕНТ", "ТЕХСНАБ", "РАДИОДЕТАЛЬ", "ПРИБОР", "ЛОГИСТИК"]


@dataclass(frozen=True)
class Company:
    """A fictional trading party of the synthetic data."""

    role: str
    name: str
    tax_id: str
    country: str
    founded_on: dt.date


@dataclass(frozen=True)
class GeneratedFile:
    """What the generator wrote."""

    path: Path
    companies_path: Path
    rows: int
    declarations: int
    companies: int


@cache
def _facts() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return data


def fictional_inn(rng: random.Random) -> str:
    """A 10-digit INN that cannot be real: region 00 and a deliberately wrong check digit."""
    digits = [0, 0, *(rng.randrange(10) for _ in range(7))]
    weights = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    check = sum(w * d for w, d in zip(weights, digits, strict=True)) % 11 % 10
    return "".join(map(str, digits)) + str((check + 1 + rng.randrange(9)) % 10)


def _founded(rng: random.Random, after_invasion: bool) -> dt.date:
    if after_invasion:
        return INVASION + dt.timedelta(days=rng.randrange(1, 540))
    return dt.date(2005, 1, 1) + dt.timedelta(days=rng.randrange(5000))


def _stem(rng: random.Random, syllables: list[str], rank: int) -> str:
    """An invented word; two companies never share one because the rank is spelled in."""
    base = len(syllables)
    word = [syllables[rng.randrange(base)]]
    while True:
        word.append(syllables[rank % base])
        rank //= base
        if not rank:
            return "".join(word)


def fictional_companies(rng: random.Random, exporters: int, importers: int) -> list[Company]:
    """Exporters spread over the hubs and Russian importers; about a third founded after
    2022-02-24."""
    hubs: dict[str, dict[str, Any]] = _facts()["hubs"]
    countries = rng.choices(list(hubs), [h["share"] for h in hubs.values()], k=exporters)
    out = []
    for rank, country in enumerate(countries):
        trade = rng.choice(_EXPORT_TRADES)
        name = f"{_stem(rng, _LATIN, rank).title()} Fictional {trade} {hubs[country]['legal']}"
        tax_id = f"FICT-{country}-{rank:06d}"
        out.append(Company("exporter", name, tax_id, country, _founded(rng, rng.random() < 0.3)))
    for rank in range(importers):
        name = f"ООО «ВЫМЫШЛЕННЫЙ {_stem(rng, _CYRILLIC, rank)}-{rng.choice(_IMPORT_TRADES)}»"
        founded = _founded(rng, rng.random() < 0.3)
        out.append(Company("importer", name, fictional_inn(rng), "RU", founded))
    return out


def _amount(value: float) -> str:
    return f"{value:.2f}".replace(".", ",")


def _descriptions(item: dict[str, Any]) -> list[tuple[str, str]]:
    """The styles declarants write a description in, as (text before, text after) the
    quantity; the list repeats styles to weight them."""
    if "part" not in item:
        return [(f"{item['name']}. ПРОИЗВОДИТЕЛЬ: НЕ ИЗВЕСТЕН. КОЛ-ВО ", f" {item['unit']}")]
    maker, brand, part, name = item["maker"], item["brand"], item["part"], item["name"]
    russian = (f"{name}, ДЛЯ ГРАЖДАНСКОГО ПРИМЕНЕНИЯ. ПРОИЗВОДИТЕЛЬ: {maker} "
               f"ТОВАРНЫЙ ЗНАК: {brand} АРТИКУЛ: {part} КОЛ-ВО: ", " ШТ")  # fmt: skip
    model = (f"{name}: ПРОИЗВОДИТЕЛЬ {maker}, МАРКА {brand}, МОДЕЛЬ {part}, ", " ШТ.")
    english = (f"ELECTRONIC COMPONENTS: {part} MANUFACTURER: {maker} BRAND: {brand} QTY ", " PCS")
    unmarked = (f"{name}. ПРОИЗВОДИТЕЛЬ: НЕ ОБОЗНАЧЕН. ТОВАРНЫЙ ЗНАК: ОТСУТСТВУЕТ. "
                f"АРТИКУЛ: {part}. КОЛ-ВО ", " ШТ")  # fmt: skip
    return [russian] * 5 + [model] * 2 + [english] * 2 + [unmarked]


def _weighted(values: list[Any], weights: list[int]) -> list[Any]:
    """A list to draw from uniformly that gives each value its weight."""
    return [value for value, weight in zip(values, weights, strict=True) for _ in range(weight)]


class _Rows:
    """Draws declarations: an importer buys from a few regular exporters, lines of parts.

    Draws index lists with ``random()`` rather than ``choice``: several times faster, and
    as deterministic."""

    def __init__(self, rng: random.Random, companies: list[Company]) -> None:
        facts = _facts()
        self.random = rng.random
        self.exporters = [c for c in companies if c.role == "exporter"]
        self.importers = [c for c in companies if c.role == "importer"]
        self.suppliers = {
            i.tax_id: rng.sample(self.exporters, k=min(len(self.exporters), rng.randint(1, 4)))
            for i in self.importers
        }
        parts, goods = facts["parts"], facts["goods"]
        items = parts * (17 * len(goods)) + goods * (3 * len(parts))
        self.items = [(item, _descriptions(item)) for item in items]  # parts 85 %
        self.rates: dict[str, float] = facts["currencies"]
        self.currencies = _weighted(list(self.rates), [50, 25, 10, 8, 7])
        self.lines = _weighted([1, 2, 3, 4], [50, 25, 15, 10])
        self.quantities = [10, 50, 100, 200, 500, 1000, 2500, 5000]
        self.sequence = 0

    def pick(self, values: list[Any]) -> Any:
        return values[int(self.random() * len(values))]

    def declaration(self) -> list[list[str]]:
        importer = self.pick(self.importers)
        exporter = self.pick(self.suppliers[importer.tax_id])
        start = max(importer.founded_on, exporter.founded_on, FIRST_DAY)
        day = start + dt.timedelta(days=int(self.random() * ((LAST_DAY - start).days + 1)))
        self.sequence += 1
        number = f"{self.pick(CUSTOMS_POSTS)}/{day:%d%m%y}/{self.sequence:07d}"
        currency = self.pick(self.currencies)
        seller = exporter.name if self.random() < 0.9 else exporter.name.upper().replace(",", "")
        dispatch = exporter.country if self.random() < 0.92 else self.pick(["CN", "HK", "TR"])
        head = [number, "", f"{day:%d.%m.%Y}", importer.name, importer.tax_id, seller,
                exporter.country, exporter.country, dispatch]  # fmt: skip
        return [self._line(head, line, currency) for line in range(1, self.pick(self.lines) + 1)]

    def _line(self, head: list[str], line: int, currency: str) -> list[str]:
        item, descriptions = self.pick(self.items)
        quantity = self.pick(self.quantities)
        usd = quantity * item["usd"] * (0.8 + 0.8 * self.random())
        before, after = self.pick(descriptions)
        row = head.copy()
        row[1] = str(line)
        row += [
            self.pick(item["origin"]), item.get("hs10") or item["hs6"] + "0000",
            f"{before}{quantity}{after}", str(quantity), item.get("unit", "ШТ"),
            _amount(quantity * item["grams"] / 1000), _amount(usd * self.rates[currency]),
            currency, _amount(usd), FICTIONAL,
        ]  # fmt: skip
        return row


def write_synthetic_declarations(
    path: Path, rows: int, seed: int = 0, progress: Callable[[int], None] | None = None
) -> GeneratedFile:
    """Write ``rows`` synthetic declaration lines to ``path`` (CSV, ru-customs layout) and
    the fictional companies to ``<path stem>.companies.csv``; deterministic by ``seed``."""
    rng = random.Random(seed)
    companies = fictional_companies(
        rng, exporters=max(12, min(2000, rows // 2000)), importers=max(20, min(4000, rows // 800))
    )
    draw, written, declarations = _Rows(rng, companies), 0, 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        chunk: list[list[str]] = []
        while written < rows:
            lines = draw.declaration()[: rows - written]
            declarations += 1
            written += len(lines)
            chunk.extend(lines)
            if len(chunk) >= CHUNK:
                writer.writerows(chunk)
                chunk.clear()
                if progress:
                    progress(written)
        writer.writerows(chunk)
    companies_path = path.with_name(f"{path.stem}.companies.csv")
    _write_companies(companies_path, companies)
    if progress:
        progress(written)
    return GeneratedFile(path, companies_path, written, declarations, len(companies))


def _write_companies(path: Path, companies: list[Company]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["role", "name", "tax_id", "country", "founded_on", "fictional"])
        for c in companies:
            writer.writerow([c.role, c.name, c.tax_id, c.country, c.founded_on.isoformat(), "yes"])
