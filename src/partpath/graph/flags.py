"""Red flags of export-control evasion that the records show, per party, each with the
records that raise it (FinCEN/BIS alerts of 2022 and 2023; ``data/red_flags.yml``).

- ``founded_after_invasion``: a company fact gives a founding date after 2022-02-24;
- ``hub_rerouting``: lines the party sent from a listed transshipment hub
  (``data/hubs.yml``) that is not the goods' country of origin;
- ``shared_address``: another party gives the same address;
- ``forwarder_consignee``: a freight forwarder or logistics firm receives the goods;
- ``chpl_surge``: a month of CHPL imports several times the months before it;
- ``listed``: screening found the party on a loaded list;
- ``sanctioned_counterparty``: the party trades with a listed party.

Computed for every party at once by ``compute_flags`` (a few GROUP BY queries) and
stored, so that a route or an entity page reads them without scanning lines.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field
from sqlalchemy import Connection, Date, bindparam, delete, insert, select, text

from partpath.controls import chpl_tier
from partpath.screening import name_form
from partpath.store import Store
from partpath.store.graph import Party, PartyFlag, bulk_work, day
from partpath.trade.parties import address_key

DATA = Path(__file__).parent / "data"
FLAG_RECORDS = 20
"""Lines kept per flag as examples; ``records`` counts them all."""


class Flag(BaseModel):
    """A red flag on a party (or a hop of a route), with the records that raise it."""

    flag: str
    party_id: str
    detail: str
    records: int = 0
    shipment_ids: list[int] = Field(default_factory=list)
    evidence: list[dict[str, Any]] = Field(default_factory=list)


@cache
def _settings() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / "red_flags.yml").read_text(encoding="utf-8"))
    return data


@cache
def _hubs() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DATA / "hubs.yml").read_text(encoding="utf-8"))
    return data


def hub_countries() -> frozenset[str]:
    """ISO codes of the transshipment hubs named by FinCEN and BIS."""
    return frozenset(_hubs()["hubs"])


def hub_source() -> str:
    """Where the list of hubs comes from."""
    return str(_hubs()["source"])


def chpl_codes(connection: Connection) -> list[str]:
    """The HS-6 codes of the stored lines that are on the Common High Priority List."""
    codes = connection.execute(text("SELECT DISTINCT hs6 FROM shipments WHERE hs6 IS NOT NULL"))
    return sorted(code for (code,) in codes if chpl_tier(code)) or ["-"]


def is_forwarder(name: str) -> bool:
    """Whether a company name names a freight forwarder or logistics firm."""
    words = set(_settings()["forwarder_words"])
    return any(w.text in words for w in name_form(name).words)


def _latest(
    connection: Connection, column: str, party: str, where: str, params: dict[str, Any]
) -> list[int]:
    """The latest ``FLAG_RECORDS`` lines of one party that match ``where`` (through the
    index of the party column: a few thousand lines read, not a million)."""
    query = text(
        "SELECT s.id FROM shipment_parties sp JOIN shipments s ON s.id = sp.shipment_id "
        f"WHERE {column} = :party AND {where} "
        f"ORDER BY s.declared_on DESC, s.id DESC LIMIT {FLAG_RECORDS}"
    )
    query = _expanding(query, params)
    return [int(i) for i in connection.execute(query, {**params, "party": party}).scalars()]


def _per_party(
    connection: Connection, column: str, where: str, params: dict[str, Any]
) -> dict[str, tuple[int, list[int]]]:
    """Per party: how many lines match ``where``, and the latest of them. PostgreSQL
    ranks them in one windowed query; SQLite, whose window sorts are slow on a million
    lines, counts them and reads each party's latest through the party index."""
    if connection.dialect.name == "postgresql":
        return _windowed(connection, f"{column} IS NOT NULL AND {where}", column, params)
    query = text(
        f"SELECT {column}, count(*) FROM shipment_parties sp "
        f"JOIN shipments s ON s.id = sp.shipment_id WHERE {column} IS NOT NULL AND {where} "
        "GROUP BY 1"
    )
    counts = list(connection.execute(_expanding(query, params), params))
    return {
        pid: (int(count), _latest(connection, column, pid, where, params)) for pid, count in counts
    }


