"""Starting points for new projects: the bundled `.journey` files in resources/templates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journeydesigner.errors import JourneyError
from journeydesigner.io.load import read_project
from journeydesigner.model.project import Project, now
from journeydesigner.paths import templates_dir


class UnknownTemplateError(JourneyError):
    """No template has the name asked for."""


@dataclass(frozen=True)
class Template:
    """A bundled template: its name (the file stem), what it is, and where it lives."""

    name: str
    description: str
    path: Path


def list_templates(folder: Path | None = None) -> list[Template]:
    """The bundled templates, by name."""
    found = []
    for path in sorted((folder or templates_dir()).glob("*.journey")):
        project = read_project(path)
        first = project.maps[0] if project.maps else None
        description = first.description if first and first.description else project.title
        found.append(Template(path.stem, " ".join(description.split()), path))
    return found


def instantiate(
    name: str, *, title: str | None = None, at: datetime | None = None, folder: Path | None = None
) -> Project:
    """A new project made from the template `name`, stamped with the current time."""
    templates = {template.name: template for template in list_templates(folder)}
    template = templates.get(name)
    if template is None:
        known = ", ".join(sorted(templates)) or "none"
        raise UnknownTemplateError(name, f"no such template (available: {known})")
    project = read_project(template.path)
    stamp = at or now()
    project.created = stamp
    project.modified = stamp
    if title:
        project.title = title
        if len(project.maps) == 1:
            project.maps[0].title = title
    return project
