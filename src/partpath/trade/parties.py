"""One party per real company behind the spellings of customs lines.

Customs lines name the same company many ways ("Velmor Fictional Electronics Limited",
"VELMOR FICTIONAL ELECTRONICS LIMITED", with or without its tax number). Spellings
are taken for one company when they share a tax number (INN); or share the words of
their name, read by the screening engine's ``name_form`` without the legal form, in
the same country, unless different tax numbers stand behind those words (then they
are different companies of one name); or share an address (from company facts) and
nearly the same name. Every spelling is kept with its role, tax number and lines.
A shared address alone joins nothing: it is a red flag, not an identity.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Connection, delete, insert, text

from partpath.exc import InvalidInput
from partpath.screening import name_form
from partpath.store import Store
from partpath.store.base import utcnow
from partpath.store.graph import CompanyFact, Party, ShipmentParty, bulk_work, day

ADDRESS_NAME_SIMILARITY = 85
"""Two spellings at one address are one company when their names are this alike (0-100)."""


@dataclass(frozen=True, slots=True)
class Spelling:
    """A party as one group of lines (or one company fact) names it."""

    role: str
    name: str
    tax_id: str
    country: str
    raw: tuple[str, str, str] = ("", "", "")
    """Name, tax number and country exactly as stored, to find the lines again."""
    shipments: int = 0
    value_usd: float = 0.0
    first: dt.date | None = None
    last: dt.date | None = None
    fact_id: int | None = None
    founded_on: dt.date | None = None
    address: str | None = None
    owner: tuple[str, str] | None = None


def name_key(name: str) -> tuple[str, ...]:
    """The words of a company name that identify it: no legal form, in a fixed order."""
    form = name_form(name)
    return tuple(sorted(w.text for w in form.words if w.kind != "legal"))


def _country(value: str | None) -> str:
    value = (value or "").strip()
    return value.upper() if len(value) == 2 else value


def _tax(value: str | None) -> str:
    return "".join((value or "").split()).upper()


def address_key(value: str | None) -> str:
    """An address as compared: case folded, punctuation and spacing dropped."""
    return " ".join("".join(c if c.isalnum() else " " for c in (value or "").casefold()).split())


class _Union:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))
        self.why: dict[int, list[str]] = defaultdict(list)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int, why: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra
            self.why[ra].extend(self.why.pop(rb, []))
            self.why[ra].append(why)


def cluster_spellings(spellings: list[Spelling]) -> list[tuple[list[Spelling], list[str]]]:
    """Group spellings into companies; each group with why its spellings were joined."""
    union = _Union(len(spellings))
    by_tax: dict[str, list[int]] = defaultdict(list)
    by_name: dict[tuple[tuple[str, ...], str], list[int]] = defaultdict(list)
    by_address: dict[str, list[int]] = defaultdict(list)
    for i, s in enumerate(spellings):
        if s.tax_id:
            by_tax[s.tax_id].append(i)
        key = name_key(s.name)
        if key:
            by_name[(key, s.country)].append(i)
        address = address_key(s.address)
        if address:
            by_address[address].append(i)
    for tax, members in by_tax.items():
        for other in members[1:]:
            union.join(members[0], other, f"same tax number {tax}")
    for (key, country), members in by_name.items():
        taxes = {spellings[i].tax_id for i in members if spellings[i].tax_id}
        if len(taxes) > 1:
            continue  # one name, several companies: only their tax numbers tell them apart
        for other in members[1:]:
            union.join(members[0], other, f"same name words «{' '.join(key)}» in {country or '?'}")
    for members in by_address.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                sa, sb = spellings[a], spellings[b]
                if sa.tax_id and sb.tax_id and sa.tax_id != sb.tax_id:
                    continue
                alike = fuzz.token_set_ratio(
                    " ".join(name_key(sa.name)), " ".join(name_key(sb.name))
                )
                if alike >= ADDRESS_NAME_SIMILARITY:
                    union.join(a, b, f"same address and names {alike:.0f}% alike")
    groups: dict[int, list[Spelling]] = defaultdict(list)
    for i, s in enumerate(spellings):
        groups[union.find(i)].append(s)
    return [(members, union.why.get(root, [])) for root, members in groups.items()]


def _spellings(connection: Connection) -> list[Spelling]:
    out = []
    for role, name_col, id_col, country_col in (
        ("exporter", "exporter_name", "exporter_id", "exporter_country"),
        ("importer", "importer_name", "importer_id", "destination_country"),
    ):
        query = text(
            f"SELECT coalesce({name_col}, ''), coalesce({id_col}, ''), "
            f"coalesce({country_col}, ''), count(*), "
            f"coalesce(sum(value_usd), 0), min(declared_on), max(declared_on) FROM shipments "
            f"WHERE {name_col} IS NOT NULL OR {id_col} IS NOT NULL GROUP BY 1, 2, 3"
        )
        for name, tax, country, count, value, first, last in connection.execute(query):
            out.append(
                Spelling(
                    role,
                    name or tax,
                    _tax(tax),
                    _country(country),
                    (name, tax, country),
                    int(count),
                    float(value),
                    day(first),
                    day(last),
                )
            )
    for fact in connection.execute(text("SELECT * FROM company_facts ORDER BY id")).mappings():
        owner = (fact["owner_name"] or "", _tax(fact["owner_tax_id"]))
        out.append(
            Spelling(
                "registry",
                fact["name"],
                _tax(fact["tax_id"]),
                _country(fact["country"]),
                fact_id=fact["id"],
                founded_on=day(fact["founded_on"]),
                address=fact["address"],
                owner=owner if any(owner) else None,
            )
        )
    return out


def party_id(members: Iterable[Spelling]) -> str:
    """A stable id: the digest of the group's first spelling in a fixed order."""
    first = min(f"{s.tax_id}|{s.name}|{s.country}" for s in members)
    return "pa_" + hashlib.sha256(first.encode()).hexdigest()[:12]


