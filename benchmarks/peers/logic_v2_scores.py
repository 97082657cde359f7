"""Score labelled pairs with OpenSanctions' logic-v2 matcher (nomenklatura), the
scorer behind yente's ``/match``. Runs in the peer's own venv, never in partpath's:

    benchmarks/.peer-venv/bin/python benchmarks/peers/logic_v2_scores.py CASES.json OUT.json

CASES.json is a list of ``{"id", "schema", "query": {prop: [values]}, "candidate":
{...}}``; OUT.json gets ``{"version", "algorithm", "threshold", "threshold_source",
"seconds", "scores": {id: score}, "explanations": {id: text}, "errors": {id: text}}``.
Each pair is compared as yente compares a query with an indexed entity: the query
entity built from its example, the candidate as a second entity, with the
algorithm's default configuration.
"""

from __future__ import annotations

import json
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from nomenklatura.matching import get_algorithm

ALGORITHM = "logic-v2"
YENTE_THRESHOLD = 0.70
"""yente's default ``threshold`` of ``/match``: ``settings.SCORE_THRESHOLD = 0.70``
in yente/settings.py (yente 3.x), used when yente is not installed beside."""


def default_threshold() -> tuple[float, str]:
    """yente's match threshold, read from yente itself where it is installed."""
    try:
        from yente import settings  # type: ignore[import-not-found]
    except ImportError:
        return YENTE_THRESHOLD, "yente settings.SCORE_THRESHOLD (yente 3.x source; not installed)"
    return float(settings.SCORE_THRESHOLD), f"yente {settings.VERSION} settings.SCORE_THRESHOLD"


def make(entity_id: str, schema: str, properties: dict[str, list[str]]) -> Any:
    """An FtM entity from a schema and properties, as yente reads a ``/match`` example."""
    entity = model.make_entity(schema)
    entity.id = entity_id
    for prop, values in properties.items():
        for value in values:
            entity.add(prop, value, cleaned=False, quiet=True)
    return entity


def explain(result: Any) -> str:
    """The features that scored, one line."""
    return "; ".join(
        f"{name} {feature.score:.2f}" + (f" ({feature.detail})" if feature.detail else "")
        for name, feature in result.explanations.items()
    )


def main() -> None:
    """Read the cases, score each, write the scores."""
    given, taken = Path(sys.argv[1]), Path(sys.argv[2])
    cases = json.loads(given.read_text(encoding="utf-8"))
    algorithm = get_algorithm(ALGORITHM)
    if algorithm is None:
        raise SystemExit(f"nomenklatura {version('nomenklatura')} has no {ALGORITHM!r} algorithm")
    config = algorithm.default_config()
    scores: dict[str, float] = {}
    explanations: dict[str, str] = {}
    errors: dict[str, str] = {}
    started = time.perf_counter()
    for case in cases:
        try:
            query = make(f"{case['id']}-q", case["schema"], case["query"])
            candidate = make(f"{case['id']}-c", case["schema"], case["candidate"])
            result = algorithm.compare(query, candidate, config)
        except (InvalidData, ValueError) as error:
            scores[case["id"]] = 0.0
            errors[case["id"]] = str(error)
            continue
        scores[case["id"]] = float(result.score)
        explanations[case["id"]] = explain(result)
    seconds = time.perf_counter() - started
    threshold, source = default_threshold()
    answer = {
        "version": version("nomenklatura"),
        "followthemoney": version("followthemoney"),
        "algorithm": algorithm.NAME,
        "threshold": threshold,
        "threshold_source": source,
        "seconds": seconds,
        "scores": scores,
        "explanations": explanations,
        "errors": errors,
    }
    taken.write_text(json.dumps(answer), encoding="utf-8")


if __name__ == "__main__":
    main()
