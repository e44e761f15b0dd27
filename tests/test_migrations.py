"""The format history: the migration chain, and the frozen files every version must keep opening."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from builders import small_project

from journeydesigner.errors import ProjectFileError
from journeydesigner.io import history, load, parse_project, read_project, serialise_project
from journeydesigner.io.history import MIGRATIONS, check_chain, migrate, migration
from journeydesigner.model import FORMAT_VERSION, Project

FORMAT_DATA = Path(__file__).parent / "data" / "format"
SMALL_V1 = FORMAT_DATA / "v1" / "small.journey"


# --- a test-local history: 1 -> 2 -> 3 ----------------------------------------------------------


def v1_to_v2(data):
    """Version 2 gave every card a list of links."""
    for journey_map in data.get("maps", []):
        for card in journey_map.get("cards", []):
            card["links"] = []
    data["version"] = 2
    return data


def v2_to_v3(data):
    """Version 3 renamed `title` to `name`."""
    data["name"] = data.pop("title")
    data["version"] = 3
    return data


LOCAL = {1: v1_to_v2, 2: v2_to_v3}


def v1_document():
    return {
        "format": "journeydesigner",
        "version": 1,
        "title": "Shop",
        "maps": [{"id": "m", "cards": [{"id": "c1"}, {"id": "c2"}]}],
        "unknown_to_the_migration": {"kept": [1, 2, 3]},
    }


# --- check_chain ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("migrations", "current"),
    [({}, 1), ({1: v1_to_v2}, 2), (LOCAL, 3), ({1: v1_to_v2, 2: v2_to_v3, 3: v1_to_v2}, 4)],
)
def test_check_chain_accepts_a_contiguous_chain(migrations, current):
    check_chain(migrations, current)


@pytest.mark.parametrize(
    ("migrations", "current"),
    [
        ({1: v1_to_v2, 3: v2_to_v3}, 4),  # a gap: nothing from 2
        ({2: v2_to_v3}, 3),  # nothing from 1
        ({1: v1_to_v2}, 3),  # stops short of the current version
        ({1: v1_to_v2, 2: v2_to_v3}, 2),  # goes past it
        ({1: v1_to_v2}, 1),  # a migration away from the current version
        ({0: v1_to_v2}, 1),
        ({}, 2),
    ],
)
def test_check_chain_refuses_gaps_and_loose_ends(migrations, current):
    with pytest.raises(RuntimeError, match="the migrations go from versions"):
        check_chain(migrations, current)


def test_the_real_chain_leads_to_the_current_version():
    check_chain(MIGRATIONS, FORMAT_VERSION)
    assert all(isinstance(version, int) for version in MIGRATIONS)


# --- migrate -------------------------------------------------------------------------------------


def test_migrate_applies_each_step_in_order():
    result = migrate(v1_document(), 1, to_version=3, migrations=LOCAL)
    assert result == {
        "format": "journeydesigner",
        "version": 3,
        "name": "Shop",
        "maps": [{"id": "m", "cards": [{"id": "c1", "links": []}, {"id": "c2", "links": []}]}],
        "unknown_to_the_migration": {"kept": [1, 2, 3]},
    }


def test_migrate_calls_the_steps_one_version_at_a_time():
    calls = []

    def step(version):
        def run(data):
            calls.append((version, data["version"]))
            data["version"] = version + 1
            return data

        return run

    result = migrate({"version": 2}, 2, to_version=5, migrations={v: step(v) for v in (1, 2, 3, 4)})
    assert calls == [(2, 2), (3, 3), (4, 4)]
    assert result == {"version": 5}


def test_migrate_can_stop_before_the_last_version():
    result = migrate(v1_document(), 1, to_version=2, migrations=LOCAL)
    assert result["version"] == 2
    assert result["title"] == "Shop"


def test_migrate_from_the_target_version_changes_nothing():
    document = v1_document()
    assert migrate(document, 3, to_version=3, migrations=LOCAL) == document
    current = {**document, "version": FORMAT_VERSION}
    assert migrate(current, FORMAT_VERSION, migrations={}) == current


def test_migrate_never_changes_its_input():
    document = v1_document()
    before = copy.deepcopy(document)
    result = migrate(document, 1, to_version=3, migrations=LOCAL)
    assert document == before
    result["maps"][0]["cards"][0]["id"] = "changed"
    result["unknown_to_the_migration"]["kept"].append(4)
    assert document == before


def test_each_step_gets_its_own_deep_copy():
    seen = []

    def remember(data):
        seen.append(data)
        data["nested"]["touched"] = True
        data["version"] += 1
        return data

    document = {"version": 1, "nested": {}}
    migrate(document, 1, to_version=3, migrations={1: remember, 2: remember})
    assert document == {"version": 1, "nested": {}}
    assert seen[0] is not document
    assert seen[1] is not seen[0]
    # The second step changed its own copy, not the result of the first.
    assert [data["version"] for data in seen] == [2, 3]


def test_a_step_that_does_not_bump_the_version_is_refused():
    def forgetful(data):
        data["title"] = data["title"].upper()
        return data

    with pytest.raises(RuntimeError, match="the migration from version 1 did not set version 2"):
        migrate(v1_document(), 1, to_version=2, migrations={1: forgetful})


def test_a_step_that_skips_a_version_is_refused():
    def leaping(data):
        data["version"] = 3
        return data

    with pytest.raises(RuntimeError, match="did not set version 2"):
        migrate(v1_document(), 1, to_version=3, migrations={1: leaping, 2: v2_to_v3})


def test_a_missing_step_is_refused():
    with pytest.raises(ValueError, match="there is no migration from format version 2"):
        migrate(v1_document(), 1, to_version=3, migrations={1: v1_to_v2})


def test_the_migration_decorator_registers_once(monkeypatch):
    registry = {}
    monkeypatch.setattr(history, "MIGRATIONS", registry)

    @migration(1)
    def first(data):
        return data

    assert registry == {1: first}
    with pytest.raises(RuntimeError, match="two migrations from format version 1"):

        @migration(1)
        def second(data):
            return data

    assert registry == {1: first}


def test_migrate_uses_the_registered_chain_by_default(monkeypatch):
    monkeypatch.setattr(history, "MIGRATIONS", {1: v1_to_v2, 2: v2_to_v3})
    assert migrate(v1_document(), 1, to_version=3)["name"] == "Shop"


# --- how the loader uses the chain ---------------------------------------------------------------


def test_an_older_file_is_migrated_before_validation(monkeypatch):
    received = []

    def upgrade(document, version):
        received.append((version, copy.deepcopy(document)))
        return document

    monkeypatch.setattr(load, "FORMAT_VERSION", FORMAT_VERSION + 1)
    monkeypatch.setattr(load, "migrate", upgrade)
    data = serialise_project(small_project())
    assert parse_project(data) == small_project()
    assert received == [(FORMAT_VERSION, json.loads(data))]


@pytest.mark.parametrize("failure", [ValueError("no step"), KeyError("kind"), TypeError("bad")])
def test_a_failed_migration_is_a_file_error(monkeypatch, failure):
    def broken(document, version):
        raise failure

    monkeypatch.setattr(load, "FORMAT_VERSION", FORMAT_VERSION + 1)
    monkeypatch.setattr(load, "migrate", broken)
    with pytest.raises(
        ProjectFileError, match=f"cannot be upgraded from format version {FORMAT_VERSION}"
    ):
        parse_project(serialise_project(small_project()), "old.journey")


# --- frozen files of every released version ------------------------------------------------------


def test_the_frozen_v1_file_loads_as_the_small_project():
    assert read_project(SMALL_V1) == small_project()


def test_the_frozen_v1_file_is_upgraded_to_version_2_unchanged_but_for_the_version():
    # Version 2 added only optional fields: a version 1 file migrates to the frozen version 2
    # file, key for key.
    upgraded = migrate(json.loads(SMALL_V1.read_bytes()), 1, to_version=2)
    assert upgraded == json.loads((FORMAT_DATA / "v2" / "small.journey").read_bytes())


def test_the_frozen_v2_file_saves_as_itself_with_the_current_version():
    # Versions 2 and 3 added only optional fields: old files re-save with their version raised.
    v2 = FORMAT_DATA / "v2" / "small.journey"
    saved = json.loads(serialise_project(read_project(v2)))
    assert saved == {**json.loads(v2.read_bytes()), "version": FORMAT_VERSION}
    assert saved == json.loads(serialise_project(read_project(SMALL_V1)))


def test_the_real_migration_from_1_to_2_raises_only_the_version():
    document = json.loads(SMALL_V1.read_bytes())
    upgraded = migrate(document, 1, to_version=2)
    assert upgraded == {**document, "version": 2}
    assert document["version"] == 1  # the input is untouched


def test_the_real_migration_from_2_to_3_raises_only_the_version():
    document = json.loads((FORMAT_DATA / "v2" / "small.journey").read_bytes())
    upgraded = migrate(document, 2, to_version=3)
    assert upgraded == {**document, "version": 3}
    assert document["version"] == 2


def test_the_frozen_v3_file_keeps_its_readings_and_funnel_metric():
    project = read_project(FORMAT_DATA / "v3" / "small.journey")
    metric = project.maps[0].metrics[0]
    readings = [(r.date, r.value) for r in metric.readings]
    assert readings == [("2026-09-01", 2.1), ("2026-10-01", 2.5)]
    assert metric.value == 2.5
    assert project.maps[0].funnel_metric == "Conversion"


def test_there_is_a_frozen_folder_for_every_version():
    folders = sorted(path.name for path in FORMAT_DATA.iterdir() if path.is_dir())
    assert folders == [f"v{version}" for version in range(1, FORMAT_VERSION + 1)]


FROZEN = sorted(FORMAT_DATA.glob("v*/*.journey"))


@pytest.mark.parametrize("path", FROZEN, ids=[f"{p.parent.name}/{p.name}" for p in FROZEN])
def test_every_frozen_file_still_opens(path):
    declared = json.loads(path.read_bytes())["version"]
    assert path.parent.name == f"v{declared}"
    project = read_project(path)
    assert isinstance(project, Project)
    assert project.version == FORMAT_VERSION
    if declared == FORMAT_VERSION:
        assert serialise_project(project) == path.read_bytes()
