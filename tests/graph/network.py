# ruff: noqa: RUF001  (the declarations are written in Russian on purpose)
"""A small hand-made customs file whose routes, chokepoints and flags are known.

Every company is fictional, and so are the makers: the parts are Acme Semiconductor's
ACM1234 (an RF transceiver, HS 8542.39, CHPL tier 1) and Bolt Microsystems' BLT123
(an MLCC, HS 8532.24, CHPL tier 2) from the test rule book (tests/fixtures/rules).

    Acme → Alpha (HK) → Iks (RU)      ACM1234, 2023: 1,000 + 2,000 + 3,000 = 6,000 USD
    Acme → Beta (AE)  → Igrek (RU)    ACM1234, 2021: 500 USD
    Beta (AE) → Iks (RU)              oranges, not CHPL: 10,000 USD
    Bolt → Gamma (KG) → Gruz (RU)     BLT123, 2024: 4,000 USD (Gruz is a logistics firm)

CHPL into RU: 10,500 USD; Alpha carries 6,000 (57.14 %), Gamma 4,000, Beta 500.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from partpath.trade.generate import HEADER

ALPHA = "Alpha Fictional Trading Limited"
BETA = "Beta Fictional Supply FZE"
GAMMA = "Gamma Fictional Components LLC"
IKS = "ООО «ВЫМЫШЛЕННЫЙ ИКС»"
IGREK = "ООО «ВЫМЫШЛЕННЫЙ ИГРЕК»"
GRUZ = "ООО «ВЫМЫШЛЕННЫЙ ГРУЗ-ЛОГИСТИК»"
INN = {IKS: "0011111111", IGREK: "0022222222", GRUZ: "0033333333"}
ACME = (
    "МИКРОСХЕМА ИНТЕГРАЛЬНАЯ. ПРОИЗВОДИТЕЛЬ: ACME SEMICONDUCTOR ТОВАРНЫЙ ЗНАК: ACME "
    "АРТИКУЛ: ACM1234CQF КОЛ-ВО: 10 ШТ"
)
BOLT = "CAPACITORS: BLT123 MANUFACTURER: BOLT MICROSYSTEMS QTY 100 PCS"
ORANGES = "АПЕЛЬСИНЫ СВЕЖИЕ. ПРОИЗВОДИТЕЛЬ: НЕ ИЗВЕСТЕН. КОЛ-ВО 10 КГ"

# (declaration, date, importer, exporter, country, dispatch, origin, hs10, description, usd)
LINES = [
    ("D1", "10.03.2023", IKS, ALPHA, "HK", "HK", "PH", "8542390000", ACME, 1000),
    ("D2", "12.05.2023", IKS, ALPHA.upper(), "HK", "HK", "PH", "8542390000", ACME, 2000),
    ("D3", "20.09.2023", IKS, ALPHA, "HK", "HK", "HK", "8542390000", ACME, 3000),
    ("D4", "15.06.2021", IGREK, BETA, "AE", "AE", "AE", "8542390000", ACME, 500),
    ("D5", "01.07.2022", IKS, BETA, "AE", "AE", "TR", "0805102200", ORANGES, 10000),
    ("D6", "05.02.2024", GRUZ, GAMMA, "KG", "KG", "JP", "8532240000", BOLT, 4000),
]


def write_network(path: Path, lines: list[tuple[Any, ...]] = LINES) -> Path:
    """Write the hand-made declarations in the ru-customs layout; return the path."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        for number, day, importer, exporter, country, dispatch, origin, hs, text, usd in lines:
            writer.writerow(
                [
                    number,
                    "1",
                    day,
                    importer,
                    INN[importer],
                    exporter,
                    country,
                    country,
                    dispatch,
                    origin,
                    hs,
                    text,
                    "10",
                    "ШТ",
                    "0,1",
                    f"{usd},00",
                    "USD",
                    f"{usd},00",
                    "ВЫМЫШЛЕННЫЕ ДАННЫЕ",
                ]
            )
    return path


def write_companies(path: Path) -> Path:
    """Company facts: Gamma founded after the invasion; Alpha and Beta at one address."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "tax_id", "country", "founded_on", "address", "owner_name"])
        writer.writerow([ALPHA, "", "HK", "2015-01-01", "1 Fictional Road, Kowloon", ""])
        writer.writerow([BETA, "", "AE", "2016-01-01", "1 Fictional Road, Kowloon", ""])
        writer.writerow([GAMMA, "", "KG", "2022-06-01", "", ALPHA])
    return path
