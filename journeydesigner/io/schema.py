"""The JSON Schema of the current file format, for other tools and for the frozen copies."""

from __future__ import annotations

from typing import Any

from journeydesigner.model.project import FORMAT_VERSION, Project


def project_schema() -> dict[str, Any]:
    """The JSON Schema a `.journey` file of the current version satisfies (shape only).

    Cross-references (a card's step exists, ids are unique, scores lie on the scale) are checked
    by `journeydesigner validate`, not by the schema.
    """
    schema = Project.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:journeydesigner:schema:journey:v{FORMAT_VERSION}",
        "title": f"Journey Designer project, file format version {FORMAT_VERSION}",
        **{key: value for key, value in schema.items() if key != "title"},
    }
