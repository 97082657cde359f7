"""One pass from imported customs lines to an analysed network: the parts each line
names, the links to recovered components, the parties, their screening, their flags."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from partpath.graph.flags import compute_flags
from partpath.markings import RuleBook
from partpath.store import Store
from partpath.trade.links import extract_shipment_parts, link_components
from partpath.trade.parties import resolve_parties
from partpath.trade.party_screening import screen_parties

Step = Callable[[str, int, int], None]
"""Progress: the stage, lines done, lines in all (0 when unknown)."""


@dataclass
class Analysis:
    """What ``analyse_trade`` found, and how long each stage took (seconds)."""

    part_mentions: int = 0
    links: int = 0
    parties: int = 0
    screened: bool = False
    screening_note: str = ""
    hits: int = 0
    matches: int = 0
    flags: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def analyse_trade(
    store: Store, progress: Step | None = None, book: RuleBook | None = None
) -> Analysis:
    """Read parts (with ``book``, default the store's rules), link components, resolve
    and screen parties, raise flags; each stage replaces what an earlier run stored."""
    result = Analysis()

    def stage(name: str) -> Callable[[], None]:
        started = time.perf_counter()
        if progress:
            progress(name, 0, 0)
        return lambda: result.seconds.__setitem__(name, round(time.perf_counter() - started, 2))

    done = stage("parts")
    result.part_mentions = extract_shipment_parts(
        store, book, progress=(lambda n, t: progress("parts", n, t)) if progress else None
    )
    done()
    done = stage("links")
    result.links = link_components(store)
    done()
    done = stage("parties")
    result.parties = resolve_parties(store)
    done()
    done = stage("screening")
    run = screen_parties(store)
    result.screened, result.screening_note = run.screened, run.note
    result.hits, result.matches = run.hits, run.matches
    done()
    done = stage("flags")
    result.flags = compute_flags(store)
    done()
    return result
