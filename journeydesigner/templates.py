"""Starting points for new projects: the bundled `.journey` files in resources/templates.

English templates sit at the top of the folder (`NAME.journey`); each translation sits in a
subfolder named after its language (`pl/NAME.journey`, `zh_CN/NAME.journey`, ...), with the
same name, ids and structure. A template missing in a language falls back to English.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Final

from journeydesigner.errors import JourneyError
from journeydesigner.io.load import read_project
from journeydesigner.model.project import Project, now
from journeydesigner.paths import templates_dir

DEFAULT_LANGUAGE: Final = "en"
LANGUAGES: Final[dict[str, str]] = {
    "en": "English",
    "pl": "Polski",
    "zh_CN": "简体中文",
    "zh_TW": "繁體中文",
}
"""The languages templates come in: code and name in that language."""


class UnknownTemplateError(JourneyError):
    """No template has the name asked for."""


class UnsupportedLanguageError(JourneyError):
    """Templates do not come in the language asked for."""


@dataclass(frozen=True)
class Template:
    """A bundled template: its name (the file stem), what it is, where it lives, its language."""

    name: str
    description: str
    path: Path
    language: str = DEFAULT_LANGUAGE


def check_language(lang: str | None) -> str:
    """The language code for `lang` (en, pl, zh_CN, zh_TW; zh-tw and the like are accepted).

    None means English; anything else raises UnsupportedLanguageError listing the choices.
    """
    if lang is None:
        return DEFAULT_LANGUAGE
    folded = {code.casefold(): code for code in LANGUAGES}
    code = folded.get(lang.strip().replace("-", "_").casefold())
    if code is None:
        choices = ", ".join(LANGUAGES)
        raise UnsupportedLanguageError(
            f"language {lang!r}", f"templates are not available in it (choose {choices})"
        )
    return code


def list_templates(folder: Path | None = None, *, lang: str | None = None) -> list[Template]:
    """The bundled templates, by name, in `lang` where translated and in English otherwise."""
    code = check_language(lang)
    base = folder or templates_dir()
    found = []
    for english in sorted(base.glob("*.journey")):
        translated = base / code / english.name
        path, language = (
            (translated, code)
            if code != DEFAULT_LANGUAGE and translated.is_file()
            else (english, DEFAULT_LANGUAGE)
        )
        project = read_project(path)
        first = project.maps[0] if project.maps else None
        description = first.description if first and first.description else project.title
        found.append(Template(english.stem, " ".join(description.split()), path, language))
    return found


def instantiate(
    name: str,
    *,
    lang: str | None = None,
    title: str | None = None,
    at: datetime | None = None,
    folder: Path | None = None,
) -> Project:
    """A new project made from the template `name` in `lang`, stamped with the current time."""
    templates = {template.name: template for template in list_templates(folder, lang=lang)}
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
