"""``partpath trade analyse``, ``routes``, ``chokepoints`` and ``graph export`` driven as
a user would, on generated fictional customs lines (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Run


def test_from_generated_lines_to_routes_chokepoints_and_exports(run: Run, tmp_path: Path) -> None:
    run("init")
    lines = tmp_path / "lines.csv"
    assert run("trade", "generate", "--rows", "600", "--seed", "5", "--output", str(lines))[0] == 0
    assert run("trade", "import", str(lines), "--mapping", "ru-customs")[0] == 0
    code, out, _ = run("trade", "companies", str(tmp_path / "lines.companies.csv"))
    assert code == 0 and "company facts loaded" in out
    code, out, _ = run("trade", "analyse", "--json")
    analysis = json.loads(out)
    assert code == 0 and analysis["parties"] > 0 and analysis["part_mentions"] > 0
    assert analysis["screened"] is False and "no list loaded" in analysis["screening_note"]
    code, out, _ = run("routes", "--part", "AD9361BBCZ", "--to-country", "RU", "--json")
    answer = json.loads(out)
    assert code == 0 and answer["matched"] == ["AD9361"] and answer["routes"]
    assert answer["routes"][0]["labels"][0] == "Analog Devices"
    assert answer["routes"][0]["hops"][1]["shipment_ids"]
    code, out, _ = run("chokepoints", "--country", "RU", "--json")
    chokepoints = json.loads(out)
    assert code == 0 and chokepoints["chokepoints"][0]["share"] > 0
    party = chokepoints["chokepoints"][0]["party_id"]
    code, out, _ = run("trade", "party", party, "--json")
    assert code == 0 and json.loads(out)["id"] == party
    ftm, graphml = tmp_path / "graph.ftm.json", tmp_path / "graph.graphml"
    assert run("graph", "export", "--format", "ftm", "--output", str(ftm))[0] == 0
    assert run("graph", "export", "--format", "graphml", "--output", str(graphml))[0] == 0
    assert ftm.stat().st_size > 0 and graphml.read_text().startswith("<?xml")
    code, _, err = run("routes", "--part", "NOSUCHPART123")
    assert code == 1 and "no customs line names the part" in err
