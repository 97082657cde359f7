"""The bundled EXERCISE case: invented recovery events, real public part numbers.

It lets a new user see every face of partpath (``partpath demo``, the summary,
the dossier) without touching real evidence. ``data/exercise/case.json`` says
what is invented and what is real; the item sheets and synthetic photos beside
it are made by ``data/exercise/make_exercise_files.py``.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from partpath.config import load_settings
from partpath.evidence.cases import add_source, create_case
from partpath.evidence.export import Verification, export_folder, verify_folder
from partpath.evidence.imports import import_item_sheets
from partpath.evidence.items import list_case_components
from partpath.evidence.records import CaseIn, SourceIn, parse_record
from partpath.exc import Conflict, NotFound
from partpath.graph import Route, analyse_trade, trace_routes
from partpath.markings.components import suggest_for_case
from partpath.markings.identify import rule_book_for
from partpath.reports import CaseSummary, summarise_case, write_dossier
from partpath.store import Store, init_store
from partpath.trade import import_trade_file
from partpath.trade.generate import write_synthetic_declarations
from partpath.trade.parties import load_company_facts

EXERCISE_DIR = Path(__file__).parent / "data" / "exercise"
SHEET_SUFFIXES = (".csv", ".xlsx")


def exercise_sheets(folder: Path = EXERCISE_DIR) -> list[Path]:
    """The exercise's recovered-item sheets, in filename order."""
    return sorted(path for path in folder.iterdir() if path.suffix in SHEET_SUFFIXES)


def read_exercise_case(folder: Path = EXERCISE_DIR) -> dict[str, Any]:
    """The case and its sources as written in ``case.json``."""
    data: dict[str, Any] = json.loads((folder / "case.json").read_text(encoding="utf-8"))
    return data


def load_exercise_case(store: Store) -> str:
    """Create the exercise case, cite its sources and import its item sheets; return its id.

    All of it happens in one session: if any sheet fails, nothing is stored.
    A second load fails with a Conflict, as the case id is already taken.
    """
    data = read_exercise_case()
    with store.session(note="load the bundled exercise case") as session:
        case_id = _create_case(session, data)
        sources = _cite_sources(session, case_id, data.get("sources", []))
        import_item_sheets(session, store.files_dir, exercise_sheets(), case_id, sources)
    return case_id


def _create_case(session: Session, data: dict[str, Any]) -> str:
    fields = {name: data[name] for name in CaseIn.model_fields if name in data}
    return create_case(session, parse_record(CaseIn, fields, "case.json: ")).id


def _cite_sources(session: Session, case_id: str, sources: list[dict[str, Any]]) -> dict[str, str]:
    """Store each source; map its ``key`` in case.json to the stored source id."""
    stored: dict[str, str] = {}
    for entry in sources:
        fields = {name: value for name, value in entry.items() if name != "key"}
        source = parse_record(SourceIn, fields, f"case.json source {entry['key']}: ")
        stored[entry["key"]] = add_source(session, case_id, source).id
    return stored


DEMO_MARKER = ".partpath-demo"


@dataclass(frozen=True)
class DemoRun:
    """What ``partpath demo`` made: a fresh store with the exercise case, its dossier,
    a verified export folder and the case summary."""

    case_id: str
    folder: Path
    store_home: Path
    dossier: Path
    export: Path
    verification: Verification
    summary: CaseSummary
    identifications: list[dict[str, Any]]  # the suggestion for each component, with its ref
    routes: list[Route] = field(default_factory=list)
    """The best route of each identified part through synthetic, fictional customs lines."""
    links: int = 0


def run_demo(folder: Path) -> DemoRun:
    """Load the exercise case into a fresh SQLite store in ``folder``; write its dossier,
    export it as a folder and verify that export.

    ``folder`` is emptied first only if an earlier demo made it; any other
    non-empty folder is refused, so the demo never deletes a user's files.
    """
    _fresh_demo_folder(folder)
    home = folder / "store"
    settings = load_settings(home=home, database_url=f"sqlite:///{home / 'partpath.sqlite'}")
    store, _, _ = init_store(settings)
    try:
        case_id = load_exercise_case(store)
        with store.session(note="suggest identifications") as session:
            suggested = suggest_for_case(session, case_id, rule_book_for(settings))
            refs = {c.id: c.ref for c in list_case_components(session, case_id)}
            found = [{"ref": refs[r.component_id], **r.suggested} for r in suggested]
        routes, links = trace_demo_routes(store, folder / "customs", found)
        with store.session() as session:
            summary = summarise_case(session, case_id)
            dossier = write_dossier(session, store.files_dir, case_id, folder)
            exported = export_folder(session, store.files_dir, case_id, folder / "export")
    finally:
        store.close()
    verification = verify_folder(exported.folder)
    return DemoRun(
        case_id, folder, home, dossier, exported.folder, verification, summary, found, routes, links
    )


DEMO_CUSTOMS_LINES = 4000
DEMO_CUSTOMS_SEED = 2026


def trace_demo_routes(
    store: Store, folder: Path, identified: list[dict[str, Any]]
) -> tuple[list[Route], int]:
    """Generate synthetic customs lines around fictional companies, import and analyse
    them, and trace the best route into Russia of each part the exercise identified.
    Returns the routes and the number of links from lines to the exercise's components."""
    folder.mkdir(parents=True, exist_ok=True)
    made = write_synthetic_declarations(
        folder / "declarations.csv", DEMO_CUSTOMS_LINES, DEMO_CUSTOMS_SEED
    )
    import_trade_file(store, made.path, "ru-customs")
    load_company_facts(store, made.companies_path)
    analysis = analyse_trade(store)
    routes = []
    for part in sorted({row["base_part"] for row in identified if row.get("base_part")}):
        try:
            answer = trace_routes(store, part, "RU", limit=1)
        except NotFound:
            continue  # the synthetic lines do not carry every part
        routes.extend(answer.routes)
    return routes, analysis.links


def _fresh_demo_folder(folder: Path) -> None:
    if folder.exists() and any(folder.iterdir()):
        if not (folder / DEMO_MARKER).is_file():
            raise Conflict(f"{folder} exists and was not made by `partpath demo`; choose another")
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DEMO_MARKER).write_text("made by `partpath demo`; safe to delete\n")