@dataclass
class ResolvedParty:
    """A party with its spellings, ready to store."""

    id: str
    members: list[Spelling]
    why: list[str]
    owner: tuple[str, str] | None = None
    row: dict[str, Any] = field(default_factory=dict)


def _party_row(pid: str, members: list[Spelling], why: list[str]) -> dict[str, Any]:
    trading = [s for s in members if s.role != "registry"]
    names = Counter({s.name: 0 for s in members})
    for s in trading:
        names[s.name] += s.shipments
    countries = Counter(s.country for s in members if s.country)
    firsts = [s.first for s in trading if s.first]
    lasts = [s.last for s in trading if s.last]
    founded = [s.founded_on for s in members if s.founded_on]
    return {
        "id": pid,
        "name": names.most_common(1)[0][0],
        "country": countries.most_common(1)[0][0] if countries else None,
        "tax_ids": sorted({s.tax_id for s in members if s.tax_id}),
        "roles": sorted({s.role for s in members}),
        "spellings": [
            {
                "name": s.name,
                "role": s.role,
                "tax_id": s.tax_id or None,
                "country": s.country or None,
                "shipments": s.shipments,
            }
            for s in sorted(members, key=lambda s: (-s.shipments, s.role, s.name))
        ],
        "why": sorted(set(why)),
        "shipments": sum(s.shipments for s in trading),
        "value_usd": round(sum(s.value_usd for s in trading), 2),
        "first_date": min(firsts) if firsts else None,
        "last_date": max(lasts) if lasts else None,
        "founded_on": min(founded) if founded else None,
        "addresses": sorted({s.address for s in members if s.address}),
        "fact_ids": sorted(s.fact_id for s in members if s.fact_id is not None),
        "owner_id": None,
        "screened_at": None,
        "list_versions": None,
        "screening_note": "not screened yet",
    }


def _owner_ids(parties: list[ResolvedParty]) -> None:
    """Point each party at its owner, when a company fact names one known as a party."""
    by_tax = {s.tax_id: p.id for p in parties for s in p.members if s.tax_id}
    by_name = {name_key(s.name): p.id for p in parties for s in p.members if name_key(s.name)}
    for party in parties:
        for s in party.members:
            if s.owner:
                owner_name, owner_tax = s.owner
                found = by_tax.get(owner_tax) if owner_tax else None
                found = found or (by_name.get(name_key(owner_name)) if owner_name else None)
                if found and found != party.id:
                    party.row["owner_id"] = found


def resolve_parties(store: Store) -> int:
    """Resolve every exporter and importer of the stored lines (and the loaded company
    facts) into parties; replace earlier parties. Returns how many there are."""
    with store.engine.begin() as connection, bulk_work(connection):
        spellings = _spellings(connection)
        parties = []
        for members, why in cluster_spellings(spellings):
            pid = party_id(members)
            parties.append(ResolvedParty(pid, members, why, row=_party_row(pid, members, why)))
        _owner_ids(parties)
        connection.execute(delete(ShipmentParty))
        connection.execute(text("DELETE FROM party_hits"))
        connection.execute(text("DELETE FROM party_flags"))
        connection.execute(delete(Party))
        if parties:
            connection.execute(insert(Party), [p.row for p in parties])
        _assign_lines(connection, parties)
    return len(parties)


