"""The JSON Schema of the current file format, for other tools and for the frozen copies."""

from __future__ import annotations

from typing import Any

from pydantic._internal._docs_extraction import extract_docstrings_from_cls

from journeydesigner.model.base import Persisted
from journeydesigner.model.project import FORMAT_VERSION, Project


def project_schema() -> dict[str, Any]:
    """The JSON Schema a `.journey` file of the current version satisfies (shape only).

    Cross-references (a card's step exists, ids are unique, scores lie on the scale) are checked
    by `journeydesigner validate`, not by the schema.
    """
    schema = Project.model_json_schema(mode="validation")
    _describe(schema.get("properties", {}), Project)
    models = {cls.__name__: cls for cls in _subclasses(Persisted)}
    for name, definition in schema.get("$defs", {}).items():
        if name in models:
            _describe(definition.get("properties", {}), models[name])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:journeydesigner:schema:journey:v{FORMAT_VERSION}",
        "title": f"Journey Designer project, file format version {FORMAT_VERSION}",
        **{key: value for key, value in schema.items() if key != "title"},
    }


def _subclasses(cls: type[Persisted]) -> list[type[Persisted]]:
    found = []
    for sub in cls.__subclasses__():
        found += [sub, *_subclasses(sub)]
    return found


def _describe(properties: dict[str, Any], model: type[Persisted]) -> None:
    """Give fields the docstrings written under them as descriptions.

    The models do not read those docstrings when the program starts (pydantic would parse their
    source, a noticeable part of the start-up time); only the schema needs them.
    """
    for name, doc in extract_docstrings_from_cls(model, use_inspect=True).items():
        field = model.model_fields.get(name)
        key = (field.alias or name) if field is not None else name
        if key in properties and "description" not in properties[key]:
            properties[key]["description"] = doc
