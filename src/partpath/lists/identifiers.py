"""Identifier labels of every publisher, mapped to partpath's identifier kinds.

The mapping is data (``lists/data/identifiers.yml``), loaded once. Russian tax and
registration numbers are refined to ``inn`` and ``ogrn`` by their length, since the
lists label them generically ("Tax ID No. 7706061801 (Russia)").
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from partpath.lists.records import Identifier

IDENTIFIER_TABLE = Path(__file__).parent / "data" / "identifiers.yml"

_DIGITS = re.compile(r"\D")


def label_key(label: str) -> str:
    """A lookup key for a label: no case, no surrounding or repeated spaces."""
    return " ".join(label.casefold().split())


@cache
def _label_rows() -> tuple[tuple[str, str, str], ...]:
    """(publisher, label, kind) for every label of the data file."""
    document = yaml.safe_load(IDENTIFIER_TABLE.read_text(encoding="utf-8"))
    return tuple(
        (publisher, str(label), kind)
        for kind, publishers in document["kinds"].items()
        for publisher, labels in publishers.items()
        for label in labels
    )


@cache
def identifier_labels() -> dict[str, str]:
    """Label (any publisher) → identifier kind."""
    return {label_key(label): kind for _, label, kind in _label_rows()}


def publisher_kinds(publisher: str) -> dict[str, str]:
    """One publisher's labels (exact spelling) → identifier kind."""
    return {label: kind for who, label, kind in _label_rows() if who == publisher}


def publisher_labels(*publishers: str) -> tuple[str, ...]:
    """The labels of some publishers, longest first (for matching at a text's start)."""
    labels = {label for who, label, _ in _label_rows() if who in publishers}
    return tuple(sorted(labels, key=len, reverse=True))


def identifier_kind(label: str) -> str | None:
    """The kind of a publisher's identifier label, None if the label is not known."""
    return identifier_labels().get(label_key(label))


def refine_kind(kind: str, value: str, country: str | None) -> str:
    """INN and OGRN from generic Russian tax and registration numbers, by length."""
    if country != "RU":
        return kind
    digits = _DIGITS.sub("", value)
    if kind == "tax" and len(digits) in (10, 12) and digits == value.strip():
        return "inn"
    if kind == "registration" and len(digits) in (13, 15) and digits == value.strip():
        return "ogrn"
    return kind


def make_identifier(
    kind: str, value: str, country: str | None = None, label: str | None = None
) -> Identifier | None:
    """An identifier with its kind refined and IMO numbers reduced to their digits."""
    value = " ".join(value.split()).strip(" .;,")
    if not value or value == "-0-":
        return None
    kind = refine_kind(kind, value, country)
    if kind == "imo":
        value = re.sub(r"^IMO\s*", "", value, flags=re.IGNORECASE)
    return Identifier(kind=kind, value=value, country=country, label=label)