def _expanding(query: Any, params: dict[str, Any]) -> Any:
    for name, value in params.items():
        if isinstance(value, list | tuple):
            query = query.bindparams(bindparam(name, expanding=True))
        elif isinstance(value, dt.date):
            query = query.bindparams(bindparam(name, type_=Date))
    return query


def _windowed(
    connection: Connection, where: str, partition: str, params: dict[str, Any]
) -> dict[Any, tuple[int, list[int]]]:
    """Per group: how many lines match, and the latest ``FLAG_RECORDS`` of them."""
    query = text(
        f"SELECT g, id, n FROM (SELECT {partition} AS g, s.id AS id, "
        f"row_number() OVER (PARTITION BY {partition} "
        "ORDER BY s.declared_on DESC, s.id DESC) AS rn, "
        f"count(*) OVER (PARTITION BY {partition}) AS n FROM shipments s "
        f"JOIN shipment_parties sp ON sp.shipment_id = s.id WHERE {where}) ranked "
        f"WHERE rn <= {FLAG_RECORDS} ORDER BY g, rn"
    )
    query = _expanding(query, params)
    out: dict[Any, tuple[int, list[int]]] = {}
    for group, sid, count in connection.execute(query, params):
        _, ids = out.setdefault(group, (int(count), []))
        ids.append(int(sid))
    return out


def _founded(connection: Connection) -> list[dict[str, Any]]:
    invasion = dt.date.fromisoformat(_settings()["invasion"])
    rows = connection.execute(
        select(Party.id, Party.founded_on, Party.fact_ids, Party.first_date, Party.shipments).where(
            Party.founded_on.is_not(None)
        )
    )
    facts = {
        r.id: {"company_fact": r.id, "file": r.source_file, "row": r.source_row}
        for r in connection.execute(text("SELECT id, source_file, source_row FROM company_facts"))
    }
    out = []
    for pid, founded, fact_ids, first, shipments in rows:
        founded = day(founded)
        if founded and founded > invasion:
            out.append(
                _flag(
                    pid,
                    "founded_after_invasion",
                    f"founded {founded}, after {invasion}; first line {first or 'none'}, "
                    f"{shipments} lines",
                    shipments,
                    [],
                    [facts[i] for i in fact_ids or [] if i in facts],
                )
            )
    return out


