"""Column mappings: which column of a customs file fills which field of a shipment record.

A mapping is a YAML file (the shipped presets are in ``trade/mappings/``; a user
passes the path of their own)::

    name: my-broker
    description: what files it reads
    required: [declaration_number, declared_on, hs_code]
    columns:                       # field: the header names it may have, first found wins
      declaration_number: ["Номер декларации", "Declaration number"]
      declared_on: ["Дата", "Date"]
    constants:                     # fields the file does not hold, the same for every row
      destination_country: RU
    date_order: dmy                # slash dates: dmy (DD/MM/YYYY) or mdy (MM/DD/YYYY)
    decimal: auto                  # auto, comma or point
    restore_leading_zero: false    # 9-digit HS codes get their zero back (see cells.py)
    country_names: {китай: CN}     # country names as the source writes them

Header names are compared without case and with spaces collapsed. A required
field whose column is missing stops the import before anything is stored; an
empty required cell rejects its row.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, get_args

import yaml

from partpath.exc import InvalidInput
from partpath.trade.cells import DateOrder, Decimal
from partpath.trade.records import FIELDS

PRESETS = Path(__file__).parent / "mappings"
_KEYS = {"name", "description", "source", "required", "columns", "constants", "date_order",
         "decimal", "restore_leading_zero", "country_names"}  # fmt: skip


@dataclass(frozen=True)
class Mapping:
    """A column mapping loaded from YAML; ``sha256`` is that of the file's bytes."""

    name: str
    path: Path
    sha256: str
    description: str
    columns: dict[str, tuple[str, ...]]
    required: frozenset[str]
    constants: dict[str, str] = field(default_factory=dict)
    date_order: DateOrder = "dmy"
    decimal: Decimal = "auto"
    restore_leading_zero: bool = False
    country_names: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Binding:
    """A mapping applied to one file's header: the column position of each field found."""

    positions: dict[str, int]
    column_names: dict[str, str]
    missing: tuple[str, ...]
    """Optional fields the mapping names but the file lacks and no constant fills."""


def header_key(name: str) -> str:
    """A header cell as compared: no BOM, case or repeated spaces."""
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def preset_names() -> list[str]:
    """The names of the shipped mappings."""
    return sorted(path.stem for path in PRESETS.glob("*.yml"))


def list_mappings() -> list[Mapping]:
    """The shipped mappings, by name."""
    return [load_mapping(name) for name in preset_names()]


def load_mapping(name_or_path: str | Path) -> Mapping:
    """A shipped mapping by name (``ru-customs``), or a user's YAML mapping by path."""
    if isinstance(name_or_path, str) and name_or_path in preset_names():
        return _load(PRESETS / f"{name_or_path}.yml")
    path = Path(name_or_path)
    if not path.is_file():
        raise InvalidInput(
            f"no mapping {str(name_or_path)!r}: give a preset ({', '.join(preset_names())}) "
            "or the path of a YAML mapping file"
        )
    return _load(path.resolve())


@cache
def _load(path: Path) -> Mapping:
    data = path.read_bytes()
    try:
        raw = yaml.safe_load(data)
    except yaml.YAMLError as error:
        raise InvalidInput(f"{path}: not valid YAML ({error})") from None
    if not isinstance(raw, dict):
        raise InvalidInput(f"{path}: a mapping is a YAML dictionary with 'columns'")
    return _mapping(path, hashlib.sha256(data).hexdigest(), raw)


def _mapping(path: Path, sha: str, raw: dict[str, Any]) -> Mapping:
    unknown = sorted(set(raw) - _KEYS)
    if unknown:
        raise InvalidInput(f"{path}: unknown key {unknown[0]!r}; expected {', '.join(_KEYS)}")
    columns = _columns(path, raw.get("columns"))
    required = frozenset(_field_list(path, "required", raw.get("required") or []))
    constants = {str(k): str(v) for k, v in _dict(path, "constants", raw).items()}
    _field_list(path, "constants", list(constants))
    if lacking := sorted(required - set(columns) - set(constants)):
        raise InvalidInput(f"{path}: required field {lacking[0]!r} has no columns and no constant")
    return Mapping(
        name=str(raw.get("name") or path.stem),
        path=path,
        sha256=sha,
        description=str(raw.get("description") or ""),
        columns=columns,
        required=required,
        constants=constants,
        date_order=_choice(path, "date_order", raw.get("date_order", "dmy"), DateOrder),
        decimal=_choice(path, "decimal", raw.get("decimal", "auto"), Decimal),
        restore_leading_zero=bool(raw.get("restore_leading_zero", False)),
        country_names={
            header_key(str(k)): str(v).upper() for k, v in _dict(path, "country_names", raw).items()
        },
    )


def _columns(path: Path, raw: Any) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict) or not raw:
        raise InvalidInput(f"{path}: 'columns' must map fields to header names")
    _field_list(path, "columns", list(raw))
    out: dict[str, tuple[str, ...]] = {}
    for name, headers in raw.items():
        names = [headers] if isinstance(headers, str) else headers
        if not isinstance(names, list) or not names:
            raise InvalidInput(f"{path}: columns.{name} must be a header name or a list of them")
        out[str(name)] = tuple(str(header) for header in names)
    return out


def _field_list(path: Path, key: str, names: Any) -> list[str]:
    if not isinstance(names, list):
        raise InvalidInput(f"{path}: {key!r} must be a list of field names")
    for name in names:
        if name not in FIELDS:
            raise InvalidInput(
                f"{path}: {key}: unknown field {name!r}; fields: {', '.join(FIELDS)}"
            )
    return [str(name) for name in names]


def _dict(path: Path, key: str, raw: dict[str, Any]) -> dict[Any, Any]:
    value = raw.get(key) or {}
    if not isinstance(value, dict):
        raise InvalidInput(f"{path}: {key!r} must be a dictionary")
    return value


def _choice(path: Path, key: str, value: Any, allowed: Any) -> Any:
    choices = get_args(allowed)
    if value not in choices:
        raise InvalidInput(f"{path}: {key} must be one of {', '.join(choices)}, got {value!r}")
    return value


def bind(mapping: Mapping, file: Path, header: Sequence[str]) -> Binding:
    """Find each mapped field's column in a file's header; a missing required column stops."""
    found = {header_key(name): index for index, name in reversed(list(enumerate(header)))}
    positions: dict[str, int] = {}
    names: dict[str, str] = {}
    missing: list[str] = []
    for name, aliases in mapping.columns.items():
        hit = next((alias for alias in aliases if header_key(alias) in found), None)
        if hit is not None:
            positions[name] = found[header_key(hit)]
            names[name] = header[positions[name]].strip()
        elif name in mapping.constants:
            continue
        elif name in mapping.required:
            wanted = " or ".join(repr(alias) for alias in aliases)
            raise InvalidInput(
                f"{file}: missing column {wanted} for {name} (mapping {mapping.name}); "
                f"the file's columns are: {', '.join(repr(h) for h in header)}"
            )
        else:
            missing.append(name)
    return Binding(positions, names, tuple(missing))
