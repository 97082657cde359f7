"""The demo traces the exercise's parts through synthetic lines of fictional companies."""

from __future__ import annotations

from pathlib import Path

from partpath.exercise import run_demo


def test_the_demo_traces_parts_only_through_fictional_companies(tmp_path: Path) -> None:
    run = run_demo(tmp_path / "demo")
    assert run.routes, "the exercise's parts are in the synthetic lines"
    assert run.links > 0
    for route in run.routes:
        _, *parties, country = route.labels
        assert country == "RU"
        assert parties and all("Fictional" in p or "ВЫМЫШЛЕННЫЙ" in p for p in parties)
        assert route.hops[0].kind == "goods"  # the maker only made the goods