def _assign_lines(connection: Connection, parties: list[ResolvedParty]) -> None:
    """Fill ``shipment_parties`` in the database itself: a scratch table of spellings,
    joined to every line, so that no line travels through Python."""
    connection.execute(
        text(
            "CREATE TEMPORARY TABLE pp_spellings (role VARCHAR(10), name TEXT, "
            "tax_id VARCHAR(100), country VARCHAR(100), party VARCHAR(40))"
        )
    )
    rows = [
        {"role": s.role, "name": s.raw[0], "tax_id": s.raw[1], "country": s.raw[2], "party": p.id}
        for p in parties
        for s in p.members
        if s.role != "registry"
    ]
    if rows:
        connection.execute(
            text("INSERT INTO pp_spellings VALUES (:role, :name, :tax_id, :country, :party)"),
            rows,
        )
    connection.execute(
        text("CREATE INDEX pp_spellings_key ON pp_spellings (role, name, tax_id, country)")
    )
    connection.execute(
        text(
            "INSERT INTO shipment_parties (shipment_id, exporter_party, importer_party) "
            "SELECT s.id, e.party, i.party FROM shipments s "
            "LEFT JOIN pp_spellings e ON e.role = 'exporter' "
            " AND e.name = coalesce(s.exporter_name, '') "
            " AND e.tax_id = coalesce(s.exporter_id, '') "
            " AND e.country = coalesce(s.exporter_country, '') "
            "LEFT JOIN pp_spellings i ON i.role = 'importer' "
            " AND i.name = coalesce(s.importer_name, '') "
            " AND i.tax_id = coalesce(s.importer_id, '') "
            " AND i.country = coalesce(s.destination_country, '')"
        )
    )
    connection.execute(text("DROP TABLE pp_spellings"))


FACT_COLUMNS = {
    "name": ("name", "company", "название", "наименование"),
    "tax_id": ("tax_id", "inn", "инн", "registration", "registration_number"),
    "country": ("country", "страна"),
    "founded_on": ("founded_on", "founded", "incorporation_date", "дата регистрации"),
    "address": ("address", "адрес"),
    "owner_name": ("owner_name", "owner", "владелец"),
    "owner_tax_id": ("owner_tax_id", "owner_inn"),
}
"""Columns of a company facts file (CSV with a header) and the headers accepted for each."""


def load_company_facts(store: Store, path: Path) -> int:
    """Load a CSV of company facts (name, tax number, country, founding date, address,
    owner), such as the ``.companies.csv`` that ``trade generate`` writes beside its
    records; facts of the same file loaded before are replaced. Returns the rows loaded."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        header = {h.strip().casefold(): h for h in reader.fieldnames or []}
        columns = {
            field: next((header[h] for h in accepted if h in header), None)
            for field, accepted in FACT_COLUMNS.items()
        }
        if columns["name"] is None:
            raise InvalidInput(
                f"{path}: no company name column ({', '.join(FACT_COLUMNS['name'])})"
            )
        rows = [_fact(path, number, row, columns) for number, row in enumerate(reader, start=2)]
    with store.engine.begin() as connection:
        connection.execute(delete(CompanyFact).where(CompanyFact.source_file == str(path)))
        if rows:
            connection.execute(insert(CompanyFact), rows)
    return len(rows)


def _fact(
    path: Path, number: int, row: dict[str, str], columns: dict[str, str | None]
) -> dict[str, Any]:
    def cell(field: str) -> str | None:
        column = columns[field]
        value = (row.get(column) or "").strip() if column else ""
        return value or None

    name = cell("name")
    if name is None:
        raise InvalidInput(f"{path}, row {number}: the company name is empty")
    founded = cell("founded_on")
    try:
        founded_on = dt.date.fromisoformat(founded) if founded else None
    except ValueError:
        raise InvalidInput(
            f"{path}, row {number}: founding date {founded!r} is not YYYY-MM-DD"
        ) from None
    return {
        "source_file": str(path),
        "source_row": number,
        "name": name,
        "tax_id": cell("tax_id"),
        "country": cell("country"),
        "founded_on": founded_on,
        "address": cell("address"),
        "owner_name": cell("owner_name"),
        "owner_tax_id": cell("owner_tax_id"),
        "loaded_at": utcnow(),
    }
