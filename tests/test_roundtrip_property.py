"""Any valid project survives save and load unchanged: the property behind "never lose work"."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from strategies import projects

from journeydesigner.io import read_project, serialise_project, write_project
from journeydesigner.io.load import parse_project
from journeydesigner.model.checks import project_problems
from journeydesigner.model.project import Project


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_save_then_load_gives_an_equal_project_and_the_same_bytes(project: Project) -> None:
    assert project_problems(project) == []  # the generator makes only valid projects
    data = serialise_project(project)
    loaded = parse_project(data, "generated.journey")
    assert loaded == project
    assert serialise_project(loaded) == data


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(first=projects(), second=projects())
def test_saving_over_a_file_with_a_backup_keeps_both_versions_whole(
    first: Project, second: Project
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.journey"
        write_project(first, path, backups=1)
        write_project(second, path, backups=1)
        assert read_project(path) == second
        assert read_project(path.with_name(path.name + ".bak")) == first