def _flag(
    pid: str,
    flag: str,
    detail: str,
    records: int,
    ids: list[int],
    evidence: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    return {
        "party_id": pid,
        "flag": flag,
        "detail": detail,
        "records": records,
        "shipment_ids": ids,
        "evidence": evidence or [],
    }


def _rerouting(connection: Connection) -> list[dict[str, Any]]:
    where = (
        "s.origin_country IS NOT NULL AND s.dispatch_country IS NOT NULL AND "
        "s.origin_country <> s.dispatch_country AND s.dispatch_country IN :hubs "
        "AND sp.exporter_party IS NOT NULL"
    )
    found = _per_party(connection, "sp.exporter_party", where, {"hubs": sorted(hub_countries())})
    return [
        _flag(
            pid,
            "hub_rerouting",
            f"{count} lines sent from a listed transshipment hub that "
            f"is not the goods' country of origin ({hub_source()})",
            count,
            ids,
        )
        for pid, (count, ids) in found.items()
    ]


def _addresses(connection: Connection) -> list[dict[str, Any]]:
    by_address: dict[str, list[str]] = defaultdict(list)
    for pid, addresses in connection.execute(select(Party.id, Party.addresses)):
        for address in addresses or []:
            key = address_key(address)
            if key:
                by_address[key].append(pid)
    out = []
    for address, parties in by_address.items():
        if len(set(parties)) > 1:
            for pid in sorted(set(parties)):
                others = sorted(set(parties) - {pid})
                out.append(
                    _flag(
                        pid,
                        "shared_address",
                        f"address «{address}» shared with {len(others)} other parties",
                        0,
                        [],
                        [{"party": o} for o in others],
                    )
                )
    return out


def _forwarders(connection: Connection) -> list[dict[str, Any]]:
    parties = [
        pid
        for pid, spellings in connection.execute(select(Party.id, Party.spellings))
        if any(s["role"] == "importer" and is_forwarder(s["name"]) for s in spellings)
    ]
    if not parties:
        return []
    found = _per_party(
        connection, "sp.importer_party", "sp.importer_party IN :parties", {"parties": parties}
    )
    return [
        _flag(
            pid,
            "forwarder_consignee",
            f"a freight forwarder or logistics firm by its name "
            f"receives the goods: consignee of {count} lines",
            count,
            ids,
        )
        for pid, (count, ids) in found.items()
    ]


def surge_months(months: Sequence[tuple[str, float]]) -> list[tuple[str, float, float]]:
    """(month, value, mean before) of the months whose CHPL value is at least
    ``surge_ratio`` times the mean of the ``surge_window`` months before (empty months
    counting as nothing) and at least ``surge_floor_usd``; months in order."""
    settings = _settings()
    ratio, window, floor = (
        settings["surge_ratio"],
        settings["surge_window"],
        settings["surge_floor_usd"],
    )
    values = dict(months)
    out: list[tuple[str, float, float]] = []
    ordered = sorted(values)
    if not ordered:
        return out
    for month in ordered[1:]:
        before = [values.get(_month_before(month, k), 0.0) for k in range(1, window + 1)]
        if _month_before(month, window) < ordered[0]:
            continue  # not enough history: the party's first months are no surge
        mean = sum(before) / window
        value = values[month]
        if value >= floor and value >= ratio * max(mean, 1.0):
            out.append((month, value, mean))
    return out


def _month_before(month: str, k: int) -> str:
    """The month ``k`` months before ``month`` (after it, for a negative ``k``)."""
    year, index = divmod(int(month[:4]) * 12 + int(month[5:7]) - 1 - k, 12)
    return f"{year:04d}-{index + 1:02d}"


def _surge_lines(
    connection: Connection, months: dict[str, str], chpl: list[str]
) -> dict[str, list[int]]:
    """The latest CHPL lines of each importer in its surge month."""
    if connection.dialect.name == "postgresql":
        group = "sp.importer_party || '|' || to_char(s.declared_on, 'YYYY-MM')"
        keys = [f"{pid}|{ym}" for pid, ym in months.items()]
        found = _windowed(
            connection, f"s.hs6 IN :chpl AND {group} IN :keys", group, {"chpl": chpl, "keys": keys}
        )
        return {str(key).partition("|")[0]: ids for key, (_, ids) in found.items()}
    where = "s.hs6 IN :chpl AND s.declared_on >= :start AND s.declared_on < :end"
    out = {}
    for pid, ym in months.items():
        start = dt.date(int(ym[:4]), int(ym[5:7]), 1)
        end = dt.date.fromisoformat(_month_before(ym, -1) + "-01")
        params = {"chpl": chpl, "start": start, "end": end}
        out[pid] = _latest(connection, "sp.importer_party", pid, where, params)
    return out


def _surges(connection: Connection) -> list[dict[str, Any]]:
    month = "substr(CAST(s.declared_on AS VARCHAR(10)), 1, 7)"
    query = text(
        f"SELECT sp.importer_party, {month}, sum(s.value_usd), count(*) FROM shipments s "
        "JOIN shipment_parties sp ON sp.shipment_id = s.id "
        "WHERE s.hs6 IN :chpl AND sp.importer_party IS NOT NULL GROUP BY 1, 2"
    ).bindparams(bindparam("chpl", expanding=True))
    per_party: dict[str, list[tuple[str, float]]] = defaultdict(list)
    lines: dict[tuple[str, str], int] = {}
    chpl = chpl_codes(connection)
    for pid, ym, value, count in connection.execute(query, {"chpl": chpl}):
        per_party[pid].append((ym, float(value or 0)))
        lines[(pid, ym)] = int(count)
    surges = {}
    for pid, months in per_party.items():
        found = surge_months(months)
        if found:
            surges[pid] = max(found, key=lambda m: m[1] / max(m[2], 1.0))
    if not surges:
        return []
    out = []
    samples = _surge_lines(connection, {pid: m[0] for pid, m in surges.items()}, chpl)
    for pid, (ym, value, mean) in surges.items():
        count, ids = lines[(pid, ym)], samples.get(pid, [])
        out.append(
            _flag(
                pid,
                "chpl_surge",
                f"CHPL imports of ${value:,.0f} in {ym}, "
                f"{value / max(mean, 1.0):.1f}x the mean of the months before "
                f"(${mean:,.0f})",
                count,
                ids,
            )
        )
    return out


def _listed(connection: Connection) -> list[dict[str, Any]]:
    hits: dict[str, list[dict[str, Any]]] = defaultdict(list)
    query = text(
        "SELECT party_id, dataset, entry_id, entry_name, list_version, score "
        "FROM party_hits WHERE match = :yes ORDER BY party_id, score DESC"
    )
    for pid, dataset, entry, name, version, score in connection.execute(query, {"yes": True}):
        hits[pid].append(
            {
                "dataset": dataset,
                "entry_id": entry,
                "name": name,
                "list_version": version,
                "score": round(float(score), 3),
            }
        )
    out = [
        _flag(
            pid,
            "listed",
            f"on {', '.join(sorted({e['dataset'] for e in found}))}: {found[0]['name']}",
            0,
            [],
            found,
        )
        for pid, found in hits.items()
    ]
    if not hits:
        return out
    pairs = _windowed(
        connection,
        "(sp.exporter_party IN :listed OR sp.importer_party IN :listed)",
        "sp.exporter_party || '|' || sp.importer_party",
        {"listed": sorted(hits)},
    )
    for pair, (count, ids) in pairs.items():
        exporter, _, importer = str(pair).partition("|")
        for pid, other in ((exporter, importer), (importer, exporter)):
            if other in hits and pid and pid not in hits:
                out.append(
                    _flag(
                        pid,
                        "sanctioned_counterparty",
                        f"{count} lines with a listed party ({hits[other][0]['name']})",
                        count,
                        ids,
                        [{"party": other}],
                    )
                )
    return out


def compute_flags(store: Store) -> int:
    """Raise every red flag the stored records show; replace earlier flags. Returns how many."""
    with store.engine.begin() as connection, bulk_work(connection):
        rows = [
            *_founded(connection),
            *_rerouting(connection),
            *_addresses(connection),
            *_forwarders(connection),
            *_surges(connection),
            *_listed(connection),
        ]
        connection.execute(delete(PartyFlag))
        if rows:
            connection.execute(insert(PartyFlag), rows)
    return len(rows)


def party_flags(store: Store, party_ids: Sequence[str]) -> list[Flag]:
    """The stored flags of some parties."""
    query = select(PartyFlag).where(PartyFlag.party_id.in_(list(party_ids)))
    with store.session() as session:
        return [
            Flag(
                flag=f.flag,
                party_id=f.party_id,
                detail=f.detail,
                records=f.records,
                shipment_ids=list(f.shipment_ids),
                evidence=list(f.evidence),
            )
            for f in session.scalars(query.order_by(PartyFlag.party_id, PartyFlag.flag))
        ]
