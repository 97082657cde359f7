# ruff: noqa: RUF001  (goods descriptions are written in Russian on purpose)
"""Part numbers, makers and brands read from goods descriptions, and fuzzed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from partpath.trade.parts import PartReader
from tests.markings.conftest import fictional_book

READER = PartReader(fictional_book())


def test_russian_labels() -> None:
    found = READER.read(
        "МИКРОСХЕМА ИНТЕГРАЛЬНАЯ, ДЛЯ ГРАЖДАНСКОГО ПРИМЕНЕНИЯ. ПРОИЗВОДИТЕЛЬ: "
        "ACME SEMICONDUCTOR ТОВАРНЫЙ ЗНАК: ACME АРТИКУЛ: ACM1234CQF КОЛ-ВО: 10 ШТ"
    )
    assert (found.maker, found.brand) == ("ACME SEMICONDUCTOR", "ACME")
    (part,) = found.parts
    assert (part.part_number, part.base_part, part.manufacturer) == (
        "ACM1234CQF",
        "ACM1234",
        "Acme Semiconductor",
    )
    assert part.labelled and part.chpl_tier == "1"


def test_model_style_and_not_stated_values() -> None:
    found = READER.read(
        "КОНДЕНСАТОР: ПРОИЗВОДИТЕЛЬ НЕ ИЗВЕСТЕН, МАРКА ОТСУТСТВУЕТ, МОДЕЛЬ BLT123, 100 ШТ."
    )
    assert (found.maker, found.brand) == (None, None)
    assert [(p.part_number, p.manufacturer) for p in found.parts] == [
        ("BLT123", "Bolt Microsystems")
    ]


def test_english_unlabelled_part_numbers() -> None:
    found = READER.read("ELECTRONIC COMPONENTS: ACM1234IQF-R MANUFACTURER: ACME SEMI QTY 500 PCS")
    assert found.maker == "ACME SEMI"
    assert [(p.base_part, p.labelled) for p in found.parts] == [("ACM1234", False)]
    # an unknown word beside a declared maker is kept as written, unidentified
    bearing = READER.read("BEARINGS: 6202-2RSH MANUFACTURER: SKF BRAND: SKF QTY 10 PCS")
    assert [(p.part_number, p.base_part) for p in bearing.parts] == [("6202-2RSH", None)]
    assert READER.read("ФУТБОЛКИ ТРИКОТАЖНЫЕ ИЗ ХЛОПКА, DDR3. КОЛ-ВО 100 ШТ").parts == ()


def test_several_labelled_parts_and_empty_text() -> None:
    found = READER.read("P/N: ACM1234CQF, BLT123, 20 PCS")
    assert [p.base_part for p in found.parts] == ["ACM1234", "BLT123"]
    assert READER.read(None).parts == () and READER.read("").parts == ()


LABELS = [
    "ПРОИЗВОДИТЕЛЬ:",
    "ТОВАРНЫЙ ЗНАК:",
    "МАРКА",
    "АРТИКУЛ:",
    "МОДЕЛЬ",
    "MANUFACTURER:",
    "BRAND:",
    "P/N",
    "QTY",
    "КОЛ-ВО:",
]
WORDS = st.one_of(
    st.sampled_from([*LABELS, "ACM1234CQF", "BLT123", "ACME", "НЕ ИЗВЕСТЕН", ",", ".", ";"]),
    st.text(max_size=12),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=14))
def test_any_description_reads_without_error(words: list[str]) -> None:
    text = " ".join(words)
    found = READER.read(text)
    assert len(found.parts) <= 8
    for part in found.parts:
        assert part.part_number and part.part_number == part.part_number.upper()
        assert any(c.isdigit() for c in part.part_number)
    assert READER.read(text) == found
