"""Any valid project survives save and load unchanged, and any damage to the JSON tree of a valid
file is loaded or refused with the app's own message: the properties behind "never lose work"."""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import projects

from journeydesigner.errors import ProjectFileError
from journeydesigner.io import read_project, serialise_project, write_project
from journeydesigner.io.load import parse_project
from journeydesigner.model.checks import project_problems
from journeydesigner.model.project import Project


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_save_then_load_gives_an_equal_project_and_the_same_bytes(project: Project) -> None:
    assert project_problems(project) == []  # the generator makes only valid projects
    data = serialise_project(project)
    loaded = parse_project(data, "generated.journey")
    assert loaded == project
    assert serialise_project(loaded) == data


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
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


# -- structural fuzzing: valid files with their JSON tree damaged ---------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _places(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value inside a JSON tree."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _places(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _places(value, (*path, index))
    return found


def _at(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        node = node[step]
    return node


@st.composite
def damaged_documents(draw: Any) -> Any:
    document = json.loads(serialise_project(draw(projects())))
    for _ in range(draw(st.integers(1, 4))):
        places = _places(document)
        path = draw(st.sampled_from(places))
        kind = draw(st.sampled_from(["replace", "delete", "add_key", "duplicate", "swap"]))
        if not path:
            continue
        parent, last = _at(document, path[:-1]), path[-1]
        if kind == "replace":
            parent[last] = draw(JSON_VALUES)
        elif kind == "delete":
            del parent[last]
        elif kind == "add_key" and isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(JSON_VALUES)
        elif kind == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
        elif kind == "swap":
            other = draw(st.sampled_from(places))
            if other and other[: len(path)] != path and path[: len(other)] != other:
                other_parent = _at(document, other[:-1])
                parent[last], other_parent[other[-1]] = other_parent[other[-1]], parent[last]
    return document


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(document=damaged_documents())
def test_a_structurally_damaged_file_loads_or_fails_with_our_message(document: Any) -> None:
    data = json.dumps(document, ensure_ascii=False).encode("utf-8")
    failure = None
    try:
        project = parse_project(data, "damaged.journey")
    except ProjectFileError as error:  # anything else escapes and fails the test
        failure = error
    if failure is not None:
        assert all(line.startswith("damaged.journey: ") for line in failure.lines())
        return
    assert project_problems(project) == []
    assert parse_project(serialise_project(project), "again.journey") == project
