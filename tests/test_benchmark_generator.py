"""The benchmark's maps are deterministic and valid, and its cheapest figures compute."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "benchmarks"))

from generate import big_project

from journeydesigner.io import parse_project, serialise_project
from journeydesigner.model import project_problems


def test_the_same_size_gives_the_same_valid_project():
    first, second = big_project(500), big_project(500)
    assert serialise_project(first) == serialise_project(second)
    assert len(first.maps[0].cards) == 500
    assert project_problems(first) == []
    assert parse_project(serialise_project(first)) == first


def test_the_file_figures_are_ratios_of_positive_times():
    import run

    figures = run.file_figures(300, repeat=1)
    assert figures["load_s"] > 0
    assert figures["load_ratio"] == figures["load_s"] / figures["load_bare_s"]
