"""The optional parts catalogue: part numbers from an installed parts library, each with
the maker named by the web domain of its datasheet.

The source today is KiCad's symbol library (Debian package ``kicad-symbols``:
``/usr/share/kicad/symbols/*.kicad_sym``), imported by ``partpath catalogue
import``; nothing is ever fetched. A part whose datasheet domain is no maker's
(a distributor, a mirror) is skipped; a number linked to two makers is not used.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from partpath.exc import InvalidInput
from partpath.markings.rules import Maker, RuleBook
from partpath.store.markings import CatalogueEntry

_SYMBOL = re.compile(r'\(symbol "((?:[^"\\]|\\.)+)"|\(property "Datasheet" "([^"]*)"')
_UNIT = re.compile(r"_\d+_\d+$")  # KiCad's graphic sub-units of a symbol: NAME_0_1
MIN_PART_LENGTH = 4


@dataclass(frozen=True)
class CatalogueRow:
    """One part number and the maker its datasheet names."""

    part: str
    maker: str
    source: str
    datasheet: str


@dataclass
class CatalogueImport:
    """What an import read and stored."""

    files: int = 0
    symbols: int = 0
    stored: int = 0
    already_known: int = 0
    no_maker: int = 0
    by_maker: dict[str, int] = field(default_factory=dict)


def kicad_files(paths: Iterable[Path]) -> list[Path]:
    """The ``.kicad_sym`` files at these paths (files, or folders searched recursively)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.kicad_sym")))
        elif path.is_file() and path.suffix == ".kicad_sym":
            found.append(path)
        else:
            raise InvalidInput(f"{path}: not a .kicad_sym file or a folder holding some")
    return found


def read_kicad_symbols(path: Path) -> Iterator[tuple[str, str]]:
    """(symbol name, datasheet URL) of every top-level symbol of a KiCad symbol library."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InvalidInput(f"{path}: cannot read as a KiCad symbol library ({error})") from None
    current: str | None = None
    for match in _SYMBOL.finditer(text):
        name, datasheet = match.groups()
        if name is not None:
            current = None if _UNIT.search(name) else name
        elif current is not None:
            yield current, datasheet or ""
            current = None


def maker_of_url(book: RuleBook, url: str) -> Maker | None:
    """The maker whose datasheet domain the URL is on, if any."""
    host = (urlsplit(url.strip()).hostname or "").lower()
    for maker in book.makers:
        for domain in maker.domains:
            if host == domain or host.endswith("." + domain):
                return maker
    return None


def catalogue_rows(
    book: RuleBook, files: Iterable[Path], stats: CatalogueImport
) -> Iterator[CatalogueRow]:
    """The catalogue rows of KiCad symbol files whose datasheet domain names a maker."""
    for path in files:
        stats.files += 1
        for name, datasheet in read_kicad_symbols(path):
            stats.symbols += 1
            part = name.upper()
            maker = maker_of_url(book, datasheet) if len(part) >= MIN_PART_LENGTH else None
            if maker is None:
                stats.no_maker += 1
                continue
            yield CatalogueRow(part, maker.name, f"kicad:{path.name}", datasheet)


def import_catalogue(session: Session, book: RuleBook, paths: Iterable[Path]) -> CatalogueImport:
    """Import KiCad symbol libraries into the store's catalogue; known entries are kept."""
    stats = CatalogueImport()
    known = {(e.part, e.maker) for e in session.scalars(select(CatalogueEntry))}
    by_maker: dict[str, int] = defaultdict(int)
    for row in catalogue_rows(book, kicad_files(paths), stats):
        if (row.part, row.maker) in known:
            stats.already_known += 1
            continue
        known.add((row.part, row.maker))
        session.add(CatalogueEntry(part=row.part, maker=row.maker, source=row.source,
                                   datasheet=row.datasheet))  # fmt: skip
        by_maker[row.maker] += 1
        stats.stored += 1
    session.flush()
    stats.by_maker = dict(sorted(by_maker.items(), key=lambda kv: -kv[1]))
    return stats


_CACHE: dict[str, tuple[int, dict[str, str]]] = {}


def cached_catalogue(session: Session) -> dict[str, str]:
    """``load_catalogue``, read again only when the catalogue has grown (entries are
    append-only, so their count tells whether it changed)."""
    key = str(session.get_bind().engine.url)
    count = session.scalar(select(func.count()).select_from(CatalogueEntry)) or 0
    cached = _CACHE.get(key)
    if cached is None or cached[0] != count:
        cached = _CACHE[key] = (count, load_catalogue(session))
    return cached[1]


def load_catalogue(session: Session) -> dict[str, str]:
    """Part number -> maker for every catalogue entry that names exactly one maker."""
    makers: dict[str, set[str]] = defaultdict(set)
    for entry in session.scalars(select(CatalogueEntry)):
        makers[entry.part].add(entry.maker)
    return {part: next(iter(names)) for part, names in makers.items() if len(names) == 1}
