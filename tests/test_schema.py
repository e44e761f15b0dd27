"""The JSON Schema of each released format version is frozen; the model must not drift from it."""

from __future__ import annotations

import json

from journeydesigner.io.schema import project_schema
from journeydesigner.model.project import FORMAT_VERSION
from journeydesigner.paths import resource_dir


def test_the_current_model_matches_the_frozen_schema_of_its_version():
    # A change to what files hold needs a new format version, a migration and a new frozen schema
    # (journeydesigner schema > resources/schema/journey.vN.schema.json); this test says when.
    frozen = resource_dir() / "schema" / f"journey.v{FORMAT_VERSION}.schema.json"
    assert frozen.is_file(), f"freeze the schema of format version {FORMAT_VERSION}"
    assert project_schema() == json.loads(frozen.read_text(encoding="utf-8"))


def test_every_older_version_keeps_its_frozen_schema():
    folder = resource_dir() / "schema"
    for version in range(1, FORMAT_VERSION + 1):
        assert (folder / f"journey.v{version}.schema.json").is_file()
